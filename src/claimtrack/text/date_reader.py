"""Dates in a sentence as EDTF partial dates.

A few patterns find where a date is written, the most specific first: spans
of months and of years ("from February 2016 through May 2017", "from 2002 to
2005", "2002–05", "the 2022/23 season": an interval), deadlines ("by 2024":
an open start, ``../2024``), quarters and halves ("the third quarter of next
year": ``2022-35``), centuries ("the 14th century", "the 1300s":
``1300/1399``), decades and their parts ("the 2030s": ``2030/2039``, "the
mid-2020s": ``2024/2026``), calendar dates, months ("last November"),
seasons, "this year", "last week", weekends, weekdays, "last night"
(thirds of a year, quarters named by a month, fiscal years and open
intervals such as "by Monday" are read by ``periods``). Month names are whole words
("Mayo Clinic" is no May); years and months in names, references and labels
("Theresa May", "the Class of 2020", "(Harbour Press, 2016)", "the 2020
election" in a 2019 paper) are no dates (``date_words``). A weekday or
"today" beside the date it names ("Friday, Dec. 6") is that one date.

Calendar dates are read as written. A date written without its year ("on
January 22", "in May", "September of that year") takes the year of a date
written earlier in the sentence ("ratified in March 2017, and by Russia in
April"), else the publication's, which is enough for "this year" too: a
source known to be published in 2018, on a day nobody recorded, still dates
"in May". Weekdays, "last week" and the like count from the publication day
(``relative_days``): the paper's own weekday is its publication day; a
weekday or a bare month lies the way its own clause says, by one rule
(``clause_direction``): "since" looks back, then the verb it dates ("will
open on Friday", "opens on Friday", "said on Tuesday" in a sentence that
plans), then a clause that plans or forecasts, then a verb in the past
anywhere in its clause. Each such reading is stated in the mention's note,
for a person to check. Seasons are EDTF's season codes (``2021-21`` is
spring 2021), meteorological and northern, as ``partial_dates`` reads them.

Time grows linearly with the sentence: each pattern runs once over it, a
place already read is looked up in a byte map, the year a date takes from
earlier in the sentence by bisection, and a date's verb among the few words
before it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from claimtrack.model.partial_dates import PartialDate, parse_partial_date
from claimtrack.text.clause_direction import Direction, direction
from claimtrack.text.clauses import Clauses
from claimtrack.text.date_direction import anaphoric_month, future_in_the_past, rolling
from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_spans import joined
from claimtrack.text.date_words import (
    DAY,
    MONTH,
    PATTERNS,
    SEASON,
    WEEKDAY,
    YEAR,
    a_citation,
    a_label,
    in_a_name,
)
from claimtrack.text.named_days import in_a_named_day
from claimtrack.text.not_until import not_until
from claimtrack.text.numbered_names import numbered_names
from claimtrack.text.periods import PATTERNS as PERIODS
from claimtrack.text.periods import Keeper, opened, read_period
from claimtrack.text.relative_days import (
    SEASON_CODE,
    calendar_date,
    century,
    edtf,
    month_shifted,
    part_of_decade,
    season,
    shifted,
    weekday,
    weekend,
)
from claimtrack.text.same_day import one_per_day
from claimtrack.text.story_years import StoryTime, story_day, year_moved

_CUES = re.compile(
    rf"\d|{MONTH}|{WEEKDAY}|{SEASON}|\b(?:years?|months?|weeks?|days?|weekend|yesterday|today|tomorrow|tonight|night"
    r"|century|quarter|season|Christmas|Thanksgiving|Halloween|New Year|Valentine)\b",
    re.IGNORECASE,
)
_PATTERNS = [*PERIODS, *PATTERNS]
_PERIOD_KINDS = frozenset(kind for kind, _ in PERIODS)
_PART_CODE = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_SHIFT = {"this": 0, "last": -1, "next": 1}


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
class _Context:
    """What a sentence's dates are read against: the publication, the dates written earlier in the sentence,
    and the sentence's clauses (a plan's weekdays and months lie ahead)."""

    published: dt.date | None
    publication_year: int | None
    ends: list[int]
    written: list[tuple[int, str]]
    """(year, words) of each year written in the sentence, in order, ending at ``ends``."""
    sentence: str
    keeper: Keeper | None = None
    """Whose fiscal years the page speaks of (``periods.fiscal_keeper``)."""
    sport: str | None = None
    """The sport the page's names tell (``sports``), for "last season"."""
    listed: int | None = None
    """The year of a schedule's line, from the words before its list (``schedule_lines``)."""
    story: StoryTime | None = None  # the story's last told date (``story_years``), for a month without a year

    @cached_property
    def clauses(self) -> Clauses:
        """Read only when a date needs its direction: most sentences' dates are written in full."""
        return Clauses(self.sentence)

    def year_at(self, start: int) -> tuple[int, str] | None:
        """The year for a date written at ``start`` without one, and where it comes from, for the note."""
        earlier = bisect_right(self.ends, start)
        if earlier:
            year, words = self.written[earlier - 1]
            return year, f"'{words}' earlier in the sentence"
        return self.publication() if self.listed is None else (self.listed, "the schedule the line is in")

    def publication(self) -> tuple[int, str] | None:
        """The publication's year, and how it is known, for "this year" and the like."""
        if self.published is not None:
            return self.published.year, f"the source's publication date {self.published.isoformat()}"
        if self.publication_year is not None:
            return self.publication_year, f"the source's publication year {self.publication_year}"
        return None

    def ahead(self, match: re.Match[str]) -> bool:
        """A weekday or a bare month lies after the publication (``clause_direction``)."""
        return self._direction(match) == "ahead"

    def past(self, match: re.Match[str]) -> bool:
        """A weekday or a bare month lies before the publication (``clause_direction``)."""
        return self._direction(match) == "past"

    def _direction(self, match: re.Match[str]) -> Direction | None:
        return direction(match.string, self.clauses.at(match.start()), match.start(), match.end())


