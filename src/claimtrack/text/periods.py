"""Periods the date reader reads before single dates: parts of a year, quarters named by their last month,
fiscal years, and the open intervals a few words make of a date ("by Monday", "starting in 2024").

- **Parts of a year** are its thirds: "early 2020" and "the beginning of 2020" ``2020-01/2020-04``, "mid-2020"
  and "the middle of next year" ``2020-05/2020-08``, "late 2020" and "the end of 2020" ``2020-09/2020-12``.
  Parts of a month ("late January", "the end of August", "the end of this month") are the month; "the end of
  the 2022/23 season" is 2023.
- **A quarter named by its last month** ("the September quarter", "the December 2019 quarter") is its three
  months, ``2019-07/2019-09``: companies whose year is not the calendar's name their quarters so. Without its
  year it is the latest such quarter begun by the publication, or the next one in a clause that plans.
- **A frame of comparison** ("the hottest day this summer") is no date (``frames``).
- **Quarters and halves named by number** ("the third quarter", "Q3 2019", "the previous quarter", "the same
  period last year") are read by ``quarters``.
- **Fiscal years** depend on who keeps them, so they are read as months only when the page makes the keeper
  clear (``fiscal_keeper``, read once from the whole page): the US federal government's year runs from
  1 October to 30 September and is named by the year it ends in ("fiscal year 2020" ``2019-10-01/2020-09-30``);
  India's from April to March, "FY2020" ending in March 2020 ("FY2019-20" is that one year, "FY2020-22" the
  years FY2020 to FY2022: ``2019-04/2022-03``), and there a bare "Q2" is the fiscal quarter (July to
  September); "Q1 FY2020" is a quarter of the year named, for either keeper. A page names the US government's year when it speaks of Congress, appropriations or a federal
  agency, and India's when it speaks of India's markets or rupees; a sentence that speaks of a company's sales
  or earnings is the company's own year whatever the page. With no keeper known, "fiscal year 2019" is the
  year its name gives, with a note that its months are the keeper's; "the current fiscal year" is no date.
- **Open intervals**: "by", "through", "no later than", "a deadline of" and "before the end of" before a date
  end an interval at its last day ("by Monday" ``../2019-11-18``, "through June 30, 2019", "by the end of October"), and so does
  "until" right before it, unless negated ("open until 20 January 2019" ``../2019-01-20``; "won't open until
  May" is May, ``not_until``); "starting
  in", "beginning in" and "at least" begin one ("starting in 2024" ``2024/..``, "at least late 2020"
  ``2020-09/..``); so do "2021 or later", "2030 and beyond", "at the earliest" and "from 2024 on" after the
  date, while "or earlier" and "at the latest" end one; "since" begins one before the publication ("since May"
  ``2019-05/..``, ``clause_direction``). "From March through June" is a span, not an open interval; "by Monday's
  storm" names no deadline; "with effect from Monday" and "to begin from October 2" are the day a thing starts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.text.clause_direction import since_before
from claimtrack.text.date_words import MONTH, WEEKDAY, YEAR
from claimtrack.text.frames import FRAME, frame
from claimtrack.text.holidays import HOLIDAY, holiday
from claimtrack.text.not_until import not_until
from claimtrack.text.offsets import IN_DAYS, LATER, SAME_DAY, THAT_MONTH, in_days, later, same_day, that_month
from claimtrack.text.quarters import OWN_FISCAL_YEAR, QUARTER_OR_HALF, quarter_or_half
from claimtrack.text.relative_days import calendar_date
from claimtrack.text.reporting_periods import MONTHS_OF_A_YEAR, ended, months_of_a_year
from claimtrack.text.sport_seasons import SPORT_SEASON, sport_season

Keeper = str
"""Who keeps a page's fiscal years: ``US_FEDERAL`` or ``INDIA``."""
US_FEDERAL, INDIA = "the US federal government", "India"

