"""The HTML report without a browser: self-containment, escaping, and the timeline's geometry.

The exact output is pinned with the other formats in test_report.py; the page in a real
browser is tested in test_report_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.engine.check import check_repository
from claimtrack.engine.report import ClaimView, Report, build_report
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding
from claimtrack.render.report_html import render_html
from claimtrack.render.timeline import build_timeline
from report_fixture import report_repo
from rulekit import claim, repo, source


class Page(HTMLParser):
    """Collects what a self-containment check needs: tags with their attributes, and inline code."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open = tag if tag in {"style", "script"} else None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.inline[self._open] = self.inline.get(self._open, "") + data

    def handle_endtag(self, tag: str) -> None:
        self._open = None


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_csp_allows_exactly_the_inline_style_and_script(tmp_path: Path) -> None:
    page = parse(render_html(build_report(check_repository(report_repo(tmp_path)))))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["style-src"] == f"'{_sha(page.inline['style'])}'"
    assert directives["script-src"] == f"'{_sha(page.inline['script'])}'"
    assert [t for t, _ in page.tags].count("script") == 1
    assert [t for t, _ in page.tags].count("style") == 1


def test_nothing_is_loaded_from_elsewhere(tmp_path: Path) -> None:
    page = parse(render_html(build_report(check_repository(report_repo(tmp_path)))))
    loading = {"src", "srcset", "data", "poster", "background", "action", "formaction"}
    assert [(t, a) for t, a in page.tags if loading & set(a)] == []
    assert [a for t, a in page.tags if t == "link"] == []
    assert "url(" not in page.inline["style"]
    assert "@import" not in page.inline["style"]
    for tag, attributes in page.tags:
        if tag == "a":
            href = attributes["href"] or ""
            assert href.startswith(("#", "https://", "http://")), href


def _hostile_repo(root: Path) -> Path:
    text = "They said <script>alert(1)</script> & left."
    path, written = claim(
        "said-script",
        "'<b>bold</b>'",
        type="attribution",
        subject="alice",
        property="said",
        # Not in the source, so that a quote-not-found card shows it.
        evidence=[("a", "supports", "'<script>alert(2)</script> & left'")],
    )
    written = written.replace("statement: Claim said-script.", "statement: 'Alice said <script>x</script> & left.'")
    files = source("a", text, url="'javascript:alert(1)'", title="'<img src=x onerror=alert(1)>'")
    return repo(root, (path, written), sources=files)


def test_text_from_the_files_is_escaped(tmp_path: Path) -> None:
    html = render_html(build_report(check_repository(_hostile_repo(tmp_path))))
    page = parse(html)
    assert [t for t, _ in page.tags].count("script") == 1
    assert not [t for t, _ in page.tags if t in {"img", "b"}]
    assert "“&lt;script&gt;alert(2)&lt;/script&gt; &amp; left”" in html
    assert "Alice said &lt;script&gt;x&lt;/script&gt; &amp; left." in html
    assert "javascript:" not in {a.get("href", "") for t, a in page.tags if t == "a"}
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_filter_controls_name_every_rule_subject_and_source_shown(tmp_path: Path) -> None:
    report = build_report(check_repository(report_repo(tmp_path)))
    html = render_html(report)
    options = dict(re.findall(r'<select name="(\w+)">(.*?)</select>', html))
    values = {name: re.findall(r'<option value="([^"]*)"', body)[1:] for name, body in options.items()}
    assert values["rule"] == sorted({d.finding.code for d in report.discrepancies})
    assert values["state"] == ["open", "acknowledged"]
    assert values["subject"] == sorted({d.finding.subject for d in report.discrepancies if d.finding.subject})
    assert values["source"] == ["a", "b"]
    cards = re.findall(r'<article class="card (\w+)" id="finding-(\d+)"', html)
    states = [d.finding.state.value for d in report.discrepancies]
    assert sorted(int(n) for _, n in cards) == list(range(1, len(states) + 1))
    assert [s for s, _ in cards] == sorted(states, key=lambda s: s != "open")


def _view(claim_id: str, subject: str, lower: dt.date | None, upper: dt.date | None) -> ClaimView:
    return ClaimView(
        id=claim_id,
        file=f"claims/{claim_id}.yaml",
        line=1,
        statement="s",
        subject=subject,
        property="happened_on",
        value="x",
        value_text="x",
        modality="asserted",
        status="unreviewed",
        sources=(),
        contradicting=(),
        evidence=(),
        independent_sources=0,
        kind="event",
        dated="x",
        dated_from=lower,
        dated_to=upper,
    )


def _finding(code: str, *claims: str) -> Finding:
    return Finding("claims/x.yaml", 1, 1, code, "m", "r", Severity.ERROR, claims=claims)


