"""The diff as Markdown (a pull-request comment or job summary), JSON, or GitHub annotations."""

from __future__ import annotations

import json
from typing import Any

from claimtrack.engine.diff import DiffResult, ItemChange, acknowledged_by, sources_behind
from claimtrack.engine.results import CheckResult
from claimtrack.model.findings import Finding, State
from claimtrack.model.wording import plural
from claimtrack.render.escape import json_safe, markdown_code, one_line
from claimtrack.render.github import LEVEL_BY_SEVERITY, Annotation, annotate, overflow_note
from claimtrack.render.report_json import finding_json
from claimtrack.render.report_markdown import cell, code_cell

DIFF_FORMAT_VERSION = 1
_SHOWN_VALUE = 120


def _value(value: Any) -> str:
    if value is None:
        return "—"
    text = " ".join(str(value).split())
    return markdown_code(text if len(text) <= _SHOWN_VALUE else text[: _SHOWN_VALUE - 1] + "…")


def _counts(changes: list[ItemChange]) -> str:
    kinds = {kind: sum(1 for c in changes if c.kind == kind) for kind in ("added", "changed", "removed")}
    return ", ".join(f"{n} {kind}" for kind, n in kinds.items())


def _finding_line(f: Finding, acknowledged: str = "") -> str:
    line = f"- **{f.code} {f.rule}** ({f.severity}) {markdown_code(f.location())}: {cell(f.message)}"
    return line + (f" — introduced, acknowledged in this change: {cell(acknowledged)}" if acknowledged else "")


def _acknowledged(result: DiffResult, f: Finding) -> str:
    if f.state is not State.ACKNOWLEDGED or result.head_result is None:
        return ""
    changed = frozenset(c.id for c in result.claims if c.kind != "removed")
    return acknowledged_by(f, result.head_result, changed) or "acknowledged"


def _item_section(title: str, changes: list[ItemChange], claims: bool) -> list[str]:
    if not changes:
        return []
    lines = [f"### {title}", ""]
    if claims:
        lines += ["| Claim | Change | Status | Reviewed by |", "|---|---|---|---|"]
        for c in changes:
            status = c.status_after or c.status_before or ""
            if c.status_changed:
                status = f"{c.status_before} → **{c.status_after}**"
            reviewer = f"{c.reviewed_by} ({c.reviewed_on})" if c.reviewed_by else ""
            lines.append(f"| {code_cell(c.id)} ({cell(c.file)}) | {c.kind} | {status} | {cell(reviewer)} |")
        lines.append("")
    for c in changes:
        if c.kind != "changed":
            if not claims:
                lines.append(f"- {markdown_code(c.id)} ({cell(c.file)}): {c.kind}")
            continue
        lines.append(f"#### {markdown_code(c.id)}" if claims else f"- {markdown_code(c.id)} ({cell(c.file)}): changed")
        if claims:
            lines.append("")
        for change in c.changes:
            lines.append(
                f"{'' if claims else '  '}- {markdown_code(change.field)}: {_value(change.before)} → {_value(change.after)}"
            )
        if claims and c.status_changed and c.review_note:
            lines.append(f"- review note: {cell(c.review_note)}")
        if claims:
            lines.append("")
    if not claims:
        lines.append("")
    return lines


