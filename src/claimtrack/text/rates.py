"""A rate per something other than a period: "11.1 assists per game", "60 frames per second", "$2.53 per diluted
share", "$2.52 a share", "$0.03/kWh". A rate per period ("7.5 million a year", "$9.99/mo") is ``per: year`` of the
model; any other rate keeps its "per" in its unit ("assist per game", "USD per share", "USD per kWh"), as the model's
unit is free text and compares as written.

A rate per a number of things keeps that number and the noun as written: "181.24 doses per 100 people" is 181.24
``dose per 100 people``, "9 deaths per 100,000 residents" ``death per 100,000 residents``; the base is no count of
its own (``not_quantities``).

"Per" or a slash may follow any number; "a" or "an" only money ("$40 a barrel"), since "three goals a game" is as
often "a game" of its own. Near misses: "15 per cent" is a percentage, "said, per Feng" follows no number, "$5 a
month" is a period's rate, "20 people a few" no rate, and a plural after "a" is none ("$5 a tickets").
"""

from __future__ import annotations

import re

from claimtrack.text.quantity_words import PERIODS
from claimtrack.text.stems import FUNCTION_WORDS, singular

_PER = re.compile(
    r"(?:\s+per\s+|\s*/\s*)(?P<base>\d{1,3}(?:,\d{3})+\s+|\d+\s+(?:(?:thousand|million)\s+)?)?"
    r"(?:(?P<adjective>[a-z]+ed)\s+)?(?P<item>[A-Za-z]+)\b(?![-/])"
)
_A = re.compile(r"\s+an?\s+(?P<item>[a-z]+)\b(?![-’'])")
_SHORT_PERIODS = {"mo": "month", "yr": "year", "wk": "week", "hr": "hour", "d": "day", "h": "hour"}
_NO_ITEM = frozenset(["cent", "few", "lot", "bit", "little", "further", "record", "total", "half", "quarter", "piece"])
"""Words after "per" or "a" that say no rate ("15 per cent"; "$5 a piece" is each, not per piece of something)."""


def rate_after(sentence: str, at: int, money: bool) -> tuple[str, str | None] | None:
    """The rate written at ``at``, right after a number and its noun: ``("period", "month")`` for a period's
    ("$9.99/mo"), ``("item", "game")`` for anything else's ("per game"); None when no rate is written there.
    ``money`` allows "a share"."""
    match = _PER.match(sentence, at) or (_A.match(sentence, at) if money else None)
    if match is None:
        return None
    item = match["item"]
    lower = item.lower()
    base = match.groupdict().get("base")
    if base and lower not in FUNCTION_WORDS:
        return "item", f"{base}{item}"  # "doses per 100 people": the base as written
    period = PERIODS.get(lower) or _SHORT_PERIODS.get(lower)
    if period is not None:
        return "period", period
    if lower in FUNCTION_WORDS or lower in _NO_ITEM or (item.islower() and singular(item) != lower):
        return None  # "per cent", "a few"; a plural is no unit of a rate ("$5 a tickets")
    return "item", item if not item.islower() else singular(item)


def rated(unit: str | None, per_unit: str | None) -> str | None:
    """A unit with the other unit of its rate, if any: "assist per game", "USD per share"."""
    return unit if unit is None or per_unit is None else f"{unit} per {per_unit}"


def counts_rate(unit: str | None, per_unit: str, nouns: tuple[str, ...], *, money: bool) -> bool:
    """A property's ``unit`` counts a rate per ``per_unit`` of what ``nouns`` name: "USD per share" counts "$2.52 a
    share", and a property without a unit takes a rate of money as a sum of money is taken ("amount")."""
    head, per, item = (unit or "").rpartition(" per ")
    if not per:
        return unit is None and money
    return item == per_unit and all(singular(word) in nouns for word in head.split())
