"""Calendar arithmetic for the date reader: dates as written ("Nov. 29th, 2016", "March 2017"), and dates that
count from a source's publication: weekdays, "yesterday", "last week", "next month", "two years ago",
seasons; each as an EDTF value (no date library).

A weekday without "last" or "next" is the paper's own day when it names it ("said on Wednesday" in a
Wednesday paper), else the nearest such day before the publication, or after it in a clause that plans or
forecasts ("will meet on Friday"). Every function returns None for a day the calendar does not have (a
publication on 9999-12-30 has no "next Sunday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from claimtrack.model.partial_dates import YEAR_PARTS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SHIFT = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_WORDS = re.compile(r"[a-z]+|\d+")
SEASON_CODE = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}


def weekday(phrase: str, published: dt.date, *, ahead: bool) -> str | None:
    """ "on Tuesday", "last Friday", "next Monday", "yesterday", "today", "tonight", "last night", "tomorrow" as a
    day."""
    words = phrase.lower().split()
    try:
        if words[-1] in ("yesterday", "today", "tomorrow", "tonight", "night"):
            shift = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "night": -1}[words[-1]]
            return (published + dt.timedelta(days=shift)).isoformat()
        target = WEEKDAYS.index(words[-1])
        which = words[0] if len(words) > 1 else "on"
        after = (target - published.weekday()) % 7  # days to the next such day, 0 for the paper's own
        before = (published.weekday() - target) % 7
        if which == "last":
            days = -(before or 7)
        elif which == "next":
            days = after or 7
        elif after == 0:
            days = 0
        else:
            days = after if ahead else -before
        return (published + dt.timedelta(days=days)).isoformat()
    except (OverflowError, ValueError):
        return None


def shifted(phrase: str, published: dt.date) -> str | None:
    """ "this week", "last month", "next year", "two years ago" as a week, a month or a year."""
    words = _WORDS.findall(phrase.lower())
    unit = words[1].rstrip("s")
    if words[-1] == "ago":
        count = int(words[0]) if words[0].isdigit() else _COUNT.get(words[0])
        if count is None or count > 10_000:
            return None
        shift = -count
    else:
        shift = _SHIFT[words[0]]
    try:
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
            return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
        if unit == "month" or (unit == "year" and words[0] in ("a", "one") and words[-1] == "ago"):
            # "a year ago" is this month a year back, as "a month ago" is a month back
            months = published.year * 12 + published.month - 1 + shift * (12 if unit == "year" else 1)
            return dt.date(months // 12, months % 12 + 1, 1).isoformat()[:7]
        return f"{dt.date(published.year + shift, 1, 1).year:04d}"
    except (OverflowError, ValueError):
        return None


def season(name: str, which: str | None, published: dt.date, *, past: bool = False) -> str | None:
    """ "this spring", "last winter", "next autumn", "the summer" as an EDTF season of the right year; "the
    winter" with a verb in the past ("began in the winter") the last one begun by the publication."""
    code = SEASON_CODE[name.lower()]
    first_month = YEAR_PARTS[code][1]
    year = published.year
    if code == 24 and published.month <= 2:
        year -= 1  # January and February belong to the winter that began the December before
    start = dt.date(year, first_month, 1)
    if (which == "last" and start >= published.replace(day=1)) or (which == "the" and past and start > published):
        year -= 1
    elif which == "next" and start <= published:
        year += 1
    return f"{year:04d}-{code}" if 1000 <= year <= 9999 else None


_MONTHS = {name[:3]: number for number, name in enumerate(calendar.month_name) if name}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def calendar_date(phrase: str, year: int | None = None) -> tuple[dt.date, str] | None:
    """A calendar date read as written: "29 November 2016", "Nov. 29th, 2016", "March 2017", "2012"; without
    its year ("January 22", "May"), in ``year``; with its precision (day, month or year)."""
    found_year = month = day = None
    for token in _TOKEN.findall(phrase):
        if token.isdigit():
            if len(token) == 4 and found_year is None:
                found_year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
            else:
                return None
        elif month is None and calendar.month_name[_MONTHS.get(token[:3].capitalize(), 0)].startswith(token):
            month = _MONTHS[token[:3].capitalize()]
        elif token.lower() not in ("the", "of", "st", "nd", "rd", "th"):
            return None
    found_year = found_year or (year if month is not None else None)
    if found_year is None or (day is not None and month is None):
        return None
    try:
        return dt.date(found_year, month or 1, day or 1), "day" if day else "month" if month else "year"
    except ValueError:
        return None


def edtf(day: dt.date, precision: str) -> str:
    """A day as EDTF to the precision given: a year, a month or the day."""
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision, day.isoformat())


_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def century(nth: str) -> str:
    """ "the 14th century", "the fourteenth century" as its hundred years: ``1300/1399``."""
    word = nth.lower()
    number = int(word[:-2]) if word[:1].isdigit() else 21 if word == "twenty-first" else _ORDINALS.index(word) + 1
    return f"{(number - 1) * 100:04d}/{(number - 1) * 100 + 99:04d}"


def part_of_decade(part: str | None, decade: int) -> str:
    """ "the 2030s" (``2030/2039``), "the mid-2020s" (``2024/2026``, early the first four years, late the last
    three), and "the 1300s" before 2000 a century (``1300/1399``; "the 2000s" is a decade)."""
    if decade % 100 == 0 and decade < 2000 and part is None:
        return f"{decade:04d}/{decade + 99:04d}"
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((part or "").lower(), (0, 9))
    return f"{decade + first:04d}/{decade + last:04d}"


def month_shifted(which: str, month: str, published: dt.date) -> str | None:
    """ "last November" (the latest November before the publication's month), "next May" (the first after
    it), "this May" (the publication's year's) as a month."""
    read = calendar_date(month, published.year)
    if read is None:
        return None
    day, shift = read[0], which.lower()
    if shift == "last" and day.month >= published.month:
        day = day.replace(year=day.year - 1)
    elif shift == "next" and day.month <= published.month:
        day = day.replace(year=day.year + 1)
    return edtf(day, "month")


def weekend(phrase: str, published: dt.date, *, ahead: bool) -> str | None:
    """ "over the weekend" (the Saturday and Sunday before the publication, or the one it falls on), "last
    weekend" (the one before), "next weekend" and, in a plan, "this weekend" (the coming one), as an interval."""
    which = phrase.lower().split()[0]
    try:
        if which == "next" or (which in ("this", "the") and ahead):
            saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
        else:
            saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
            if which == "last" and published - saturday <= dt.timedelta(days=1):
                saturday -= dt.timedelta(days=7)
        return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
    except OverflowError:
        return None
