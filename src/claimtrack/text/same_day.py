"""A weekday or "today" written beside the calendar date it names ("Friday, Dec. 6", "today (Nov. 18)") is that
date written twice: the date reader keeps the calendar date."""

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
    return [mention for mention, _ in found if mention.start not in dropped]
