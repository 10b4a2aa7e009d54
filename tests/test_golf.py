"""text/golf.py: a round's strokes, a score against par and a total, one stroke in words, in a sentence of golf;
near misses left as they were. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities
from claimtrack.text.sports import sport_of


def read(sentence: str, sport: str | None = "golf") -> list[tuple[float, str | None]]:
    return [(m.value["exactly"], m.noun) for m in find_quantities(sentence, [], sport) if "exactly" in m.value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okafor shot a superb 64 at Kelso on Sunday.", [(64, "stroke")]),
        ("Lenz carded a 71, and Marn settled for a 73.", [(71, "stroke"), (73, "stroke")]),
        ("Her final-round 66 was the best of the week.", [(66, "stroke")]),
        ("He finished at 11-under-par 269 to win by two shots.", [(11, "stroke under par"), (269, "stroke"), (2, "shot")]),
        ("Marn was three over par after nine holes.", [(3, "stroke over par"), (9, "hole")]),
        ("Okafor began the day one shot behind the leader.", [(1, "stroke")]),
        ("She took a one-stroke lead at the turn.", [(1, "stroke")]),
    ],
)  # fmt: skip
def test_golf_scores_are_strokes(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He left a 4-foot putt at the par-5 16th.", [(4, "foot")]),
        ("The photographer shot 65 frames of the final green.", [(65, "frame")]),
        ("Okafor shot a 64 in the shooting final.", [(64, None)]),  # another sport: no round of golf
    ],
)
def test_near_misses_of_golf(sentence: str, expected: list[tuple[float, str | None]]) -> None:
    sport = sport_of([sentence])
    assert read(sentence, sport) == expected


def test_golf_is_told_by_its_words_but_not_by_a_cars_name() -> None:
    assert sport_of(["She made birdie at the 18th."]) == "golf"
    assert sport_of(["The Volkswagen e-Golf costs $27,945."]) is None
