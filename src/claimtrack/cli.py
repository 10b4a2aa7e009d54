"""The command line: options become settings, a run function returns the exit code, and nothing else."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack import __version__

if TYPE_CHECKING:
    from claimtrack.cache import ParseCache
    from claimtrack.discover import RepoFile

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


NoCacheOption = Annotated[
    bool,
    typer.Option("--no-cache", help="Parse every file again and leave .claimtrack_cache/ alone (it is never needed)."),
]


CACHE_FROM_FILES = 200


def _cache(repository: Path, no_cache: bool) -> ParseCache | None:
    if no_cache:
        return None
    from claimtrack.cache import ParseCache

    cache = ParseCache(repository)
    return cache if cache.enabled else None


PROGRESS_FROM_FILES = 2000


class _Bar:
    """A progress bar on stderr for long loads, on a terminal only (never on a pipe or in CI)."""

    def __init__(self) -> None:
        import os

        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_FROM_FILES:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import Progress

            self._progress = Progress(console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("reading files", total=total)
        self._progress.update(self._task, completed=done)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


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


def _files(repository: Path, paths: list[Path] | None) -> tuple[list[RepoFile], list[RepoFile] | None]:
    """Every file of the repository, and those ``paths`` name (None without paths); exit 2 on a stray path."""
    from claimtrack.discover import list_files
    from claimtrack.validate import select_files

    everything = list_files(repository)
    if not paths:
        return everything, None
    chosen, unmatched = select_files(repository, paths, everything)
    if unmatched:
        typer.echo(f"claimtrack: not a claimtrack file in {repository.name}/: {', '.join(unmatched)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    return everything, chosen


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders to validate. Default: the whole repository.", show_default=False),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Check claim, source and vocabulary files against the models and against each other.

    Every problem is printed as PATH:LINE:COL: CODE message. With file names
    (as pre-commit passes them) only those files are checked, against the
    whole repository's vocabulary and sources.
    """
    from claimtrack.render.diagnostics import RENDERER_BY_NAME
    from claimtrack.validate import validate_repository

    repository = _root(root)
    everything, files = _files(repository, paths)
    # A few named files (a pre-commit batch) parse faster than the whole cache loads: use it for big runs only.
    few = files is not None and len(files) < CACHE_FROM_FILES
    result = validate_repository(repository, files, cache=_cache(repository, no_cache or few), everything=everything)
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


class RulesFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"


