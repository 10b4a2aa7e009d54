"""A move to a level ("edged up to $264.7 million" is that amount, text/quantity_bounds.py), "better than" a bound,
two currencies never one range and "by £285 to £9,535" a change (text/quantity_reader.py), a rate's base in money
(text/not_quantities.py) and a label in a title's capitals (text/numbered_names.py). Made-up sentences."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, float], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales edged up to $41.2 million.", [("$41.2 million", {"exactly": 41200000}, "USD")]),
        ("Inflation moved up to 4 per cent.", [("4 per cent", {"exactly": 4}, "percent")]),
        ("The ferry holds up to 80 people.", [("up to 80", {"at_most": 80}, "person")]),
        ("She won with better than 61% of the vote.", [("better than 61%", {"more_than": 61}, "percent")]),
        ("Fees rise by £250 to £9,250.", [("£250", {"exactly": 250}, "GBP"), ("£9,250", {"exactly": 9250}, "GBP")]),
        ("Fees rose £250 to $9,250.", [("£250", {"exactly": 250}, "GBP"), ("$9,250", {"exactly": 9250}, "USD")]),
        ("Fares will rise by 5 to 10 percent.", [("5 to 10 percent", {"at_least": 5, "at_most": 10}, "percent")]),
        ("Prices range from $40 to $50.", [("$40 to $50", {"at_least": 40, "at_most": 50}, "USD")]),
        ("The levy is $0.48 per $100 of value.", [("$0.48", {"exactly": 0.48}, "USD")]),
        ("Her District Four seat was safe, with Ward Two too.", []),
        ("Four districts voted.", [("Four", {"exactly": 4}, "district")]),
    ],
)  # fmt: skip
def test_levels_bounds_ranges_and_labels(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected
