"""Bounds one quantity hands on to the next: to the same quantity restated in other units, and to the items of a
list it leads.

A quantity restated in other units, in brackets or after ", or", keeps the bound of the first: "up to $12.9bn
(£10bn)", "about 2,750 tons, or 2,500 metric tons", "will start at 71,350 euro ($78,770)".

A bound written before the first item of a list holds for each item: "up to five radar sensors, five cameras,
and twelve ultrasonic sensors" are each at most, "more than 20 dogs and 15 cats" both more than, "up to 5 years
or 60,000 miles" both at most. An item follows the one before with nothing between them but that one's noun
and a comma, "and" or "or", is a quantity of the same kind, and counts a noun of its own. Anything else ends
the list: a verb ("more than 20 people died and 15 were hurt"), a word after the noun ("just over 16 feet long
and six feet wide", "nearly 30 grams of meth and 5 grams of heroin"), another kind of quantity ("over 20
lawyers and $35 million"), a part named by a pronoun ("about 50 people, 12 of them children": ``parts``), and a comma
and "and" right after the first item, which join a clause ("no more than 5 boats, and 12 tugs wait outside").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, Protocol

from claimtrack.text.quantity_words import BOUND_KEYS
from claimtrack.text.stems import singular

_RESTATED = re.compile(r"[^\d().,;]{0,40}(?:\(\s*(?:which \w+ )?|,\s+or\s+)$")
"""What lies between a quantity and the same one in other units: "about 2,300 tons (2,095 metric tons)"."""
_LIST_SEPARATOR = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
_NOUN_WORDS = re.compile(r"(?:[\s-]+[A-Za-z][\w’'-]*)*")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CLAUSE_JOIN = re.compile(r"\s*,\s*(?:and|or)\s+")
"""A comma and "and" after the first item join a clause ("no more than 5 boats, and 12 tugs wait outside"), after
later ones they end a list ("up to six lifeboats, four rafts, and ten buoys")."""


class Quantity(Protocol):
    """What a bound is carried by and to: where the number is, its value, what kind of quantity it is and the
    words it counts (``quantity_reader.QuantityMention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> dict[str, Any]: ...
    @property
    def kind(self) -> str: ...
    @property
    def nouns(self) -> tuple[str, ...]: ...


def carried_values(sentence: str, quantities: Sequence[Quantity]) -> list[dict[str, Any]]:
    """The value of each of ``quantities`` (in the order of the sentence), a number written with no bound of
    its own taking the bound of the one before it when it restates it or follows it in a list."""
    values = [quantity.value for quantity in quantities[:1]]
    in_list = False  # the previous quantity is an item after the first of a list written with commas
    for previous, quantity in pairwise(quantities):
        before = values[-1]
        bound = next(iter(before))
        restated = _RESTATED.fullmatch(sentence, previous.end, quantity.start) is not None
        separator = _list_separator(sentence, previous, quantity) if len(before) == 1 else None
        listed = separator is not None and (in_list or not _CLAUSE_JOIN.fullmatch(separator))
        carried = bound in BOUND_KEYS and "exactly" in quantity.value and (restated or listed)
        values.append({bound: quantity.value["exactly"]} if carried else quantity.value)
        in_list = carried and listed and "," in (separator or "")
    return values


def _list_separator(sentence: str, previous: Quantity, quantity: Quantity) -> str | None:
    """The comma, "and" or "or" before ``quantity`` when it is the item of a list after ``previous``: only
    the noun ``previous`` counts and the separator between them, the same kind of quantity, and a noun of its
    own; None when it is not."""
    if previous.kind != quantity.kind or not quantity.nouns or not previous.nouns:
        return None
    between = sentence[previous.end : quantity.start]
    separator = _LIST_SEPARATOR.search(between)
    if separator is None or not _NOUN_WORDS.fullmatch(between, 0, separator.start()):
        return None
    words = _WORD.findall(between, 0, separator.start())
    counted = len(words) <= len(previous.nouns) and all(singular(word.lower()) in previous.nouns for word in words)
    return separator.group() if counted else None
