"""Commands on files: validate, fmt, schema, coverage, and clearing the cache."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimtrack import cache
from claimtrack.cli.app import (
    EXIT_OK,
    EXIT_PROBLEMS,
    NoCacheOption,
    OutputFormat,
    RootOption,
    chosen_files,
    loaded_workspace,
    root_of,
    usage_error_on_failure,
)


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to validate. Default: the whole repository.", show_default=False),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Check claim, source and vocabulary files against the models and against each other, and each
    claim's quotes against its sources' archived texts (CT203, with the closest passage).

    Every problem is printed as PATH:LINE:COL: CODE message. With file names
    (as pre-commit passes them) only those files are checked, against the
    whole repository's vocabulary and sources.
    """
    from claimtrack.render.diagnostic_lines import RENDERER_BY_NAME
    from claimtrack.repository.discover import FileKind, list_files, stem_of

    repository = root_of(root)
    files = chosen_files(repository, paths)
    # Named files are checked against the vocabulary, the sources and the claims that share their names.
    stems = None if files is None else frozenset(stem_of(f.posix) for f in files if f.kind is FileKind.CLAIM)
    listing = list_files(repository, stems)
    result = cache.validate(repository, files, cached=not no_cache, listing=listing)
    sys.stdout.write(RENDERER_BY_NAME[output_format.value](result))
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


def schema(
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 when a schema file is stale.")] = False,
    output_dir: Annotated[
        Path | None, typer.Option("--output-dir", help="Where the schemas go. Default: schemas/ in the repository.")
    ] = None,
    root: RootOption = None,
) -> None:
    """Write the JSON Schemas (Draft 2020-12) exported from the models to schemas/."""
    from claimtrack.repository.schemas import stale_schemas, write_schemas

    base = output_dir if output_dir is not None else root_of(root)
    folder = output_dir if output_dir is not None else base / "schemas"
    if check:
        stale = stale_schemas(folder, base=base)
        for name in stale:
            typer.echo(f"{folder.name}/{name}: stale; run 'claimtrack schema' to regenerate it")
        if stale:
            raise typer.Exit(EXIT_PROBLEMS)
        typer.echo("schemas are up to date")
        raise typer.Exit(EXIT_OK)
    with usage_error_on_failure(folder):
        written = write_schemas(folder, base=base)
    typer.echo(f"wrote {len(written)} schema file(s)" if written else "schemas are up to date")


def coverage(
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    fail_under: Annotated[
        float, typer.Option("--fail-under", help="Exit 1 when any source's coverage, in percent, is below this.")
    ] = 0.0,
    root: RootOption = None,
) -> None:
    """List, per archived source, the checkable sentences no claim's evidence quotes yet.

    A sentence is checkable when it gives a date or a number or names an
    entity of the vocabulary; it is covered when an evidence quote lies in it.
    """
    from claimtrack.engine.coverage import measure_coverage
    from claimtrack.render.coverage_table import RENDERER_BY_NAME

    measured = measure_coverage(loaded_workspace(root_of(root), all_valid=True))
    sys.stdout.write(RENDERER_BY_NAME[output_format.value](measured))
    below = [r for r in measured if r.share * 100 < fail_under]
    raise typer.Exit(EXIT_PROBLEMS if below else EXIT_OK)


def fmt(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to format. Default: the whole repository.", show_default=False),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; list the files that would change and exit 1 if any.")
    ] = False,
    root: RootOption = None,
) -> None:
    """Lay claim, source and vocabulary files out canonically: the schema line first, keys in the models'
    order, dates and checksums quoted, two-space indentation. Comments and wording are kept, and a file
    is only rewritten (atomically) when its meaning is unchanged. Files that do not load are reported
    and left alone (exit 1).
    """
    from claimtrack.authoring.fmt import format_files
    from claimtrack.render.escape import one_line
    from claimtrack.repository.discover import list_files

    repository = root_of(root)
    chosen = chosen_files(repository, paths)
    result = format_files(repository, list_files(repository) if chosen is None else chosen, check=check)
    for problem in result.problems:
        typer.echo(one_line(f"{problem.location()}: {problem.code} {problem.message}"))
    verb = "would reformat" if check else "reformatted"
    for path in result.changed:
        typer.echo(one_line(f"{verb} {path}"))
    typer.echo(f"{len(result.changed)} file(s) {verb}, {result.checked - len(result.changed)} already formatted")
    failed = result.errors > 0 or (check and bool(result.changed))
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


def cache_clear(root: RootOption = None) -> None:
    """Delete .claimtrack_cache/; the next run parses every file and checks every claim again."""
    removed = cache.clear(root_of(root))
    typer.echo("cache cleared" if removed else "no cache to clear")