@app.command()
def rules(
    code: Annotated[
        str | None, typer.Argument(help="A rule's code (CT201) or name (conflicting-values) to explain.")
    ] = None,
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="markdown renders the docs page (docs/rules.md).")
    ] = RulesFormat.TEXT,
) -> None:
    """List the consistency rules, or explain one: what it finds, why it matters, an example, how to resolve."""
    from claimtrack.render.rules import render_rule, render_rule_list, render_rules_markdown
    from claimtrack.rules import get

    if code is None:
        sys.stdout.write(render_rules_markdown() if output_format is RulesFormat.MARKDOWN else render_rule_list())
        return
    try:
        rule = get(code)
    except KeyError:
        typer.echo(f"claimtrack: no rule '{code}'; 'claimtrack rules' lists them", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    sys.stdout.write(render_rule(rule))


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


def _auto_format(given: str | None, default: str) -> str:
    """The format asked for; else GitHub annotations inside GitHub Actions; else the default."""
    import os

    if given is not None:
        return given
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else default


@app.command()
def check(
    output_format: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format. Default: github inside GitHub Actions, text elsewhere.",
            show_default=False,
        ),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list acknowledged findings.")] = False,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Validate the repository and run every consistency rule on it.

    Exits 1 when a file is invalid or an open finding of error severity remains.
    A discrepancy between sources is acknowledged, and no longer fails the
    check, once the claims record a reviewer's decision: one claim refuted (or
    unverifiable) with a review.note saying why, or all of them disputed.
    """
    from claimtrack.check import check_repository

    repository = _root(root)
    bar = _Bar()
    try:
        result = check_repository(repository, cache=_cache(repository, no_cache), progress=bar)
    finally:
        bar.close()
    chosen = _auto_format(None if output_format is None else output_format.value, "text")
    if chosen == "text":
        from claimtrack.render.check import render_check_text

        sys.stdout.write(render_check_text(result, show_all))
    else:
        from claimtrack.render.reports import REPORTER_BY_NAME
        from claimtrack.report import build_report

        sys.stdout.write(REPORTER_BY_NAME[chosen](build_report(result)))
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


class ReportFormat(StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"


def _names(values: list[str] | None) -> frozenset[str]:
    return frozenset(v.strip() for value in values or [] for v in value.split(",") if v.strip())


@app.command()
def report(
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown (a pull-request comment), text, json (a versioned contract), sarif (code scanning), "
            "github (annotations). Default: github inside GitHub Actions, markdown elsewhere.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file (atomically) instead of stdout."),
    ] = None,
    rule: Annotated[
        list[str] | None, typer.Option("--rule", help="Only these rules (code or name); repeatable.")
    ] = None,
    severity: Annotated[list[str] | None, typer.Option("--severity", help="Only error, warning or note.")] = None,
    state: Annotated[list[str] | None, typer.Option("--state", help="Only open or acknowledged findings.")] = None,
    status: Annotated[
        list[str] | None, typer.Option("--status", help="Only findings involving a claim with this status.")
    ] = None,
    subject: Annotated[list[str] | None, typer.Option("--subject", help="Only findings about this subject.")] = None,
    source: Annotated[list[str] | None, typer.Option("--source", help="Only findings involving this source.")] = None,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Colour the text format. Default: when on a terminal.")
    ] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes", min=200, help="Cut Markdown output to this many bytes, with a note (job summaries)."
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Write the discrepancy report: a summary, every finding (open and acknowledged) with the claims side by
    side and the quoted words of their sources, a scorecard per source, and each claim's independent
    corroboration.

    Exits 0 once the report is written, whatever it holds ('claimtrack check' is the gate); 2 on bad options.
    """
    from claimtrack.check import check_repository
    from claimtrack.render.report_text import render_text
    from claimtrack.render.reports import REPORTER_BY_NAME
    from claimtrack.report import ReportFilter, build_report
    from claimtrack.rules import get

    try:
        rules_wanted = frozenset(get(r).CODE for r in _names(rule))
    except KeyError as error:
        typer.echo(f"claimtrack: no rule {error}; 'claimtrack rules' lists them", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    choices = {
        "--severity": (_names(severity), {"error", "warning", "note"}),
        "--state": (_names(state), {"open", "acknowledged"}),
        "--status": (_names(status), {"unreviewed", "supported", "disputed", "refuted", "unverifiable"}),
    }
    for option, (given, allowed) in choices.items():
        if given - allowed:
            bad = ", ".join(sorted(given - allowed))
            typer.echo(f"claimtrack: {option} takes {', '.join(sorted(allowed))}; not {bad}", err=True)
            raise typer.Exit(EXIT_USAGE)
    only = ReportFilter(
        rules=rules_wanted,
        severities=choices["--severity"][0],
        states=choices["--state"][0],
        statuses=choices["--status"][0],
        subjects=_names(subject),
        sources=_names(source),
    )
    repository = _root(root)
    built = build_report(check_repository(repository, cache=_cache(repository, no_cache)), only)
    chosen = _auto_format(None if output_format is None else output_format.value, "markdown")
    if chosen == "text":
        colour = color if color is not None else (output is None and sys.stdout.isatty())
        rendered = render_text(built, colour)
    else:
        rendered = REPORTER_BY_NAME[chosen](built)
    if max_bytes is not None and chosen == "markdown":
        from claimtrack.render.diff import truncate

        rendered = truncate(rendered, max_bytes)
    if output is None:
        sys.stdout.write(rendered)
        return
    from claimtrack.atomic import write_atomically

    write_atomically(output, rendered)
    typer.echo(f"wrote {output}", err=True)


class DiffFormat(StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"
    GITHUB = "github"


@app.command()
def diff(
    base: Annotated[str, typer.Argument(help="The revision to compare against, e.g. origin/main.")],
    head: Annotated[
        str | None, typer.Argument(help="The revision to compare. Default: the working tree.", show_default=False)
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="markdown (a pull-request comment or job summary), json, github."),
    ] = DiffFormat.MARKDOWN,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes",
            min=200,
            help="Cut Markdown output to this many bytes, with a note (a job summary takes 1 MiB at most).",
        ),
    ] = None,
    root: RootOption = None,
) -> None:
    """Compare two revisions: claims and sources added, removed and changed (field by field), status
    changes with who reviewed them, and the findings the change introduces, resolves or leaves open.

    The base is read with git (nothing is checked out over the working tree). Exits 1 when the change
    introduces an open error, changes a claim's status without a new review (by, on, note), or leaves
    an invalid file; 2 when a revision is unknown or the folder is not in a git repository.
    """
    from claimtrack.diff import diff_repository
    from claimtrack.render.diff import RENDERER_BY_NAME, truncate
    from claimtrack.revisions import RevisionError

    repository = _root(root)
    try:
        result = diff_repository(repository, base, head)
    except RevisionError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    rendered = RENDERER_BY_NAME[output_format.value](result)
    if max_bytes is not None and output_format is DiffFormat.MARKDOWN:
        rendered = truncate(rendered, max_bytes)
    sys.stdout.write(rendered)
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


