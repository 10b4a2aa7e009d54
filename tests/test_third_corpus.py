"""The third corpus: five short articles on an invented cross-border railway, written for issue 26's constructs.

`tests/corpora/tarnline-railway/` is a complete claims repository whose README
lists, for each construct (corrections, beginnings, attributed denials,
absolute statements), a planted finding and a look-alike that must stay
silent. These tests hold the engine to that list exactly.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimtrack.engine.check import check_repository
from claimtrack.engine.results import CheckResult

CORPUS = Path(__file__).parent / "corpora" / "tarnline-railway"

# (code, severity, state, subject, property, claims): the README's "Planted" table, row by row.
EXPECTED_FINDINGS = {
    # 1. The Herald corrected its own figure: 40 per cent became 45, which stands.
    ("CT216", "warning", "open", "ostmere", "tarnline_cost_share", ("ostmere-share-40", "ostmere-share-45")),
    # 2. A claim still resting on the retracted landslide report.
    ("CT216", "error", "open", "tarn-survey-halt", "occurred_on", ("survey-halted-2022-01",)),
    # 3. "A partner since 2019" against "joined in April 2021".
    ("CT217", "error", "open", "carvania", "member_of",
     ("carvania-partner-since-2019", "carvania-joined-consortium-2021-04")),
    # 4. The minister's "never a member" of the freight pact, which Ostmere belonged to from 2010 to 2014.
    ("CT218", "error", "acknowledged", "ostmere", "member_of",
     ("ostmere-never-in-freight-pact", "ostmere-in-freight-pact-2010-2014")),
    # 5. The spokesman's denial against the builder at work since March.
    ("CT201", "error", "open", "tarnline-carriages", "built_by",
     ("harlund-building-carriages-since-2022-03", "harlund-not-building-carriages")),
    # 6. The Brask tunnel: 9.5 kilometres, or seven miles.
    ("CT201", "error", "open", "brask-tunnel", "length", ("brask-tunnel-length-7-miles", "brask-tunnel-length-9-5-km")),
    # 7. 7.5 million passengers a year, or 11,000 a day.
    ("CT201", "error", "open", "tarnline", "passengers_forecast",
     ("tarnline-passengers-11000-a-day", "tarnline-passengers-7-5-million-a-year")),
    # 8. Boring planned for September, begun on 14 December.
    ("CT213", "warning", "open", "brask-tunnel", "work_began_on",
     ("brask-tunnel-boring-planned-2022-09", "brask-tunnel-boring-began-2022-12-14")),
}  # fmt: skip


@pytest.fixture(scope="module")
def result() -> CheckResult:
    """The corpus checked once, when its first test runs."""
    return check_repository(CORPUS)


def test_the_corpus_is_valid(result: CheckResult) -> None:
    assert [f"{d.location()} {d.code} {d.message}" for d in result.validation.diagnostics] == []
    assert result.claim_count == 31


def test_the_engine_finds_exactly_what_was_planted(result: CheckResult) -> None:
    found = {(f.code, f.severity.value, f.state.value, f.subject, f.property, f.claims) for f in result.findings}
    assert len(found) == len(result.findings)
    assert found == EXPECTED_FINDINGS


def test_the_report_says_who_corrected_what_and_which_figure_stands(result: CheckResult) -> None:
    messages = {f.claims[0]: f.message for f in result.findings}
    assert messages["ostmere-share-40"] == (
        "ostmere tarnline_cost_share: ostmere-share-40 rests only on 'Ostmere will pay 40 per cent of the cost of "
        "the line' in kessby-herald-2022-03-10, which kessby-herald-2022-03-24 (the publisher, Kessby Herald, "
        "correcting itself) corrected to 'Ostmere pays 45 per cent of the cost'; the figure that stands: "
        "ostmere-share-45"
    )
    assert messages["survey-halted-2022-01"].endswith("retracted; nothing stands in its place")
    assert "tomas-berge said: not harlund-works" in messages["harlund-building-carriages-since-2022-03"]


def test_the_misleading_verdict_acknowledges_the_absolute_statement(result: CheckResult) -> None:
    (finding,) = [f for f in result.findings if f.code == "CT218"]
    assert (finding.resolution or "").startswith("ostmere-never-in-freight-pact: True of June 2022, but it leaves out")
    assert "rate it misleading" in finding.message


def test_every_quote_is_in_its_source(result: CheckResult) -> None:
    workspace = result.validation.workspace
    assert workspace is not None
    for item in workspace.claims.values():
        for link in item.model.evidence:
            text = workspace.archived_text(link.source)
            assert text is not None
            assert link.quote in text, (item.model.id, link.quote)
    for item in workspace.sources.values():
        for correction in item.model.corrects:
            assert correction.quote in (workspace.archived_text(correction.source) or "")
            assert (correction.replacement or "") in (workspace.archived_text(item.model.id) or "")


def test_the_articles_are_short_news_copy() -> None:
    texts = sorted((CORPUS / "sources").glob("*.txt"))
    assert len(texts) == 7
    for text in texts:
        assert 150 <= len(text.read_text(encoding="utf-8").split()) <= 400, text.name


def test_the_readme_accounts_for_every_claim_and_names_no_other(result: CheckResult) -> None:
    workspace = result.validation.workspace
    assert workspace is not None
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", readme))
    assert set(workspace.claims) - named == set()
    assert named - (set(workspace.claims) | set(workspace.sources) | set(workspace.entities)) == set()


def test_the_report_has_a_corrections_section(result: CheckResult) -> None:
    from claimtrack.engine.report import build_report
    from claimtrack.render.report_text import render_text

    text = render_text(build_report(result), color=False)
    section = text[text.index("CORRECTIONS") : text.index("SOURCES")]
    assert section.splitlines()[2:] == [
        "  kessby-herald-2022-03-10: Ostmere will pay 40 per cent of the cost of the line",
        "    corrected by kessby-herald-2022-03-24 (the publisher correcting itself): Ostmere pays 45 per",
        "      cent of the cost",
        "    stands: ostmere-share-45",
        "    resting on the corrected words: ostmere-share-40",
        "  kessby-herald-2022-03-10: Survey work was halted in January after a landslide near Brask",
        "    retracted by kessby-herald-2022-03-24 (the publisher correcting itself)",
        "    resting on the corrected words: survey-halted-2022-01",
        "",
    ]


def test_the_markdown_and_html_reports_have_the_section_too(result: CheckResult) -> None:
    from claimtrack.engine.report import build_report
    from claimtrack.render.report_html import render_html
    from claimtrack.render.report_markdown import render_markdown

    report = build_report(result)
    markdown = render_markdown(report)
    assert (
        "| `kessby-herald-2022-03-10` | Survey work was halted in January after a landslide near Brask "
        "| `kessby-herald-2022-03-24` (the publisher correcting itself) | retracted |  | `survey-halted-2022-01` |"
    ) in markdown
    html = render_html(report)
    assert '<li><a href="#corrections">Corrections</a></li>' in html
    assert '<h2 id="corrections-h">Corrections (2)</h2>' in html
