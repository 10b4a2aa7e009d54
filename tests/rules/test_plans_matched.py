"""Plans matched with what they are about: other participants or another place keep a plan and a fact apart,
and a plan carried out after its date is late, by a delay the finding gives."""

from __future__ import annotations

from pathlib import Path

from claimtrack.engine.check import check_repository
from claimtrack.engine.plans import Delay, Outcome, delay, plan_outcomes
from claimtrack.model.partial_dates import parse_partial_date
from rulekit import ENTITIES, claim, found, messages, repo, source

PARTIES = ENTITIES + (
    "  - {id: aurenia, kind: country, label: Aurenia}\n"
    "  - {id: dalvary, kind: country, label: Dalvary}\n"
    "  - {id: aurenia-parliament, kind: organisation, label: Aurenian parliament, part_of: aurenia}\n"
)
RATIFIED = {"subject": "treaty-mtc", "property": "ratified_on"}
DRILL = {"subject": "exercise", "property": "occurred_on"}
MEMBER = {"type": "relation", "subject": "uzbekistan", "property": "member_of"}


def _repo(root: Path, *claims: tuple[str, str], sources: dict[str, str] | None = None) -> Path:
    repo(root, *claims, sources=sources)
    (root / "vocabulary" / "entities" / "all.yaml").write_text(PARTIES, encoding="utf-8")
    return root


def _outcomes(root: Path) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    index = check_repository(root).index
    assert index is not None
    return [
        (p.plan, p.outcome.value, p.outcomes, None if p.delay is None else str(p.delay)) for p in plan_outcomes(index)
    ]


def test_two_plans_for_different_participants_are_silent(tmp_path: Path) -> None:
    """A forecast of Aurenia's vote is no outcome of, and no rival to, Dalvary's ratification."""
    root = _repo(
        tmp_path,
        claim("aurenia-vote-planned", "2020-09", modality="planned", participants="[aurenia-parliament]", **RATIFIED),
        claim("aurenia-vote-predicted", "2020-09", modality="predicted", participants="[aurenia]", **RATIFIED),
        claim("dalvary-ratified", "'2020-06-14'", participants="[dalvary]", **RATIFIED),
    )
    assert [f for f in check_repository(root).findings if f.code in ("CT201", "CT206", "CT213")] == []
    assert _outcomes(root) == [("aurenia-vote-planned", "pending", (), None)]


def test_the_same_participant_still_matches_and_a_participant_inside_another_is_the_same(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("aurenia-vote-planned", "2020-09", modality="planned", participants="[aurenia-parliament]", **RATIFIED),
        claim("aurenia-ratified", "'2020-09-14'", participants="[aurenia]", **RATIFIED),
        claim("ratified-unnamed", "'2020-09-14'", **RATIFIED),
    )
    assert _outcomes(root) == [("aurenia-vote-planned", "fulfilled", ("aurenia-ratified", "ratified-unnamed"), None)]


def test_two_facts_for_different_participants_do_not_conflict(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("aurenia-ratified", "'2020-09-14'", participants="[aurenia]", **RATIFIED),
        claim("dalvary-ratified", "'2020-06-14'", participants="[dalvary]", **RATIFIED),
        claim("dalvary-ratified-later", "'2020-07-01'", participants="[dalvary]", **RATIFIED),
    )
    assert messages(root, "CT201") == [
        "treaty-mtc ratified_on: 2 claims give values that cannot all be true: "
        "2020-07-01 (dalvary-ratified-later, unreviewed) and 2020-06-14 (dalvary-ratified, unreviewed)"
    ]


def test_a_plan_fulfilled_late_is_late_with_the_delay(tmp_path: Path) -> None:
    sources = source("a", published="'2021-03-01'") | source("b", "Zeta eta theta.", published="'2021-08-01'")
    root = _repo(
        tmp_path,
        claim("drill-planned-april", "2021-04", modality="planned", **DRILL),
        claim("drill-held-july", "'2021-07-14'", evidence=[("b", "supports", "Zeta")], **DRILL),
        sources=sources,
    )
    assert _outcomes(root) == [("drill-planned-april", "late", ("drill-held-july",), "75 to 104 days")]
    assert found(root, "CT213") == [("claims/drill-planned-april.yaml", 7, 8, "open")]
    assert messages(root, "CT213") == [
        "exercise occurred_on: planned 2021-04 (drill-planned-april, from a), but done 75 to 104 days late: "
        "2021-07-14 (drill-held-july, from b)"
    ]
    assert [f.code for f in check_repository(root).findings if f.code == "CT206"] == []


def test_a_plan_carried_out_on_time_is_fulfilled_and_silent(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("drill-planned-april", "2021-04", modality="planned", **DRILL),
        claim("drill-held-april", "'2021-04-20'", **DRILL),
    )
    assert _outcomes(root) == [("drill-planned-april", "fulfilled", ("drill-held-april",), None)]
    assert found(root, "CT213") == []


def test_a_membership_begun_after_its_planned_start_is_late(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("joins-planned", "csto", modality="planned", valid_from="'2021-01-01'", **MEMBER),
        claim("joined", "csto", valid_from="'2021-03-01'", **MEMBER),
    )
    assert _outcomes(root) == [("joins-planned", "late", ("joined",), "59 days")]


def test_the_plans_section_says_how_late(tmp_path: Path) -> None:
    from claimtrack.engine.report import build_report
    from claimtrack.render.report_markdown import render_markdown

    root = _repo(
        tmp_path,
        claim("drill-planned-april", "2021-04", modality="planned", **DRILL),
        claim("drill-held-july", "'2021-07-14'", **DRILL),
    )
    markdown = render_markdown(build_report(check_repository(root)))
    assert "| 2021-04 | late by 75 to 104 days | `drill-held-july`: 2021-07-14 |" in markdown


def test_a_delay_needs_the_done_date_wholly_after_the_due_one() -> None:
    april, july_14 = parse_partial_date("2021-04"), parse_partial_date("2021-07-14")
    assert delay(april, july_14) == Delay(75, 104)
    assert delay(july_14, april) is None
    assert delay(april, parse_partial_date("2021-04-30")) is None
    assert str(Delay(1, 1)) == "1 day"
    assert Outcome.LATE.value == "late"
