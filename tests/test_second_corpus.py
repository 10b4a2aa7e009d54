"""The second corpus: six short articles on an invented ferry line, written for the tests.

`tests/corpora/north-strait-ferry/` is a complete claims repository whose
README lists every disagreement planted in it and every look-alike that must
not fire. These tests hold the engine to that list exactly: any change in
what the rules find on it, or in what became of its plans, is a visible diff
here. Findings are left open on purpose (a fixture, not a reviewed corpus),
but for two a reviewer acknowledged.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.engine.check import check_repository
from claimtrack.engine.plans import plan_outcomes
from claimtrack.engine.results import CheckResult
from claimtrack.engine.rules import RULES
from claimtrack.repository.discover import find_root, list_files

CORPUS = Path(__file__).parent / "corpora" / "north-strait-ferry"
PROJECT = Path(__file__).resolve().parents[1]

AGREEMENT = "brennhaven-harbour-agreement"
LINE = "brennhaven-tolvik-line"

# (code, severity, state, subject, property, claims): the README's "Planted" table, row by row.
EXPECTED_FINDINGS = {
    # 1. Three signing dates: 2 March (the wire), March (Lyse Courier) and February (the Review, refuted).
    ("CT201", "error", "acknowledged", AGREEMENT, "signed_on",
     ("agreement-signed-2021-03-02", "agreement-signed-2021-03", "agreement-signed-2021-02")),
    # 2. Valmora ratified on 26 February: before the signing, by the wire's date and by the Courier's.
    ("CT202", "error", "open", AGREEMENT, "ratified_by_valmora_on",
     ("agreement-ratified-valmora-2021-02-26", "agreement-signed-2021-03-02")),
    ("CT202", "error", "open", AGREEMENT, "ratified_by_valmora_on",
     ("agreement-ratified-valmora-2021-02-26", "agreement-signed-2021-03")),
    # 3. The wire story and its republication are one origin.
    ("CT208", "warning", "open", AGREEMENT, "signed_on", ("agreement-signed-2021-03-02",)),
    # 4. Plans against plans: the agreement provides for four ferries, or for six.
    ("CT201", "error", "open", LINE, "new_ferries", ("new-ferries-4-planned", "new-ferries-6-planned")),
    # 5. A broken plan: six ferries planned, four ordered.
    ("CT213", "warning", "open", LINE, "new_ferries", ("new-ferries-6-planned", "new-ferries-4-ordered")),
    # 6. Six crossings a day planned, four run: a reviewer noted the plan is deferred.
    ("CT213", "warning", "acknowledged", LINE, "crossings_per_day", ("crossings-6-a-day-planned", "crossings-4-a-day")),
    ("CT213", "warning", "open", "skarholm-route", "opened_on", ("skarholm-route-planned-2021-04", "skarholm-route-not-opened-by-june")),
    # 7. One article gives the crossing as 95 minutes and as 80.
    ("CT201", "error", "open", LINE, "crossing_minutes", ("crossing-80-minutes", "crossing-95-minutes")),
    ("CT209", "error", "open", LINE, "crossing_minutes", ("crossing-80-minutes", "crossing-95-minutes")),
    # 8. The first sailing modelled twice, from two articles.
    ("CT210", "warning", "open", LINE, "opened_on", ("line-first-sailed-2021-05-14", "line-opened-2021-05-14")),
    # 9. "6,100 passengers" three times in one article.
    ("CT204", "warning", "open", LINE, "passengers_carried", ("passengers-first-week-6100",)),
    # 10. "over 18,000" where the article says "more than 18,000".
    ("CT203", "error", "open", LINE, "passengers_carried", ("passengers-over-18000-by-june",)),
    # 11. Seasons: the terminal's work began in November 2020, or in the winter of 2020-21.
    ("CT201", "error", "open", "north-quay-terminal", "work_began_on",
     ("terminal-work-began-2020-11", "terminal-work-began-winter-2020")),
    # 12. Kestrel Yards on Skarholm or in Lyse County: the vocabulary does not relate the two.
    ("CT201", "warning", "open", "kestrel-yards", "located_in", ("kestrel-yards-in-lyse-county", "kestrel-yards-on-skarholm")),
    # 13. A member of the council since 2019, against "not a member" in March 2021.
    ("CT201", "error", "open", "valmora", "member_of",
     ("valmora-council-member-since-2019", "valmora-not-council-member-2021-03")),
    # 14. Harbour master "since 2022" in an article of June 2021.
    ("CT207", "error", "open", "brennhaven-harbour-master", "held_by", ("harbour-master-berg-since-2022",)),
    # 15. Supported, with a review but no note, while a source contradicts it.
    ("CT205", "error", "open", "brennhaven-harbour-master", "held_by", ("harbour-master-berg-since-2021-01",)),
    # 16. In June, a stale paragraph still calls planned the drill held in May.
    ("CT206", "error", "open", "tolvik-rescue-drill-2021", "occurred_on",
     ("rescue-drill-held-2021-05-20", "rescue-drill-planned-2021-05")),
    # 17. The ministry's press release, archived and not yet used.
    ("CT211", "note", "open", None, None, ()),
    # 18. Strait Lines, in the vocabulary and named by no claim.
    ("CT212", "note", "open", None, None, ()),
    # 20. Two beginnings of Berg's post: "since January" (2021) and "since 2022".
    ("CT217", "error", "open", "brennhaven-harbour-master", "held_by",
     ("harbour-master-berg-since-2021-01", "harbour-master-berg-since-2022")),
}  # fmt: skip

EXPECTED_PLANS = {
    "crossing-about-90-minutes-planned": ("fulfilled", None, ("crossing-95-minutes",)),
    "crossing-under-two-hours-planned": ("fulfilled", None, ("crossing-80-minutes", "crossing-95-minutes")),
    "crossings-6-a-day-planned": ("differs", None, ("crossings-4-a-day",)),
    "line-opening-planned-2021-05": ("fulfilled", "2021-05", ("line-first-sailed-2021-05-14", "line-opened-2021-05-14")),
    "line-opening-planned-spring-2021": ("fulfilled", "2021-21", ("line-first-sailed-2021-05-14", "line-opened-2021-05-14")),
    "line-operator-nordstrait-planned": ("fulfilled", None, ("line-operated-by-nordstrait",)),
    "new-ferries-4-planned": ("fulfilled", None, ("new-ferries-4-ordered",)),
    "new-ferries-6-planned": ("differs", None, ("new-ferries-4-ordered",)),
    "rescue-drill-planned-2021-05": ("fulfilled", "2021-05", ("rescue-drill-held-2021-05-20",)),
    # Due in April; the newest source (12 June) reports no opening, only that the island still waits.
    "skarholm-route-planned-2021-04": ("not done", "2021-04", ("skarholm-route-not-opened-by-june",)),
    "terminal-opening-planned-autumn-2021": ("pending", "2021-23", ()),
}  # fmt: skip


@pytest.fixture(scope="module")
def result() -> CheckResult:
    """The corpus checked once for this module's tests, when the first of them runs (not when pytest collects)."""
    return check_repository(CORPUS)


