"""Quantities as intervals with a unit: "12", "more than 300", "as much as 7 percent", "about 50", and rates
("7.5 million passengers a year").

Two quantities in one unit are compared as the intervals they write. In two units, they are compared after
conversion (``units.conversion``), and an exact number stands for what it rounds: "194 miles" covers 193.5 to
194.5 miles, and "312 kilometres" lies within it. A unit that does not convert into the other (a different
noun, a length against a duration) never agrees; an amount in another currency, or a rate against a total,
is not compared at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag, model_validator

from claimtrack.model.common import LAX, Number, OmittableNumber, StrictModel, Text
from claimtrack.model.units import Incommensurable, Period, conversion

PeriodField = Annotated[Period, LAX]
_PER = Field(default=None, description="A rate's period: 'per: year' for '7.5 million passengers a year'.")

DEFAULT_TOLERANCE = 0.1
"""An 'about' quantity without its own tolerance covers ±10% of its value."""


@dataclass(frozen=True)
class Interval:
    """A set of numbers between two bounds; infinite bounds are open-ended."""

    lower: float
    upper: float
    lower_closed: bool = True
    upper_closed: bool = True

    def overlaps(self, other: Interval) -> bool:
        return _below_or_touching(self, other) and _below_or_touching(other, self)

    def contains(self, other: Interval) -> bool:
        lower_ok = self.lower < other.lower or (
            self.lower == other.lower and (self.lower_closed or not other.lower_closed)
        )
        upper_ok = other.upper < self.upper or (
            self.upper == other.upper and (self.upper_closed or not other.upper_closed)
        )
        return lower_ok and upper_ok

    def scaled(self, factor: float) -> Interval:
        """The same interval in a unit ``factor`` times smaller (``factor`` > 0)."""
        return Interval(self.lower * factor, self.upper * factor, self.lower_closed, self.upper_closed)


def _below_or_touching(a: Interval, b: Interval) -> bool:
    """True when a's lower bound does not lie past b's upper bound."""
    if a.lower < b.upper:
        return True
    return a.lower == b.upper and a.lower_closed and b.upper_closed


class ExactQuantity(StrictModel):
    """A number given exactly: ``{exactly: 12, unit: helicopter}``."""

    exactly: Number
    unit: Text
    per: PeriodField | None = _PER

    def interval(self) -> Interval:
        return Interval(self.exactly, self.exactly)


class ApproximateQuantity(StrictModel):
    """A number given roughly: ``{about: 50, unit: exercise}``; tolerance is a fraction of the value."""

    about: Number
    tolerance: Number = Field(default=DEFAULT_TOLERANCE, ge=0)
    unit: Text
    per: PeriodField | None = _PER

    def interval(self) -> Interval:
        spread = abs(self.about) * self.tolerance
        return Interval(self.about - spread, self.about + spread)


_BOUND_KEYS = ("more_than", "at_least", "less_than", "at_most")


class BoundedQuantity(StrictModel):
    """A number known by bounds: ``{more_than: 300, unit: student}``, ``{at_most: 7, unit: percent}``."""

    model_config = StrictModel.model_config | {
        "json_schema_extra": {
            "anyOf": [{"required": [key]} for key in _BOUND_KEYS],
            "not": {"anyOf": [{"required": ["more_than", "at_least"]}, {"required": ["less_than", "at_most"]}]},
        }
    }

    more_than: OmittableNumber = None
    at_least: OmittableNumber = None
    less_than: OmittableNumber = None
    at_most: OmittableNumber = None
    unit: Text
    per: PeriodField | None = _PER

    @model_validator(mode="after")
    def _one_bound_each_side(self) -> BoundedQuantity:
        if all(getattr(self, key) is None for key in _BOUND_KEYS):
            raise ValueError("give at least one of more_than, at_least, less_than, at_most")
        if self.more_than is not None and self.at_least is not None:
            raise ValueError("give either more_than or at_least, not both")
        if self.less_than is not None and self.at_most is not None:
            raise ValueError("give either less_than or at_most, not both")
        return self

    def interval(self) -> Interval:
        lower, lower_closed = -math.inf, False
        if self.more_than is not None:
            lower = self.more_than
        elif self.at_least is not None:
            lower, lower_closed = self.at_least, True
        upper, upper_closed = math.inf, False
        if self.less_than is not None:
            upper = self.less_than
        elif self.at_most is not None:
            upper, upper_closed = self.at_most, True
        return Interval(lower, upper, lower_closed, upper_closed)


def _quantity_form(value: Any) -> str:
    if isinstance(value, dict):
        if "exactly" in value:
            return "exact"
        if "about" in value:
            return "approximate"
        return "bounded"
    if isinstance(value, ExactQuantity):
        return "exact"
    if isinstance(value, ApproximateQuantity):
        return "approximate"
    return "bounded"


Quantity = Annotated[
    Annotated[ExactQuantity, Tag("exact")]
    | Annotated[ApproximateQuantity, Tag("approximate")]
    | Annotated[BoundedQuantity, Tag("bounded")],
    Discriminator(_quantity_form),
]


AnyQuantity = ExactQuantity | ApproximateQuantity | BoundedQuantity


def implied_precision(number: float) -> float:
    """Half a unit of the last significant digit written: 194 is 193.5 to 194.5, 1.5 is 1.45 to 1.55, 300 is
    250 to 350 (a round number's zeros are not taken as significant). Never less than a billionth of the
    number: no article gives more digits, and a conversion's floating-point error must stay inside."""
    exponent = Decimal(repr(float(number))).normalize().as_tuple().exponent
    return max(0.5 * 10.0 ** int(exponent), abs(number) * 1e-9)


def rounded_interval(quantity: AnyQuantity) -> Interval:
    """The quantity's interval, an exact number widened to every number it may have been rounded from."""
    if isinstance(quantity, ExactQuantity):
        spread = implied_precision(quantity.exactly)
        return Interval(quantity.exactly - spread, quantity.exactly + spread)
    return quantity.interval()


def compared_intervals(a: AnyQuantity, b: AnyQuantity) -> tuple[Interval, Interval] | Incommensurable:
    """``a``'s and ``b``'s intervals in one unit, or why they have none. Both are put in the unit that sorts
    first, so that comparing ``a`` with ``b`` computes exactly what comparing ``b`` with ``a`` does."""
    if a.unit == b.unit and a.per == b.per:
        return a.interval(), b.interval()
    swapped = (b.unit, b.per or "") < (a.unit, a.per or "")
    first, second = (b, a) if swapped else (a, b)
    factor = conversion(second.unit, second.per, first.unit, first.per)
    if isinstance(factor, Incommensurable):
        return factor
    intervals = rounded_interval(first), rounded_interval(second).scaled(factor)
    return (intervals[1], intervals[0]) if swapped else intervals


def quantities_compatible(a: AnyQuantity, b: AnyQuantity) -> bool:
    """Two quantities can both be true: their intervals overlap in one unit, or nothing compares them (two
    currencies, a rate and a total). Quantities in units that do not convert never agree."""
    compared = compared_intervals(a, b)
    if isinstance(compared, Incommensurable):
        return compared is Incommensurable.UNRELATED
    return compared[0].overlaps(compared[1])


def quantity_within(inner: AnyQuantity, outer: AnyQuantity) -> bool:
    """Every number ``inner`` allows lies within ``outer``, in one unit (a denial's scope holds a fact)."""
    compared = compared_intervals(outer, inner)
    return not isinstance(compared, Incommensurable) and compared[0].contains(compared[1])


def in_unit_of(quantity: AnyQuantity, other: AnyQuantity) -> float | None:
    """The factor that puts ``quantity`` in ``other``'s unit and period; None when they are the same or do
    not convert."""
    if quantity.unit == other.unit and quantity.per == other.per:
        return None
    factor = conversion(quantity.unit, quantity.per, other.unit, other.per)
    return None if isinstance(factor, Incommensurable) else factor


__all__ = [
    "AnyQuantity",
    "ApproximateQuantity",
    "BoundedQuantity",
    "ExactQuantity",
    "Interval",
    "Period",
    "Quantity",
    "compared_intervals",
    "implied_precision",
    "in_unit_of",
    "quantities_compatible",
    "quantity_within",
]
