from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo, run, source

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
        "more than 300 students (one, unreviewed) and 12 students (two, unreviewed)"
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
        claim("alice", "alice", valid_from="'2016'", valid_until="'2019'", **args),
        claim("bob", "bob", as_of="2018-03", **args),
    )
    assert found(root, CODE) == [("claims/alice.yaml", 7, 8, "open")]


@pytest.mark.parametrize(
    ("until", "since", "conflict"),
    [
        ("'2018'", "2018-03", False),  # "from 2009 to 2018; since March 2018": the handover may be in March
        ("'2018'", "'2018'", False),  # a handover during 2018
        ("2018-03", "2018-03", False),  # a handover during March 2018
        ("'2019'", "2018-03", True),  # surely both in office from March to December 2018
        ("2018-04", "2018-03", True),  # surely both in office on 1 April 2018
    ],
)
def test_a_span_ending_in_the_month_or_year_its_successor_begins_does_not_conflict(
    tmp_path: Path, until: str, since: str, conflict: bool
) -> None:
    args = {"type": "relation", "subject": "defence-minister", "property": "held_by"}
    root = repo(
        tmp_path,
        claim("alice", "alice", valid_from="'2009'", valid_until=until, **args),
        claim("bob", "bob", valid_from=since, **args),
    )
    assert len(found(root, CODE)) == (1 if conflict else 0)


@pytest.mark.parametrize(
    ("since", "until", "conflict"),
    [
        ("'2017'", "'2019'", True),  # surely in office through 2018, whenever alice's term in it fell
        ("2018-06", "'2019'", False),  # may begin as alice's term ends
    ],
)
def test_a_span_within_one_year_conflicts_with_one_surely_covering_that_year(
    tmp_path: Path, since: str, until: str, conflict: bool
) -> None:
    args = {"type": "relation", "subject": "defence-minister", "property": "held_by"}
    root = repo(
        tmp_path,
        claim("alice-2018", "alice", valid_from="'2018'", valid_until="'2018'", **args),
        claim("bob", "bob", valid_from=since, valid_until=until, **args),
    )
    assert len(found(root, CODE)) == (1 if conflict else 0)


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


def test_two_plans_that_disagree_conflict(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("boats-12", {"exactly": 12, "unit": "helicopter"}, type=QTY, property="helicopters", modality="planned"),
        claim("boats-15", {"exactly": 15, "unit": "helicopter"}, type=QTY, property="helicopters", modality="planned"),
    )
    assert found(root, CODE) == [("claims/boats-12.yaml", 8, 3, "open")]
    assert messages(root, CODE) == [
        "treaty-mtc helicopters: 2 claims give values that cannot all be true: "
        "planned: 12 helicopters (boats-12, unreviewed) and planned: 15 helicopters (boats-15, unreviewed)"
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("planned", "asserted"), ("predicted", "predicted"), ("predicted", "planned"), ("planned", "denied")],
)
def test_a_plan_is_compared_only_with_plans_and_forecasts_never(tmp_path: Path, first: str, second: str) -> None:
    root = repo(
        tmp_path,
        claim("one", {"exactly": 12, "unit": "helicopter"}, type=QTY, property="helicopters", modality=first),
        claim("two", {"exactly": 15, "unit": "helicopter"}, type=QTY, property="helicopters", modality=second),
    )
    assert found(root, CODE) == []


def test_two_plans_that_agree_do_not_conflict(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("one", {"more_than": 10, "unit": "helicopter"}, type=QTY, property="helicopters", modality="planned"),
        claim("two", {"exactly": 12, "unit": "helicopter"}, type=QTY, property="helicopters", modality="planned"),
    )
    assert found(root, CODE) == []


PLACES = """\
entities:
  - {id: velsk, kind: place, label: Velsk}
  - {id: oran-province, kind: place, label: Oran province}
  - {id: norland, kind: country, label: Norland}
  - {id: sudland, kind: country, label: Sudland}
  - {id: north-region, kind: place, label: North region, part_of: norland}
  - {id: kestrel-bay, kind: place, label: Kestrel Bay, part_of: north-region}
  - {id: south-coast, kind: place, label: South coast, part_of: sudland}
  - {id: east-region, kind: place, label: East region, part_of: norland}
  - {id: harbour, kind: place, label: The harbour, disjoint: [velsk]}
"""


def _located(claim_id: str, place: str) -> tuple[str, str]:
    return claim(claim_id, place, type="relation", subject="exercise", property="located_in")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("velsk", "oran-province", "warning"),  # nothing says where either lies
        ("velsk", "kestrel-bay", "warning"),  # one is placed, the other is not
        ("kestrel-bay", "south-coast", "error"),  # in different countries
        ("kestrel-bay", "east-region", "error"),  # in different regions of one country
        ("north-region", "east-region", "error"),  # two parts of one parent
        ("harbour", "velsk", "error"),  # disjoint says so
        ("kestrel-bay", "norland", None),  # one within the other
        ("kestrel-bay", "north-region", None),
    ],
)
def test_places_conflict_only_as_far_as_the_vocabulary_says(
    tmp_path: Path, first: str, second: str, expected: str | None
) -> None:
    root = repo(tmp_path, _located("one", first), _located("two", second), ("vocabulary/entities/places.yaml", PLACES))

    severities = [f.severity.value for f in run(root).findings if f.code == CODE]
    assert severities == ([] if expected is None else [expected])


def test_an_unknown_relation_says_what_the_vocabulary_lacks(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        _located("one", "velsk"),
        _located("two", "oran-province"),
        ("vocabulary/entities/places.yaml", PLACES),
    )
    assert messages(root, CODE) == [
        "exercise located_in: 2 claims give different places, and the vocabulary does not say whether one of velsk "
        "and oran-province lies within the other: add part_of to the one inside the other, or disjoint if they do "
        "not overlap: velsk (one, unreviewed) and oran-province (two, unreviewed)"
    ]


def test_two_people_always_differ(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("one", "alice", type="relation", subject="defence-minister", property="held_by"),
        claim("two", "bob", type="relation", subject="defence-minister", property="held_by"),
    )

    assert [f.severity.value for f in run(root).findings if f.code == CODE] == ["error"]


def test_an_attributed_denial_names_its_speaker(tmp_path: Path) -> None:
    said = "\n  by: alice\n  setting: at a press conference\n  on: '2021-06-03'"
    root = repo(
        tmp_path,
        claim("member", "csto", type="relation", subject="uzbekistan", property="member_of", as_of="'2021'"),
        claim("denied", "csto", type="relation", subject="uzbekistan", property="member_of", as_of="'2021-06'",
              modality="denied", said=said),
    )  # fmt: skip
    assert messages(root, CODE) == [
        "uzbekistan member_of: 2 claims give values that cannot all be true: alice said: not csto (denied, "
        "unreviewed) and csto (member, unreviewed)"
    ]
