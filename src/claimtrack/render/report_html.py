"""The report as one self-contained HTML page: summary, finding cards, a timeline, source scorecards.

Everything the page needs is inside it (the styles and the small filter script
are inlined from ``assets/``), and its Content-Security-Policy allows nothing
else: no request leaves the file, whatever the claims contain. Without script
the page is complete; the script only adds the filters. Every text from the
files is escaped.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib import resources

from claimtrack.engine.report import ClaimView, Discrepancy, Report, SourceScore, headline, outcome_text
from claimtrack.model.findings import State
from claimtrack.model.wording import plural
from claimtrack.render.escape import html_safe
from claimtrack.render.timeline import TimelineLane, TimelineMark, build_timeline

_MIN_MARK = 0.006
"""The narrowest a mark is drawn (a fraction of its lane), so that a single day stays visible."""


@cache
def _asset(name: str) -> str:
    return resources.files("claimtrack.render").joinpath("assets", name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(style: str, script: str) -> str:
    """Nothing may load but the page's own inline style and script, identified by their hashes."""
    return (
        f"default-src 'none'; style-src {_hash(style)}; script-src {_hash(script)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def _e(text: object) -> str:
    return html_safe(escape(str(text), quote=True))


def _slug(kind: str, ident: str) -> str:
    # Ids are lower-case ASCII with dashes (CT103), so they are safe in fragments as they are.
    return f"{kind}-{ident}"


def _source_link(source: str) -> str:
    return f'<a href="#{_e(_slug("source", source))}">{_e(source)}</a>'


def _claim_link(claim: str) -> str:
    return f'<a href="#{_e(_slug("claim", claim))}"><code>{_e(claim)}</code></a>'


def _summary(report: Report) -> list[str]:
    s = report.summary
    stats = [
        ("Claims", s.claims),
        ("Findings", s.findings),
        ("Open", s.open),
        ("Open errors", s.open_errors),
        ("Acknowledged", s.acknowledged),
        ("Validation errors", s.problems),
    ]
    out = [
        '<section id="summary" aria-labelledby="summary-h">',
        '<h2 id="summary-h">Summary</h2>',
        '<dl class="stats">',
        *(f"<div><dt>{name}</dt><dd>{value}</dd></div>" for name, value in stats),
        "</dl>",
    ]
    statuses = ", ".join(f"{n} {status}" for status, n in s.claims_by_status.items() if n)
    if statuses:
        out.append(f"<p>Claims by status: {_e(statuses)}.</p>")
    if s.by_rule:
        out += [
            '<div class="table-wrap" role="region" aria-label="Findings by rule" tabindex="0"><table>',
            "<caption>Findings by rule</caption>",
            '<thead><tr><th scope="col">Code</th><th scope="col">Rule</th><th scope="col">Severity</th>'
            '<th scope="col" class="n">Open</th><th scope="col" class="n">Acknowledged</th></tr></thead><tbody>',
            *(
                f"<tr><td>{r.code}</td><td>{_e(r.rule)}</td><td>{r.severity}</td>"
                f'<td class="n">{r.open}</td><td class="n">{r.acknowledged}</td></tr>'
                for r in s.by_rule
            ),
            "</tbody></table></div>",
        ]
    out.append("</section>")
    return out


def _problems(report: Report) -> list[str]:
    if not report.problems:
        return []
    return [
        '<section id="problems" aria-labelledby="problems-h">',
        f'<h2 id="problems-h">Validation problems ({len(report.problems)})</h2>',
        "<ul>",
        *(f"<li><code>{_e(d.location())}</code> {d.code}: {_e(d.message)}</li>" for d in report.problems),
        "</ul>",
        "</section>",
    ]


def _sources_of(item: Discrepancy) -> list[str]:
    found = set(item.finding.sources) | {s for c in item.claims for s in (*c.sources, *c.contradicting)}
    return sorted(found)


def _side(claim: ClaimView) -> list[str]:
    out = [
        '<section class="side">',
        f"<h4>{_e(claim.value_text)}</h4>",
        f'<p>{_claim_link(claim.id)} <span class="muted">· {_e(claim.modality)} · {_e(claim.status)}</span></p>',
        f"<p>{_e(claim.statement)}</p>",
        '<ul class="evidence">',
    ]
    for evidence in claim.evidence:
        against = evidence.stance == "contradicts"
        out.append(
            f'<li class="{"against" if against else "for"}">{_source_link(evidence.source)} '
            f'<span class="muted">{_e(evidence.stance)}</span>'
            f"<blockquote>“{_e(evidence.quote)}”</blockquote></li>"
        )
    out.append("</ul>")
    if claim.review_by is not None:
        note = f": {_e(claim.review_note)}" if claim.review_note else ""
        out.append(f'<p class="review">Reviewed by {_e(claim.review_by)} on {_e(claim.review_on)}{note}</p>')
    out.append("</section>")
    return out


def _card(position: int, item: Discrepancy) -> list[str]:
    f = item.finding
    about = f" · {_e(f.subject)} {_e(f.property)}" if f.subject and f.property else ""
    state = "Open" if f.state is State.OPEN else "Acknowledged"
    attributes = (
        f'data-rule="{f.code}" data-state="{f.state.value}" data-subject="{_e(f.subject or "")}" '
        f'data-sources="{_e(" ".join(_sources_of(item)))}"'
    )
    out = [
        f'<article class="card {f.state.value}" id="finding-{position + 1}" {attributes}>',
        f"<h3>{f.code} {_e(f.rule)}{about}</h3>",
        f'<p class="meta"><span class="muted">#{position + 1}</span><span class="badge {f.state.value}">{state}</span>'
        f'<span class="badge plain">{f.severity.value}</span><code>{_e(f.location())}</code></p>',
        f"<p>{_e(f.message)}</p>",
    ]
    if item.claims:
        out += ['<div class="sides">', *(line for c in item.claims for line in _side(c)), "</div>"]
    if f.resolution:
        out.append(f'<p class="resolution"><strong>Resolution:</strong> {_e(f.resolution)}</p>')
    out.append("</article>")
    return out


def _options(name: str, label: str, everything: str, values: Iterable[tuple[str, str]]) -> str:
    options = "".join(f'<option value="{_e(value)}">{_e(text)}</option>' for value, text in values)
    return f'<label>{label}<select name="{name}"><option value="">{everything}</option>{options}</select></label>'


def _findings(report: Report) -> list[str]:
    items = list(enumerate(report.discrepancies))
    items.sort(key=lambda pair: pair[1].finding.state is not State.OPEN)
    rules = sorted({(d.finding.code, f"{d.finding.code} {d.finding.rule}") for _, d in items})
    subjects = sorted({d.finding.subject for _, d in items if d.finding.subject})
    sources = sorted({s for _, d in items for s in _sources_of(d)})
    count = len(items)
    out = [
        '<section id="findings" aria-labelledby="findings-h">',
        f'<h2 id="findings-h">Findings ({count})</h2>',
        '<form id="filters" class="filters" role="search" aria-label="Filter the findings" hidden>',
        _options("rule", "Rule", "All rules", rules),
        _options("state", "State", "Open and acknowledged", [("open", "Open"), ("acknowledged", "Acknowledged")]),
        _options("subject", "Subject", "All subjects", ((s, s) for s in subjects)),
        _options("source", "Source", "All sources", ((s, s) for s in sources)),
        '<label>Search<input type="search" name="q" autocomplete="off"></label>',
        '<button type="reset">Show all</button>',
        f'<p id="shown" role="status" aria-live="polite">{count} of {plural(count, "finding")} shown</p>',
        "</form>",
    ]
    if not items:
        out.append("<p>No finding.</p>")
    for position, item in items:
        out += _card(position, item)
    out.append("</section>")
    return out


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
    flag = '<span class="flag">Conflict</span> ' if mark.conflict else ""
    sources = ", ".join(_source_link(s) for s in claim.sources)
    open_side = " (open-ended)" if mark.open_start or mark.open_end else ""
    said = "" if shape == "done" else f' <span class="modality">{_e(claim.modality)}</span>'
    return (
        f'<li class="mark {shape}{" conflict" if mark.conflict else ""}">'
        f'<span class="date">{_e(claim.dated)}{open_side}{said}</span>'
        f"{bar}"
        f'<span class="what">{flag}{_claim_link(claim.id)} {_e(claim.property)}'
        f"{' — ' + sources if sources else ''}{' · ' + links if links else ''}</span></li>"
    )


def _lane(lane: TimelineLane, report: Report) -> list[str]:
    heading_id = _slug("lane", lane.subject)
    conflicts = f' <span class="flag">({plural(lane.conflicts, "conflicting date")})</span>' if lane.conflicts else ""
    if lane.single_day:
        axis = f'<p class="axis single"><span>{lane.first.isoformat()}</span></p>'
    else:
        axis = f'<p class="axis"><span>{lane.first.isoformat()}</span><span>{lane.last.isoformat()}</span></p>'
    return [
        f'<section class="lane" aria-labelledby="{_e(heading_id)}">',
        f'<h3 id="{_e(heading_id)}">{_e(lane.subject)}{conflicts}</h3>',
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
    ]
    return (
        '<ul class="legend" aria-label="How marks are drawn">'
        + "".join(
            f'<li class="mark {shape}">{_bar(0.1, 0.9 if not arrow else 1.0, shape, False, arrow)}'
            f"<span>{_e(text)}</span></li>"
            for shape, text, arrow in items
        )
        + "</ul>"
    )


def _timeline(report: Report) -> list[str]:
    lanes = build_timeline(report.claims, [d.finding for d in report.discrepancies])
    out = [
        '<section id="timeline" aria-labelledby="timeline-h">',
        '<h2 id="timeline-h">Timeline</h2>',
        "<p>Dated claims (events, and relations that hold over a span), one lane per subject, each lane on its own "
        'scale from its first to its last day. <span class="flag">Conflict</span> marks a date that a finding '
        "says cannot hold together with another. A mark not stated as done says so in words beside its date, "
        "and is drawn as an outline:</p>",
        _legend(),
    ]
    if not lanes:
        out.append("<p>No dated claim.</p>")
    for lane in lanes:
        out += _lane(lane, report)
    out.append("</section>")
    return out


def _plans(report: Report) -> list[str]:
    if not report.plans:
        return []
    rows = (
        f'<tr class="outcome-{_e(p.outcome)}"><th scope="row">{_claim_link(p.plan.id)}</th>'
        f"<td>{_e(p.plan.statement)}</td><td>{_e(p.plan.value_text)}</td><td>{_e(p.due or '')}</td>"
        f'<td><span class="badge plain">{_e(p.outcome)}</span></td>'
        f"<td>{'; '.join(f'{_claim_link(c.id)}: {_e(outcome_text(c))}' for c in p.outcomes)}</td></tr>"
        for p in report.plans
    )
    return [
        '<section id="plans" aria-labelledby="plans-h">',
        f'<h2 id="plans-h">Plans ({len(report.plans)})</h2>',
        "<p>Every claim a source states as planned, and what the sources say became of it: <em>fulfilled</em> "
        "(a claim stated as done agrees), <em>differs</em> (claims stated as done give another value), "
        "<em>not done</em> (a source denies it over its planned date), "
        "<em>overdue</em> (its date has passed by the newest source, and no source reports it done) or "
        "<em>pending</em>.</p>",
        '<div class="table-wrap" role="region" aria-label="Plans" tabindex="0"><table>',
        "<caption>Plans and their outcomes</caption>",
        '<thead><tr><th scope="col">Plan</th><th scope="col">Statement</th><th scope="col">Planned</th>'
        '<th scope="col">Due</th><th scope="col">Outcome</th><th scope="col">What the sources say was done</th></tr></thead><tbody>',
        *rows,
        "</tbody></table></div>",
        "</section>",
    ]


def _source_row(src: SourceScore) -> str:
    name = _e(src.title or src.id)
    # Only web addresses become links: a javascript: or data: address in a source file stays text.
    linked = src.url is not None and src.url.lower().startswith(("https://", "http://"))
    title = f'<a href="{_e(src.url)}" rel="noopener noreferrer">{name}</a>' if linked else name
    lists = [
        ", ".join(_source_link(s) for s in ids)
        for ids in (src.derived_from, src.cites, src.cited_by, src.republished_by)
    ]
    return (
        f'<tr id="{_e(_slug("source", src.id))}"><th scope="row"><code>{_e(src.id)}</code></th><td>{title}</td>'
        f'<td>{_e(src.published or "")}</td><td class="n">{src.supports}</td><td class="n">{src.refuted}</td>'
        f'<td class="n">{src.disputed}</td><td class="n">{src.unverifiable}</td>'
        f'<td class="n">{src.self_contradictions}</td><td>{lists[0]}</td><td>{lists[1]}</td><td>{lists[2]}</td>'
        f"<td>{lists[3]}</td></tr>"
    )


def _sources(report: Report) -> list[str]:
    if not report.sources:
        return []
    headings = ["Source", "Title", "Published"]
    numbers = ["Supports", "Refuted", "Disputed", "Unverifiable", "Self-contradictions"]
    header = "".join(f'<th scope="col">{h}</th>' for h in headings)
    header += "".join(f'<th scope="col" class="n">{h}</th>' for h in numbers)
    header += '<th scope="col">Derived from</th><th scope="col">Cites</th><th scope="col">Cited by</th>'
    header += '<th scope="col">Republished by</th>'
    return [
        '<section id="sources" aria-labelledby="sources-h">',
        '<h2 id="sources-h">Sources</h2>',
        '<div class="table-wrap" role="region" aria-label="Source scorecard" tabindex="0"><table>',
        "<caption>How many claims each source supports, and how they were reviewed</caption>",
        f"<thead><tr>{header}</tr></thead><tbody>",
        *(_source_row(src) for src in report.sources),
        "</tbody></table></div>",
        "</section>",
    ]


def _claims(report: Report) -> list[str]:
    if not report.claims:
        return []
    rows = (
        f'<tr id="{_e(_slug("claim", c.id))}"><th scope="row"><code>{_e(c.id)}</code></th><td>{_e(c.statement)}</td>'
        f'<td>{_e(c.value_text)}</td><td>{_e(c.status)}</td><td class="n">{c.independent_sources}</td>'
        f"<td>{', '.join(_source_link(s) for s in c.sources)}</td>"
        f"<td>{', '.join(_source_link(s) for s in c.contradicting)}</td></tr>"
        for c in report.claims
    )
    return [
        '<section id="claims" aria-labelledby="claims-h">',
        f'<h2 id="claims-h">Claims ({len(report.claims)})</h2>',
        '<div class="table-wrap" role="region" aria-label="Claims" tabindex="0"><table>',
        "<caption>Every claim, its status and its independent corroboration</caption>",
        '<thead><tr><th scope="col">Claim</th><th scope="col">Statement</th><th scope="col">Value</th>'
        '<th scope="col">Status</th><th scope="col" class="n">Independent sources</th>'
        '<th scope="col">Supported by</th><th scope="col">Contradicted by</th></tr></thead><tbody>',
        *rows,
        "</tbody></table></div>",
        "</section>",
    ]


def render_html(report: Report) -> str:
    style, script = _asset("report.css"), _asset("report.js")
    sections = [
        ("summary", "Summary"),
        ("findings", "Findings"),
        ("timeline", "Timeline"),
        *((("plans", "Plans"),) if report.plans else ()),
        ("sources", "Sources"),
        ("claims", "Claims"),
    ]
    if report.problems:
        sections.insert(1, ("problems", "Validation problems"))
    title = f"claimtrack report: {headline(report.summary)}"
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(style, script)}">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#findings">Skip to the findings</a>',
        "<header>",
        "<h1>claimtrack report</h1>",
        f'<p class="headline">{_e(headline(report.summary))}</p>',
        '<nav aria-label="Sections"><ul>',
        *(f'<li><a href="#{anchor}">{name}</a></li>' for anchor, name in sections),
        "</ul></nav>",
        "</header>",
        "<main>",
        *_summary(report),
        *_problems(report),
        *_findings(report),
        *_timeline(report),
        *_plans(report),
        *_sources(report),
        *_claims(report),
        "</main>",
        '<footer><p class="muted">Written by claimtrack from the repository\'s files; every quotation is the '
        "archived source's own words.</p></footer>",
        f"<script>{script}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(lines)
