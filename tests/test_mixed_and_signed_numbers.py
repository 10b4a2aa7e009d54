"""text/mixed_numbers.py and text/signed_numbers.py: "12 1/2 feet" one value, numbers below zero with their sign;
fractions alone, dates, ranges and a ticker's figures left as they were. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, float], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her approach stopped 8 1/2 feet from the hole.", [("8 1/2", {"exactly": 8.5}, "foot")]),
        ("Stir in 2 3/4 cups of flour.", [("2 3/4", {"exactly": 2.75}, "cup")]),
        ("He served about 3 1/2 years.", [("about 3 1/2", {"about": 3.5}, "year")]),
        ("The path runs 4½ miles.", [("4½", {"exactly": 4.5}, "mile")]),
        ("She won into a head wind of negative 1.8 metres per second.",
         [("negative 1.8", {"exactly": -1.8}, "metre per second")]),
        ("Okafor won in 10.91 seconds (-0.7m/s).",
         [("10.91", {"exactly": 10.91}, "second"), ("-0.7", {"exactly": -0.7}, "metre per second")]),
        ("It fell to minus 12 degrees overnight.", [("minus 12", {"exactly": -12}, "degree")]),
    ],
)  # fmt: skip
def test_mixed_and_signed_numbers(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Add 1/4 cup of milk.", []),
        ("Temperatures of 3-5 degrees are usual.", [("3-5", {"at_least": 3, "at_most": 5}, "degree")]),
        ("VELMAR INC. 225.86 -12.99 -5.44% KELSO", []),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected
