"""Dates in a sentence as EDTF partial dates.

A few patterns find where a date is written (month names, years, weekdays,
seasons, "this year", "last week"). Calendar dates are read as written;
dateparser reads the phrases that count from the source's publication day
("on Tuesday", "last week", "two years ago") and says how precise they are.
A date written without its year ("on January 22", "in May") takes the year
of a month written earlier in the sentence ("ratified in March 2017, and by
Russia in April"), else the publication's, which is enough for "this year"
and "last year" too: a source known to be published in 2018, on a day
nobody recorded, still dates "in May". Each such reading is stated in the
mention's note, for a person to check. Seasons are EDTF's season codes
(``2021-21`` is spring 2021), meteorological and northern, as
``partial_dates`` reads them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimtrack.model.partial_dates import YEAR_PARTS, PartialDate, parse_partial_date

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_UNIT = r"(?:year|month|week)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "range",
        re.compile(rf"\b(?P<month>{_MONTH}) (?P<first>{_DAY}) ?[-–] ?(?P<last>{_DAY})(?:,? (?P<year>{_YEAR}))?\b"),
    ),
    ("day", re.compile(rf"\b(?:the )?{_DAY} (?:of )?{_MONTH},? {_YEAR}\b|\b{_MONTH} {_DAY},? {_YEAR}\b")),
    ("day-no-year", re.compile(rf"\b(?:the )?{_DAY} (?:of )?{_MONTH}\b|\b{_MONTH} {_DAY}\b(?![,.]?\d)")),
    ("month", re.compile(rf"\b{_MONTH},? (?:of )?{_YEAR}\b")),
    ("month-this-year", re.compile(rf"\b(?P<month>{_MONTH}) (?:of )?(?P<which>this|last|next) year\b")),
    (
        "season",
        re.compile(
            rf"\b(?:(?P<which>this|last|next|the) )?(?P<season>{_SEASON})(?: (?:of )?(?P<year>{_YEAR}))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(rf"\b(?:this|last|next|past) {_UNIT}\b|\b(?:a|one|two|three|\d+) {_UNIT}s? ago\b", re.IGNORECASE),
    ),
    (
        "weekday",
        re.compile(rf"\b(?:on |last |this |next )?{_WEEKDAY}\b|\b(?:yesterday|today|tomorrow)\b", re.IGNORECASE),
    ),
    ("month-no-year", re.compile(rf"\b{_MONTH}(?! \d)")),
    ("year", re.compile(rf"(?<![\d$£€.,-]){_YEAR}(?![\d%-])(?!,\d)")),
]
"""Where dates are written, most specific first; a span taken by one pattern is not read again by a later one."""

_SEASON_CODE = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
_CUES = re.compile(rf"\d|{_MONTH}|{_WEEKDAY}|{_SEASON}|\b(?:year|month|week|yesterday|today|tomorrow)\b", re.IGNORECASE)


_CALENDAR_WORD = re.compile(rf"{_MONTH}|{_WEEKDAY}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")


def is_calendar_word(word: str) -> bool:
    """A month's or a weekday's name: capitalised, but no entity's."""
    return _CALENDAR_WORD.fullmatch(word) is not None


def publication_day(published: PartialDate | None) -> dt.date | None:
    """The day a source was published, when known to the day: weekdays and "last week" count from it."""
    if published is None or published.lower is None or published.lower != published.upper:
        return None
    return published.lower


def publication_year(published: PartialDate | None) -> int | None:
    """The year a source was published, when known ("2018", "2018-05/2018-12"): dates without a year take it."""
    if published is None or published.lower is None or published.upper is None:
        return None
    return published.lower.year if published.lower.year == published.upper.year else None


@dataclass(frozen=True)
class DateMention:
    """A date written in a sentence: where, the words, its EDTF value, and how it was resolved."""

    start: int
    end: int
    text: str
    value: str
    note: str | None = None
    """How a date relative to the publication was read, for a person to check."""
    after_publication: bool = False
    """The date lies wholly after the source's publication: the sentence can only announce it."""


@cache
def _parser(base: dt.date | None, prefer: str) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


_MONTHS = {name[:3]: number for number, name in enumerate(calendar.month_name) if name}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")


def _calendar_date(phrase: str, base: dt.date | None) -> tuple[dt.date, str] | None:
    """A calendar date read as written: "29 November 2016", "Nov. 29th, 2016", "March 2017", "2012"; without
    its year ("January 22", "May"), in the year of ``base``. Anything else (a weekday, "last year") is None:
    it is dateparser's to read."""
    year = month = day = None
    for token in _TOKEN.findall(phrase):
        if token.isdigit():
            if len(token) == 4 and year is None:
                year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
            else:
                return None
        elif month is None and calendar.month_name[_MONTHS.get(token[:3].capitalize(), 0)].startswith(token):
            month = _MONTHS[token[:3].capitalize()]
        elif token.lower() not in ("the", "of", "st", "nd", "rd", "th"):
            return None
    if year is None and month is not None and base is not None:
        year = base.year
    if year is None or (day is not None and month is None):
        return None
    try:
        return dt.date(year, month or 1, day or 1), "day" if day else "month" if month else "year"
    except ValueError:
        return None


def _read(phrase: str, base: dt.date | None, prefer: str = "current_period") -> tuple[dt.date, str] | None:
    """The day a phrase gives and how precise it is (day, week, month or year): as written when it is a
    calendar date, else as dateparser reads it (each phrase once per run: dateparser takes a second to
    start, which a check that meets no weekday or "last year" does not pay)."""
    return _calendar_date(phrase, base) or _read_relative(phrase, base, prefer)


