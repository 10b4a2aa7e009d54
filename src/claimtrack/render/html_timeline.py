"""The HTML report's timeline: a lane per subject, a mark per dated claim, drawn in shape and words.

The timeline's model (lanes, marks, their spans) is ``render/timeline.py``; this module only draws it.
"""

from __future__ import annotations

from claimtrack.engine.report import Report
from claimtrack.model.wording import plural
from claimtrack.render.html_elements import claim_link, e, slug, source_link
from claimtrack.render.timeline import TimelineLane, TimelineMark, build_timeline

_MIN_MARK = 0.006
"""The narrowest a mark is drawn (a fraction of its lane), so that a single day stays visible."""


_DONE = ("asserted", "reported")
_SHAPES = {"planned": "planned", "predicted": "predicted", "denied": "denied"}
"""How a mark is drawn, by the claim's modality: stated as done is a filled bar; a plan a dashed outline, a
forecast a dotted one, a denial a struck-through outline."""
_ARROW = 50
"""How far an open end's arrow reaches into the bar, in the bar's 1000 units."""


def _bar(start: float, end: float, shape: str, open_start: bool, open_end: bool) -> str:
    x, width = round(start * 1000, 1), round((end - start) * 1000, 1)
    parts = [
        '<svg class="bar" viewBox="0 0 1000 14" preserveAspectRatio="none" aria-hidden="true" focusable="false">',
        '<rect class="track" x="0" y="5" width="1000" height="4"/>',
        f'<rect class="span {shape}" x="{x:g}" y="1" width="{width:g}" height="12" vector-effect="non-scaling-stroke"/>',
    ]
    if shape == "denied":
        parts.append(
            f'<line class="strike" x1="{x:g}" y1="7" x2="{x + width:g}" y2="7" vector-effect="non-scaling-stroke"/>'
        )
    if open_end:
        parts.append(f'<path class="arrow" d="M{1000 - _ARROW} 0 L1000 7 L{1000 - _ARROW} 14 Z"/>')
    if open_start:
        parts.append(f'<path class="arrow" d="M{_ARROW} 0 L0 7 L{_ARROW} 14 Z"/>')
    return "".join(parts) + "</svg>"


def _mark(mark: TimelineMark, report: Report) -> str:
    claim = mark.claim
    start, end = mark.start, max(mark.end, mark.start)
    if end - start < _MIN_MARK:
        middle = (start + end) / 2
        start, end = max(0.0, middle - _MIN_MARK / 2), min(1.0, middle + _MIN_MARK / 2)
    shape = "done" if claim.modality in _DONE else _SHAPES.get(claim.modality, "done")
    bar = _bar(start, end, shape, mark.open_start, mark.open_end)
    links = " ".join(
        f'<a href="#finding-{p + 1}">{report.discrepancies[p].finding.code} #{p + 1}</a>' for p in mark.findings
    )
    flag = (
        '<span class="flag refuted">Refuted</span> '
        if mark.refuted
        else '<span class="flag">Conflict</span> '
        if mark.conflict
        else ""
    )
    sources = ", ".join(source_link(s) for s in claim.sources)
    open_side = " (open-ended)" if mark.open_start or mark.open_end else ""
    said = "" if shape == "done" else f' <span class="modality">{e(claim.modality)}</span>'
    state = " refuted" if mark.refuted else " conflict" if mark.conflict else ""
    return (
        f'<li class="mark {shape}{state}">'
        f'<span class="date">{e(claim.dated)}{open_side}{said}</span>'
        f"{bar}"
        f'<span class="what">{flag}{claim_link(claim.id)} {e(claim.property)}'
        f"{' — ' + sources if sources else ''}{' · ' + links if links else ''}</span></li>"
    )


def _lane(lane: TimelineLane, report: Report) -> list[str]:
    heading_id = slug("lane", lane.subject)
    counted = [plural(lane.conflicts, "conflicting date")] if lane.conflicts else []
    counted += [f"{lane.refuted} refuted"] if lane.refuted else []
    conflicts = f' <span class="flag">({", ".join(counted)})</span>' if counted else ""
    if lane.single_day:
        axis = f'<p class="axis single"><span>{lane.first.isoformat()}</span></p>'
    else:
        axis = f'<p class="axis"><span>{lane.first.isoformat()}</span><span>{lane.last.isoformat()}</span></p>'
    return [
        f'<section class="lane" aria-labelledby="{e(heading_id)}">',
        f'<h3 id="{e(heading_id)}">{e(lane.subject)}{conflicts}</h3>',
        axis,
        '<ol class="marks">',
        *(_mark(m, report) for m in lane.marks),
        "</ol>",
        "</section>",
    ]


def _legend() -> str:
    items = [
        ("done", "stated as done (asserted or reported)", False),
        ("planned", "planned", False),
        ("predicted", "predicted", False),
        ("denied", "denied", False),
        ("done", "open-ended: runs on past the axis", True),
        ("done conflict", "Conflict: cannot hold together with another date, and stands unrefuted", False),
        ("done refuted", "Refuted: a reviewer found this date wrong (pale, its date struck through)", False),
    ]
    return (
        '<ul class="legend" aria-label="How marks are drawn">'
        + "".join(
            f'<li class="mark {shape}">{_bar(0.1, 0.9 if not arrow else 1.0, shape.split()[0], False, arrow)}'
            f"<span>{e(text)}</span></li>"
            for shape, text, arrow in items
        )
        + "</ul>"
    )


def timeline_section(report: Report) -> list[str]:
    lanes = build_timeline(report.claims, [d.finding for d in report.discrepancies])
    out = [
        '<section id="timeline" aria-labelledby="timeline-h">',
        '<h2 id="timeline-h">Timeline</h2>',
        "<p>Dated claims (events, and relations that hold over a span), one lane per subject, each lane on its own "
        'scale from its first to its last day. <span class="flag">Conflict</span> marks a date that a finding '
        'says cannot hold together with another; <span class="flag refuted">Refuted</span> marks one a reviewer '
        "found wrong, drawn pale with its date struck through, so that the dates that stand are the others. A "
        "mark not stated as done says so in words beside its date, and is drawn as an outline:</p>",
        _legend(),
    ]
    if not lanes:
        out.append("<p>No dated claim.</p>")
    for lane in lanes:
        out += _lane(lane, report)
    out.append("</section>")
    return out
