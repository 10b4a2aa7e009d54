"""Dates written as an offset from another: "in three days" from the publication, "two months later" from the
date the sentence wrote before.

- "In N days" is a day when what it dates lies ahead ("these teams meet again in three days", "the bridge will
  reopen in two days"): N days after the publication. Said of the past or of a habit ("finished the course in
  three days", "the drug works in two days") it is a span, no date, and stays a quantity; so is the span a count
  of things happens in ("will see two launches in four days", "twice in three days").
- "N days/months/years later" counts from the last date written before it in the sentence ("In May, the agency
  awarded the orders, but one firm cancelled two months later": July), to the precision both share: a month
  later than a day is a month, a day later than a month is nothing the words fix. With no date before it, the
  offset counts from a moment the sentence does not give, and is no date.
- "That month" ("after a break later that month") is the month of the date written before it in the sentence.
- "Earlier in the day" (or "later in the day") of a verb in the past, in a sentence that writes no other day
  before it, is the publication's day ("a prospect he denied earlier in the day"); of advice or a habit ("may
  curb eating later in the day") it is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.text.date_words import DAY, MONTH, WEEKDAY, YEAR
from claimtrack.text.relative_days import calendar_date, edtf

_COUNT = r"(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS |= {"nine": 9, "ten": 10}
IN_DAYS = re.compile(rf"\b(?i:in) {_COUNT} days?\b(?! (?:of|in a row|straight|running)\b)", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|many)(?:\s+[a-z-]+)?"
    r"\s+[a-z-]+s|\b(?:twice|thrice|\w+ times))\s+$",
    re.IGNORECASE,
)
"""A count of things before "in N days" ("two launches in four days", "twice in three days"): the span they
happen in, no day."""
LATER = re.compile(rf"\b{_COUNT} (?P<unit>day|month|year)s? later\b", re.IGNORECASE)
_ANCHOR = re.compile(rf"\b{MONTH}(?: {DAY}\b)?(?:,? {YEAR}\b)?|\b{YEAR}\b")
"""The last date written before an offset: "May", "Nov. 18", "June 9, 2020", "2016"."""
THAT_MONTH = re.compile(r"\b(?:(?:later|earlier|early|late) )?(?:that|the same) month\b", re.IGNORECASE)
_REACH = 300
"""How far back in the sentence the date an offset counts from is looked for: a long sentence is read in linear
time, and a date further back is seldom the one meant."""
SAME_DAY = re.compile(r"\b(?:earlier|later) (?:in|on) the day\b", re.IGNORECASE)
_A_DAY_BEFORE = re.compile(rf"\b{WEEKDAY}\b|\b(?:yesterday|today|tonight|night)\b|\b{MONTH} {DAY}\b", re.IGNORECASE)


class OffsetReading(Protocol):
    """What the date reader knows that an offset needs."""

    @property
    def published(self) -> dt.date | None: ...

    def year_at(self, start: int) -> tuple[int, str] | None: ...

    def ahead(self, match: re.Match[str]) -> bool: ...

    def past(self, match: re.Match[str]) -> bool: ...


def _count(match: re.Match[str]) -> int:
    word = match["count"].lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def in_days(match: re.Match[str], reading: OffsetReading) -> tuple[str, str | None] | None:
    """ "in three days" ahead: the day that many days after the publication."""
    published = reading.published
    if published is None or not reading.ahead(match) or _COUNTED_BEFORE.search(match.string, 0, match.start()):
        return None
    try:
        value = (published + dt.timedelta(days=_count(match))).isoformat()
    except OverflowError:
        return None
    return value, f"'{match.group()}' read as {value}: ahead of the source's publication date {published}"


def later(match: re.Match[str], reading: OffsetReading) -> tuple[str, str | None] | None:
    """ "two months later": that many months after the last date written before it in the sentence."""
    anchors = list(_ANCHOR.finditer(match.string, max(0, match.start() - _REACH), match.start()))
    if not anchors:
        return None
    anchor = anchors[-1]
    known = reading.year_at(anchor.start())
    read = calendar_date(anchor.group(), None if known is None else known[0])
    if read is None:
        return None
    day, precision = read
    unit, count = match["unit"].lower(), _count(match)
    if (unit, precision) in (("day", "month"), ("day", "year"), ("month", "year")):
        return None  # a day later than "May" is no day the words fix
    try:
        if unit == "day":
            value = (day + dt.timedelta(days=count)).isoformat()
        elif unit == "month":
            index = day.year * 12 + day.month - 1 + count
            value = edtf(dt.date(index // 12, index % 12 + 1, 1), "month")
        else:
            value = f"{day.year + count:04d}"
    except (OverflowError, ValueError):
        return None
    return value, f"'{match.group()}' read as {value}: counted from '{anchor.group()}' before it"


def same_day(match: re.Match[str], reading: OffsetReading) -> tuple[str, str | None] | None:
    """ "earlier in the day" of a past verb: the publication's day, when the sentence names no other before it."""
    published = reading.published
    if (
        published is None
        or not reading.past(match)
        or _A_DAY_BEFORE.search(match.string, max(0, match.start() - _REACH), match.start())
    ):
        return None
    value = published.isoformat()
    return value, f"'{match.group()}' read as {value}: the source's publication date"


def that_month(match: re.Match[str], reading: OffsetReading) -> tuple[str, str | None] | None:
    """ "later that month": the month of the last date written before it, when that date gives its month."""
    window = max(0, match.start() - _REACH)
    anchors = [a for a in _ANCHOR.finditer(match.string, window, match.start()) if not a.group()[:1].isdigit()]
    known = None if not anchors else reading.year_at(anchors[-1].start())
    read = None if not anchors else calendar_date(anchors[-1].group(), None if known is None else known[0])
    if read is None:
        return None
    value = edtf(read[0], "month")
    return value, f"'{match.group()}' read as {value}: the month of '{anchors[-1].group()}' before it"
