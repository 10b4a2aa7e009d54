"""The repository's own corpus: it validates, and every quote is copied exactly from its archived text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.repository.validate import validate_repository

REPOSITORY = Path(__file__).resolve().parents[1]
RESULT = validate_repository(REPOSITORY)
WORKSPACE = RESULT.workspace


def test_corpus_validates_without_any_diagnostic() -> None:
    assert [d.location() + " " + d.code for d in RESULT.diagnostics] == []


def test_corpus_has_the_five_articles_archived() -> None:
    assert WORKSPACE is not None
    archived = sorted(s.model.id for s in WORKSPACE.sources.values() if s.model.text is not None)
    assert archived == [
        "azizov-shoigu-2018",
        "partnership-2025-news",
        "ramani-2017-diplomat",
        "southey-2018-mtc-treaty",
        "tca-2017-helicopters",
    ]


def _quotes() -> list[tuple[str, int, str, str]]:
    assert WORKSPACE is not None
    found = []
    for claim in WORKSPACE.claims.values():
        for index, link in enumerate(claim.model.evidence):
            found.append((claim.model.id, index, link.source, link.quote))
    return sorted(found)


@pytest.mark.parametrize(("claim", "index", "source", "quote"), _quotes())
def test_every_quote_is_in_its_source(claim: str, index: int, source: str, quote: str) -> None:
    assert WORKSPACE is not None
    located = WORKSPACE.sources[source]
    assert located.model.text is not None
    text = (REPOSITORY / located.path).parent.joinpath(located.model.text).read_text(encoding="utf-8")
    assert quote in text


def test_republication_and_citations_are_recorded() -> None:
    assert WORKSPACE is not None
    assert WORKSPACE.sources["tca-2017-helicopters"].model.derived_from == ["kucera-2017-original"]
    assert "ramani-2017-diplomat" in WORKSPACE.sources["southey-2018-mtc-treaty"].model.cites
    assert len(WORKSPACE.sources["southey-2018-mtc-treaty"].model.cites) == 17


# A ratchet: the corpus may only gain coverage. Raise these numbers as claims are added.
DELIBERATELY_UNCOVERED = {
    # The author's social media handles: nothing a fact-check would track (README, "The corpus").
    "ramani-2017-diplomat": ["He can be followed on Twitter at samramani2 and on Facebook at Samuel Ramani."],
}


def test_coverage_is_complete_but_for_the_sentences_left_out_on_purpose() -> None:
    from claimtrack.engine.coverage import measure_coverage

    assert WORKSPACE is not None
    results = measure_coverage(WORKSPACE)
    assert {r.source: [s.text for s in r.uncovered] for r in results if r.uncovered} == DELIBERATELY_UNCOVERED
    assert all(r.share >= 0.95 for r in results)


def test_check_passes_on_the_corpus_with_every_error_acknowledged() -> None:
    from claimtrack.engine.check import check_repository

    result = check_repository(REPOSITORY)
    open_errors = [f"{f.location()} {f.code} {f.message}" for f in result.findings if f.is_open_error()]
    assert open_errors == []
    assert result.success


def test_report_lists_the_corpus_disagreements() -> None:
    from claimtrack.engine.check import check_repository

    findings = check_repository(REPOSITORY).findings
    summary = {(f.code, f.subject, f.property, f.state.value, f.claims) for f in findings if f.code < "CT210"}
    # The three signing dates of the treaty: 2016 stands, the essay's own 2017 slip and the 2025 news's 2017 do not.
    assert (
        "CT201",
        "treaty-mtc-2016",
        "signed_on",
        "acknowledged",
        ("treaty-mtc-signed-2016-11-29", "treaty-mtc-signed-2017-11-29", "treaty-mtc-signed-2017"),
    ) in summary
    # The helicopter deal: November 2017 (reported at the time) against March 2018 and 2018.
    assert (
        "CT201",
        "helicopter-deal",
        "agreed_on",
        "acknowledged",
        ("helicopter-deal-agreed-2017-11", "helicopter-deal-agreed-2018-03", "helicopter-deal-agreed-2018"),
    ) in summary
    # The essay contradicts itself, and its 2017 signing date would follow both ratifications.
    self_contradictions = {
        f.claims for f in findings if f.code == "CT209" and f.sources == ("southey-2018-mtc-treaty",)
    }
    assert ("treaty-mtc-signed-2016-11-29", "treaty-mtc-signed-2017-11-29") in self_contradictions
    assert {f.claims[0] for f in findings if f.code == "CT202"} == {
        "treaty-mtc-ratified-russia",
        "treaty-mtc-ratified-uzbekistan",
    }
    # Mirziyoyev's visit to the United States, planned for September 2017, took place in May 2018.
    assert (
        "CT213",
        "mirziyoyev-us-visit",
        "occurred_on",
        "acknowledged",
        ("mirziyoyev-us-visit-planned-2017-09", "mirziyoyev-us-visit-2018-05"),
    ) in {(f.code, f.subject, f.property, f.state.value, f.claims) for f in findings}


def test_the_corpus_plans_and_their_outcomes() -> None:
    """The doubling of military collaborations to 36, planned for 2017, is overdue: only the essay reports it
    done, and a reviewer set that claim aside (the essay's own source reports it as a plan)."""
    from claimtrack.engine.check import check_repository
    from claimtrack.engine.plans import plan_outcomes

    index = check_repository(REPOSITORY).index
    assert index is not None
    outcomes = {p.plan: (p.outcome.value, p.outcomes) for p in plan_outcomes(index)}
    assert outcomes["military-collaborations-36-planned"] == ("overdue", ())
    assert outcomes["mirziyoyev-us-visit-planned-2017-09"] == ("differs", ("mirziyoyev-us-visit-2018-05",))