_WRITTEN_YEAR = re.compile(
    rf"(?:\b{MONTH},? (?:{DAY},? )?(?:of )?|\b{DAY} (?:of )?{MONTH},? )?(?<![\d$£€.,-])(?P<year>{YEAR})(?![\d%-])(?!,\d)"
)
"""A year written in a sentence, with the month and day written before it: what later dates take it from."""


def _note(phrase: str, value: str, source: str) -> str:
    return f"'{phrase}' read as {value} from {source}"


def _mention(kind: str, match: re.Match[str], context: _Context) -> tuple[str, str | None] | None:
    phrase = match.group()
    published = context.published
    if kind in _PERIOD_KINDS:
        return read_period(kind, match, context)
    if kind in ("month-no-year", "year") and in_a_name(match.string, match.start()):
        return None
    if kind == "year" and (
        a_citation(match.string, match.start(), match.end())
        or a_label(match.string, match.start(), match.end(), int(phrase), context.publication_year)
    ):
        return None  # "(Grand Central Publishing, 2018)", "the 2020 election" in a 2019 paper
    if kind == "years":
        first, last = match["first"] or match["first2"], match["last"] or match["last2"]
        last = last if len(last) == 4 else first[:2] + last
        return (f"{first}/{last}", None) if last > first else None
    if kind == "deadline":
        read = calendar_date(f"{match['month'] or ''} {match['year']}")
        point = not_until(match.string, match.start())  # "didn't discover them until 1991": in 1991
        return None if read is None else (edtf(*read) if point else f"../{edtf(*read)}", None)
    if kind == "months":
        first, last = calendar_date(f"{match['m1']} {match['y1']}"), calendar_date(f"{match['m2']} {match['y2']}")
        if first is None or last is None or last[0] <= first[0]:
            return None
        return f"{edtf(first[0], 'month')}/{edtf(last[0], 'month')}", None
    if kind == "century":
        return century(match["nth"]), None
    if kind == "decade":
        return part_of_decade(match["part"], int(match["decade"])), None
    if kind == "season":
        which = (match["which"] or "").lower() or None
        if match["year"]:
            return f"{match['year']}-{SEASON_CODE[match['season'].lower()]}", None
        if published is None or which is None:
            return None  # "spring" alone, or no publication date to count from
        value = season(match["season"], which, published, past=context.past(match))
        return None if value is None else (value, _note(phrase, value, f"the source's publication date {published}"))
    if kind in ("day", "month", "year"):
        read = calendar_date(phrase)
        return None if read is None else (edtf(read[0], kind), None)
    if kind in ("part", "third", "month-this-year"):
        return _of_a_year(kind, match, context)
    if kind == "range":
        return _range(match, context)
    if kind in ("day-no-year", "month-no-year"):
        return _without_year(kind, match, context)
    if kind in ("relative", "weekend") and rolling(match.string, match.start(), phrase):
        return None  # "the past month", "the next year", "the last weekend of": no calendar month or year
    this_year = re.fullmatch(r"(this|last|next|that) year", phrase, re.IGNORECASE)
    if kind == "relative" and this_year:
        return _year_of(this_year[1].lower(), phrase, match.start(), context)
    if published is None or (kind == "weekday" and in_a_named_day(match.string, match.start(), match.end())):
        return None  # no publication day to count from, or "the 1983 Ash Wednesday blaze"
    value = None
    if kind in ("weekday", "weekend"):
        count_from = weekday if kind == "weekday" else weekend
        value = count_from(phrase, published, ahead=context.ahead(match))
    elif kind == "month-shifted":
        value = month_shifted(match["which"], match["month"], published)
    elif kind == "relative" and not phrase.lower().startswith("that"):
        value = shifted(phrase, published)
    return None if value is None else (value, _note(phrase, value, f"the source's publication date {published}"))


