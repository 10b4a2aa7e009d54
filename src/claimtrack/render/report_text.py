"""The report as plain text for a terminal, coloured when asked (the CLI asks when stdout is one).

Lines are wrapped to the terminal's width at spaces only, so an id, a path or a hyphenated word is never cut
(a word longer than the line runs past it whole); the sources table puts each title on a line of its own, cut
with an ellipsis at the width, and stacks a source's counts when the table does not fit.
"""

from __future__ import annotations

import textwrap

from claimtrack.engine.report import Discrepancy, Report, headline, outcome_text
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import State
from claimtrack.model.wording import plural
from claimtrack.render.escape import one_line, safe_line

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.NOTE: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


WIDTH = 100
"""The widest a line is made, even on a wider terminal: longer lines are hard to read."""
NARROWEST = 40


def _wrap(text: str, indent: str, width: int = WIDTH, then: str | None = None) -> list[str]:
    # A wrap can move content that was mid-line (``::error::``) to the start of a line of its own.
    wrapped = textwrap.wrap(
        one_line(" ".join(text.split())),
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if then is None else then,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [safe_line(line) for line in wrapped] or [indent]


def _clip(text: str, indent: str, width: int) -> str:
    """``text`` on one line of at most ``width`` characters after ``indent``, cut at a space with an ellipsis."""
    line = one_line(" ".join(text.split()))
    room = width - len(indent)
    if len(line) > room:
        cut = line[: room - 1]
        line = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return safe_line(indent + line)


def _fill(parts: list[str], indent: str, width: int) -> list[str]:
    """``parts`` joined by commas into lines of ``width``, never breaking a part ("3 self-contradictions")."""
    lines: list[str] = []
    line = indent
    for number, part in enumerate(parts):
        piece = part + ("," if number < len(parts) - 1 else "")
        if line != indent and len(line) + 1 + len(piece) > width:
            lines.append(line)
            line = indent
        line += ("" if line == indent else " ") + piece
    return [*lines, line]


def _discrepancy(item: Discrepancy, color: bool, width: int) -> list[str]:
    f = item.finding
    label = _paint(f"{f.code} {f.rule}", _COLOURS[f.severity], color)
    state = f.state.value if f.state is State.OPEN else _paint(f.state.value, "2", color)
    lines = [f"{one_line(f.location())}: {label} [{f.severity}, {state}]", *_wrap(f.message, "  ", width)]
    for c in item.claims:
        lines += _wrap(f"{c.id}: {c.value_text} ({c.modality}, {c.status}) at {c.file}:{c.line}", "  - ", width, "    ")
        for e in c.evidence:
            lines += _wrap(f"{e.source} ({e.stance}): “{e.quote}”", "      ", width)
    if f.resolution:
        lines += _wrap(f"resolution: {f.resolution}", "  ", width)
    return [*lines, ""]


_COUNTS: tuple[tuple[str, str], ...] = (
    ("supports", "supports"),
    ("refuted", "refuted"),
    ("disputed", "disputed"),
    ("unverif.", "unverifiable"),
    ("self-contr.", "self-contradictions"),
)
"""Each column of the sources table: its heading, and the count's name where the counts are stacked."""


def _sources(report: Report, width: int) -> list[str]:
    """A row per source with its counts, its title on the line below, cut at the width; when the row does not
    fit, the counts as a sentence of their own below the title."""
    ids = [one_line(src.id) for src in report.sources]
    id_width = max(len("source"), *(len(i) for i in ids))
    heading = " ".join(short for short, _ in _COUNTS)
    fits = 2 + id_width + 1 + len(heading) <= width
    lines = [f"  {'source':<{id_width}} {heading}"] if fits else []
    for shown, src in zip(ids, report.sources, strict=True):
        counts = (src.supports, src.refuted, src.disputed, src.unverifiable, src.self_contradictions)
        if fits:
            cells = " ".join(f"{n:>{len(short)}}" for n, (short, _) in zip(counts, _COUNTS, strict=True))
            lines.append(f"  {shown:<{id_width}} {cells}")
        else:
            lines.append(f"  {shown}")
        if src.title:
            lines.append(_clip(src.title, "    ", width))
        if not fits:
            lines += _fill([f"{n} {name}" for n, (_, name) in zip(counts, _COUNTS, strict=True)], "    ", width)
    return lines


def render_text(report: Report, color: bool = False, width: int = WIDTH) -> str:
    """The report for a terminal ``width`` characters wide (at least 40; at most 100 are used)."""
    width = max(NARROWEST, min(width, WIDTH))
    s = report.summary
    counts = ", ".join(f"{n} {status}" for status, n in s.claims_by_status.items() if n)
    lines = [plural(s.claims, "claim") + (f": {counts}" if counts else ""), headline(s)]
    lines += [f"  {r.code} {r.rule:<24} open {r.open:>3}  acknowledged {r.acknowledged:>3}" for r in s.by_rule]
    lines.append("")
    if report.problems:
        lines.append(_paint(f"{plural(s.problems, 'validation error')}:", "31;1", color))
        lines += [one_line(f"{d.location()}: {d.code} {d.message}") for d in report.problems]
        lines.append("")
    for state in (State.OPEN, State.ACKNOWLEDGED):
        shown = [d for d in report.discrepancies if d.finding.state is state]
        if shown:
            lines += [_paint(f"{state.value.upper()} FINDINGS", "1", color), ""]
            for item in shown:
                lines += _discrepancy(item, color, width)
    if report.plans:
        lines += [_paint("PLANS", "1", color), ""]
        for plan in report.plans:
            due = f", due {plan.due}" if plan.due else ""
            due += f", {plan.delay} late" if plan.delay else ""
            planned = f"{plan.plan.id}: {plan.plan.value_text}{due} at {plan.plan.file}:{plan.plan.line}"
            lines += _wrap(planned, f"  {plan.outcome:<9} ", width, " " * 12)
            for c in plan.outcomes:
                lines += _wrap(
                    f"{c.id}: {outcome_text(c)} ({c.modality}, {c.status})", " " * 12 + "- ", width, " " * 14
                )
        lines.append("")
    if report.corrections:
        lines += [_paint("CORRECTIONS", "1", color), ""]
        for fix in report.corrections:
            who = f"{fix.corrected_by} (the publisher correcting itself)" if fix.by_publisher else fix.corrected_by
            now = f"retracted by {who}" if fix.replacement is None else f"corrected by {who}: {fix.replacement}"
            lines += _wrap(f"{fix.source}: {fix.quote}", "  ", width, "    ")
            lines += _wrap(now, "    ", width, "      ")
            if fix.standing:
                lines += _wrap(f"stands: {', '.join(fix.standing)}", "    ", width, "      ")
            if fix.resting:
                lines += _wrap(f"resting on the corrected words: {', '.join(fix.resting)}", "    ", width, "      ")
        lines.append("")
    if report.sources:
        lines += [_paint("SOURCES", "1", color), *_sources(report, width), ""]
    return "\n".join(lines)