def test_timeline_lanes_marks_and_conflicts() -> None:
    day = dt.date
    views = [
        _view("signed-2017", "treaty", day(2017, 1, 1), day(2017, 12, 31)),
        _view("signed-2016", "treaty", day(2016, 11, 29), day(2016, 11, 29)),
        _view("visit", "visit", day(2015, 5, 1), day(2015, 5, 1)),
        replace(_view("undated", "treaty", None, None), dated=None),
    ]
    lanes = build_timeline(views, [_finding("CT208", "signed-2016"), _finding("CT201", "signed-2016", "signed-2017")])
    assert [lane.subject for lane in lanes] == ["visit", "treaty"]
    visit, treaty = lanes
    # A lane of one day gets 15 days each side: the mark sits in the middle, one day wide.
    assert (visit.first, visit.last) == (day(2015, 5, 1), day(2015, 5, 1))
    assert visit.marks[0].start == 15 / 31
    assert visit.marks[0].end == 16 / 31
    assert [m.claim.id for m in treaty.marks] == ["signed-2016", "signed-2017"]
    assert [m.findings for m in treaty.marks] == [(0, 1), (1,)]
    assert [m.conflict for m in treaty.marks] == [True, True]
    assert treaty.marks[0].start == 0.0
    assert treaty.marks[1].end == 1.0
    assert treaty.conflicts == 2
    only_notes = build_timeline(views, [_finding("CT208", "signed-2016")])
    assert not any(m.conflict for lane in only_notes for m in lane.marks)


def test_a_refuted_date_is_no_conflict_and_is_drawn_and_said_apart() -> None:
    """The reviewer's verdict tells the dates apart: the refuted one is marked refuted, the other one stands."""
    day = dt.date
    views = [
        replace(_view("signed-2017", "treaty", day(2017, 1, 1), day(2017, 12, 31)), status="refuted"),
        _view("signed-2016", "treaty", day(2016, 11, 29), day(2016, 11, 29)),
    ]
    (treaty,) = build_timeline(views, [_finding("CT201", "signed-2016", "signed-2017")])
    assert [(m.claim.id, m.conflict, m.refuted) for m in treaty.marks] == [
        ("signed-2016", True, False),
        ("signed-2017", False, True),
    ]
    assert (treaty.conflicts, treaty.refuted) == (1, 1)


def test_open_ended_spans_run_to_the_axis_ends() -> None:
    views = [
        _view("from-2016", "post", dt.date(2016, 9, 8), None),
        _view("held-2018", "post", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
    ]
    (lane,) = build_timeline(views, [])
    first, second = lane.marks
    assert first.open_end
    assert not first.open_start
    assert (first.start, first.end) == (0.0, 1.0)
    # The axis runs on past the last known day, beyond which only the open span goes.
    assert 0 < second.start < second.end < 1.0


def test_an_open_span_from_the_last_known_day_has_room() -> None:
    """2023/.. on a lane whose other dates end in 2023: it used to be drawn with no width."""
    views = [
        _view("held", "post", dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
        _view("from-2023", "post", dt.date(2023, 1, 1), None),
    ]
    (lane,) = build_timeline(views, [])
    held, since = lane.marks
    assert since.open_end
    assert since.end == 1.0
    assert since.end - since.start > 0.05
    assert held.start == 0.0


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@given(st.lists(st.tuples(st.sampled_from("abc"), days, days, st.booleans(), st.booleans()), max_size=20))
def test_every_mark_lies_on_its_axis_in_order(spans: list[tuple[str, dt.date, dt.date, bool, bool]]) -> None:
    views = []
    for n, (subject, one, two, open_low, open_high) in enumerate(spans):
        low, high = min(one, two), max(one, two)
        if open_low and open_high:
            open_high = False
        views.append(_view(f"c{n}", subject, None if open_low else low, None if open_high else high))
    lanes = build_timeline(views, [])
    assert sorted(m.claim.id for lane in lanes for m in lane.marks) == sorted(v.id for v in views)
    assert [(lane.first, lane.subject) for lane in lanes] == sorted((lane.first, lane.subject) for lane in lanes)
    for lane in lanes:
        for mark in lane.marks:
            assert 0.0 <= mark.start < mark.end <= 1.0
            assert mark.claim.subject == lane.subject


def test_report_with_nothing_in_it_renders(tmp_path: Path) -> None:
    empty = Report(build_report(check_repository(report_repo(tmp_path))).summary, (), (), (), ())
    html = render_html(empty)
    assert "<p>No finding.</p>" in html
    assert "<p>No dated claim.</p>" in html
    assert "0 of 0 findings shown" in html


def test_validation_problems_get_their_own_section(tmp_path: Path) -> None:
    root = report_repo(tmp_path)
    (root / "claims/broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    report = build_report(check_repository(root))
    html = render_html(report)
    assert '<li><a href="#problems">Validation problems</a></li>' in html
    assert '<h2 id="problems-h">Validation problems (1)</h2>' in html
    assert "<li><code>claims/broken.yaml:2:1</code> CT004: invalid YAML: did not find expected &#x27;,&#x27;" in html


def test_findings_read_by_state_then_severity_then_file(tmp_path: Path) -> None:
    report = build_report(check_repository(report_repo(tmp_path)))
    page = render_html(report)
    cards = re.findall(r'data-state="(\w+)".*?<span class="badge plain">(\w+)</span><code>([^<:]+):(\d+)', page, re.S)
    rank = {"error": 0, "warning": 1, "note": 2}
    keys = [(state != "open", rank[severity], path, int(line)) for state, severity, path, line in cards]
    assert len(keys) == len(report.discrepancies) > 1
    assert keys == sorted(keys)
    assert {severity for _, severity, _, _ in cards} >= {"error", "warning"}
