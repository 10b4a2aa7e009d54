"""A weekday or "today" written beside the calendar date it names ("Friday, Dec. 6", "today (Nov. 18)") is that
date written twice: the date reader keeps the calendar date. So is a weekday beside "today", "tomorrow" or
"yesterday" ("from tomorrow (Sunday)", "Monday (today)"): the word counted from the publication is kept."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Protocol, TypeVar


class _Written(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


Mention = TypeVar("Mention", bound=_Written)
_BETWEEN_SAME_DAY = re.compile(r"[\s,(]*")
_COUNTED = re.compile(r"(?:yesterday|today|tomorrow)\W*", re.IGNORECASE)
_NAMED = re.compile(r"(?:on |this )?[A-Z][a-z]+day\W*")


def one_per_day(sentence: str, found: list[tuple[Mention, str]]) -> list[Mention]:
    """The mentions found (each with the kind of pattern that found it, in order), without a weekday written
    right beside a calendar date ("day", "day-no-year")."""
    dropped = set()
    for (first, first_kind), (second, second_kind) in pairwise(found):
        if _BETWEEN_SAME_DAY.fullmatch(sentence, first.end, second.start) is None:
            continue
        if first_kind == "weekday" and second_kind in ("day", "day-no-year"):
            dropped.add(first.start)
        elif second_kind == "weekday" and first_kind in ("day", "day-no-year"):
            dropped.add(second.start)
        elif first_kind == second_kind == "weekday":
            words = (sentence[first.start : first.end], sentence[second.start : second.end])
            if _COUNTED.fullmatch(words[0]) and _NAMED.fullmatch(words[1]):
                dropped.add(second.start)
            elif _NAMED.fullmatch(words[0]) and _COUNTED.fullmatch(words[1]):
                dropped.add(first.start)
    return [mention for mention, _ in found if mention.start not in dropped]