def render_markdown(result: DiffResult) -> str:
    errors = len(result.introduced_open_errors)
    acknowledged = sum(1 for f in result.introduced if f.state is State.ACKNOWLEDGED)
    verdict = "fails" if not result.success else "passes"
    lines = [
        f"## claimtrack diff: {markdown_code(result.base)} → {cell(result.head)}",
        "",
        f"This change {verdict} the check. Claims: {_counts(result.claims)}. Sources: {_counts(result.sources)}. "
        f"Findings: {len(result.introduced)} introduced ({plural(errors, 'open error')}, "
        f"{acknowledged} acknowledged in this change), "
        f"{len(result.resolved)} resolved, {len(result.still_open)} still open.",
        "",
    ]
    head = result.head_result
    if head is not None and not head.validation.success:
        lines += ["### Invalid files", ""]
        lines += [f"- {markdown_code(d.location())}: {d.code} {cell(d.message)}" for d in head.validation.diagnostics]
        lines.append("")
    if result.unreviewed_status_changes:
        lines += ["### Status changes without a review", ""]
        lines += [
            f"- {markdown_code(f'{u.file}:{u.line}:{u.column}')}: {markdown_code(u.id)} {u.status_before} → {u.status_after}, "
            "but no new review (by, on, note) records who decided and why"
            for u in result.unreviewed_status_changes
        ]
        lines.append("")
    for title, findings in (
        ("Findings introduced", result.introduced),
        ("Findings resolved", result.resolved),
        ("Findings still open", result.still_open),
    ):
        if findings:
            lines += [f"### {title}", "", *(_finding_line(f, _acknowledged(result, f)) for f in findings), ""]
    lines += _item_section("Claims", result.claims, claims=True)
    lines += _item_section("Sources", result.sources, claims=False)
    return "\n".join(lines).rstrip("\n") + "\n"


def _item(c: ItemChange) -> dict[str, Any]:
    data: dict[str, Any] = {"id": c.id, "change": c.kind, "file": c.file}
    if c.changes:
        data["fields"] = [{"field": x.field, "before": x.before, "after": x.after} for x in c.changes]
    if c.status_before is not None or c.status_after is not None:
        data["status"] = {"before": c.status_before, "after": c.status_after}
        data["review"] = (
            None if c.reviewed_by is None else {"by": c.reviewed_by, "on": c.reviewed_on, "note": c.review_note}
        )
    return data


def _finding(f: Finding, head: CheckResult | None) -> dict[str, Any]:
    return {**finding_json(f), "sources": list(sources_behind(f, head))}


def render_json(result: DiffResult) -> str:
    head = result.head_result
    payload = {
        "version": DIFF_FORMAT_VERSION,
        "base": result.base,
        "head": result.head,
        "success": result.success,
        "claims": [_item(c) for c in result.claims],
        "sources": [_item(c) for c in result.sources],
        "findings": {
            "introduced": [_finding(f, head) for f in result.introduced],
            "resolved": [_finding(f, head) for f in result.resolved],
            "still_open": [_finding(f, head) for f in result.still_open],
        },
        "status_changes_without_review": [
            {
                "id": u.id,
                "file": u.file,
                "line": u.line,
                "column": u.column,
                "before": u.status_before,
                "after": u.status_after,
            }
            for u in result.unreviewed_status_changes
        ],
        "problems": []
        if head is None
        else [
            {"file": d.path, "line": d.line, "column": d.column, "code": d.code, "message": d.message}
            for d in head.validation.diagnostics
        ],
    }
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"


def render_github(result: DiffResult) -> str:
    entries: list[Annotation] = []
    head = result.head_result
    if head is not None:
        entries += [("error", d.path, d.line, d.column, d.code, d.message) for d in head.validation.diagnostics]
    entries += [
        (
            "error",
            u.file,
            u.line,
            u.column,
            "status changed without a review",
            f"{u.id}: {u.status_before} → {u.status_after} needs a new review with by, on and note",
        )
        for u in result.unreviewed_status_changes
    ]
    for f in result.introduced:
        acknowledged = _acknowledged(result, f)
        level = "notice" if acknowledged else LEVEL_BY_SEVERITY[f.severity]
        message = f.message + (f" (introduced, acknowledged in this change: {acknowledged})" if acknowledged else "")
        entries.append((level, f.path, f.line, f.column, f"{f.code} {f.rule}", message))
    lines, hidden = annotate(entries)
    lines.append(
        f"claimtrack diff {one_line(result.base)} → {one_line(result.head)}: {plural(len(result.introduced), 'finding')} "
        f"introduced, {len(result.resolved)} resolved, "
        f"{plural(len(result.unreviewed_status_changes), 'status change')} without review" + overflow_note(hidden)
    )
    return "\n".join(lines) + "\n"


RENDERER_BY_NAME = {"markdown": render_markdown, "json": render_json, "github": render_github}
