"""text/rates.py: a rate per something other than a period, read by the quantity reader and drafted with its
"per" in the unit ("USD per share"). The sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.text.quantity_reader import find_quantities


def rates(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.text, m.noun, m.per, m.per_unit) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okoro averages 7.4 rebounds per game.", [("7.4", "rebound", None, "game")]),
        ("The feed runs at 50 frames per second.", [("50", "frame", None, "second")]),
        ("Velmar earned $1.12 per diluted share.", [("$1.12", "USD", None, "share")]),
        ("Analysts expected $1.10 a share.", [("$1.10", "USD", None, "share")]),
        ("Crude sold at $61 a barrel.", [("$61", "USD", None, "barrel")]),
        ("Panels cost $0.21/W last year.", [("$0.21", "USD", None, "W")]),
        ("Power sells at $0.04/kWh.", [("$0.04", "USD", None, "kWh")]),
        ("The ferry burns 40 litres per crossing.", [("40", "litre", None, "crossing")]),
        # A rate per a number of things: the base kept as written, and no count of its own.
        ("The port gave 181.24 doses per 100 people.", [("181.24", "dose", None, "100 people")]),
        ("The town saw 9 deaths per 100,000 residents.", [("9", "death", None, "100,000 residents")]),
        ("The port logs 3 thefts per 1 million visitors.", [("3", "theft", None, "1 million visitors")]),
        ("He misses once for every 22 tackle attempts.", []),
        # A period's rate is ``per`` as before, written with a slash too.
        ("The plan costs $8.99/mo.", [("$8.99", "USD", "month", None)]),
        ("The plan costs $8.99 a month.", [("$8.99", "USD", "month", None)]),
        # Near misses: "per cent", "a" after a count, "a few", "a piece".
        ("Fares rose 4 per cent.", [("4 per cent", "percent", None, None)]),
        ("Okoro scored 20 points a game.", [("20", "point", None, None)]),
        ("They paid $5 a piece.", [("$5", "USD", None, None)]),
        ("It took 3 ferries a few hours.", [("3", "ferry", None, None)]),
    ],
)  # fmt: skip
def test_a_rate_per_something_other_than_a_period(
    sentence: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert rates(sentence) == expected


VELMAR = [Entity(id="velmar", kind="organisation", label="Velmar")]


def test_a_rate_is_drafted_with_its_per_in_the_unit() -> None:
    amount = Property(id="amount", label="amount", claim_type="quantity")
    per_share = Property(id="eps", label="earnings per share", claim_type="quantity", unit="USD per share")
    day = dt.date(2021, 3, 4)
    (money,) = propose("Velmar earned $1.12 per diluted share.", Vocabulary.of([amount], VELMAR), day)
    assert (money.property_id, money.value) == ("amount", {"exactly": 1.12, "unit": "USD per share"})
    (kept,) = propose("Velmar earned $1.12 per diluted share.", Vocabulary.of([amount, per_share], VELMAR), day)
    assert (kept.property_id, kept.value) == ("eps", {"exactly": 1.12, "unit": "USD per share"})
    (count,) = propose("Velmar averages 7.4 rebounds per game.", Vocabulary.of([amount], VELMAR), day)
    assert (count.property_id, count.value) == ("rebound_per_game_count", {"exactly": 7.4, "unit": "rebound per game"})


def test_a_rate_per_a_number_of_things_is_drafted_with_its_base() -> None:
    day = dt.date(2020, 1, 1)
    (rate,) = propose("Velmar saw 9 deaths per 100,000 residents.", Vocabulary.of([], VELMAR), day)
    assert rate.value == {"exactly": 9, "unit": "death per 100,000 residents"}
    assert rate.property_id == "death_per_100_000_residents_count"
