"""The report as GitHub Actions workflow commands: an annotation per open finding and validation
problem, escaped as the runner expects, capped at what one step shows, overflow counted."""

from __future__ import annotations

from claimtrack.engine.report import Report, headline
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import State
from claimtrack.model.wording import plural
from claimtrack.render.escape import one_line

ANNOTATIONS_PER_LEVEL = 10
"""GitHub shows at most 10 error, 10 warning and 10 notice annotations of a step."""
LEVEL_BY_SEVERITY = _LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    """Text made safe for a workflow command: control characters shown as escapes, and the runner's own escapes."""
    return one_line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, path: str, line: int, column: int, title: str, message: str) -> str:
    props = f"file={escape_property(path)},line={line},col={column},title={escape_property(title)}"
    return f"::{level} {props}::{escape_data(message)}"


Annotation = tuple[str, str, int, int, str, str]
"""(level, path, line, column, title, message)"""


def annotate(entries: list[Annotation]) -> tuple[list[str], int]:
    """Workflow commands for the entries, at most ANNOTATIONS_PER_LEVEL per level; and how many were left out."""
    shown: dict[str, int] = {}
    hidden = 0
    lines = []
    for level, path, line, column, title, message in entries:
        if shown.get(level, 0) >= ANNOTATIONS_PER_LEVEL:
            hidden += 1
            continue
        shown[level] = shown.get(level, 0) + 1
        lines.append(_command(level, path, line, column, title, message))
    return lines, hidden


def overflow_note(hidden: int) -> str:
    return (
        f"; {hidden} more not shown as annotations (a step shows {ANNOTATIONS_PER_LEVEL} of each level)"
        if hidden
        else ""
    )


def render_github(report: Report) -> str:
    entries: list[Annotation] = [
        (_LEVEL[d.severity], d.path, d.line, d.column, d.code, d.message) for d in report.problems
    ]
    entries += [
        (_LEVEL[f.severity], f.path, f.line, f.column, f"{f.code} {f.rule}", f.message)
        for f in (d.finding for d in report.discrepancies)
        if f.state is State.OPEN
    ]
    lines, hidden = annotate(entries)
    s = report.summary
    summary = f"claimtrack: {plural(s.claims, 'claim')}, {headline(s)}; {plural(s.problems, 'validation error')}"
    lines.append(summary + overflow_note(hidden))
    return "\n".join(lines) + "\n"
