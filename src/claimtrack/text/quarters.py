"""Quarters and halves of a year named by their number, the quarter next to one, and the same span a year before.

- **Numbered** ("the third quarter", "the First Quarter of 2019", "Q3 2019", "the second half of next year"): a
  quarter is its three months (``2019-07/2019-09``, as the gold's "September quarter"), a half its EDTF code
  (``2019-40``). The year is the one written with it, else one written earlier in the sentence, else the
  publication's, moved the way its clause points (``clause_direction``): a quarter not begun by the publication
  is last year's unless the clause plans ("sales fell in the fourth quarter" in a February paper is the last
  one), one already over is next year's in a plan, unless the plan was told in the past ("said it expected to
  incur charges in the first quarter" in an April paper is the first quarter just over).
- **Next to another** ("the previous quarter", "last quarter", "next quarter", "the current quarter"): counted from the
  quarter the sentence's own period names ("up 2% from the previous quarter" after "As of Sep 30" is the second
  quarter), else from the publication's. "This quarter" is left unread: in a season of results it is the quarter
  being reported as often as the one under way.
- **The same span a year before** ("the same period last year", "the same quarter a year earlier"): the quarter or
  half the sentence names, a year back ("… compared with the same period last year … in the third quarter" is
  the third quarter of the year before); no date when the sentence names none. So is "a year earlier" (or "ago")
  in a sentence that names a quarter ("second-quarter earnings rose to $29 million from $26 million a year
  earlier"): ``year_before``, applied to the sentence's dates once read.

A number of a quarter without "the" is one as a modifier ("second-quarter earnings", "first-half profit") or before
a word of results ("third quarter results"): a company's quarters are the calendar's, as the gold reads them,
except on a page that names a fiscal year of a keeper of its own ("fiscal 2019" of a retailer,
``periods.fiscal_keeper``), where a quarter without its year is left unread. Without a year written, a quarter or
half is read only where no game is meant (a game's third quarter, a match's first half: not on a page that tells a
sport, nor in a sentence of scores and plays), and a half only beside a word of trade or the economy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Protocol

from claimtrack.text.date_direction import future_in_the_past
from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_words import DAY, MONTH, YEAR
from claimtrack.text.relative_days import calendar_date

OWN_FISCAL_YEAR = "a keeper the page does not name"
"""The keeper of a page that names a fiscal year neither India's nor the US government's ("fiscal 2019" of a
retailer): its quarters without a year are its own, whose months the page does not give."""
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_ENDED = rf" (?:that )?(?:ended|ending|ends)\b| to (?:{MONTH}|{DAY} {MONTH})"
"""A quarter that a day after it ends ("the quarter ended Sept. 29"): ``reporting_periods`` reads it."""
_RESULTS = r"(?:earnings|results|profits?|revenues?|sales|figures|numbers|growth|GDP|losses)\b"
"""What a number of a quarter without "the" must name to be one ("third quarter results")."""
_OF_YEAR = rf"(?: (?P<year>{YEAR})\b| of (?:(?P<year2>{YEAR})\b|(?P<which>this|last|next|the) year\b))"
QUARTER_OR_HALF = re.compile(
    rf"\b(?:(?:the )?(?P<nth>{_ORDINAL}) (?P<part>quarter|half){_OF_YEAR}"
    rf"|(?P<nth3>{_ORDINAL})(?:-| (?=(?:quarter|half) {_RESULTS}))(?P<part3>quarter|half)\b(?!-final)"
    rf"|the (?P<nth2>{_ORDINAL}) (?P<part2>quarter|half)\b(?! of |-|\s\d|\s(?:final|mile|point)s?\b|{_ENDED})"
    rf"|Q(?P<q>[1-4])[ -](?P<qyear>{YEAR})\b"
    rf"|(?:the (?P<next>previous|preceding|prior|last|latest|most recent|next|following|current) |(?P<next2>last|next) )quarter\b"
    rf"(?! of |[- ]\d|{_ENDED})"
    rf"|the same (?P<same>period|quarter|half) (?:(?:of )?last year|a year (?:earlier|ago|before))\b)",
    re.IGNORECASE,
)
"""Where a quarter or half is written; ``quarter_or_half`` reads it."""

_GAME = re.compile(
    r"\b(?:points?|scored?|scoring|goals?|touchdowns?|halftime|game|games|match|lead|led|trailed|yards?|passes"
    r"|quarterbacks?|rebounds?|fouls?|court|innings|overtime|shots?|kicked|penalty|basket|free throws?|win|won"
    r"|beat|defeat(?:ed)?|play|played|coach|team|season|\w*-?pointers?|assists?|homers?|runs|wickets?|overs|birdies"
    r"|laps?|strokes)\b",
    re.IGNORECASE,
)
"""A sentence of scores and plays: its quarters and halves are a game's."""
_BUSINESS = re.compile(
    rf"{_RESULTS}|\b(?:economy|economic|inflation|unemployment|prices?|exports?|imports?|demand|output|shares"
    r"|market|transactions|bookings|visitors|arrivals)\b",
    re.IGNORECASE,
)
"""Words of trade and the economy: a half without its year is read only beside one ("profit fell in the first
half"), a game's half being as common."""
_OWN_PERIOD = re.compile(rf"\b{MONTH}(?: {DAY}\b)?|\b{DAY} {MONTH}")
"""A day or month the sentence is about ("As of Sep 30, …"): the quarter its neighbours count from."""
_FORESEEN = re.compile(
    r"\b(?:said|told|expected|forecast|predicted|projected|estimated|warned|guided)\b[^.;]*$", re.IGNORECASE
)
_STEP = {
    "latest": -1,
    "most recent": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "last": -1,
    "next": 1,
    "following": 1,
}