def _year_of(which: str, phrase: str, at: int, context: _Context) -> tuple[str, str | None] | None:
    """ "this year", "last year", "next year", "that year" (a year written earlier in the sentence)."""
    known = context.year_at(at) if which == "that" else context.publication()
    if known is None or (which == "that" and "earlier" not in known[1]):
        return None
    value = f"{known[0] + _SHIFT.get(which, 0):04d}"
    return value, _note(phrase, value, known[1])


def _of_a_year(kind: str, match: re.Match[str], context: _Context) -> tuple[str, str | None] | None:
    """ "the third quarter of next year", "Q3 2024", "April of this year", "September of that year"."""
    phrase, groups = match.group(), match.groupdict()
    if groups.get("year") or groups.get("qyear"):
        year, note = int(groups.get("year") or groups["qyear"]), None
    else:
        known = _year_of(groups["which"], phrase, match.start(), context)
        if known is None:
            return None
        year, note = int(known[0]), known[1]
    if kind == "month-this-year":
        read = calendar_date(groups["month"], year)
        value = None if read is None else edtf(read[0], "month")
    elif groups.get("third"):
        value = f"{year:04d}"  # "early next year", "mid-2020": the year, as vague as the words
    elif groups["q"]:
        value = f"{year:04d}-{32 + int(groups['q'])}"
    elif groups["part"] == "quarter":
        value = f"{year:04d}-{33 + _PART_CODE.get(groups['nth'], 3)}"
    else:
        value = f"{year:04d}-{40 + min(_PART_CODE.get(groups['nth'], 1), 1)}"
    if value is None:
        return None
    return value, None if note is None else note.replace(f"as {year:04d}", f"as {value}", 1)


def _range(match: re.Match[str], context: _Context) -> tuple[str, str | None] | None:
    """ "April 4-5, 2017"; without its year, in the year of a date earlier in the sentence or the publication."""
    known = None if match["year"] else context.year_at(match.start())
    year = int(match["year"]) if match["year"] else None if known is None else known[0]
    if year is None:
        return None
    first = calendar_date(f"{match['month']} {match['first']}", year)
    last = calendar_date(f"{match['month']} {match['last']}", year)
    if first is None or last is None or last[0] <= first[0]:
        return None
    value = f"{first[0].isoformat()}/{last[0].isoformat()}"
    return value, None if known is None else _note(match.group(), value, known[1])


