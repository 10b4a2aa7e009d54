"""Commands on findings: rules, check, report and diff."""

import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from claimtrack import cache
from claimtrack.cli.app import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    NoCacheOption,
    ProgressBar,
    RootOption,
    auto_format,
    emit,
    names,
    root_of,
    say_error,
)

if TYPE_CHECKING:
    from claimtrack.engine.report import ReportFilter
    from claimtrack.engine.results import CheckResult


class RulesFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"


def rules(
    code: Annotated[
        str | None, typer.Argument(help="A rule's code (CT201) or name (conflicting-values) to explain.")
    ] = None,
    output_format: Annotated[
        RulesFormat, typer.Option("--format", "-f", help="markdown renders the docs page (docs/rules.md).")
    ] = RulesFormat.TEXT,
) -> None:
    """List the consistency rules, or explain one: what it finds, why it matters, an example, how to resolve."""
    from claimtrack.engine.rules import get, unknown_rule
    from claimtrack.render.rule_docs import render_rule, render_rule_list, render_rules_markdown

    if code is None:
        sys.stdout.write(render_rules_markdown() if output_format is RulesFormat.MARKDOWN else render_rule_list())
        return
    try:
        rule = get(code)
    except KeyError:
        typer.echo(f"claimtrack: {unknown_rule(code)}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    sys.stdout.write(render_rule(rule))


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


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
    unverifiable, or misleading) with a review.note saying why, or all of them disputed.

    When no file under claims/, sources/ or vocabulary/ has changed since the
    last run, the text output repeats that run's result without checking
    again; when only claim files changed, only the subjects they touch are
    checked again. A file is compared by its bytes, or, once it has been left
    unchanged for a few seconds, by its size, times and inode (see SECURITY.md).
    """
    repository = root_of(root)
    chosen = auto_format(None if output_format is None else output_format.value, "text")
    bar = ProgressBar()
    try:
        result = cache.check(repository, cached=not no_cache, with_index=chosen != "text", progress=bar)
    finally:
        bar.close()
    if chosen == "text":
        from claimtrack.render.check_lines import render_check_text

        sys.stdout.write(render_check_text(result, show_all))
    else:
        from claimtrack.engine.report import build_report
        from claimtrack.render.report_formats import REPORTER_BY_NAME

        sys.stdout.write(REPORTER_BY_NAME[chosen](build_report(result)))
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


class ReportFormat(StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    HTML = "html"


def report(
    output_format: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="markdown (a pull-request comment), text, json (a versioned contract), sarif (code scanning), "
            "github (annotations), html (one self-contained page with filters and a timeline). Default: github "
            "inside GitHub Actions, markdown elsewhere.",
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
    from claimtrack.engine.report import ReportFilter, build_report
    from claimtrack.engine.rules import get, unknown_rule
    from claimtrack.model.claims import Status
    from claimtrack.model.diagnostics import Severity
    from claimtrack.model.findings import State
    from claimtrack.render.report_formats import REPORTER_BY_NAME
    from claimtrack.render.report_text import render_text

    try:
        rules_wanted = frozenset(get(r).CODE for r in names(rule))
    except KeyError as error:
        typer.echo(f"claimtrack: {unknown_rule(str(error.args[0]))}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    choices = {
        "--severity": (names(severity), {s.value for s in Severity}),
        "--state": (names(state), {s.value for s in State}),
        "--status": (names(status), {s.value for s in Status}),
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
        subjects=names(subject),
        sources=names(source),
    )
    chosen = auto_format(None if output_format is None else output_format.value, "markdown")
    if color is not None and chosen != "text":
        typer.echo(f"claimtrack: --color and --no-color are for --format text, not {chosen}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if max_bytes is not None and chosen != "markdown":
        typer.echo(f"claimtrack: --max-bytes is for --format markdown, not {chosen}", err=True)
        raise typer.Exit(EXIT_USAGE)
    repository = root_of(root)
    result = cache.check(repository, cached=not no_cache, with_index=True)
    _warn_unknown(result, only)
    built = build_report(result, only)
    if chosen == "text":
        colour = color if color is not None else (output is None and sys.stdout.isatty())
        # COLUMNS, else the terminal's width; a file or a pipe gets the widest lines the renderer makes.
        width = shutil.get_terminal_size((1000, 24)).columns if output is None else 1000
        rendered = render_text(built, colour, width)
    else:
        rendered = REPORTER_BY_NAME[chosen](built)
    if max_bytes is not None and chosen == "markdown":
        from claimtrack.render.report_markdown import truncate

        rendered = truncate(rendered, max_bytes)
    emit(rendered, output)


def _warn_unknown(result: "CheckResult", only: "ReportFilter") -> None:
    """A warning on stderr for each --subject or --source the repository does not have (with the closest
    id), so that "0 findings" is never the only answer to a typo."""
    from claimtrack.repository.references import close_match

    workspace = result.require_index().workspace
    for option, wanted, known in (
        ("--subject", only.subjects, workspace.entities),
        ("--source", only.sources, workspace.sources),
    ):
        for name in sorted(wanted - known.keys()):
            typer.echo(
                f"claimtrack: warning: {option} '{name}' is not in the repository{close_match(name, known)}", err=True
            )


class DiffFormat(StrEnum):
    MARKDOWN = "markdown"
    JSON = "json"
    GITHUB = "github"


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
            help="Cut Markdown output to this many bytes, with a note (a job summary takes 1 MiB (1,048,576 bytes) at most).",
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Compare two revisions: claims and sources added, removed and changed (field by field), status
    changes with who reviewed them, and the findings the change introduces, resolves or leaves open.

    The base is read with git (nothing is checked out over the working tree). Exits 1 when the change
    introduces an open error, changes a claim's status without a new review (by, on, note), or leaves
    an invalid file; 2 when a revision is unknown or the folder is not in a git repository.
    """
    from claimtrack.engine.diff import diff_repository
    from claimtrack.render.diff_report import RENDERER_BY_NAME
    from claimtrack.render.report_markdown import truncate
    from claimtrack.repository.revisions import RevisionError

    repository = root_of(root)
    try:
        check = _uncached_check if no_cache else _indexed_check
        result = diff_repository(repository, base, head, check_working_tree=check)
    except RevisionError as error:
        say_error(error)
        raise typer.Exit(EXIT_USAGE) from None
    rendered = RENDERER_BY_NAME[output_format.value](result)
    if max_bytes is not None and output_format is DiffFormat.MARKDOWN:
        rendered = truncate(rendered, max_bytes)
    sys.stdout.write(rendered)
    raise typer.Exit(EXIT_OK if result.success else EXIT_PROBLEMS)


def _indexed_check(root: Path) -> "CheckResult":
    """The cached check of the working tree with its index, as a diff compares claims."""
    return cache.check(root, with_index=True)


def _uncached_check(root: Path) -> "CheckResult":
    return cache.check(root, cached=False, with_index=True)
