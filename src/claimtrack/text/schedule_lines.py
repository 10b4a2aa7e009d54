"""Lines of a schedule: a tour's or a team's dates listed one a line under a heading ("June 9 – West Palm Beach,
FL @ Coral Sky Amphitheatre", "Nov. 19: Greenville", "Friday, Dec. 6 -- at Boston").

Such a line starts with a month and a day, then a dash, a colon or an "@" and the place or the opponent. It
ends as no sentence does, yet it states a date: it is checkable (``engine.coverage``). Its year is not
written. Under words that announce what is to come (the heading or the sentence before the list says "tour",
"dates", "schedule", "upcoming", "will", or names a year not yet over), the list's first line is the first
such day on or after the publication (or in the year those words name), and each next line keeps that year
unless its day comes before the line above's: then the list has crossed into the next year. Under other
words (a season's results, "The band played:"), a line's date is read as any date without its year.
"""

from __future__ import annotations

import datetime as dt
import re

from claimtrack.text.date_words import DAY, MONTH, WEEKDAY, YEAR
from claimtrack.text.relative_days import calendar_date

_LINE = re.compile(
    rf"[-•*\s]*(?:{WEEKDAY},?\s+)?(?P<date>{MONTH}\s+{DAY})(?!\d|,?\s+{YEAR})\s*(?:--?|[–—:@|])\s*\w",
)
_AHEAD = re.compile(
    r"\b(?:tour|tours|dates|schedule|schedules|upcoming|fixtures|itinerary|remaining|will|’ll|'ll|coming|next"
    r"|kicks?\s+off|to\s+come)\b",
    re.IGNORECASE,
)
_A_YEAR = re.compile(rf"(?<![\d$£€.,-]){YEAR}(?![\d%-])")
_FEW = 6
LEAD_IN = 2
"""How many sentences before a list are read for what it lists: its heading and the sentence before that."""


def is_schedule_line(line: str) -> bool:
    """The line lists a date and a place or an opponent: "June 9 – Tampa, FL", "Nov. 19: Greenville"."""
    return _LINE.match(line) is not None


def listed_years(lines: list[str], published: dt.date | None) -> dict[int, int]:
    """The year of each schedule line (by index in ``lines``, a source's sentences in order) whose list the
    words before it announce as still to come."""
    years: dict[int, int] = {}
    if published is None:
        return years
    index = 0
    while index < len(lines):
        if not is_schedule_line(lines[index]):
            index += 1
            continue
        first = index
        while index < len(lines) and (is_schedule_line(lines[index]) or _broken_off(lines, index)):
            index += 1
        lead_in = " ".join(lines[max(0, first - LEAD_IN) : first])
        if _AHEAD.search(lead_in) is None and _named_year(lead_in, published) is None:
            continue
        years.update(_years_of(lines, first, index, _named_year(lead_in, published), published))
    return years


def _broken_off(lines: list[str], index: int) -> bool:
    """A few words between two lines of a list: the end of the line above, cut off at a full stop ("Sept. 5 --
    White River Amphitheatre." then "Seattle, WA")."""
    return 0 < index < len(lines) - 1 and len(lines[index].split()) <= _FEW and is_schedule_line(lines[index + 1])


def _named_year(words: str, published: dt.date) -> int | None:
    """The one year not yet over that the words before a list name ("the 2020 tour dates")."""
    named = {int(year) for year in _A_YEAR.findall(words) if int(year) >= published.year}
    return named.pop() if len(named) == 1 else None


def _years_of(lines: list[str], first: int, end: int, named: int | None, published: dt.date) -> dict[int, int]:
    years: dict[int, int] = {}
    year, before = named, None
    for index in range(first, end):
        match = _LINE.match(lines[index])
        read = None if match is None else calendar_date(match["date"], published.year)  # None: a bridged line
        if read is None:
            continue
        day = read[0]
        if year is None:
            year = published.year if day >= published else published.year + 1
        elif before is not None and (day.month, day.day) < before:
            year += 1  # "Dec. 30 – Boston" then "Jan. 2 – Chicago"
        before = (day.month, day.day)
        years[index] = year
    return years