_THIRDS = {
    "early": (1, 4), "beginning": (1, 4), "start": (1, 4), "mid": (5, 8), "middle": (5, 8), "late": (9, 12),
    "end": (9, 12),
}  # fmt: skip
_WHICH = r"(?:(?P<year>{YEAR})|(?P<which>this|last|next|that|the) year)".replace("{YEAR}", YEAR)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "part-of-year",
        re.compile(
            rf"\b(?:(?P<third>early|mid|late)[- ](?:in )?|(?i:the) (?P<part>beginning|start|middle|end) of "
            rf"|(?i:midway) through ){_WHICH}\b(?!s|/)",
            re.IGNORECASE,
        ),
    ),
    ("named-quarter", re.compile(rf"\b(?P<month>{_FULL_MONTH})(?: (?P<year>{YEAR}))?[- ]quarter\b")),
    ("fiscal-quarter", re.compile(r"\bQ(?P<q>[1-4])(?:[ -]?FY ?(?P<fy>\d\d|20\d\d))?\b(?![ -]?\d)")),
    (
        "fiscal",
        re.compile(
            rf"\b(?:(?i:the) (?P<which>current|this|next|last|previous|coming) (?:fiscal|financial) year"
            rf"|(?i:fiscal(?: year)?|financial year) (?P<year>{YEAR})(?:[-–/](?P<last>\d\d(?:\d\d)?))?"
            rf"|(?i:the) (?P<first>{YEAR})[-–/](?P<second>\d\d(?:\d\d)?) (?i:fiscal|financial) year"
            rf"|FY ?(?P<fy>{YEAR}|\d\d)(?:[-–/](?P<fylast>\d\d(?:\d\d)?))?)\b"
        ),
    ),
    ("frame", FRAME),
    ("quarter-or-half", QUARTER_OR_HALF),
    (
        "part-of-month",
        re.compile(r"\b(?i:the) (?:beginning|start|middle|end) of (?:(?P<which>this|next|last|the) month)\b"),
    ),
    (
        "part-of-season",
        re.compile(rf"\b(?i:the) (?P<part>beginning|start|end) of the (?P<first>{YEAR})[-–/](?P<last>\d\d) season\b"),
    ),
    ("months-of-a-year", MONTHS_OF_A_YEAR),
    ("holiday", HOLIDAY),
    ("sport-season", SPORT_SEASON),
    ("in-days", IN_DAYS),
    ("later", LATER),
    ("same-day", SAME_DAY),
    ("that-month", THAT_MONTH),
]
"""Where periods are written; read before the single dates of ``date_words``."""

_INDIA = re.compile(r"\b(?:India|Indian|Sensex|Nifty|crore|lakh|RBI|Rs\.?)(?=\W)")
_US_FEDERAL = re.compile(
    r"\b(?:Congress|congressional|appropriations?|federal (?:government|budget|agenc(?:y|ies)|spending)|Pentagon"
    r"|NASA|Customs and Border Protection|White House|Office of Management and Budget)\b"
)
_NAMED_FISCAL_YEAR = re.compile(r"\b(?:fiscal|financial) (?:year )?(?:20\d\d|\d\d)\b|\bFY ?\d\d", re.IGNORECASE)
_COMPANY = re.compile(r"\b(?:sales|earnings|revenues?|profits?|shares|per share|guidance|comps)\b", re.IGNORECASE)


def fiscal_keeper(text: str) -> Keeper | None:
    """Whose fiscal years a page speaks of, when it makes that clear: India's, the US government's, a keeper's
    own (``OWN_FISCAL_YEAR``: "fiscal 2019" on a page of neither), or None.
    A name wrapped over a line end ("federal\ngovernment") is still the name."""
    text = " ".join(text.split())
    india, federal = _INDIA.search(text) is not None, _US_FEDERAL.search(text) is not None
    if india != federal:
        return INDIA if india else US_FEDERAL
    return OWN_FISCAL_YEAR if not india and _NAMED_FISCAL_YEAR.search(text) else None


