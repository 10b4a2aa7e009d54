"""text/measures.py, read through the quantity reader: units glued to the number, a unit of measure named before
the noun it measures, a currency's hundredths, and India's scale words. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.measures import glued_measures, hundredths
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Glued on: a resolution, a frame rate, a frequency, a capacity, a power.
        ("The ferry's screens render at 1440p and 30fps.", [
            ("1440p", {"exactly": 1440}, "p"), ("30fps", {"exactly": 30}, "fps"),
        ]),
        ("Its radar refreshes at 120Hz and stores 64GB.", [
            ("120Hz", {"exactly": 120}, "Hz"), ("64GB", {"exactly": 64}, "GB"),
        ]),
        ("A 5,000mAh battery feeds a 2.5W lamp.", [
            ("5,000mAh", {"exactly": 5000}, "mAh"), ("2.5W", {"exactly": 2.5}, "W"),
        ]),
        # Speeds, distances, weights and temperatures glued on, with the bound the words before them give.
        ("Winds over 90km/h and temperatures above 40C hit the coast.", [
            ("over 90km/h", {"more_than": 90}, "km/h"), ("above 40C", {"more_than": 40}, "degree Celsius"),
        ]),
        ("The blaze came within 30km of the port; its drone flies up to 4km.", [
            ("within 30km", {"at_most": 30}, "km"), ("up to 4km", {"at_most": 4}, "km"),
        ]),
        ("Above 40C the quay closes, and gusts of 60kph or 37mph are common.", [
            ("Above 40C", {"more_than": 40}, "degree Celsius"), ("60kph", {"exactly": 60}, "km/h"),
            ("37mph", {"exactly": 37}, "mph"),
        ]),
        ("It was 25°C at noon and 98F inside the hold.", [
            ("25°C", {"exactly": 25}, "degree Celsius"), ("98F", {"exactly": 98}, "degree Fahrenheit"),
        ]),
        ("The fence is 6ft tall and the anchor weighs 30lbs.", [
            ("6ft", {"exactly": 6}, "foot"), ("30lbs", {"exactly": 30}, "lb"),
        ]),
        # Written apart, the abbreviation is the noun counted as before.
        ("The camera runs at 60 fps.", [("60", {"exactly": 60}, "fps")]),
        # A unit of measure before the noun it measures.
        ("The yard bought 10.7 teraflop hardware.", [("10.7", {"exactly": 10.7}, "teraflop")]),
        ("Crews work 12 hour shifts on a 90 metre quay.", [
            ("12", {"exactly": 12}, "hour"), ("90", {"exactly": 90}, "metre"),
        ]),
        ("It fits a 12 megapixel camera.", [("12", {"exactly": 12}, "megapixel")]),
        ("The tug has 150 kW DC fast charging and a 101 hp coaxial drive.", [
            ("150", {"exactly": 150}, "kw"), ("101", {"exactly": 101}, "hp"),
        ]),
        ("It makes 151 PS along with 197 Nm of torque from an 82 kWh lithium-ion battery.", [
            ("151", {"exactly": 151}, "ps"), ("197", {"exactly": 197}, "nm"), ("82", {"exactly": 82}, "kwh"),
        ]),
        # A unit of two words.
        ("Its 20.7 cubic foot hold and 2.1 cu.ft. locker add up to 22.8 cu. ft. in all.", [
            ("20.7", {"exactly": 20.7}, "cubic foot"), ("2.1", {"exactly": 2.1}, "cubic foot"),
            ("22.8", {"exactly": 22.8}, "cubic foot"),
        ]),
        ("The port covers 40 square miles, a 1,200 sq. ft. shed and 4 cubic meters of sand.", [
            ("40", {"exactly": 40}, "square mile"), ("1,200", {"exactly": 1200}, "square foot"),
            ("4", {"exactly": 4}, "cubic meter"),
        ]),
        ("The crane lifts up to 100 metric tons; the beacon is 11 light years away.", [
            ("up to 100", {"at_most": 100}, "metric ton"), ("11", {"exactly": 11}, "light-year"),
        ]),
        ("The bank raised its rate by 50 basis points, then by 25 basis point.", [
            ("50", {"exactly": 50}, "basis point"), ("25", {"exactly": 25}, "basis point"),
        ]),
        # Near misses: a cubic or square word that names no unit.
        ("The square has 3 benches and 2 cubic sculptures.", [
            ("3", {"exactly": 3}, "bench"), ("2", {"exactly": 2}, "sculpture"),
        ]),
        # Hundredths of a currency, named or not.
        ("The port never paid 10 cents.", [("10", {"exactly": 0.1}, "USD")]),
        ("A ticket costs 50 euro cents.", [("50", {"exactly": 0.5}, "EUR")]),
        ("Stamps rose by 20 pence.", [("20", {"exactly": 0.2}, "GBP")]),
        # India's scales.
        ("He spent Rs 24 lakh and Rs 3 crore.", [
            ("Rs 24 lakh", {"exactly": 2_400_000}, "INR"), ("Rs 3 crore", {"exactly": 30_000_000}, "INR"),
        ]),
        ("The state set aside Rs 1.5 lakh crore.", [("Rs 1.5 lakh crore", {"exactly": 1_500_000_000_000}, "INR")]),
        ("About 5 lakh pilgrims came.", [("About 5 lakh", {"about": 500_000}, "pilgrim")]),
    ],
)  # fmt: skip
def test_measures_read_exactly(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It streams in 4K over 5G and shows 3D maps.",
        "The S10e and the A13 chip shipped.",
        "Use 5W-30 oil.",
        "Take 1/2p off.",
        "Meet at Room 12C by Gate 3F.",
        "The port sold 10m tickets.",
    ],
)
def test_names_are_no_glued_measures(sentence: str) -> None:
    assert glued_measures(sentence) == []


def test_hundredths_take_the_currency_named_before_them() -> None:
    assert hundredths(("cent",), {}) == "USD"
    assert hundredths(("euro", "cent"), {"euro": "EUR"}) == "EUR"
    assert hundredths(("boat",), {}) is None
    assert hundredths((), {}) is None
