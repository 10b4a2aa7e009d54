from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo, source

CODE = "CT206"
QTY = {"type": "quantity", "subject": "uzbek-army", "property": "students"}
THIRTY_SIX = {"exactly": 36, "unit": "student"}


def test_a_fact_whose_only_source_states_a_plan(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("done", THIRTY_SIX, **QTY), claim("plan", THIRTY_SIX, modality="planned", **QTY))
    assert found(root, CODE) == [("claims/done.yaml", 10, 11, "open")]
    assert messages(root, CODE) == [
        "stated as done (asserted), but every source supporting it (a) states it as a plan: plan (planned)"
    ]


def test_sources_disagreeing_on_modality(tmp_path: Path) -> None:
    sources = source("a") | source("b", "Zeta eta theta.", published="'2017-07-11'")
    root = repo(
        tmp_path,
        claim("done", THIRTY_SIX, as_of="'2017'", **QTY),
        claim("plan", THIRTY_SIX, as_of="'2017'", modality="planned", evidence=[("b", "supports", "Zeta")], **QTY),
        sources=sources,
    )
    assert messages(root, CODE) == [
        "stated as done (asserted), but sources disagree: a states it as done, b as a plan: plan (planned)"
    ]


def test_a_plan_announced_before_the_event_is_no_disagreement(tmp_path: Path) -> None:
    sources = source("a") | source("b", "Zeta eta theta.", published="'2017-07-03'")
    root = repo(
        tmp_path,
        claim("held", "2017-10", subject="exercise", property="occurred_on"),
        claim(
            "planned",
            "2017-10",
            subject="exercise",
            property="occurred_on",
            modality="planned",
            evidence=[("b", "supports", "Zeta")],
        ),
        sources=sources,
    )
    assert found(root, CODE) == []


def test_a_different_value_is_not_the_same_plan(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("done", THIRTY_SIX, **QTY),
        claim("plan", {"exactly": 50, "unit": "student"}, modality="planned", **QTY),
    )
    assert found(root, CODE) == []


def test_setting_the_fact_aside_acknowledges(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("done", THIRTY_SIX, status="unverifiable", note="Only the plan is reported.", **QTY),
        claim("plan", THIRTY_SIX, modality="planned", **QTY),
    )
    assert [f[3] for f in found(root, CODE)] == ["acknowledged"]


DRILL = {"subject": "exercise", "property": "occurred_on"}


@pytest.mark.parametrize(
    ("planned_on", "reported_on", "plan_date", "conflict"),
    [
        ("'2021-03-10'", "'2021-06-02'", "2021-05", False),  # the plan, then its fulfilment
        ("'2021-06-02'", "'2021-03-10'", "'2021'", True),  # a later source still calls it a plan
        ("'2021-03-10'", "'2021-06-02'", "2021-08", True),  # reported done before its planned date
        ("'2021-06-02'", "'2021-06-02'", "'2021'", True),  # the same day: both cannot stand
        ("'2021-03'", "'2021-06-02'", "2021-22", False),  # a season: summer includes June
    ],
)
def test_a_plan_and_a_report_disagree_by_time(
    tmp_path: Path, planned_on: str, reported_on: str, plan_date: str, conflict: bool
) -> None:
    sources = source("a", published=reported_on) | source("b", "Zeta eta theta.", published=planned_on)
    root = repo(
        tmp_path,
        claim("held", "'2021'", **DRILL),
        claim("planned", plan_date, modality="planned", evidence=[("b", "supports", "Zeta")], **DRILL),
        sources=sources,
    )
    assert len(found(root, CODE)) == (1 if conflict else 0)


def test_a_plan_before_its_fulfilment_with_no_dates_of_their_own(tmp_path: Path) -> None:
    """March: more than 200 cadets will train each year; June: 214 began training."""
    sources = source("a", published="'2021-06-02'") | source("b", "Zeta eta theta.", published="'2021-03-10'")
    root = repo(
        tmp_path,
        claim("began", {"exactly": 214, "unit": "student"}, modality="reported", **QTY),
        claim(
            "plan",
            {"more_than": 200, "unit": "student"},
            modality="planned",
            evidence=[("b", "supports", "Zeta")],
            **QTY,
        ),
        sources=sources,
    )
    assert found(root, CODE) == []


def test_sources_without_dates_disagree(tmp_path: Path) -> None:
    sources = source("a") | source("b", "Zeta eta theta.")
    root = repo(
        tmp_path,
        claim("held", "'2021'", **DRILL),
        claim("planned", "'2021'", modality="planned", evidence=[("b", "supports", "Zeta")], **DRILL),
        sources=sources,
    )
    assert messages(root, CODE) == [
        "stated as done (asserted), but sources disagree: a states it as done, b as a plan: planned (planned)"
    ]


def test_a_plan_published_after_the_event_but_before_its_report(tmp_path: Path) -> None:
    """Held on 14 May; a source of 20 May still says it will be held in May; the report comes in June.
    The planning source was written after the event, so it is no announcement but a stale one."""
    sources = source("a", published="'2021-06-02'") | source("b", "Zeta eta theta.", published="'2021-05-20'")
    root = repo(
        tmp_path,
        claim("held", "'2021-05-14'", **DRILL),
        claim("planned", "2021-05", modality="planned", evidence=[("b", "supports", "Zeta")], **DRILL),
        sources=sources,
    )
    assert messages(root, CODE) == [
        "stated as done (asserted), but sources disagree: a states it as done, b as a plan: planned (planned)"
    ]


def test_a_plan_published_on_the_day_of_the_event_is_not_known_to_be_stale(tmp_path: Path) -> None:
    sources = source("a", published="'2021-06-02'") | source("b", "Zeta eta theta.", published="'2021-05-14'")
    root = repo(
        tmp_path,
        claim("held", "'2021-05-14'", **DRILL),
        claim("planned", "2021-05", modality="planned", evidence=[("b", "supports", "Zeta")], **DRILL),
        sources=sources,
    )
    assert found(root, CODE) == []
