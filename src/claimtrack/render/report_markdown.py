"""The report as Markdown (GitHub flavour): fits a pull-request comment or a job summary."""

from __future__ import annotations

from claimtrack.engine.report import ClaimView, Discrepancy, Report, headline, outcome_text
from claimtrack.model.findings import State
from claimtrack.model.wording import plural
from claimtrack.render.escape import markdown_code, markdown_text


def cell(text: object) -> str:
    """Content made safe for a table cell, or any line: one line, in no element (see markdown_text)."""
    return markdown_text(text)


def code_cell(text: object) -> str:
    """Content as a code span in a table cell."""
    return markdown_code(text, in_table=True)


def truncate(text: str, max_bytes: int) -> str:
    """Cut Markdown at a line boundary to fit ``max_bytes`` (UTF-8), with a note saying so."""
    data = text.encode("utf-8")
    if len(data) <= max_bytes:
        return text
    note = "\n\n_Truncated: the full output is longer than this summary allows; run the command locally._\n"
    room = max(0, max_bytes - len(note.encode("utf-8")))
    cut = data[:room].decode("utf-8", "ignore")
    cut = cut[: cut.rfind("\n") + 1] if "\n" in cut else ""
    return cut + note.lstrip("\n")


def _inline(text: str) -> str:
    return markdown_text(text)


def _status_line(report: Report) -> str:
    counts = ", ".join(f"{n} {status}" for status, n in report.summary.claims_by_status.items() if n)
    return f"**{plural(report.summary.claims, 'claim')}**" + (f": {counts}" if counts else "")


def _claims_table(claims: tuple[ClaimView, ...]) -> list[str]:
    lines = [
        "| Claim | Value | Modality | Status | Supported by | Contradicted by |",
        "|---|---|---|---|---|---|",
    ]
    for c in claims:
        lines.append(
            f"| {code_cell(c.id)} ({cell(c.file)}:{c.line}) | {cell(c.value_text)} | {c.modality} | {c.status} "
            f"| {cell(', '.join(c.sources))} | {cell(', '.join(c.contradicting))} |"
        )
    return lines


def _discrepancy(item: Discrepancy) -> list[str]:
    f = item.finding
    about = f" · {cell(f.subject)} {cell(f.property)}" if f.subject and f.property else ""
    lines = [
        f"### {f.code} {f.rule} ({f.severity}, {f.state}){about}",
        "",
        f"{markdown_code(f.location())}: {_inline(f.message)}",
        "",
    ]
    if item.claims:
        lines += [*_claims_table(item.claims), ""]
        for c in item.claims:
            for e in c.evidence:
                lines.append(f"> **{cell(c.id)}** · {cell(e.source)} ({e.stance}): “{_inline(e.quote)}”  ")
        lines.append("")
    if f.resolution:
        lines += [f"**Resolution:** {_inline(f.resolution)}", ""]
    return lines


def render_markdown(report: Report) -> str:
    s = report.summary
    lines = ["# claimtrack report", "", _status_line(report) + "  "]
    lines.append(f"**{headline(s)}**" + (f"; **{plural(s.problems, 'validation error')}**" if s.problems else ""))
    lines.append("")
    if s.by_rule:
        lines += ["| Code | Rule | Severity | Open | Acknowledged |", "|---|---|---|---:|---:|"]
        lines += [f"| {r.code} | {r.rule} | {r.severity} | {r.open} | {r.acknowledged} |" for r in s.by_rule]
        lines.append("")
    if report.problems:
        lines += ["## Validation problems", ""]
        lines += [f"- {markdown_code(d.location())}: {d.code} {_inline(d.message)}" for d in report.problems]
        lines.append("")
    for state, heading in ((State.OPEN, "Open findings"), (State.ACKNOWLEDGED, "Acknowledged findings")):
        shown = [d for d in report.discrepancies if d.finding.state is state]
        lines += [f"## {heading}", ""]
        if not shown:
            lines += ["None.", ""]
        for item in shown:
            lines += _discrepancy(item)
    if report.plans:
        lines += [
            "## Plans",
            "",
            "| Plan | Planned | Due | Outcome | What the sources say was done |",
            "|---|---|---|---|---|",
        ]
        for plan in report.plans:
            done = ", ".join(f"{code_cell(c.id)}: {cell(outcome_text(c))}" for c in plan.outcomes)
            lines.append(
                f"| {code_cell(plan.plan.id)} ({cell(plan.plan.file)}:{plan.plan.line}) | {cell(plan.plan.value_text)} "
                f"| {cell(plan.due or '')} | {plan.outcome_words()} | {done} |"
            )
        lines.append("")
    if report.corrections:
        lines += [
            "## Corrections",
            "",
            "| Source | Passage | Corrected by | Now reads | Figure that stands | Claims resting on the passage |",
            "|---|---|---|---|---|---|",
        ]
        for fix in report.corrections:
            who = code_cell(fix.corrected_by) + (" (the publisher correcting itself)" if fix.by_publisher else "")
            now = "retracted" if fix.replacement is None else cell(fix.replacement)
            lines.append(
                f"| {code_cell(fix.source)} | {cell(fix.quote)} | {who} | {now} "
                f"| {', '.join(code_cell(c) for c in fix.standing)} | {', '.join(code_cell(c) for c in fix.resting)} |"
            )
        lines.append("")
    if report.sources:
        lines += [
            "## Sources",
            "",
            "| Source | Published | Supports | Refuted | Disputed | Unverifiable | Self-contradictions "
            "| Derived from | Cites |",
            "|---|---|---:|---:|---:|---:|---:|---|---|",
        ]
        for src in report.sources:
            cites = f"{len(src.cites)} sources" if len(src.cites) > 3 else ", ".join(src.cites)
            lines.append(
                f"| {code_cell(src.id)} | {cell(src.published or '')} | {src.supports} | {src.refuted} | {src.disputed} "
                f"| {src.unverifiable} | {src.self_contradictions} | {cell(', '.join(src.derived_from))} "
                f"| {cell(cites)} |"
            )
        lines.append("")
    if report.claims:
        lines += [
            "## Corroboration",
            "",
            "| Claim | Status | Independent sources | Supporting sources |",
            "|---|---|---:|---|",
        ]
        lines += [
            f"| {code_cell(c.id)} | {c.status} | {c.independent_sources} | {cell(', '.join(c.sources))} |"
            for c in report.claims
        ]
        lines.append("")
    return "\n".join(lines)
