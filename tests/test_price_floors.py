"""text/price_floors.py: the lowest price of a range of models or offers is at least that amount, read through
the quantity reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.price_floors import price_floor
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The new ferry pass will start at 1,250 euro ($1,380) next spring.",
            [
                ("start at 1,250", {"at_least": 1250}, "EUR"),
                ("$1,380", {"at_least": 1380}, "USD"),
            ],
        ),
        ("Cabins start at just $499 a night.", [("start at just $499", {"at_least": 499}, "USD")]),
        ("Season tickets started at £300 last year.", [("started at £300", {"at_least": 300}, "GBP")]),
        ("Kayaks are priced from $129 at the harbour shop.", [("priced from $129", {"at_least": 129}, "USD")]),
        ("Berths starting from $40 are still free.", [("starting from $40", {"at_least": 40}, "USD")]),
        ("Fares begin at 15 dollars.", [("begin at 15", {"at_least": 15}, "USD")]),
        # Near misses: an exact price, a change, a range, an opening price that moved, a count.
        ("The kayak is priced at $399.", [("$399", {"exactly": 399}, "USD")]),
        (
            "Exports fell to $9 billion, down from $19 billion.",
            [
                ("fell to $9 billion", {"exactly": 9_000_000_000}, "USD"),
                ("$19 billion", {"exactly": 19_000_000_000}, "USD"),
            ],
        ),
        ("Cables sell from $6 to $12.", [("$6", {"exactly": 6}, "USD"), ("$12", {"exactly": 12}, "USD")]),
        (
            "Shares started at $20 and climbed to $31.",
            [("$20", {"exactly": 20}, "USD"), ("$31", {"exactly": 31}, "USD")],
        ),
        ("The race starts at 12 buoys off the pier.", [("12", {"exactly": 12}, "buoy")]),
    ],
)
def test_price_floors(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


def test_price_floor_says_where_its_words_start() -> None:
    sentence = "Prices start at $5."
    assert price_floor(sentence, sentence.index("$"), len(sentence) - 1) == sentence.index("start")
    assert price_floor("It costs $5.", 9, 11) is None
