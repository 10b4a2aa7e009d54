"""The spans that reports give figures for: "the first seven months of the year", "the last six months of 2017",
"the quarter ended Sept. 29", "the nine months to September", "the year ending March 31, 2019".

A span of months of a year is those months (``2019-01/2019-07``); a span that ends at a date runs back from it
by its length, a quarter three months, a half six, a year twelve: "the quarter ended Sept. 29, 2019" is
``2019-06-30/2019-09-29``, "the nine months to September" ``2019-01/2019-09``. "The period ended June 30" has no
length and stays the day it names.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.text.date_words import YEAR

_COUNT = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
MONTHS_OF_A_YEAR = re.compile(
    rf"\b(?i:the) (?P<end>first|last|past|final) (?P<count>{_NUMBER}) months of "
    rf"(?:(?P<year>{YEAR})|(?P<which>this|last|next|that|the) year)\b",
    re.IGNORECASE,
)
_LENGTH = {"quarter": 3, "half": 6, "half-year": 6, "year": 12, "fiscal year": 12, "financial year": 12}
_ENDED = re.compile(
    rf"\b(?P<span>quarter|half|half-year|year|fiscal year|financial year|(?P<count>{_NUMBER}|twelve) months)\s+"
    r"(?:that\s+)?(?:ended|ending|ends|to)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


class YearReading(Protocol):
    """What the date reader knows that a span of months needs: the year of a date written without one."""

    def year_at(self, start: int) -> tuple[int, str] | None: ...

    def publication(self) -> tuple[int, str] | None: ...


def months_of_a_year(match: re.Match[str], reading: YearReading) -> tuple[str, str | None] | None:
    """ "the first seven months of the year": January to July of the year written before, else the publication's."""
    count = _count(match["count"])
    if count is None or not 1 <= count <= 12:
        return None
    note = None
    if match["year"]:
        year = int(match["year"])
    else:
        which = match["which"].lower()
        known = reading.year_at(match.start()) if which in ("that", "the") else reading.publication()
        if known is None:
            return None
        year, note = known[0] + {"last": -1, "next": 1}.get(which, 0), known[1]
    first, last = (1, count) if match["end"].lower() == "first" else (13 - count, 12)
    value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    return value, None if note is None else f"'{match.group()}' read as {value} from {note}"


def ended(sentence: str, start: int, value: str) -> tuple[int, str] | None:
    """A day or a month at ``start`` that ends a span written before it ("the quarter ended Sept. 29"): where
    the span's words start and its value; None when no span ends there."""
    span = _ENDED.search(sentence, max(0, start - 40), start)
    if span is None or "/" in value or len(value) < 7 or not value[5:7].isdigit() or int(value[5:7]) > 12:
        return None
    months = _count(span["count"]) if span["count"] else _LENGTH[span["span"].lower()]
    if months is None or not 1 <= months <= 24:
        return None
    year, month = int(value[:4]), int(value[5:7])
    back = year * 12 + month - 1 - months
    if len(value) == 7:  # a month: the months that end with it
        return span.start(), f"{(back + 1) // 12:04d}-{(back + 1) % 12 + 1:02d}/{value}"
    day = dt.date.fromisoformat(value)
    try:
        first = dt.date(back // 12, back % 12 + 1, day.day) + dt.timedelta(days=1)
    except ValueError:  # "the quarter ended May 31": February has no 31st; the month's end
        first = dt.date(back // 12 + (back % 12 + 1) // 12, (back % 12 + 1) % 12 + 1, 1)
    return span.start(), f"{first.isoformat()}/{value}"


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    return int(word) if word.isdigit() else _COUNT.get(word.lower())
