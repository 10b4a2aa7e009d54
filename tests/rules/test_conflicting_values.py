from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo, source

CODE = "CT201"
QTY = "quantity"


def test_two_signing_dates_conflict_at_the_standing_claims_value(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed-2016", "'2016-11-29'"), claim("signed-2017", "'2017-11-29'"))
    assert found(root, CODE) == [("claims/signed-2016.yaml", 7, 8, "open")]
    assert messages(root, CODE) == [
        "treaty-mtc signed_on: 2 claims give values that cannot all be true: "
        "2016-11-29 (signed-2016, unreviewed) and 2017-11-29 (signed-2017, unreviewed)"
    ]


def test_refuted_with_a_note_acknowledges_and_points_at_the_standing_claim(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed-2016", "'2016-11-29'", status="supported"),
        claim("signed-2017", "'2017-11-29'", status="refuted", note="The other date has two sources."),
    )
    assert found(root, CODE) == [("claims/signed-2016.yaml", 7, 8, "acknowledged")]


def test_refuted_without_a_note_does_not_acknowledge(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("signed-2016", "'2016-11-29'", status="supported"),
        claim("signed-2017", "'2017-11-29'", status="refuted", note=None),
    )
    assert [f[3] for f in found(root, CODE)] == ["open"]


def test_all_disputed_acknowledges_but_one_disputed_does_not(tmp_path: Path) -> None:
    both = repo(
        tmp_path / "both",
        claim("signed-2016", "'2016-11-29'", status="disputed"),
        claim("signed-2017", "'2017-11-29'", status="disputed"),
    )
    one = repo(
        tmp_path / "one",
        claim("signed-2016", "'2016-11-29'", status="supported"),
        claim("signed-2017", "'2017-11-29'", status="disputed"),
    )
    assert [f[3] for f in found(both, CODE)] == ["acknowledged"]
    assert [f[3] for f in found(one, CODE)] == ["open"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("'2018'", "2018-03"),  # a year contains its months
        ("2017-11", "'2017-11-29'"),
        ("2017/2018", "2018-03"),  # an interval
        ("'2017~'", "'2017'"),
    ],
)
def test_partial_dates_that_overlap_do_not_conflict(tmp_path: Path, first: str, second: str) -> None:
    assert found(repo(tmp_path, claim("one", first), claim("two", second)), CODE) == []


def test_months_that_do_not_overlap_conflict(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("one", "2017-11"), claim("two", "2018-03"))
    assert len(found(root, CODE)) == 1


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ({"more_than": 300, "unit": "student"}, {"exactly": 312, "unit": "student"}, False),
        ({"more_than": 300, "unit": "student"}, {"exactly": 300, "unit": "student"}, True),
        ({"at_least": 300, "unit": "student"}, {"exactly": 300, "unit": "student"}, False),
        ({"about": 300, "unit": "student"}, {"exactly": 320, "unit": "student"}, False),
        ({"about": 300, "unit": "student"}, {"exactly": 340, "unit": "student"}, True),
    ],
)
def test_quantities_are_intervals(tmp_path: Path, first: dict, second: dict, conflict: bool) -> None:
    root = repo(
        tmp_path,
        claim("one", first, type=QTY, subject="uzbek-army", property="students"),
        claim("two", second, type=QTY, subject="uzbek-army", property="students"),
    )
    assert len(found(root, CODE)) == (1 if conflict else 0)


def test_quantity_message_reads_as_words(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("one", {"more_than": 300, "unit": "student"}, type=QTY, subject="uzbek-army", property="students"),
        claim("two", {"exactly": 12, "unit": "student"}, type=QTY, subject="uzbek-army", property="students"),
    )
    assert messages(root, CODE) == [
        "uzbek-army students: 2 claims give values that cannot all be true: "
        "more than 300 student (one, unreviewed) and 12 student (two, unreviewed)"
    ]


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("forish-range", "jizzakh", False),  # a range inside its province
        ("jizzakh", "forish-range", False),
        ("forish-range", "uzbekistan", False),  # transitively
        ("forish-range", "farish-range", False),  # a spelling variant shares a name
        ("forish-range", "samarkand", True),
        ("jizzakh", "samarkand", True),
    ],
)
def test_places_agree_by_containment_and_names(tmp_path: Path, first: str, second: str, conflict: bool) -> None:
    args = {"type": "relation", "subject": "exercise", "property": "located_in"}
    root = repo(tmp_path, claim("one", first, **args), claim("two", second, **args))
    assert len(found(root, CODE)) == (1 if conflict else 0)


def test_posts_held_by_different_people_in_different_years_do_not_conflict(tmp_path: Path) -> None:
    args = {"type": "relation", "subject": "defence-minister", "property": "held_by"}
    root = repo(
        tmp_path,
        claim("alice-2016", "alice", as_of="'2016'", **args),
        claim("bob-2018", "bob", valid_from="'2018'", valid_until="'2019'", **args),
    )
    assert found(root, CODE) == []


def test_posts_held_by_different_people_over_overlapping_spans_conflict(tmp_path: Path) -> None:
    args = {"type": "relation", "subject": "defence-minister", "property": "held_by"}
    root = repo(
        tmp_path,
        claim("alice", "alice", valid_from="'2016'", valid_until="'2018'", **args),
        claim("bob", "bob", as_of="2018-03", **args),
    )
    assert found(root, CODE) == [("claims/alice.yaml", 7, 8, "open")]


def test_properties_not_single_valued_take_several_values(tmp_path: Path) -> None:
    args = {"type": "relation", "subject": "uzbekistan", "property": "member_of"}
    root = repo(tmp_path, claim("csto", "csto", **args), claim("army", "uzbek-army", **args))
    assert found(root, CODE) == []


def test_a_denial_conflicts_with_the_fact_it_denies_over_an_overlapping_span(tmp_path: Path) -> None:
    args = {"type": "relation", "subject": "uzbekistan", "property": "member_of"}
    root = repo(
        tmp_path,
        claim("member", "csto", valid_from="'2006'", **args),
        claim("not-member-2025", "csto", modality="denied", as_of="'2025'", **args),
        claim("not-member-2000", "csto", modality="denied", as_of="'2000'", **args),
    )
    assert found(root, CODE) == [("claims/member.yaml", 7, 8, "open")]
    assert "not csto (not-member-2025, unreviewed)" in messages(root, CODE)[0]


def test_plans_and_forecasts_are_not_compared_as_facts(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed", "'2016-11-29'"), claim("planned", "'2017-11-29'", modality="planned"))
    assert found(root, CODE) == []


def test_different_subjects_never_conflict(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("one", "'2016'"), claim("two", "'2017'", subject="exercise"))
    assert found(root, CODE) == []


def test_three_values_make_one_finding_listing_all(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("a2016", "'2016-11-29'"),
        claim("b2017", "'2017-11-29'"),
        claim("c2017", "'2017'"),
        sources=source("a"),
    )
    assert len(found(root, CODE)) == 1
    assert "3 claims" in messages(root, CODE)[0]