def test_the_corpus_is_valid(result: CheckResult) -> None:
    assert [f"{d.location()} {d.code} {d.message}" for d in result.validation.diagnostics] == []
    assert result.claim_count == 46


def test_the_engine_finds_exactly_what_was_planted(result: CheckResult) -> None:
    found = {(f.code, f.severity.value, f.state.value, f.subject, f.property, f.claims) for f in result.findings}
    assert len(found) == len(result.findings)
    assert found == EXPECTED_FINDINGS


def test_every_consistency_rule_but_drafts_fires_on_the_corpus(result: CheckResult) -> None:
    rules = {code for code in RULES if code <= "CT213"}
    assert {f.code for f in result.findings} == rules | {"CT217"}  # and a beginning, since issue 26


def test_the_notes_point_at_the_unused_source_and_entity(result: CheckResult) -> None:
    notes = {(f.code, f.location(), f.sources) for f in result.findings if f.code in ("CT211", "CT212")}
    assert notes == {
        ("CT211", "sources/estmark-transport-ministry-2021-03-02.yaml:2:5", ("estmark-transport-ministry-2021-03-02",)),
        ("CT212", "vocabulary/entities/organisations.yaml:14:9", ()),
    }


def test_acknowledged_findings_carry_the_reviewers_notes(result: CheckResult) -> None:
    resolutions = {f.code: f.resolution for f in result.findings if f.state.value == "acknowledged"}
    assert set(resolutions) == {"CT201", "CT213"}
    assert (resolutions["CT201"] or "").startswith("agreement-signed-2021-02: The wire story written the day after")
    # Each note is prefixed by its claim's id: one finding covers every plan giving the same value.
    assert (resolutions["CT213"] or "").startswith("crossings-6-a-day-planned: The ministry did announce six")


