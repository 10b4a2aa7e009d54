"""text/multipliers.py: a multiple of another amount is a quantity in ``times``, read through the quantity
reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.multipliers import multiple_ends
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The dredged channel held 18 times the number of eels counted before.", [("18", {"exactly": 18}, "times")]),
        ("Losses at the port were nine times higher than the insurers expected.", [("nine", {"exactly": 9}, "times")]),
        ("The harbour logged 10 times as many collisions as it reported.", [("10", {"exactly": 10}, "times")]),
        ("Wait times were 10 times as long.", [("10", {"exactly": 10}, "times")]),
        ("Container ships burn 2.5 times more fuel than ferries.", [("2.5", {"exactly": 2.5}, "times")]),
        ("The new crane lifts over 10 times more steel.", [("over 10", {"more_than": 10}, "times")]),
        ("Its budget is three times that of the old port.", [("three", {"exactly": 3}, "times")]),
        (
            "The tug is four times smaller than the ferry, and 12 sailors crew it.",
            [
                ("four", {"exactly": 4}, "times"),
                ("12", {"exactly": 12}, "sailor"),
            ],
        ),
        # Near misses: occasions, not multiples.
        ("The ferry sank three times.", [("three", {"exactly": 3}, "time")]),
        ("The pilot was fined three times that week.", [("three", {"exactly": 3}, "time")]),
        ("The ferry sailed five times the following year.", [("five", {"exactly": 5}, "time")]),
        ("The harbour now handles twice the cargo of the other two.", [("twice", {"exactly": 2}, "times")]),
    ],
)
def test_multiples(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


def test_multiple_ends_after_the_word_times() -> None:
    assert multiple_ends("It is 9 times higher.", 7) == len("It is 9 times")
    assert multiple_ends("It sank 9 times.", 9) is None
