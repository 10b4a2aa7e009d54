from __future__ import annotations

from pathlib import Path

from rulekit import claim, found, messages, repo

CODE = "CT202"


def test_ratification_before_signing_is_reported_at_the_ratification(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed", "'2017-11-29'"), claim("ratified", "2017-03", property="ratified_on"))
    assert found(root, CODE) == [("claims/ratified.yaml", 7, 8, "open")]
    assert messages(root, CODE) == [
        "treaty-mtc: ratified_on 2017-03 (ratified) is before signed_on 2017-11-29 (signed)"
    ]


def test_overlapping_partial_dates_are_not_out_of_order(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed", "'2017'"), claim("ratified", "2017-03", property="ratified_on"))
    assert found(root, CODE) == []


def test_ratification_after_signing_is_fine(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed", "'2016-11-29'"), claim("ratified", "2017-03", property="ratified_on"))
    assert found(root, CODE) == []


def test_other_subjects_are_not_compared(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed", "'2017-11-29'", subject="exercise"),
        claim("ratified", "2017-03", property="ratified_on"),
    )
    assert found(root, CODE) == []


def test_refuting_the_wrong_date_acknowledges(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed", "'2017-11-29'", status="refuted", note="Both ratifications came earlier."),
        claim("ratified", "2017-03", property="ratified_on", status="supported"),
    )
    assert found(root, CODE) == [("claims/ratified.yaml", 7, 8, "acknowledged")]


def test_a_planned_signing_is_not_an_order_violation(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed", "'2017-11-29'", modality="planned"),
        claim("ratified", "2017-03", property="ratified_on"),
    )
    assert found(root, CODE) == []
