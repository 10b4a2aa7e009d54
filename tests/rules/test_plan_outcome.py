from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.engine.check import check_repository
from claimtrack.engine.plans import Outcome, plan_outcomes
from rulekit import claim, found, messages, repo, source

CODE = "CT213"
BOATS = {"type": "quantity", "subject": "treaty-mtc", "property": "helicopters"}
DRILL = {"subject": "exercise", "property": "occurred_on"}


def _outcomes(root: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    index = check_repository(root).index
    assert index is not None
    return [(p.plan, p.outcome.value, p.outcomes) for p in plan_outcomes(index)]


def test_a_plan_whose_outcome_differs(tmp_path: Path) -> None:
    sources = source("a", published="'2021-03-01'") | source("b", "Zeta eta theta.", published="'2021-09-01'")
    root = repo(
        tmp_path,
        claim("planned-12", {"exactly": 12, "unit": "helicopter"}, modality="planned", **BOATS),
        claim("handed-15", {"exactly": 15, "unit": "helicopter"}, evidence=[("b", "supports", "Zeta")], **BOATS),
        sources=sources,
    )
    assert found(root, CODE) == [("claims/planned-12.yaml", 8, 3, "open")]
    assert messages(root, CODE) == [
        "treaty-mtc helicopters: planned 12 helicopters (planned-12, from a), "
        "but stated as done: 15 helicopters (handed-15, from b)"
    ]
    assert _outcomes(root) == [("planned-12", "differs", ("handed-15",))]


def test_a_note_on_the_plan_acknowledges(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("planned-12", {"exactly": 12, "unit": "helicopter"}, modality="planned", status="supported", **BOATS),
        claim("handed-15", {"exactly": 15, "unit": "helicopter"}, **BOATS),
    )
    assert [f[3] for f in found(root, CODE)] == ["acknowledged"]


@pytest.mark.parametrize(
    ("plan", "done", "outcome"),
    [
        ({"more_than": 200, "unit": "helicopter"}, {"exactly": 214, "unit": "helicopter"}, Outcome.FULFILLED),
        ({"about": 200, "unit": "helicopter"}, {"exactly": 260, "unit": "helicopter"}, Outcome.DIFFERS),
    ],
)
def test_quantities_fulfil_or_differ(
    tmp_path: Path, plan: dict[str, object], done: dict[str, object], outcome: Outcome
) -> None:
    root = repo(tmp_path, claim("plan", plan, modality="planned", **BOATS), claim("done", done, **BOATS))
    assert [o[1] for o in _outcomes(root)] == [outcome.value]
    assert len(found(root, CODE)) == (outcome is Outcome.DIFFERS)


def test_an_event_held_in_its_planned_season_fulfils_it(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("plan", "2021-23", modality="planned", **DRILL), claim("held", "'2021-10-05'", **DRILL))
    assert _outcomes(root) == [("plan", "fulfilled", ("held",))]


def test_an_event_held_after_its_planned_season_is_late(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("plan", "2021-23", modality="planned", **DRILL), claim("held", "2022-03", **DRILL))
    assert _outcomes(root) == [("plan", "late", ("held",))]


def test_an_event_held_before_its_planned_season_differs(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("plan", "2021-23", modality="planned", **DRILL), claim("held", "2021-03", **DRILL))
    assert _outcomes(root) == [("plan", "differs", ("held",))]


def test_overdue_against_the_newest_source_and_pending_otherwise(tmp_path: Path) -> None:
    late = repo(
        tmp_path / "late",
        claim("plan", "2021-23", modality="planned", **DRILL),
        sources=source("a", published="'2021-03-01'") | source("b", "Zeta.", published="'2022-01-10'"),
    )
    early = repo(
        tmp_path / "early",
        claim("plan", "2021-23", modality="planned", **DRILL),
        sources=source("a", published="'2021-03-01'"),
    )
    undated = repo(
        tmp_path / "undated", claim("plan", {"exactly": 12, "unit": "helicopter"}, modality="planned", **BOATS)
    )
    assert _outcomes(late) == [("plan", "overdue", ())]
    assert _outcomes(early) == [("plan", "pending", ())]
    assert _outcomes(undated) == [("plan", "pending", ())]


def test_a_quantity_of_another_year_is_not_the_outcome(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("plan", {"exactly": 12, "unit": "helicopter"}, modality="planned", as_of="'2022'", **BOATS),
        claim("done", {"exactly": 9, "unit": "helicopter"}, as_of="'2020'", **BOATS),
    )
    assert _outcomes(root) == [("plan", "pending", ())]


def test_a_prediction_is_not_a_plan_and_a_denial_says_it_was_not_done(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("forecast", {"exactly": 12, "unit": "helicopter"}, modality="predicted", **BOATS),
        claim("plan", {"exactly": 12, "unit": "helicopter"}, modality="planned", **BOATS),
        claim("not-done", {"exactly": 12, "unit": "helicopter"}, modality="denied", **BOATS),
    )
    assert _outcomes(root) == [("plan", "not done", ("not-done",))]


def test_a_route_still_awaited_after_its_planned_month_was_not_done(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("plan", "2021-04", modality="planned", **DRILL),
        claim("waiting", "../2021-06-12", modality="denied", **DRILL),
    )
    assert _outcomes(root) == [("plan", "not done", ("waiting",))]
    assert messages(root, CODE) == [
        "exercise occurred_on: planned 2021-04 (plan, from a), but stated as not done: not ../2021-06-12 (waiting, from a)"
    ]


def test_a_denial_before_the_planned_date_is_no_outcome(tmp_path: Path) -> None:
    """'Not yet held' in March says nothing of a drill planned for May."""
    root = repo(
        tmp_path,
        claim("plan", "2021-05", modality="planned", **DRILL),
        claim("not-yet", "../2021-03-10", modality="denied", **DRILL),
    )
    assert _outcomes(root) == [("plan", "pending", ())]


def test_the_plans_section_says_a_denial_is_not_done(tmp_path: Path) -> None:
    from claimtrack.engine.report import build_report
    from claimtrack.render.report_markdown import render_markdown

    root = repo(
        tmp_path,
        claim("plan", "2021-04", modality="planned", **DRILL),
        claim("waiting", "../2021-06-12", modality="denied", **DRILL),
    )
    plans = render_markdown(build_report(check_repository(root))).split("## Plans")[1].split("\n## ")[0]
    assert "| `plan` (claims/plan.yaml:7) | 2021-04 | 2021-04 | not done | `waiting`: not ../2021-06-12 |" in plans
