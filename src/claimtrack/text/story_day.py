"""The day a story tells from, when it is the day before the page was published.

A page put out the morning after its events tells them from their own day: "testified Tuesday" in a
Wednesday paper, "after Monday night's loss" in a Tuesday one. Its opening sentences give that day first. The
words quoted from it count from it ("Today's hearing is over", "we needed to win this game today", said on
Tuesday, are Tuesday), and so do the story's own "earlier in the day" ("a prospect he denied earlier in the
day") and "in three days" ("these teams meet again in three days", told from the night of the game). A page
whose opening gives the publication's own day first, or an older day, or none, tells from its publication.

Only these days move. A weekday, "last week" or "next year" names the same day or span from either day (the
paper's own weekday is its publication day), and the writer's own "today" outside quotation marks is the day
of the writing ("The report was published today").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_reader import find_dates
from claimtrack.text.offsets import IN_DAYS, SAME_DAY
from claimtrack.text.reported_speech import quotations
from claimtrack.text.sentences import Sentence

OPENING = 5
"""How many sentences open a story: the day its events happened is given among them ("… concluded its third
public hearing on Tuesday" in the fifth sentence of a Wednesday story, after its lead and background)."""
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SAID_DAYS = re.compile(r"(?:today|tonight|tomorrow|yesterday|last night)(?:[’']s)?", re.IGNORECASE)
"""Days a speaker counts from the day of the saying; only inside quotation marks."""


def told_day(sentences: Sequence[Sentence], published: dt.date | None) -> dt.date | None:
    """The day the story tells from, when its opening sentences' first day is the day before ``published``;
    None when the story tells from its publication."""
    if published is None:
        return None
    for sentence in sentences[:OPENING]:
        days = [d for d in find_dates(sentence.text, published) if _DAY.fullmatch(d.value)]
        if days:
            first = dt.date.fromisoformat(days[0].value)
            return first if first == published - dt.timedelta(days=1) else None
    return None


def from_told_day(
    sentence: str, dates: list[DateMention], published: dt.date | None, told: dt.date | None
) -> list[DateMention]:
    """``dates`` of ``sentence`` with the days counted from the publication that the story counts from
    ``told`` moved there: a quoted "today", "earlier in the day", "in three days"."""
    if published is None or told is None or told == published:
        return dates
    quoted = quotations(sentence)
    shift = told - published
    moved: list[DateMention] = []
    for date in dates:
        if _DAY.fullmatch(date.value) and _counts_from_the_day(sentence, date, quoted):
            value = (dt.date.fromisoformat(date.value) + shift).isoformat()
            note = (
                f"'{date.text}' read as {value}, counted from {told}, the day the story tells (published {published})"
            )
            date = replace(date, value=value, note=note, after_publication=dt.date.fromisoformat(value) > published)
        moved.append(date)
    return moved


def _counts_from_the_day(sentence: str, date: DateMention, quoted: list[tuple[int, int]]) -> bool:
    if SAME_DAY.fullmatch(date.text) or IN_DAYS.fullmatch(date.text):
        return True
    return _SAID_DAYS.fullmatch(date.text) is not None and any(s <= date.start < e for s, e in quoted)
