"""text/range_ends.py: "from … to …" after a verb of extent is a range, and its ends in two units are two bounds,
read through the quantity reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Its ferries range from 40 to 90 berths.", [("40 to 90", {"at_least": 40, "at_most": 90}, "berth")]),
        ("Yards had output ranging from 30-600 MW.", [("30-600", {"at_least": 30, "at_most": 600}, "mw")]),
        ("Tickets vary from $15 to $40.", [("$15 to $40", {"at_least": 15, "at_most": 40}, "USD")]),
        ("A refit costs anywhere from $200 to $500.", [
            ("$200 to $500", {"at_least": 200, "at_most": 500}, "USD"),
        ]),
        ("Recovery can range from three weeks to five years.", [
            ("three", {"at_least": 3}, "week"), ("five", {"at_most": 5}, "year"),
        ]),
        ("Stays varied from 2 days to 3 months.", [("2", {"at_least": 2}, "day"), ("3", {"at_most": 3}, "month")]),
        # Near misses: a change, a change in two units, no verb of extent.
        ("Fares rose from $15 to $40.", [("$15", {"exactly": 15}, "USD"), ("$40", {"exactly": 40}, "USD")]),
        ("The wait grew from three weeks to five years.", [
            ("three", {"exactly": 3}, "week"), ("five", {"exactly": 5}, "year"),
        ]),
        ("Terms were 3 weeks to 5 years.", [("3", {"exactly": 3}, "week"), ("5", {"exactly": 5}, "year")]),
    ],
)  # fmt: skip
def test_ranges_of_extent(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected
