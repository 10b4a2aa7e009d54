"""Units that convert: lengths, durations, scales and rates compared in one unit; currencies and counted nouns
only with themselves."""

from __future__ import annotations

import logging
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.model.quantities import (
    ApproximateQuantity,
    BoundedQuantity,
    ExactQuantity,
    implied_precision,
    quantities_compatible,
    quantity_within,
)
from claimtrack.model.units import Incommensurable, Period, commensurable, conversion, readings, registry

LENGTHS = ["mile", "kilometre", "metre", "foot", "nautical mile", "yard"]
DURATIONS = ["minute", "hour", "second", "day", "week"]
UNITS = [*LENGTHS, *DURATIONS, "square kilometre", "hectare", "tonne", "pound", "kilometre per hour", "knot"]
UNITS += ["percentage point", "basis point", "million euro", "euro", "thousand passenger", "passenger"]
PERIODS = [None, *Period]

amounts = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)
units = st.sampled_from(UNITS)
periods = st.sampled_from(PERIODS)


@st.composite
def quantities(draw: st.DrawFn) -> ExactQuantity | ApproximateQuantity | BoundedQuantity:
    unit, per, number = draw(units), draw(periods), draw(amounts)
    form = draw(st.sampled_from(["exact", "about", "more_than", "at_most"]))
    if form == "exact":
        return ExactQuantity(exactly=number, unit=unit, per=per)
    if form == "about":
        return ApproximateQuantity(about=number, unit=unit, per=per)
    return BoundedQuantity.model_validate({form: number, "unit": unit, "per": per})


@given(units, units, periods)
def test_conversion_round_trips(unit: str, into: str, per: Period | None) -> None:
    there = conversion(unit, per, into, per)
    back = conversion(into, per, unit, per)
    if isinstance(there, Incommensurable):
        assert back == there
    else:
        assert isinstance(back, float)
        assert math.isclose(there * back, 1.0, rel_tol=1e-12)


@given(quantities(), quantities())
def test_compatibility_is_symmetric(a: ExactQuantity, b: ExactQuantity) -> None:
    assert quantities_compatible(a, b) == quantities_compatible(b, a)


@given(amounts, units, units, periods, periods, st.integers(min_value=1, max_value=12))
def test_a_value_converted_to_another_unit_is_compatible_with_itself(
    number: float, unit: str, into: str, per: Period | None, into_per: Period | None, digits: int
) -> None:
    factor = conversion(unit, per, into, into_per)
    if isinstance(factor, Incommensurable) or (unit, per) == (into, into_per):
        return
    original = ExactQuantity(exactly=number, unit=unit, per=per)
    converted = ExactQuantity(exactly=number * factor, unit=into, per=into_per)
    # As an article would print it: rounded to a few significant digits.
    printed = ExactQuantity(exactly=float(f"{number * factor:.{digits}g}"), unit=into, per=into_per)
    assert quantities_compatible(original, converted)
    assert quantities_compatible(original, printed)


def test_the_railway_in_miles_and_in_kilometres_agrees() -> None:
    miles = ExactQuantity(exactly=194, unit="mile")
    assert quantities_compatible(miles, ExactQuantity(exactly=312, unit="kilometre"))
    assert quantities_compatible(ExactQuantity(exactly=312, unit="km"), miles)
    assert not quantities_compatible(miles, ExactQuantity(exactly=340, unit="kilometre"))
    assert not quantities_compatible(ExactQuantity(exactly=296, unit="kilometre"), miles)


@pytest.mark.parametrize(
    ("number", "half"), [(194, 0.5), (1.5, 0.05), (300, 50), (2_500_000, 50_000), (0.25, 0.005), (0, 0.5)]
)
def test_an_exact_number_covers_what_it_rounds(number: float, half: float) -> None:
    assert math.isclose(implied_precision(number), half)


def test_durations_and_bounds_convert() -> None:
    crossing = ExactQuantity(exactly=112, unit="minute")
    assert quantities_compatible(crossing, BoundedQuantity(less_than=2, unit="hour"))
    assert not quantities_compatible(crossing, BoundedQuantity(less_than=1.5, unit="hour"))
    assert quantities_compatible(crossing, ApproximateQuantity(about=2, unit="hours"))
    assert not quantities_compatible(crossing, ApproximateQuantity(about=90, unit="minute", tolerance=0.1))


def test_the_same_unit_compares_the_numbers_as_written() -> None:
    # Without a conversion, "312" is 312: two sources writing one unit are compared digit for digit.
    assert not quantities_compatible(ExactQuantity(exactly=312, unit="km"), ExactQuantity(exactly=312.4, unit="km"))


def test_money_compares_within_one_currency_with_scales_normalised() -> None:
    assert quantities_compatible(
        ExactQuantity(exactly=2.5, unit="million euro"), ExactQuantity(exactly=2_500_000, unit="euro")
    )
    assert not quantities_compatible(
        ExactQuantity(exactly=2.5, unit="million euro"), ExactQuantity(exactly=3_100_000, unit="EUR")
    )
    assert conversion("billion US dollar", None, "USD", None) == 1e9


@pytest.mark.parametrize(("first", "second"), [("euro", "US dollar"), ("million euro", "dollar"), ("pound", "euro")])
def test_amounts_in_two_currencies_are_never_compared(first: str, second: str) -> None:
    assert conversion(first, None, second, None) is Incommensurable.UNRELATED
    for number in (1, 2.5, 1000):
        a, b = ExactQuantity(exactly=number, unit=first), ExactQuantity(exactly=number * 7, unit=second)
        assert quantities_compatible(a, b)
        assert not quantity_within(a, b)


def test_counted_nouns_agree_only_with_themselves() -> None:
    assert conversion("helicopter", None, "tank", None) is Incommensurable.DIFFERENT
    assert not quantities_compatible(
        ExactQuantity(exactly=12, unit="helicopter"), ExactQuantity(exactly=12, unit="tank")
    )
    assert quantities_compatible(
        ExactQuantity(exactly=7.5, unit="million passenger"), ExactQuantity(exactly=7_460_000, unit="passenger")
    )
    assert readings("patrol boat")[0].kind == "counted"


def test_a_length_never_meets_a_duration() -> None:
    assert conversion("kilometre", None, "minute", None) is Incommensurable.DIFFERENT
    assert not commensurable("kilometre", "minute")
    assert commensurable("mile", "kilometre")


def test_rates_compare_only_with_rates() -> None:
    yearly = ExactQuantity(exactly=7.5, unit="million passenger", per=Period.YEAR)
    total = ExactQuantity(exactly=20_000, unit="passenger")
    assert conversion("passenger", None, "passenger", Period.YEAR) is Incommensurable.UNRELATED
    assert quantities_compatible(yearly, total)
    assert quantities_compatible(yearly, ExactQuantity(exactly=20_500, unit="passenger", per=Period.DAY))
    assert not quantities_compatible(yearly, ExactQuantity(exactly=30_000, unit="passenger", per=Period.DAY))


def test_percentage_points_convert_into_basis_points_but_not_percent() -> None:
    assert conversion("percentage point", None, "basis points", None) == 100
    assert conversion("percent", None, "percentage points", None) is Incommensurable.DIFFERENT
    assert conversion("per cent", None, "percent", None) == 1
    assert conversion("pp", None, "bps", None) == 100


def test_building_the_unit_registry_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    """pint logs "Redefining 'pp'" when a unit takes a symbol it has: that line reached every hook's output."""
    registry.cache_clear()
    with caplog.at_level(logging.DEBUG):
        registry()
    assert [record.getMessage() for record in caplog.records] == []


@pytest.mark.parametrize("text", ["km**99999999", "2 km", "m" * 300, "kilometre; import os", "__class__"])
def test_unit_texts_that_are_not_unit_names_are_counted_nouns(text: str) -> None:
    assert [m.kind for m in readings(text)] == ["counted"]
