"""text/cricket.py: totals, bowling figures, series and batters' scores in a sentence of cricket; pairs that cannot
be told, ranges and dates left as they were. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str, sport: str | None = "cricket") -> list[tuple[dict[str, float], str | None]]:
    return [(m.value, m.noun) for m in find_quantities(sentence, [], sport)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kent were bowled out after reaching 231-8.", [({"exactly": 231}, "run"), ({"exactly": 8}, "wicket")]),
        ("The hosts were 45/3 at lunch.", [({"exactly": 45}, "run"), ({"exactly": 3}, "wicket")]),
        ("Rao starred with 4/27 on the second day.", [({"exactly": 4}, "wicket"), ({"exactly": 27}, "run")]),
        ("Rao finished with figures of 3-41.", [({"exactly": 3}, "wicket"), ({"exactly": 41}, "run")]),
        ("Rao took 5 for 19 before tea.", [({"exactly": 5}, "wicket"), ({"exactly": 19}, "run")]),
        ("They sealed the series 3-0 at home.", [({"exactly": 3}, "match"), ({"exactly": 0}, "match")]),
        ("Mehta was caught behind for seven in the first over.", [({"exactly": 7}, "run")]),
        ("Mehta made an unbeaten 88 and Joshi (41) helped.", [({"exactly": 88}, "run"), ({"exactly": 41}, "run")]),
        ("Mehta scored 64 off 40 balls.", [({"exactly": 64}, "run"), ({"exactly": 40}, "ball")]),
    ],
)  # fmt: skip
def test_the_notations_of_cricket(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The score moved on to 6-4 in the rain.", []),  # both 10 or less: a total or figures, not told
        ("They drew 242-330 fans a day.", [({"at_least": 242, "at_most": 330}, "fan")]),
        ("Mehta was out for a duck.", []),
        ("The stand was out of use for 12 years.", [({"exactly": 12}, "year")]),
    ],
)
def test_near_misses_of_cricket(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


def test_other_sports_keep_their_readings() -> None:
    assert all(noun != "wicket" for _, noun in read("The vote went 231-8 in the chamber.", None))
    assert all(noun != "wicket" for _, noun in read("Mehta starred with 4/27 on Tuesday.", "soccer"))