@app.command()
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
    from claimtrack.fmt import format_files

    repository = _root(root)
    everything, chosen = _files(repository, paths)
    result = format_files(repository, everything if chosen is None else chosen, check=check)
    for problem in result.problems:
        typer.echo(f"{problem.location()}: {problem.code} {problem.message}")
    verb = "would reformat" if check else "reformatted"
    for path in result.changed:
        typer.echo(f"{verb} {path}")
    typer.echo(f"{len(result.changed)} file(s) {verb}, {result.checked - len(result.changed)} already formatted")
    failed = result.errors > 0 or (check and bool(result.changed))
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


source_app = typer.Typer(help="Manage sources: archived texts with their metadata.", no_args_is_help=True)
app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    text_file: Annotated[
        Path,
        typer.Argument(
            help="The article's text (UTF-8), archived byte for byte.", exists=True, dir_okay=False, metavar="TEXT_FILE"
        ),
    ],
    source_id: Annotated[str, typer.Option("--id", help="The source's id, also its file names.")],
    kind: Annotated[
        str, typer.Option(help="news, analysis, essay, interview, official, republication, reference or other.")
    ] = "news",
    title: Annotated[str | None, typer.Option(help="The title, as the source gives it.")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", help="An author; repeatable.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    container: Annotated[str | None, typer.Option(help="The periodical, site or series it appeared in.")] = None,
    published: Annotated[str | None, typer.Option(help="When: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    accessed: Annotated[str | None, typer.Option(help="When it was retrieved.")] = None,
    language: Annotated[str | None, typer.Option(help="A BCP 47 tag such as en or ru.")] = None,
    derived_from: Annotated[
        list[str] | None, typer.Option("--derived-from", help="A source this one republishes; repeatable.")
    ] = None,
    cites: Annotated[list[str] | None, typer.Option("--cites", help="A source this one cites; repeatable.")] = None,
    note: Annotated[str | None, typer.Option(help="Anything a reviewer should know about the source.")] = None,
    root: RootOption = None,
) -> None:
    """Archive TEXT_FILE as sources/ID.txt, record its sha256, and write sources/ID.yaml.

    Refuses to overwrite an existing source. Leave out what the text does not tell: a field that
    cannot be known is better missing than guessed.
    """
    from claimtrack.authoring import AuthoringError, SourceSpec, add_source

    repository = _root(root)
    spec = SourceSpec(
        id=source_id,
        kind=kind,
        title=title,
        authors=author or [],
        publisher=publisher,
        container=container,
        published=published,
        url=url,
        accessed=accessed,
        language=language,
        derived_from=derived_from or [],
        cites=cites or [],
        note=note,
    )
    try:
        text_path, meta_path = add_source(repository, text_file, spec)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(
        f"wrote {text_path.relative_to(repository).as_posix()} and {meta_path.relative_to(repository).as_posix()}"
    )


def _ask(value: str | None, label: str, interactive: bool, default: str | None = None) -> str:
    if value is not None:
        return value
    if interactive:
        answer: str = typer.prompt(label, default=default)
        return answer
    if default is not None:
        return default
    typer.echo(f"claimtrack: missing --{label.split(' (')[0].replace(' ', '-')}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def new(
    subject: Annotated[str | None, typer.Option(help="The entity the claim is about (an id).")] = None,
    property_id: Annotated[str | None, typer.Option("--property", help="A property from the vocabulary.")] = None,
    value: Annotated[
        str | None,
        typer.Option(help="A date (2016-11-29), a quantity (12, about 50, more than 300), an entity id, or text."),
    ] = None,
    statement: Annotated[str | None, typer.Option(help="The assertion as one plain sentence.")] = None,
    source: Annotated[str | None, typer.Option(help="The source's id.")] = None,
    quote: Annotated[str | None, typer.Option(help="The exact words in the source's archived text.")] = None,
    stance: Annotated[str, typer.Option(help="supports or contradicts.")] = "supports",
    modality: Annotated[str, typer.Option(help="asserted, planned, predicted, reported or denied.")] = "asserted",
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Default: made from the subject, property and value.")
    ] = None,
    topic: Annotated[str | None, typer.Option(help="The folder under claims/. Default: the subject.")] = None,
    place: Annotated[str | None, typer.Option(help="Where it happened or holds (an entity id).")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="When the claim holds, for quantities and relations.")
    ] = None,
    root: RootOption = None,
) -> None:
    """Scaffold a claim file, asking for each missing field when run on a terminal.

    Checks at once that the property, subject and entities exist and that the quote is in the
    source's archived text; picks claims/<topic>/<id>.yaml; never overwrites a file.
    """
    from claimtrack.authoring import AuthoringError, ClaimSpec, new_claim
    from claimtrack.render.diagnostics import render_text as render_problems
    from claimtrack.validate import validate_repository

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    repository = _root(root)
    result = validate_repository(repository)
    if result.workspace is None or not result.success:
        sys.stderr.write(render_problems(result))
        raise typer.Exit(EXIT_PROBLEMS)
    spec = ClaimSpec(
        subject=_ask(subject, "subject", interactive),
        property=_ask(property_id, "property", interactive),
        value=_ask(value, "value", interactive),
        statement=_ask(statement, "statement", interactive),
        source=_ask(source, "source", interactive),
        quote=_ask(quote, "quote", interactive),
        stance=stance,
        modality=modality,
        id=claim_id,
        topic=topic,
        place=place,
        as_of=as_of,
    )
    try:
        path = new_claim(result.workspace, spec)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {path.relative_to(repository).as_posix()}")


