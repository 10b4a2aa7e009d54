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
from importlib import resources

from claimtrack.engine.report import ClaimView, Discrepancy, Report, SourceScore, headline, outcome_text
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.wording import plural
from claimtrack.render.html_elements import claim_link, e, slug, source_link
from claimtrack.render.html_timeline import timeline_section


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
        out.append(f"<p>Claims by status: {e(statuses)}.</p>")
    if s.by_rule:
        out += [
            '<div class="table-wrap" role="region" aria-label="Findings by rule" tabindex="0"><table>',
            "<caption>Findings by rule</caption>",
            '<thead><tr><th scope="col">Code</th><th scope="col">Rule</th><th scope="col">Severity</th>'
            '<th scope="col" class="n">Open</th><th scope="col" class="n">Acknowledged</th></tr></thead><tbody>',
            *(
                f"<tr><td>{r.code}</td><td>{e(r.rule)}</td><td>{r.severity}</td>"
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
        *(f"<li><code>{e(d.location())}</code> {d.code}: {e(d.message)}</li>" for d in report.problems),
        "</ul>",
        "</section>",
    ]


def _sources_of(item: Discrepancy) -> list[str]:
    found = set(item.finding.sources) | {s for c in item.claims for s in (*c.sources, *c.contradicting)}
    return sorted(found)


def _side(claim: ClaimView) -> list[str]:
    out = [
        '<section class="side">',
        f"<h4>{e(claim.value_text)}</h4>",
        f'<p>{claim_link(claim.id)} <span class="muted">· {e(claim.modality)} · {e(claim.status)}</span></p>',
        f"<p>{e(claim.statement)}</p>",
        '<ul class="evidence">',
    ]
    for evidence in claim.evidence:
        against = evidence.stance == "contradicts"
        out.append(
            f'<li class="{"against" if against else "for"}">{source_link(evidence.source)} '
            f'<span class="muted">{e(evidence.stance)}</span>'
            f"<blockquote>“{e(evidence.quote)}”</blockquote></li>"
        )
    out.append("</ul>")
    if claim.review_by is not None:
        note = f": {e(claim.review_note)}" if claim.review_note else ""
        out.append(f'<p class="review">Reviewed by {e(claim.review_by)} on {e(claim.review_on)}{note}</p>')
    out.append("</section>")
    return out


def _card(position: int, item: Discrepancy) -> list[str]:
    f = item.finding
    about = f" · {e(f.subject)} {e(f.property)}" if f.subject and f.property else ""
    state = "Open" if f.state is State.OPEN else "Acknowledged"
    attributes = (
        f'data-rule="{f.code}" data-state="{f.state.value}" data-subject="{e(f.subject or "")}" '
        f'data-sources="{e(" ".join(_sources_of(item)))}"'
    )
    out = [
        f'<article class="card {f.state.value}" id="finding-{position + 1}" {attributes}>',
        f"<h3>{f.code} {e(f.rule)}{about}</h3>",
        f'<p class="meta"><span class="muted">#{position + 1}</span><span class="badge {f.state.value}">{state}</span>'
        f'<span class="badge plain">{f.severity.value}</span><code>{e(f.location())}</code></p>',
        f"<p>{e(f.message)}</p>",
    ]
    if item.claims:
        out += ['<div class="sides">', *(line for c in item.claims for line in _side(c)), "</div>"]
    if f.resolution:
        out.append(f'<p class="resolution"><strong>Resolution:</strong> {e(f.resolution)}</p>')
    out.append("</article>")
    return out


def _options(name: str, label: str, everything: str, values: Iterable[tuple[str, str]]) -> str:
    options = "".join(f'<option value="{e(value)}">{e(text)}</option>' for value, text in values)
    return f'<label>{label}<select name="{name}"><option value="">{everything}</option>{options}</select></label>'


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


def _reading_order(finding: Finding) -> tuple[bool, int, str, int, int]:
    return (
        finding.state is not State.OPEN,
        _SEVERITY_RANK[finding.severity],
        finding.path,
        finding.line,
        finding.column,
    )


def _findings(report: Report) -> list[str]:
    items = list(enumerate(report.discrepancies))
    # Open before acknowledged; then errors, warnings and notes; then by file and line.
    items.sort(key=lambda pair: _reading_order(pair[1].finding))
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


def _plans(report: Report) -> list[str]:
    if not report.plans:
        return []
    rows = (
        f'<tr class="outcome-{e(p.outcome)}"><th scope="row">{claim_link(p.plan.id)}</th>'
        f"<td>{e(p.plan.statement)}</td><td>{e(p.plan.value_text)}</td><td>{e(p.due or '')}</td>"
        f'<td><span class="badge plain">{e(p.outcome_words())}</span></td>'
        f"<td>{'; '.join(f'{claim_link(c.id)}: {e(outcome_text(c))}' for c in p.outcomes)}</td></tr>"
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


def _corrections(report: Report) -> list[str]:
    if not report.corrections:
        return []
    rows = (
        f'<tr><th scope="row">{source_link(c.source)}</th><td>{e(c.quote)}</td>'
        f"<td>{source_link(c.corrected_by)}{' (the publisher correcting itself)' if c.by_publisher else ''}</td>"
        f"<td>{'<em>retracted</em>' if c.replacement is None else e(c.replacement)}</td>"
        f"<td>{', '.join(claim_link(x) for x in c.standing)}</td><td>{', '.join(claim_link(x) for x in c.resting)}</td></tr>"
        for c in report.corrections
    )
    return [
        '<section id="corrections" aria-labelledby="corrections-h">',
        f'<h2 id="corrections-h">Corrections ({len(report.corrections)})</h2>',
        "<p>Every passage a source corrected or retracted, what it now reads, the claims its replacement supports "
        "(the figure that stands) and the claims still resting on the corrected words (CT216).</p>",
        '<div class="table-wrap" role="region" aria-label="Corrections" tabindex="0"><table>',
        "<caption>Corrections and retractions</caption>",
        '<thead><tr><th scope="col">Source</th><th scope="col">Passage</th><th scope="col">Corrected by</th>'
        '<th scope="col">Now reads</th><th scope="col">Figure that stands</th>'
        '<th scope="col">Claims resting on the passage</th></tr></thead><tbody>',
        *rows,
        "</tbody></table></div>",
        "</section>",
    ]


def _source_row(src: SourceScore) -> str:
    name = e(src.title or src.id)
    # Only web addresses become links: a javascript: or data: address in a source file stays text.
    linked = src.url is not None and src.url.lower().startswith(("https://", "http://"))
    title = f'<a href="{e(src.url)}" rel="noopener noreferrer">{name}</a>' if linked else name
    lists = [
        ", ".join(source_link(s) for s in ids)
        for ids in (src.derived_from, src.cites, src.cited_by, src.republished_by)
    ]
    return (
        f'<tr id="{e(slug("source", src.id))}"><th scope="row"><code>{e(src.id)}</code></th>'
        f'<td class="title">{title}</td><td class="date">{e(src.published or "")}</td>'
        f'<td class="n">{src.supports}</td><td class="n">{src.refuted}</td>'
        f'<td class="n">{src.disputed}</td><td class="n">{src.unverifiable}</td>'
        f'<td class="n">{src.self_contradictions}</td>'
        + "".join(f'<td class="ids">{listed}</td>' for listed in lists)
        + "</tr>"
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
        f'<tr id="{e(slug("claim", c.id))}"><th scope="row"><code>{e(c.id)}</code></th><td>{e(c.statement)}</td>'
        f'<td>{e(c.value_text)}</td><td>{e(c.status)}</td><td class="n">{c.independent_sources}</td>'
        f"<td>{', '.join(source_link(s) for s in c.sources)}</td>"
        f"<td>{', '.join(source_link(s) for s in c.contradicting)}</td></tr>"
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
        *((("corrections", "Corrections"),) if report.corrections else ()),
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
        f"<title>{e(title)}</title>",
        f"<style>{style}</style>",
        "</head>",
        "<body>",
        '<a class="skip" href="#findings">Skip to the findings</a>',
        "<header>",
        "<h1>claimtrack report</h1>",
        f'<p class="headline">{e(headline(report.summary))}</p>',
        '<nav aria-label="Sections"><ul>',
        *(f'<li><a href="#{anchor}">{name}</a></li>' for anchor, name in sections),
        "</ul></nav>",
        "</header>",
        "<main>",
        *_summary(report),
        *_problems(report),
        *_findings(report),
        *timeline_section(report),
        *_plans(report),
        *_corrections(report),
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