def _without_year(kind: str, match: re.Match[str], context: _Context) -> tuple[str, str | None] | None:
    """ "January 22", "in May": in the year of a date earlier in the sentence, else the publication's; ahead
    of a publication day in a clause that plans ("will open in May" in a June paper is next May), before it
    when its verb is past ("began in November" in a March paper is last November)."""
    known = context.year_at(match.start())
    if known is None or match.string.startswith(" of that year", match.end()):
        return None  # "September of that year" with no year before it: no year to give it
    year, source = known
    read = calendar_date(match.group(), year)
    if read is None:
        return None
    day, precision = read
    published = context.published
    if "publication" in source and context.past(match) and (told := story_day(day, context.story, published)):
        day, source = told  # "In November 2016 … By December, they worsened"
    elif published is not None and "publication" in source:
        month_passed = (day.year, day.month) < (published.year, published.month)
        passed = month_passed if kind == "month-no-year" else day < published
        to_come = (
            (day.year, day.month) > (published.year, published.month) if kind == "month-no-year" else day > published
        )
        shift = 0
        if passed and context.ahead(match) and not _narrated(match):
            source, shift = f"{source}, ahead of it in a plan", 1
        elif (
            to_come
            and not _MODIFIER.search(match.string, max(0, match.start() - 8), match.start())
            and context.past(match)
        ):
            source, shift = f"{source}, before it in the past tense", -1
        if shift:
            moved = year_moved(day, shift)
            if moved is None:
                return None
            day = moved
    value = edtf(day, "month" if kind == "month-no-year" else precision)
    return value, _note(match.group(), value, source)


def _narrated(match: re.Match[str]) -> bool:
    """A date the narrative holds ("that October hearing") or sees ahead from the past ("vowed Britain would
    leave on Oct. 31"): not moved past the publication (``date_direction``)."""
    sentence, at = match.string, match.start()
    return anaphoric_month(sentence, at) or future_in_the_past(sentence, 0, at)


def find_dates(
    sentence: str,
    published: dt.date | None,
    *,
    year: int | None = None,
    keeper: Keeper | None = None,
    sport: str | None = None,
    listed: int | None = None,
    story: StoryTime | None = None,
) -> list[DateMention]:
    """The dates written in ``sentence``, in order. Dates without their year ("in May") take the year of a
    date written earlier in the sentence, else the publication's (``published``, a day, or ``year`` when
    the publication is known only to the month or year); weekdays and the like need the publication's day;
    fiscal years are read as months only when ``keeper`` says whose they are, "last season" when the sentence or
    ``sport`` tells the sport (``periods``), a schedule's line in the year ``listed``."""
    if not _CUES.search(sentence):
        return []
    written = [(m.end(), int(m["year"]), m.group()) for m in _WRITTEN_YEAR.finditer(sentence)]
    context = _Context(
        published,
        year if published is None else published.year,
        [end for end, _, _ in written],
        [(found, words) for _, found, words in written],
        sentence,
        keeper,
        sport,
        listed,
        story,
    )
    taken = bytearray(len(sentence))
    for start, end in numbered_names(sentence):  # "Correction added Nov. 18, 2019:", "of 1909 Jolinda Drive"
        taken[start:end] = b"\x01" * (end - start)
    found: list[tuple[DateMention, str]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if taken.find(1, start, end) >= 0:
                continue
            try:
                read = _mention(kind, match, context)
                parsed = None if read is None else parse_partial_date(read[0])
            except (ValueError, OverflowError):
                continue  # a date the calendar does not have
            if read is None or parsed is None:
                if kind in _PERIOD_KINDS:
                    taken[start:end] = b"\x01" * (end - start)  # "FY2020-22" unread is no span of two years
                continue
            taken[start:end] = b"\x01" * (end - start)
            later = published is not None and parsed.lower is not None and parsed.lower > published
            start, value = opened(sentence, start, end, read[0], ahead=later)  # "by Monday", "starting in 2024"
            found.append((DateMention(start, end, sentence[start:end], value, read[1], later), kind))
    return joined(sentence, one_per_day(sentence, sorted(found, key=lambda pair: pair[0].start)))


_MODIFIER = re.compile(r"\b(?:the|a|an|its|their|this)\s+$", re.IGNORECASE)
"""Words before a month that make it a modifier ("qualified for the December debate"): no date of the verb."""
