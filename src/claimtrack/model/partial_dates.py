"""Partial dates in the EDTF profile claimtrack accepts, each meaning an interval of days.

Sources give dates as precisely as they know them: "2016", "March 2017",
"29 November 2016". Each is written in EDTF (ISO 8601-2) and stands for the
interval of days it covers, so "2018" and "2018-03" are compatible and
"2017-11" and "2018-03" are not.

Accepted forms: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, and ``YYYY-SS`` for a
season or another part of a year (EDTF's sub-year groupings, below); all but
these followed optionally by ``~`` (approximate), ``?`` (uncertain) or ``%`` (both);
intervals ``A/B``; open intervals ``../B`` and ``A/..``. Years run from 1000
to 9999.

Seasons and parts of a year ("this spring", "in the third quarter") are
intervals of days like any other date. Seasons are meteorological: spring is
March to May, summer June to August, autumn September to November, and winter
December of the year to February of the next. EDTF level 1's seasons 21–24
are read as the northern hemisphere's; level 2 names the hemisphere (25–28
northern, 29–32 southern, where spring is September to November) and the
groupings 33–36 (quarters), 37–39 (four-month thirds) and 40–41 (halves).

The grammar is one regular expression, shared with the JSON Schemas so that
editors and claimtrack accept exactly the same strings. Bounds are computed
from the match; the tests check them against the ``edtf`` package's strict
bounds, which is several hundred times slower to parse with.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_YEAR = r"[1-9][0-9]{3}"
_LEAP_YEAR = r"(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
_DAY_DATE = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
# The sub-year groupings 21-41 (seasons, quarters, thirds and halves): already approximate, never qualified.
_PART = r"(?:2[1-9]|3[0-9]|4[01])"
_SINGLE = rf"(?:(?:{_DAY_DATE}|{_YEAR}-(?:0[1-9]|1[0-2])|{_YEAR})[~?%]?|{_YEAR}-{_PART})"
# `$(?!\n)`: Python's `$` also matches before a final newline; JavaScript's does not.
PARTIAL_DATE_PATTERN = rf"^(?:{_SINGLE}|{_SINGLE}/{_SINGLE}|\.\./{_SINGLE}|{_SINGLE}/\.\.)$(?!\n)"
"""The JSON Schema's pattern. Python checks the same language by reading the date (``is_partial_date``):
compiling this pattern costs a few milliseconds of every start-up; a property test keeps the two equal."""

_SHAPE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?[~?%]?")

YEAR_PARTS: dict[int, tuple[str, int, int]] = {
    21: ("spring", 3, 3),
    22: ("summer", 6, 3),
    23: ("autumn", 9, 3),
    24: ("winter", 12, 3),
    25: ("spring (northern hemisphere)", 3, 3),
    26: ("summer (northern hemisphere)", 6, 3),
    27: ("autumn (northern hemisphere)", 9, 3),
    28: ("winter (northern hemisphere)", 12, 3),
    29: ("spring (southern hemisphere)", 9, 3),
    30: ("summer (southern hemisphere)", 12, 3),
    31: ("autumn (southern hemisphere)", 3, 3),
    32: ("winter (southern hemisphere)", 6, 3),
    33: ("first quarter", 1, 3),
    34: ("second quarter", 4, 3),
    35: ("third quarter", 7, 3),
    36: ("fourth quarter", 10, 3),
    37: ("first third", 1, 4),
    38: ("second third", 5, 4),
    39: ("third third", 9, 4),
    40: ("first half", 1, 6),
    41: ("second half", 7, 6),
}
"""EDTF's sub-year groupings: each code's name, first month and length in months (a winter runs into the
next year)."""


def _is_single(text: str) -> bool:
    if not _SHAPE.fullmatch(text) or text[0] == "0":
        return False
    parts = [int(p) for p in text.rstrip("~?%").split("-")]
    if len(parts) == 2:
        return 1 <= parts[1] <= 12 or (parts[1] in YEAR_PARTS and text[-1].isdigit())
    if len(parts) == 3 and not 1 <= parts[1] <= 12:
        return False
    return len(parts) < 3 or 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]


def is_partial_date(text: str) -> bool:
    """True when ``text`` matches PARTIAL_DATE_PATTERN: a date, or an interval with one end open at most."""
    start, slash, end = text.partition("/")
    if not slash:
        return _is_single(text)
    if start == "..":
        return _is_single(end)
    return _is_single(start) and (end == ".." or _is_single(end))


@dataclass(frozen=True)
class PartialDate:
    """An EDTF date or interval; ``lower``/``upper`` are inclusive day bounds, None when open."""

    text: str
    lower: dt.date | None
    upper: dt.date | None

    def __str__(self) -> str:
        return self.text

    @property
    def is_reversed(self) -> bool:
        return self.lower is not None and self.upper is not None and self.lower > self.upper

    def overlaps(self, other: PartialDate) -> bool:
        """True when some day lies in both: the two can describe the same moment."""
        return not (self.ends_before(other) or other.ends_before(self))

    def contains(self, other: PartialDate) -> bool:
        lower_ok = self.lower is None or (other.lower is not None and self.lower <= other.lower)
        upper_ok = self.upper is None or (other.upper is not None and other.upper <= self.upper)
        return lower_ok and upper_ok

    def ends_before(self, other: PartialDate) -> bool:
        """True when every day of self is before every day of other."""
        return self.upper is not None and other.lower is not None and self.upper < other.lower


def _single_bounds(text: str) -> tuple[dt.date, dt.date]:
    core = text.rstrip("~?%")
    parts = [int(p) for p in core.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2 and parts[1] in YEAR_PARTS:
        year, (_, first, months) = parts[0], YEAR_PARTS[parts[1]]
        last_year, last = divmod(first + months - 2, 12)
        end_year = year + last_year
        if end_year > 9999:
            # The winter of 9999 ends after the last year a date may name; it is cut at that year's end.
            return dt.date(year, first, 1), dt.date(9999, 12, 31)
        return dt.date(year, first, 1), dt.date(end_year, last + 1, calendar.monthrange(end_year, last + 1)[1])
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    day = dt.date(*parts)
    return day, day


_DATE_SHAPE = re.compile(r"(\d{1,4})-(\d{1,2})(?:-(\d{1,2}))?[~?%]?")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def why_not_a_date(text: str) -> str | None:
    """What is wrong with a string shaped like a date that names none: a month past 12 (or not a season), a
    day its month lacks ("February 2021 has no 30th"), or digits not padded; None for other strings."""
    for end in text.split("/"):
        shape = _DATE_SHAPE.fullmatch(end)
        if shape is None:
            continue
        year, month, day = shape[1], shape[2], shape[3]
        if len(year) != 4 or len(month) != 2 or (day is not None and len(day) != 2):
            padded = f"{int(year):04d}-{int(month):02d}" + ("" if day is None else f"-{int(day):02d}")
            return f"write the year with four digits and the month and day with two: {padded}"
        if day is None and not 1 <= int(month) <= 12 and int(month) not in YEAR_PARTS:
            return f"there is no month {int(month)} (01 to 12, or 21 to 24 for a season)"
        if day is not None and not 1 <= int(month) <= 12:
            return f"there is no month {int(month)} (01 to 12)"
        if day is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            if not 1 <= int(day) <= last:
                month_name = calendar.month_name[int(month)]
                return f"{month_name} {year} has no {_ordinal(int(day))} (it has {last} days)"
    return None


@lru_cache(maxsize=65536)
def parse_partial_date(text: str) -> PartialDate:
    """Parse an EDTF string; raises ValueError with a readable reason."""
    if not is_partial_date(text):
        reason = why_not_a_date(text) or (
            "write YYYY, YYYY-MM or YYYY-MM-DD, or YYYY-21 to YYYY-24 "
            "for a season (the others optionally with ~ or ?), or an interval A/B, ../B or A/.."
        )
        raise ValueError(f"'{text}' is not a partial date: {reason}")
    if "/" not in text:
        lower, upper = _single_bounds(text)
        return PartialDate(text, lower, upper)
    start, end = text.split("/")
    return PartialDate(
        text,
        None if start == ".." else _single_bounds(start)[0],
        None if end == ".." else _single_bounds(end)[1],
    )


def _spoken_single(text: str) -> str | None:
    year, _, code = text.partition("-")
    part = YEAR_PARTS.get(int(code)) if code.isdigit() and len(code) == 2 else None
    return None if part is None else f"{part[0]} {year}"


def spoken(date: PartialDate) -> str:
    """The date as written, with the seasons and parts of a year it names in words:
    '2021-23 (autumn 2021)'; other dates as written."""
    ends = date.text.split("/")
    words = [_spoken_single(end) for end in ends]
    if not any(words):
        return date.text
    said = " to ".join(w or ("open" if end == ".." else end) for w, end in zip(words, ends, strict=True))
    return f"{date.text} ({said})"


def coerce_partial_date(value: object) -> PartialDate:
    """Accept a PartialDate, an EDTF string, or a date (an unquoted YAML timestamp)."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        raise ValueError("a date with a time of day is not a partial date; write YYYY-MM-DD")
    if isinstance(value, dt.date):
        return parse_partial_date(value.isoformat())
    if isinstance(value, str):
        return parse_partial_date(value)
    raise ValueError(f"expected a partial date string such as 2016-11-29, got {type(value).__name__}")
