""" "Over" a span of time after what happened in it means across it, not more than it: "won three titles over two
spells" (2 spells), "testifying over three days" (3 days), "10 goals over three seasons".

The reading holds when the word before "over" is a plural noun or a verb in -ing (what happened across the span)
and the number counts a span of time. Near misses keep "more than": a count of things ("enabling over 100 ad
servers", "has over 20,800 reviews"), a span after another word ("for over a decade", "it has been over two
years", "lasted over three days", "it takes over three days"), and an age ("companies over 50 years old").
"""

from __future__ import annotations

import re

from claimtrack.text.stems import singular

_OVER = re.compile(r"(?P<before>[A-Za-z]+)\s+over\s+$", re.IGNORECASE)
_SPANS = frozenset(["minute", "hour", "day", "night", "week", "weekend", "month", "year", "decade", "season",
                    "spell", "stint", "term", "session", "period", "round", "game", "match"])  # fmt: skip
_OLD = re.compile(r"\s+old\b")
_VERBS_IN_S = frozenset(["takes", "lasts", "spends", "costs", "runs", "gets", "needs", "requires", "stays", "spans",
                         "remains", "goes", "seems", "keeps", "has", "was", "is", "does"])  # fmt: skip
"""Verbs whose -s looks like a plural: "it takes over three days" is more than three."""


def across(sentence: str, bound_start: int, start: int, noun: str | None, noun_end: int) -> bool:
    """The bound word at ``bound_start`` is "over" meaning across the span the number at ``start`` counts (``noun``,
    ending at ``noun_end``)."""
    if noun not in _SPANS or sentence[bound_start:start].strip().lower() != "over":
        return False
    before = _OVER.search(sentence, max(0, bound_start - 30), start)
    if before is None or _OLD.match(sentence, noun_end):
        return False
    word = before["before"]
    lower = word.lower()
    return lower.endswith("ing") or (singular(word) != lower and lower not in _VERBS_IN_S)
