"""Holidays that name a day of the calendar: Christmas Day and Eve, New Year's Day and Eve, Halloween,
Valentine's Day, the Fourth of July, and the United States' Thanksgiving (the fourth Thursday of November) with
Black Friday and Cyber Monday after it.

A holiday is a date only where the words make it one: "Christmas Day", "Christmas Eve", "on Thanksgiving",
"before Halloween", "on Black Friday", "Black Friday 2019"; "Christmas shopping", "Black Friday deals" and "a
Thanksgiving dinner" name a season of trade or a custom, not a day (nor is their "Friday" a weekday). Its year is that of a date written earlier in the sentence,
else the publication's, moved a year ahead when the day has passed and the clause plans ("will open on
Christmas Eve" in a December 28 paper), or back when it is still to come and the verb is past. Holidays whose
day moves with another calendar (Easter, Diwali, Ramadan) are left unread.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.text.date_words import YEAR

_FIXED = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25), "new year's day": (1, 1),
    "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14), "fourth of july": (7, 4),
}  # fmt: skip
_AFTER_THANKSGIVING = {"thanksgiving day": 0, "thanksgiving": 0, "black friday": 1, "cyber monday": 4}
_NAMES = (
    r"Christmas Day|Christmas Eve|New Year[’']s (?:Day|Eve)|Halloween|Valentine[’']s Day|the Fourth of July"
    r"|Thanksgiving Day|Black Friday|Cyber Monday"
)
HOLIDAY = re.compile(
    rf"\b(?P<name>{_NAMES}|Christmas|Thanksgiving"
    rf"|Halloween)(?:,? (?P<year>{YEAR}))?\b(?P<modifier>[’']s\b| (?:deals?|sales?|shopping|ads?|discounts?"
    r"|weekend|season|rush|levels?|prices?|dinner|meal|tree|party|parties|week|costumes?|candy)\b)?"
)
"""A holiday's name, with the preposition before it; a day only after a preposition or when the name is a
day by itself ("Christmas Eve"), and never as a modifier ("Black Friday deals", "Christmas Day's")."""
_PREPOSITION = re.compile(r"\b(?:on|before|after|by|until|since|over|through|till)\s+$", re.IGNORECASE)
_DAYS_BY_THEMSELVES = frozenset(["christmas day", "christmas eve", "new year's day", "new year's eve", "valentine's day",
                                  "thanksgiving day"])  # fmt: skip


class HolidayReading(Protocol):
    """What the date reader knows that a holiday's year needs."""

    @property
    def published(self) -> dt.date | None: ...

    def year_at(self, start: int) -> tuple[int, str] | None: ...

    def ahead(self, match: re.Match[str]) -> bool: ...

    def past(self, match: re.Match[str]) -> bool: ...


def holiday(match: re.Match[str], reading: HolidayReading) -> tuple[str, str | None] | None:
    """The day a holiday names, and how its year was read (None when written)."""
    name = match["name"].lower().replace("’", "'").removeprefix("the ")
    after_preposition = _PREPOSITION.search(match.string, max(0, match.start() - 8), match.start()) is not None
    if match["modifier"] or not (after_preposition or match["year"] or name in _DAYS_BY_THEMSELVES):
        return None  # "Black Friday deals", "Christmas shopping": a season of trade or a custom
    if match["year"]:
        return _day(name, int(match["year"])).isoformat(), None
    known = reading.year_at(match.start())
    if known is None:
        return None
    year, source = known
    day, published = _day(name, year), reading.published
    if published is not None and "publication" in source:
        if day < published and reading.ahead(match):
            day, source = _day(name, year + 1), f"{source}, ahead of it in a plan"
        elif day > published and reading.past(match):
            day, source = _day(name, year - 1), f"{source}, before it in the past tense"
    return day.isoformat(), f"'{match.group()}' read as {day.isoformat()} from {source}"


def _day(name: str, year: int) -> dt.date:
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    first = dt.date(year, 11, 1)
    thanksgiving = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)  # the fourth Thursday
    return thanksgiving + dt.timedelta(days=_AFTER_THANKSGIVING[name])
