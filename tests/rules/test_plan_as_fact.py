from __future__ import annotations

from pathlib import Path

from rulekit import claim, found, messages, repo, source

CODE = "CT206"
QTY = {"type": "quantity", "subject": "uzbek-army", "property": "students"}
THIRTY_SIX = {"exactly": 36, "unit": "student"}


def test_a_fact_whose_only_source_states_a_plan(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("done", THIRTY_SIX, **QTY), claim("plan", THIRTY_SIX, modality="planned", **QTY))
    assert found(root, CODE) == [("claims/done.yaml", 10, 11, "open")]
    assert messages(root, CODE) == [
        "stated as asserted, but every source supporting it (a) states it as a plan: plan (planned)"
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
        "stated as asserted, but sources disagree: a state it as done, b as a plan: plan (planned)"
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
