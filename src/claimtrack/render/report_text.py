"""The report as plain text for a terminal, coloured when asked (the CLI asks when stdout is one)."""

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


def _wrap(text: str, indent: str) -> list[str]:
    # A wrap can move content that was mid-line (``::error::``) to the start of a line of its own.
    wrapped = textwrap.wrap(
        one_line(" ".join(text.split())), width=100, initial_indent=indent, subsequent_indent=indent
    )
    return [safe_line(line) for line in wrapped] or [indent]


def _discrepancy(item: Discrepancy, color: bool) -> list[str]:
    f = item.finding
    label = _paint(f"{f.code} {f.rule}", _COLOURS[f.severity], color)
    state = f.state.value if f.state is State.OPEN else _paint(f.state.value, "2", color)
    lines = [f"{one_line(f.location())}: {label} [{f.severity}, {state}]", *_wrap(f.message, "  ")]
    for c in item.claims:
        lines.append(one_line(f"  - {c.id}: {c.value_text} ({c.modality}, {c.status}) at {c.file}:{c.line}"))
        for e in c.evidence:
            lines += _wrap(f"{e.source} ({e.stance}): “{e.quote}”", "      ")
    if f.resolution:
        lines += _wrap(f"resolution: {f.resolution}", "  ")
    return [*lines, ""]


def render_text(report: Report, color: bool = False) -> str:
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
                lines += _discrepancy(item, color)
    if report.plans:
        lines += [_paint("PLANS", "1", color), ""]
        for plan in report.plans:
            due = f", due {plan.due}" if plan.due else ""
            due += f", {plan.delay} late" if plan.delay else ""
            lines.append(
                one_line(
                    f"  {plan.outcome:<9} {plan.plan.id}: {plan.plan.value_text}{due} at {plan.plan.file}:{plan.plan.line}"
                )
            )
            lines += [
                one_line(f"            - {c.id}: {outcome_text(c)} ({c.modality}, {c.status})") for c in plan.outcomes
            ]
        lines.append("")
    if report.corrections:
        lines += [_paint("CORRECTIONS", "1", color), ""]
        for fix in report.corrections:
            who = f"{fix.corrected_by} (the publisher correcting itself)" if fix.by_publisher else fix.corrected_by
            now = f"retracted by {who}" if fix.replacement is None else f"corrected by {who}: {fix.replacement}"
            lines.append(one_line(f"  {fix.source}: {fix.quote}"))
            lines.append(one_line(f"    {now}"))
            if fix.standing:
                lines.append(one_line(f"    stands: {', '.join(fix.standing)}"))
            if fix.resting:
                lines.append(one_line(f"    resting on the corrected words: {', '.join(fix.resting)}"))
        lines.append("")
    if report.sources:
        lines += [_paint("SOURCES", "1", color)]
        lines.append(f"  {'source':<32} supports refuted disputed unverif. self-contr.")
        for src in report.sources:
            lines.append(
                f"  {src.id:<32} {src.supports:>8} {src.refuted:>7} {src.disputed:>8} "
                f"{src.unverifiable:>8} {src.self_contradictions:>11}"
            )
        lines.append("")
    return "\n".join(lines)
