"""Two dates written as the ends of one span: "between June and September" is one interval,
``2019-06/2019-09``, not two months; so are "from March to May", "from June 3 to June 7", "Friday through Sunday"
and "June–September".

The two dates must be of one precision (two months, two days), joined by "and" after "between", by "to", "until"
or "till" after "from" or "between", or by "through" or a dash. A first end written without its year takes the
second's ("between January and March 2018" is ``2018-01/2018-03``); a second end that would fall before the first
without a year of its own is the next one ("from November to February", "Friday through Sunday" the Sunday after
that Friday). A thing moved from one date to another ("postponed from Tuesday to Friday", "pushed back from
March to May") keeps its two dates, and so do two dates merely listed ("in June and September").

Also here, applied after it: an open end carried on to a later date (``extended_ends``), and "a year earlier"
beside a quarter (``quarters.year_before``), and one time said twice ("Last year we started July 19th",
``said_twice``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_words import WEEKDAY, YEAR
from claimtrack.text.extended_ends import extended
from claimtrack.text.quarters import year_before
from claimtrack.text.said_twice import one_time

_JOINED = re.compile(r"\s*(?:(?P<and>and)|(?P<to>to|until|till)|through|thru|[-–—])\s*", re.IGNORECASE)
_OPENING = re.compile(r"\b(?:(?P<between>between)|from)\s+(?:(?:the|early|mid|late)[\s-]+)?$", re.IGNORECASE)
_MOVED = re.compile(
    r"\b(?:postpon\w+|moved?|moving|push(?:ed|es|ing)?(?: back)?|delay\w*|reschedul\w+|brought forward|bring forward"
    r"|shift\w*|switch\w*|chang\w+|put off|deferred|defer)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
"""A thing moved from one date to another: its two dates, not a span."""
_SHAPES = {"day": re.compile(r"\d{4}-\d\d-\d\d"), "month": re.compile(r"\d{4}-\d\d")}
_WEEKDAY = re.compile(rf"(?:on )?{WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?", re.IGNORECASE)
_YEAR = re.compile(YEAR)


def joined(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, each two written as the ends of one span made one interval, an open end carried on to a
    later date made one (``extended_ends``), "a year earlier" beside a quarter read (``quarters``), and a relative
    year said again by a finer date made one (``said_twice``)."""
    kept: list[DateMention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        span = None if last is None else _span(sentence, last, mention)
        if last is not None and span is not None:
            opening, value = span
            kept[-1] = replace(last, start=opening, end=mention.end, text=sentence[opening : mention.end], value=value)
            continue
        kept.append(mention)
    return one_time(sentence, year_before(sentence, extended(sentence, kept)))


def _span(sentence: str, first: DateMention, second: DateMention) -> tuple[int, str] | None:
    """Where the span of ``first`` and ``second`` starts and its value, when they are written as its ends."""
    joint = _JOINED.fullmatch(sentence, first.end, second.start)
    if joint is None:
        return None
    opening = _OPENING.search(sentence, max(0, first.start - 20), first.start)
    if (joint["and"] and (opening is None or not opening["between"])) or (joint["to"] and opening is None):
        return None  # "in June and September": two months; "June to September" needs its "from"
    if opening is not None and _MOVED.search(sentence, max(0, opening.start() - 60), opening.start()):
        return None  # "postponed from Tuesday to Friday"
    ends = _ends(first, second)
    if ends is None:
        return None
    return (first.start if opening is None else opening.start()), f"{ends[0]}/{ends[1]}"


def _ends(first: DateMention, second: DateMention) -> tuple[str, str] | None:
    """The two ends as one precision, the first in the second's year when written without one, the second moved
    on when it would fall before the first."""
    precision = next(
        (name for name, shape in _SHAPES.items() if shape.fullmatch(first.value) and shape.fullmatch(second.value)),
        None,
    )
    if precision is None:
        return None
    weekdays = [_WEEKDAY.fullmatch(mention.text) is not None for mention in (first, second)]
    if weekdays[0] != weekdays[1]:
        return None  # "Apr 26, 2017-Wednesday": a day and its weekday
    start, end = _day(first.value), _day(second.value)
    years = [_YEAR.search(mention.text) is not None for mention in (first, second)]
    if weekdays[0]:
        end = start + dt.timedelta(days=(end.weekday() - start.weekday()) % 7)  # "Friday through Sunday"
    elif years == [False, True]:
        start = _in_year(start, end.year - ((start.month, start.day) > (end.month, end.day)))
    elif end <= start and not years[1]:
        end = _in_year(end, start.year + 1)  # "from November to February"
    if end <= start:
        return None
    return (start.isoformat(), end.isoformat()) if precision == "day" else (start.isoformat()[:7], end.isoformat()[:7])


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")


def _in_year(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year, day=min(day.day, 28) if day.month == 2 else day.day)
