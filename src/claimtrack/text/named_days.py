"""A weekday inside the name of a day or an event ("the 1983 Ash Wednesday blaze", "the Super Tuesday
primaries") is no day of the publication's week.

A weekday is such a name's last word when a capitalised word stands right before it, that word opens a noun
phrase ("the" or a year before it), and what follows is no time of the day or a preposition that dates a verb:
"since the 1983 Ash Wednesday blaze", "the Ash Wednesday fires claimed 28 lives". A team or a person before the
day dates a verb: "beat the Lakers Sunday night", "the Lakers Sunday in Boston", "Judge Mark Henry Saturday".
"""

from __future__ import annotations

import re

_BEFORE = re.compile(r"(?:\b[Tt]he|\b\d{4})\s+[A-Z][a-z]+(?<!s)\s+$")
_AFTER = re.compile(r"\s+([a-z]+)")
_DATING = frozenset([
    "morning", "afternoon", "evening", "night", "to", "in", "at", "on", "for", "and", "or", "but", "with", "from",
    "after", "before", "when", "as", "by", "against", "that", "the", "a", "an",
])  # fmt: skip
"""Words after a weekday that date a verb with it ("the Lakers Sunday night", "… Sunday in Boston")."""


def in_a_named_day(sentence: str, start: int, end: int) -> bool:
    """The weekday written at ``start``..``end`` is the last word of a day's or an event's name."""
    after = _AFTER.match(sentence, end)
    return (
        _BEFORE.search(sentence, max(0, start - 30), start) is not None
        and after is not None
        and after[1] not in _DATING
    )