class QuarterReading(Protocol):
    """What the date reader knows that a quarter needs."""

    @property
    def published(self) -> dt.date | None: ...

    @property
    def sport(self) -> str | None: ...

    @property
    def keeper(self) -> str | None: ...

    def year_at(self, start: int) -> tuple[int, str] | None: ...

    def publication(self) -> tuple[int, str] | None: ...

    def ahead(self, match: re.Match[str]) -> bool: ...

    def past(self, match: re.Match[str]) -> bool: ...


def quarter_or_half(match: re.Match[str], reading: QuarterReading) -> tuple[str, str | None] | None:
    """The EDTF value of the quarter or half ``match`` names and how it was read; None when it names no date."""
    if match["same"]:
        return _a_year_before(match, reading)
    if match["next"] or match["next2"]:
        return _next_to(match, reading)
    read = _numbered(match, reading)
    if read is None:
        return None
    first, months, note = read
    value = _value(first, months)
    return value, None if note is None else f"'{match.group()}' read as {value}, {note}"


def _numbered(match: re.Match[str], reading: QuarterReading) -> tuple[int, int, str | None] | None:
    """The first month (as ``year * 12 + month - 1``) and length of a numbered quarter or half, with a note
    when its year was not written with it."""
    if match["q"]:
        return int(match["qyear"]) * 12 + 3 * (int(match["q"]) - 1), 3, None
    part = (match["part"] or match["part2"] or match["part3"]).lower()
    nth = _NTH[(match["nth"] or match["nth2"] or match["nth3"]).lower()]
    months = 3 if part == "quarter" else 6
    if months == 6 and nth > 2:
        return None
    offset = months * (nth - 1)
    written = match["year"] or match["year2"]
    if written:
        return int(written) * 12 + offset, months, None
    which = (match["which"] or "").lower()
    if which in ("this", "last", "next"):
        known = reading.publication()
        if known is None:
            return None
        year = known[0] + {"last": -1, "next": 1}.get(which, 0)
        return year * 12 + offset, months, f"a calendar {part} from {known[1]}"
    if not which and (_a_game(match.string, reading) or reading.keeper == OWN_FISCAL_YEAR):
        return None  # a game's quarter or half, or a company's of its own year
    if not which and months == 6 and not _BUSINESS.search(match.string):
        return None  # "in the first half" with no word of trade or the economy: most often a game's
    known = reading.year_at(match.start())
    if known is None:
        return None
    first = known[0] * 12 + offset
    published = reading.published
    if published is None or "publication" not in known[1]:
        return first, months, f"a calendar {part} of the year from {known[1]}"
    now = published.year * 12 + published.month - 1
    if reading.ahead(match) and not _foreseen(match.string, match.start()):
        first += 12 if first + months - 1 < now else 0
    elif first > now:
        first -= 12  # not begun by the publication: the latest such one is last year's
    return first, months, f"a calendar {part} from {known[1]}"


def _foreseen(sentence: str, at: int) -> bool:
    """A forecast told in the past ("said it expected to incur charges in the first quarter", "would"): seen
    from a day before the publication, its quarter is the latest begun, not one a year on."""
    return future_in_the_past(sentence, 0, at) or _FORESEEN.search(sentence, max(0, at - 80), at) is not None