@cache
def _read_relative(phrase: str, base: dt.date | None, prefer: str) -> tuple[dt.date, str] | None:
    data = _parser(base, prefer).get_date_data(phrase)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _edtf(day: dt.date, period: str) -> str:
    if period == "year":
        return f"{day.year:04d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    return day.isoformat()


def _season(match: re.Match[str], published: dt.date | None) -> tuple[str, str | None] | None:
    code = _SEASON_CODE[match["season"].lower()]
    which = (match["which"] or "").lower() or None
    if match["year"]:
        return f"{match['year']}-{code}", None
    if published is None or which is None:
        return None  # "spring" alone, or no publication date to count from
    first_month = YEAR_PARTS[code][1]
    year = published.year
    if code == 24 and published.month <= 2:
        year -= 1  # January and February belong to the winter that began the December before
    start = dt.date(year, first_month, 1)
    if which == "last" and start >= published.replace(day=1):
        year -= 1
    elif which == "next" and start <= published:
        year += 1
    value = f"{year}-{code}"
    return value, f"'{match.group()}' read as {value} from the source's publication date {published.isoformat()}"


@dataclass(frozen=True)
class _Years:
    """Where a sentence's dates without a year take one from: a month and year written earlier in the
    sentence ("in March 2017, ... in April"), else the source's publication."""

    published: dt.date | None
    publication_year: int | None
    written: tuple[tuple[int, int, str], ...]
    """(end, year, words) of each month with its year written in the sentence."""

    def at(self, start: int) -> tuple[int, str] | None:
        """The year for a date written at ``start``, and where it comes from, for the note."""
        earlier = [(year, words) for end, year, words in self.written if end <= start]
        if earlier:
            year, words = earlier[-1]
            return year, f"'{words}' earlier in the sentence"
        return self.publication()

    def publication(self) -> tuple[int, str] | None:
        """The publication's year, and how it is known, for "this year" and the like."""
        if self.published is not None:
            return self.published.year, f"the source's publication date {self.published.isoformat()}"
        if self.publication_year is not None:
            return self.publication_year, f"the source's publication year {self.publication_year}"
        return None


_MONTH_AND_YEAR = re.compile(rf"\b{_MONTH},? (?:of )?(?P<year>{_YEAR})\b|\b{_MONTH} {_DAY},? (?P<year2>{_YEAR})\b")
_THIS_YEAR = re.compile(r"^(this|last|next) year$", re.IGNORECASE)


def _note(phrase: str, value: str, source: str) -> str:
    return f"'{phrase}' read as {value} from {source}"


def _mention(kind: str, match: re.Match[str], years: _Years) -> tuple[str, str | None] | None:
    phrase = match.group()
    published = years.published
    if kind == "season":
        return _season(match, published)
    if kind in ("day", "month", "year"):
        read = _read(phrase, None)
        if read is None:
            return None
        return _edtf(read[0], kind), None
    context = years.at(match.start())
    if kind == "range":
        year = match["year"] or (None if context is None else context[0])
        if year is None:
            return None
        first = _calendar_date(f"{match['month']} {match['first']} {year}", None)
        last = _calendar_date(f"{match['month']} {match['last']} {year}", None)
        if first is None or last is None or last[0] <= first[0]:
            return None
        value = f"{first[0].isoformat()}/{last[0].isoformat()}"
        return value, None if match["year"] or context is None else _note(phrase, value, context[1])
    if kind in ("day-no-year", "month-no-year") and context is not None:
        read = _calendar_date(phrase, dt.date(context[0], 1, 1))
        if read is None:
            return None
        value = _edtf(read[0], "month" if kind == "month-no-year" else read[1])
        return value, _note(phrase, value, context[1])
    publication = years.publication()
    if kind == "month-this-year" and publication is not None:
        year, source = publication
        offset = {"this": 0, "last": -1, "next": 1}[match["which"]]
        month = _calendar_date(match["month"], dt.date(year, 1, 1))
        if month is None:
            return None
        value = f"{year + offset:04d}-{month[0].month:02d}"
        return value, _note(phrase, value, source)
    this_year = _THIS_YEAR.match(phrase)
    if kind == "relative" and this_year and publication is not None:
        year, source = publication
        value = f"{year + {'this': 0, 'last': -1, 'next': 1}[this_year[1].lower()]:04d}"
        return value, _note(phrase, value, source)
    if published is None:
        return None  # a weekday or "last week" counts from a publication day the source does not give
    prefer = "past" if kind == "weekday" else "current_period"
    read = _read(phrase, published, prefer)
    if read is None:
        return None
    day, period = read
    if kind == "relative" and "ago" not in phrase:
        period = phrase.split()[-1].lower()
    value = _edtf(day, period)
    return value, _note(phrase, value, f"the source's publication date {published.isoformat()}")


def find_dates(sentence: str, published: dt.date | None, *, year: int | None = None) -> list[DateMention]:
    """The dates written in ``sentence``, in order. Dates without their year ("in May") take the year of a
    month written earlier in the sentence, else the publication's (``published``, a day, or ``year`` when
    the publication is known only to the month or year); weekdays and the like need the publication's day."""
    if not _CUES.search(sentence):
        return []
    written = tuple((m.end(), int(m["year"] or m["year2"]), m.group()) for m in _MONTH_AND_YEAR.finditer(sentence))
    years = _Years(published, year if published is None else published.year, written)
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken):
                continue
            read = _mention(kind, match, years)
            if read is None:
                continue
            value, note = read
            try:
                parsed = parse_partial_date(value)
            except ValueError:
                continue
            taken.append((start, end))
            later = published is not None and parsed.lower is not None and parsed.lower > published
            found.append(DateMention(start, end, match.group(), value, note, later))
    return sorted(found, key=lambda m: m.start)