def test_the_unrelated_places_warning_names_what_the_vocabulary_lacks(result: CheckResult) -> None:
    (warning,) = [f for f in result.findings if f.code == "CT201" and f.subject == "kestrel-yards"]
    assert (
        "the vocabulary does not say whether one of lyse-county and skarholm lies within the other" in warning.message
    )


def test_the_plans_and_their_outcomes(result: CheckResult) -> None:
    outcomes = {
        p.plan: (p.outcome.value, None if p.due is None else p.due.text, p.outcomes)
        for p in plan_outcomes(result.index)
    }
    assert outcomes == EXPECTED_PLANS


def test_every_quote_but_the_planted_one_is_in_its_source(result: CheckResult) -> None:
    assert result.validation.workspace is not None
    workspace = result.validation.workspace
    missing = []
    for item in workspace.claims.values():
        for link in item.model.evidence:
            text = workspace.archived_text(link.source)
            assert text is not None, link.source
            if link.quote not in text:
                missing.append((item.model.id, link.quote))
    assert missing == [("passengers-over-18000-by-june", "over 18,000 passengers since it opened")]


def test_the_articles_are_short_news_copy() -> None:
    texts = sorted((CORPUS / "sources").glob("*.txt"))
    assert len(texts) == 6
    for text in texts:
        assert 150 <= len(text.read_text(encoding="utf-8").split()) <= 400, text.name


runner = CliRunner()


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus copied out of the project, so the commands' cache is not written into the test tree."""
    root = tmp_path_factory.mktemp("corpus") / "north-strait-ferry"
    shutil.copytree(CORPUS, root)
    return root


def test_claimtrack_validate_reports_only_the_planted_quote_not_found(copied: Path) -> None:
    """Every file is valid; the quote planted as not in its source (10 above) is validate's too."""
    result = runner.invoke(app, ["validate", "--root", str(copied)])
    assert (result.exit_code, result.output) == (
        1,
        "claims/line/passengers-over-18000-by-june.yaml:16:12: CT203 quote not found in lyse-courier-2021-06-12; "
        "closest passage (89% similar, line 5): 'than 18,000 passengers since it opened, and'\n"
        "1 error in 1 file (58 files checked)\n",
    )


def test_claimtrack_check_reports_the_findings_and_no_validation_problem(copied: Path) -> None:
    result = runner.invoke(app, ["check", "--root", str(copied), "--format", "json"], env={"GITHUB_ACTIONS": ""})
    assert result.exit_code == 1  # open errors: the planted disagreements, left open on purpose
    report = json.loads(result.output)
    assert report["problems"] == []
    assert report["summary"]["validation_errors"] == 0
    assert (report["summary"]["open"], report["summary"]["acknowledged"]) == (20, 2)


def test_the_projects_own_check_does_not_pick_up_the_corpus() -> None:
    assert find_root(PROJECT) == PROJECT
    assert find_root(CORPUS) == CORPUS.resolve()
    assert not [f.posix for f in list_files(PROJECT) if not f.posix.startswith(("claims/", "sources/", "vocabulary/"))]


def test_the_readme_accounts_for_every_claim_and_names_no_other(result: CheckResult) -> None:
    workspace = result.validation.workspace
    assert workspace is not None
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9]+(?:-[a-z0-9]+)+)`", readme))
    assert set(workspace.claims) - named == set()
    known = set(workspace.claims) | set(workspace.sources) | set(workspace.entities)
    assert named - known == {"2020-24", "2021-21", "2021-23"}  # seasons, as written in claims