def _own_quarter(match: re.Match[str], reading: QuarterReading) -> tuple[int, str] | None:
    """The first month of the quarter the sentence's own period names (a numbered quarter, else a day or month
    written in it), and how it was found; None when it names none."""
    sentence = match.string
    for other in QUARTER_OR_HALF.finditer(sentence):
        if other.start() != match.start() and not (other["same"] or other["next"] or other["next2"]):
            read = _numbered(other, reading)
            if read is not None and read[1] == 3:
                return read[0], f"'{other.group()}' in the sentence"
    for written in _OWN_PERIOD.finditer(sentence):
        known = reading.year_at(written.start())
        day = None if known is None else calendar_date(written.group(), known[0])
        if day is not None:
            return day[0].year * 12 + (day[0].month - 1) // 3 * 3, f"'{written.group()}' in the sentence"
    return None


def _next_to(match: re.Match[str], reading: QuarterReading) -> tuple[str, str | None] | None:
    """ "the previous quarter", "next quarter", "the current quarter": from the sentence's own quarter, else the
    publication's."""
    if _a_game(match.string, reading) or reading.keeper == OWN_FISCAL_YEAR:
        return None
    step = _STEP.get((match["next"] or match["next2"]).lower(), 0)
    own = _own_quarter(match, reading)
    if own is None:
        published = reading.published
        if published is None:
            return None
        own = published.year * 12 + (published.month - 1) // 3 * 3, f"the source's publication date {published}"
    value = _value(own[0] + 3 * step, 3)
    return value, f"'{match.group()}' read as {value}, counted from {own[1]}"


def _a_year_before(match: re.Match[str], reading: QuarterReading) -> tuple[str, str | None] | None:
    """ "the same period last year": the quarter or half the sentence names, a year back."""
    sentence = match.string
    for other in QUARTER_OR_HALF.finditer(sentence):
        if other["same"] or other["next"] or other["next2"] or other.start() == match.start():
            continue
        read = _numbered(other, reading)
        same = match["same"].lower()
        if read is not None and (same == "period" or (read[1] == 3) == (same == "quarter")):
            value = _value(read[0] - 12, read[1])
            return value, f"'{match.group()}' read as {value}: '{other.group()}' of the sentence, a year before"
    return None


def _a_game(sentence: str, reading: QuarterReading) -> bool:
    return reading.sport is not None or _GAME.search(sentence) is not None


_A_YEAR_BEFORE = re.compile(r"\b(?:a|one) year (?:earlier|ago|before)\b", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"(\d{4})-(\d\d)/(\d{4})-(\d\d)")


def year_before(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, with "a year earlier" (or "ago", "before") in a sentence that names a quarter made that
    quarter a year back ("second-quarter earnings rose to $29 million from $26 million a year earlier")."""
    quarter = next((m for m in mentions if _months(m.value) == 3), None)
    if quarter is None:
        return mentions
    kept = list(mentions)
    for words in _A_YEAR_BEFORE.finditer(sentence):
        first_year, first_month, last_year, last_month = quarter.value.replace("/", "-").split("-")
        value = f"{int(first_year) - 1:04d}-{first_month}/{int(last_year) - 1:04d}-{last_month}"
        note = f"'{words.group()}' read as {value}: '{sentence[quarter.start : quarter.end]}' a year before"
        read = [m for m in kept if m.start <= words.start() and words.end() <= m.end]
        if read:
            kept[kept.index(read[0])] = replace(read[0], value=value, note=note, after_publication=False)
        elif not any(m.start < words.end() and words.start() < m.end for m in kept):
            kept.append(DateMention(words.start(), words.end(), words.group(), value, note))
    return sorted(kept, key=lambda m: m.start)


def _months(value: str) -> int | None:
    """How many months an interval of months covers ("2019-07/2019-09": 3), else None."""
    found = _QUARTER_VALUE.fullmatch(value)
    if found is None:
        return None
    first, last = int(found[1]) * 12 + int(found[2]), int(found[3]) * 12 + int(found[4])
    return last - first + 1


def _value(first: int, months: int) -> str:
    """A quarter as its months, a half as its EDTF code (as the gold writes each)."""
    year, month = divmod(first, 12)
    if months == 6:
        return f"{year:04d}-{40 + month // 6}"
    last = first + months - 1
    return f"{year:04d}-{month + 1:02d}/{last // 12:04d}-{last % 12 + 1:02d}"
