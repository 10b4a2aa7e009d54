"""The command line: options become settings, a run function returns the exit code, and nothing else."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from claimtrack import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="claimtrack",
    help=(
        "Track fact-checked claims kept as YAML files in git: validate them against their sources, "
        "find where sources disagree, and report it.\n\n"
        "Exit codes: 0 nothing wrong, 1 problems found, 2 usage error."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="The claims repository. Default: the nearest folder, from here upwards, holding claims/ or sources/.",
        file_okay=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Track fact-checked claims kept as YAML files in git."""


def _root(root: Path | None) -> Path:
    from claimtrack.discover import NotARepository, find_root

    try:
        return find_root(root if root is not None else Path.cwd())
    except NotARepository as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to validate. Default: the whole repository.", show_default=False),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    root: RootOption = None,
) -> None:
    """Check claim, source and vocabulary files against the models and against each other.

    Every problem is printed as PATH:LINE:COL: CODE message. With file names
    (as pre-commit passes them) only those files are checked, against the
    whole repository's vocabulary and sources.
    """
    from claimtrack.render.diagnostics import RENDERER_BY_NAME
    from claimtrack.validate import select_files, validate_repository

    repository = _root(root)
    files = None
    if paths:
        files, unmatched = select_files(repository, paths)
        if unmatched:
            typer.echo(f"claimtrack: not a claimtrack file in {repository.name}/: {', '.join(unmatched)}", err=True)
            raise typer.Exit(EXIT_USAGE)
    result = validate_repository(repository, files)
    sys.stdout.write(RENDERER_BY_NAME[output_format.value](result))
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


@app.command()
def schema(
    check: Annotated[bool, typer.Option("--check", help="Write nothing; exit 1 when a schema file is stale.")] = False,
    output_dir: Annotated[
        Path | None, typer.Option("--output-dir", help="Where the schemas go. Default: schemas/ in the repository.")
    ] = None,
    root: RootOption = None,
) -> None:
    """Write the JSON Schemas (Draft 2020-12) exported from the models to schemas/."""
    from claimtrack.schema_export import stale_schemas, write_schemas

    folder = output_dir if output_dir is not None else _root(root) / "schemas"
    if check:
        stale = stale_schemas(folder)
        for name in stale:
            typer.echo(f"{folder.name}/{name}: stale; run 'claimtrack schema' to regenerate it")
        if stale:
            raise typer.Exit(EXIT_PROBLEMS)
        typer.echo("schemas are up to date")
        raise typer.Exit(EXIT_OK)
    written = write_schemas(folder)
    typer.echo(f"wrote {len(written)} schema file(s)" if written else "schemas are up to date")


@app.command()
def coverage(
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    fail_under: Annotated[
        float, typer.Option("--fail-under", help="Exit 1 when any source's coverage, in percent, is below this.")
    ] = 0.0,
    root: RootOption = None,
) -> None:
    """List, per archived source, the checkable sentences no claim's evidence quotes yet.

    A sentence is checkable when it gives a date or a number or names an
    entity of the registry; it is covered when an evidence quote lies in it.
    """
    from claimtrack.coverage import measure_coverage
    from claimtrack.render.coverage import RENDERER_BY_NAME
    from claimtrack.render.diagnostics import render_text as render_problems
    from claimtrack.validate import validate_repository

    result = validate_repository(_root(root))
    if not result.success or result.workspace is None:
        sys.stderr.write(render_problems(result))
        raise typer.Exit(EXIT_PROBLEMS)
    measured = measure_coverage(result.workspace)
    sys.stdout.write(RENDERER_BY_NAME[output_format.value](measured))
    below = [r for r in measured if r.share * 100 < fail_under]
    raise typer.Exit(EXIT_PROBLEMS if below else EXIT_OK)


EXIT_BUG = 3
EXIT_INTERRUPTED = 130


def main() -> None:
    """Run the app; a bug is reported in one line (set CLAIMTRACK_DEBUG=1 for the traceback)."""
    import os

    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        sys.stderr.write("claimtrack: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as error:
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        sys.stderr.write(
            f"claimtrack: internal error ({type(error).__name__}: {error}); "
            "this is a bug in claimtrack, please report it with CLAIMTRACK_DEBUG=1 output\n"
        )
        sys.exit(EXIT_BUG)