class Reading(Protocol):
    """What the date reader knows of a sentence that periods need."""

    @property
    def published(self) -> dt.date | None: ...

    @property
    def keeper(self) -> Keeper | None: ...

    @property
    def sport(self) -> str | None: ...

    def publication(self) -> tuple[int, str] | None: ...

    def year_at(self, start: int) -> tuple[int, str] | None: ...

    def ahead(self, match: re.Match[str]) -> bool: ...

    def past(self, match: re.Match[str]) -> bool: ...


def read_period(kind: str, match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    """The EDTF value of a period found by ``PATTERNS``, and a note on how it was read (None when written in
    full); None when the words give no period."""
    if kind == "part-of-year":
        return _third(match, reading)
    if kind == "named-quarter":
        return _named_quarter(match, reading)
    if kind in _OTHERS:
        return _OTHERS[kind](match, reading)
    if kind == "fiscal":
        return _fiscal(match, reading)
    return _fiscal_quarter(match, reading)


def _year(match: re.Match[str], reading: Reading) -> tuple[int, str | None] | None:
    """The year a period names: written, or "this/last/next year" from the publication, "that year" from a
    year earlier in the sentence."""
    if match["year"]:
        return int(match["year"]), None
    which = match["which"].lower()
    known = reading.year_at(match.start()) if which in ("that", "the") else reading.publication()
    if known is None or (which == "that" and "earlier" not in known[1]):
        return None
    return known[0] + {"last": -1, "next": 1}.get(which, 0), known[1]


def _third(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    known = _year(match, reading)
    if known is None:
        return None
    year, source = known
    first, last = _THIRDS[(match["third"] or match["part"] or "mid").lower()]
    value = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    return value, None if source is None else f"'{match.group()}' read as {value} from {source}"


def _named_quarter(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    read = calendar_date(match["month"], 2000)
    if read is None:
        return None
    last_month, note = read[0].month, None
    if match["year"]:
        end = int(match["year"]) * 12 + last_month - 1
    else:
        published = reading.published
        if published is None:
            return None
        end, now = published.year * 12 + last_month - 1, published.year * 12 + published.month - 1
        if reading.ahead(match):
            end += 12 if end < now else 0
        elif end - 2 > now:
            end -= 12  # not begun yet: the latest such quarter is last year's
        note = f"from the source's publication date {published}"
    value = f"{(end - 2) // 12:04d}-{(end - 2) % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"
    return value, None if note is None else f"'{match.group()}' read as {value}, the quarter ending then, {note}"


def _fiscal(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    keeper = reading.keeper
    if keeper == OWN_FISCAL_YEAR or (keeper == US_FEDERAL and _COMPANY.search(match.string)):
        keeper = None  # a company's sales or earnings: its own year, whatever the page's government
    named = match["year"] or match["fy"] or match["first"]
    if named is None:
        return _fiscal_now(match, keeper, reading.published)
    first = int(named) if len(named) == 4 else 2000 + int(named)
    last_text = match["last"] or match["fylast"] or match["second"]
    last = (
        first if last_text is None else int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    )
    if last < first:
        return None
    if keeper is None:
        if last != first:
            return None
        note = f"fiscal year {first} read as the year its name gives: its months are those of whoever keeps it"
        return f"{first:04d}", note
    if keeper == INDIA and last == first + 1 and last_text is not None:
        first = last  # "FY2019-20": the one year from April 2019 to March 2020
    value = _fiscal_span(keeper, first, last)
    return value, f"'{match.group()}' read as {value}: the fiscal year of {keeper}"


def _fiscal_span(keeper: Keeper, first: int, last: int) -> str:
    """Fiscal years ``first`` to ``last``, each named by the year it ends in, as their days or months."""
    if keeper == US_FEDERAL:
        return f"{first - 1:04d}-10-01/{last:04d}-09-30"
    return f"{first - 1:04d}-04/{last:04d}-03"


def _fiscal_now(
    match: re.Match[str], keeper: Keeper | None, published: dt.date | None
) -> tuple[str, str | None] | None:
    """ "the current fiscal year", "next fiscal year": counted from the publication day, the keeper's year."""
    if keeper in (None, OWN_FISCAL_YEAR) or published is None:
        return None
    first_month = 10 if keeper == US_FEDERAL else 4
    current = published.year + (published.month >= first_month)
    year = current + {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(match["which"].lower(), 0)
    value = _fiscal_span(keeper, year, year)
    return value, f"'{match.group()}' read as {value}: the fiscal year of {keeper} at the publication {published}"


def _fiscal_quarter(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    """ "Q2 FY20" on a page that keeps India's or the US government's fiscal year: that quarter of the year
    named; a bare "Q2" on a page of India's, the latest such quarter begun by the publication."""
    published, keeper = reading.published, reading.keeper
    if keeper in (None, OWN_FISCAL_YEAR) or (published is None and match["fy"] is None):
        return None
    if keeper == US_FEDERAL and match["fy"] is None:
        return None
    start_month = 10 if keeper == US_FEDERAL else 4  # the first month of the keeper's year
    offset = start_month - 1 + 3 * (int(match["q"]) - 1)  # months after January of the year before the name's
    if match["fy"] is not None:
        named = int(match["fy"]) + (2000 if len(match["fy"]) == 2 else 0)
        first = (named - 1) * 12 + offset
        how = f"quarter {match['q']} of fiscal year {named} of {keeper}"
    else:
        assert published is not None
        first = published.year * 12 + offset % 12
        first -= 12 if first > published.year * 12 + published.month - 1 else 0
        how = f"a quarter of {keeper}'s fiscal year, the latest begun by the publication {published}"
    value = f"{first // 12:04d}-{first % 12 + 1:02d}/{(first + 2) // 12:04d}-{(first + 2) % 12 + 1:02d}"
    return value, f"'{match.group()}' read as {value}: {how}"


def _part_of_month(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    """ "the end of this month", "the beginning of next month": the month."""
    published = reading.published
    if published is None:
        return None
    index = published.year * 12 + published.month - 1 + {"next": 1, "last": -1}.get(match["which"].lower(), 0)
    value = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return value, f"'{match.group()}' read as {value} from the source's publication date {published}"


def _part_of_season(match: re.Match[str], reading: Reading) -> tuple[str, str | None] | None:
    """ "the end of the 2022/23 season" is 2023, its beginning 2022."""
    first, last = int(match["first"]), int(match["first"][:2] + match["last"])
    if last != first + 1:
        return None
    return f"{first if match['part'].lower() != 'end' else last:04d}", None


_OTHERS = {
    "frame": frame,
    "quarter-or-half": quarter_or_half,
    "part-of-month": _part_of_month,
    "part-of-season": _part_of_season,
    "months-of-a-year": months_of_a_year,
    "holiday": holiday,
    "sport-season": sport_season,
    "in-days": in_days,
    "later": later,
    "same-day": same_day,
    "that-month": that_month,
}


_OPEN_START = re.compile(
    r"\b(?:(?:by|through|thru|no later than|deadline (?:of|is|on))\s+(?:the (?:end|close) of\s+)?"
    r"|before\s+the (?:end|close) of\s+)$",
    re.IGNORECASE,
)
_OPEN_END = re.compile(r"\b(?:starting|beginning|at least)\s+(?:(?:in|on|from)\s+)?$", re.IGNORECASE)
_SPAN_BEFORE = re.compile(rf"\b(?:from|between)\b[^,;]{{0,40}}$|(?:\d|{MONTH}|{WEEKDAY})\s+$")
_BOUND_AFTER = re.compile(
    r",?\s+(?:(?P<later>or later|and beyond(?! that| this| it)|at the earliest)|(?P<earlier>or earlier|at the latest)|onwards?\b|on(?=\s*(?:[,.;:)—–]|$)))"
)
"""After a date: "2021 or later", "Friday at the latest", and, after "from", "from 2024 on"."""
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
_ONSET = re.compile(
    r"\b(?:begins?|beginning|start(?:s|ing)?|commenc(?:e|es|ing)|opens?|effect(?:ive)?|into force)\s+from\s+$"
    r"|\b(?:rise|rises|rising|fall|falls|falling|increase[sd]?|increasing|decrease[sd]?|decreasing|drop|drops"
    r"|dropping|climb|climbs|climbing|go up|goes up|go down|goes down|subside|subsides|subsiding|ease|eases|easing"
    r"|abate|abates|apply|applies|applying|change|changes|changing|resume|resumes|resuming)\b[^,;:.()]{0,40}"
    r"\bfrom\s+$",
    re.IGNORECASE,
)
"""Before "from": the day a thing starts is that day ("with effect from Sunday", "scheduled to begin from
October 2"), and so is the day a change sets in ("will rise by 54 per cent from April", "likely to subside from
Thursday night"); not an interval open after it as a process from a time is ("deliveries from spring 2020")."""
_TO_AFTER = re.compile(r"\s+(?:to|until|till|through|and)\b", re.IGNORECASE)
"""Before "at least": "no action until at least 2021" dates the action, 2021, not an interval."""
_POSSESSIVE = re.compile(r"[’']s\b")


def opened(sentence: str, start: int, end: int, value: str, *, ahead: bool = False) -> tuple[int, str]:
    """The date ``value`` written at ``start``..``end``, made an open interval by the words before it ("by
    Monday", "starting in 2024", and "from" a date ``ahead`` of the publication: "deliveries from spring 2020",
    where "her laptop from April 2015" is that month), with where its words now start; as it was when no such
    words stand there."""
    if "/.." in value or "../" in value or _POSSESSIVE.match(sentence, end):
        return start, value
    span = ended(sentence, start, value)  # "the quarter ended Sept. 29"
    if span is not None:
        return span
    window = max(0, start - 40)
    before = _OPEN_START.search(sentence, window, start)
    if before is not None and not (
        before.group().lower().startswith("th")
        and _SPAN_BEFORE.search(sentence, max(0, before.start() - 60), before.start())
    ):
        upper = parse_partial_date(value).upper
        last = value.rpartition("/")[2]
        return before.start(), f"../{last}" if upper is not None else value
    until = _UNTIL.search(sentence, max(0, start - 7), start)  # "can be seen until 20 January 2019"
    if (
        until is not None
        and sentence[start : start + 4].lower() != "the "  # "a deal until the end of the season": its end
        and not not_until(sentence, until.start())
        and not _SPAN_BEFORE.search(sentence, window, until.start())
    ):
        return until.start(), f"../{value.rpartition('/')[2]}"
    if since_before(sentence, start):  # "since May", "since the mid-1950s": from then on
        return start, f"{value.partition('/')[0]}/.."
    after = _OPEN_END.search(sentence, window, start)
    if after is not None and not _UNTIL.search(sentence, max(0, after.start() - 7), after.start()):
        return after.start(), f"{value.partition('/')[0]}/.."
    if (
        ahead
        and _FROM.search(sentence, window, start)
        and not _ONSET.search(sentence, window, start)
        and not _BOUND_AFTER.match(sentence, end)
        and not (
            _TO_AFTER.match(sentence, end)  # "postponed from Tuesday to Friday": the day it was set for
        )
    ):
        return start, f"{value.partition('/')[0]}/.."
    bound = _BOUND_AFTER.match(sentence, end)
    if bound is not None and (bound["later"] or bound["earlier"] or _FROM.search(sentence, window, start)):
        if bound["earlier"]:
            return start, f"../{value.rpartition('/')[2]}"
        return start, f"{value.partition('/')[0]}/.."
    return start, value
