from __future__ import annotations

from pathlib import Path

from rulekit import claim, found, messages, repo, source

CODE = "CT209"
TWO = source("a", "Signed in 2016. Signed in 2017.") | source("b", "Signed in 2017.")


def test_one_source_supporting_both_values(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("s2016", "'2016'", evidence=[("a", "supports", "Signed in 2016")]),
        claim("s2017", "'2017'", evidence=[("a", "supports", "Signed in 2017")]),
        sources=TWO,
    )
    assert found(root, CODE) == [("claims/s2016.yaml", 10, 13, "open")]
    assert messages(root, CODE) == [
        "a supports claims that cannot all be true: signed_on 2016 (s2016) and signed_on 2017 (s2017)"
    ]


def test_two_sources_disagreeing_is_not_a_self_contradiction(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("s2016", "'2016'", evidence=[("a", "supports", "Signed in 2016")]),
        claim("s2017", "'2017'", evidence=[("b", "supports", "Signed in 2017")]),
        sources=TWO,
    )
    assert found(root, CODE) == []
    assert len(found(root, "CT201")) == 1


def test_order_violations_within_one_source_count(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed", "'2017'", evidence=[("a", "supports", "Signed in 2017")]),
        claim("ratified", "'2016'", property="ratified_on", evidence=[("a", "supports", "Signed in 2016")]),
        sources=TWO,
    )
    assert found(root, CODE) == [("claims/ratified.yaml", 10, 13, "open")]


def test_acknowledged_with_the_conflict(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("s2016", "'2016'", status="supported", evidence=[("a", "supports", "Signed in 2016")]),
        claim("s2017", "'2017'", status="refuted", evidence=[("a", "supports", "Signed in 2017")]),
        sources=TWO,
    )
    assert [f[3] for f in found(root, CODE)] == ["acknowledged"]


def test_quantities_are_named_as_quantities_in_the_message(tmp_path: Path) -> None:
    qty = {"type": "quantity", "subject": "uzbek-army", "property": "students"}
    root = repo(
        tmp_path,
        claim("s95", {"exactly": 95, "unit": "student"}, evidence=[("a", "supports", "Signed in 2016")], **qty),
        claim("s80", {"more_than": 100, "unit": "student"}, evidence=[("a", "supports", "Signed in 2017")], **qty),
        sources=TWO,
    )
    assert messages(root, CODE) == [
        "a supports claims that cannot all be true: students more than 100 students (s80) and students 95 students (s95)"
    ]
