"""A quantity as the reader gives it: where it is written, its value mapping, what it counts and how it was read
(``quantity_reader`` finds them; readers of one notation, such as ``mixed_numbers``, build them too)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class QuantityMention:
    """A quantity written in a sentence: where, the words, its value mapping and what it counts."""

    start: int
    end: int
    text: str
    value: dict[str, Any]
    """``{exactly: 12}``, ``{more_than: 200}``, ``{at_least: 242, at_most: 330}``: bounds and numbers, scaled
    ("$8.8 billion" is 8,800,000,000), without the unit."""
    noun: str | None
    """What is counted, singular and lower case (``boat``, ``person``); ``percent``; a currency's ISO code
    (``USD``); a duration's unit (``minute``); None when no noun follows."""
    nouns: tuple[str, ...] = ()
    """Every word of the few that follow the number, singular: a property's unit may be any of them."""
    kind: str = "count"
    """count, money, percent, duration, age; score (a side of a result) or record (wins, losses, ties)."""
    currency: str | None = None
    scale: str | None = None
    """The scale word written ("million", "billion"), already applied to the value."""
    per: str | None = None
    """A rate's period ("7.5 million a year": ``year``)."""
    notes: tuple[str, ...] = field(default=())
    holder: tuple[int, int] | None = None
    """A result's or a record's: the span of the words naming whose number it is (``scores``)."""
    per_unit: str | None = None
    """A rate's unit other than a period ("11.1 assists per game": ``game``; ``rates``)."""
