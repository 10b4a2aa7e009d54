"""Quantities as intervals with a unit: "12", "more than 300", "as much as 7 percent", "about 50"."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import Discriminator, Field, Tag, model_validator

from claimtrack.model.common import Number, OmittableNumber, StrictModel, Text

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


def _below_or_touching(a: Interval, b: Interval) -> bool:
    """True when a's lower bound does not lie past b's upper bound."""
    if a.lower < b.upper:
        return True
    return a.lower == b.upper and a.lower_closed and b.upper_closed


class ExactQuantity(StrictModel):
    """A number given exactly: ``{exactly: 12, unit: helicopter}``."""

    exactly: Number
    unit: Text

    def interval(self) -> Interval:
        return Interval(self.exactly, self.exactly)


class ApproximateQuantity(StrictModel):
    """A number given roughly: ``{about: 50, unit: exercise}``; tolerance is a fraction of the value."""

    about: Number
    tolerance: Number = Field(default=DEFAULT_TOLERANCE, ge=0)
    unit: Text

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


def quantities_compatible(a: ExactQuantity | ApproximateQuantity | BoundedQuantity, b: Any) -> bool:
    """Two quantities can both be true when their units match and their intervals overlap."""
    return bool(a.unit == b.unit and a.interval().overlaps(b.interval()))


__all__ = [
    "ApproximateQuantity",
    "BoundedQuantity",
    "ExactQuantity",
    "Interval",
    "Quantity",
    "quantities_compatible",
]