cache_app = typer.Typer(help="The cache of parsed files in .claimtrack_cache/.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear(root: RootOption = None) -> None:
    """Delete .claimtrack_cache/; the next run parses every file again."""
    from claimtrack.cache import clear_cache

    removed = clear_cache(_root(root))
    typer.echo("cache cleared" if removed else "no cache to clear")


export_app = typer.Typer(help="Export the checked repository for other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("sqlite")
def export_sqlite_command(
    database: Annotated[
        Path, typer.Argument(help="The SQLite file to write (replaced only if it is a previous export).")
    ],
    root: RootOption = None,
) -> None:
    """Write claims, evidence, sources, entities, properties and findings as SQLite tables with keys.

    Browse it with `datasette DATABASE` or any SQL client. The same files always give the same bytes.
    """
    from claimtrack.check import check_repository
    from claimtrack.export.sqlite import ExportError, export_sqlite

    result = check_repository(_root(root))
    try:
        export_sqlite(result, database)
    except ExportError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {database}")


@export_app.command("claimreview")
def export_claimreview_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically).")] = None,
    url_template: Annotated[
        str | None,
        typer.Option("--url-template", help="The URL of each published fact-check, with {id} for the claim's id."),
    ] = None,
    root: RootOption = None,
) -> None:
    """Write schema.org ClaimReview JSON-LD for every reviewed claim (rating scale in the README)."""
    from claimtrack.check import check_repository
    from claimtrack.export.claimreview import render_claimreview

    result = check_repository(_root(root))
    if not result.validation.success:
        typer.echo("claimtrack: the repository has invalid files; run 'claimtrack validate' first", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if url_template is not None and "{id}" not in url_template:
        typer.echo("claimtrack: --url-template must contain {id}", err=True)
        raise typer.Exit(EXIT_USAGE)
    rendered = render_claimreview(result, url_template)
    if output is None:
        sys.stdout.write(rendered)
        return
    from claimtrack.atomic import write_atomically

    write_atomically(output, rendered)
    typer.echo(f"wrote {output}", err=True)


EXIT_BUG = 3
EXIT_INTERRUPTED = 130


def main() -> None:
    """Run the app; a bug is reported in one line (set CLAIMTRACK_DEBUG=1 for the traceback)."""
    import os

    from claimtrack.limits import InvalidSetting

    try:
        app(standalone_mode=True)
    except InvalidSetting as error:
        sys.stderr.write(f"claimtrack: {error}\n")
        sys.exit(EXIT_USAGE)
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
