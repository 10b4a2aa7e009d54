"""The year a month written without one takes from the story's own timeline.

A page that tells an old story gives its year once and then goes on by months: "he visited his doctor in
November 2016. … But by December, they worsened" is December 2016, not the December of the publication's year.
A month without a year, in a sentence whose verb is past and with no year written earlier in the sentence,
takes the year of the last date the story told with its month and year (``StoryTime``, found by
``story_times``) when that date is before the publication: the same year when the month is that date's month or
a later one, the next year when it is an earlier one ("In November 2016 … in February" is February 2017, the
story going on in order). A month that would then lie after the publication is no part of that story (a past
verb cannot tell what is still to come): it is read as before, from the publication.

The verb a date dates is mostly before it ("worsened by December"); a date that opens its sentence dates the
verb after its subject ("By December, they worsened"), which ``past_after`` reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from claimtrack.text.tense import is_past_word

_WORD = re.compile(r"[A-Za-z’']+")
_LOOK_AHEAD = 5
"""How many words after a date, names left out, are searched for its verb: a subject of a few words, then
the verb."""
_NOT_PAST = frozenset([
    "will", "shall", "would", "’ll", "'ll", "is", "are", "am", "has", "have", "can", "may", "might", "should",
    "must", "could", "plans", "expects",
])  # fmt: skip
"""Words that, before any verb in the past, tell the date is not one of the past."""


@dataclass(frozen=True)
class StoryTime:
    """The last date a story told with its month and year, before a sentence: what a month without a year takes
    its year from."""

    year: int
    month: int
    words: str
    """The date's words, for the note."""


def past_after(sentence: str, end: int, stop: int) -> bool:
    """The verb after a date that ends at ``end`` (before ``stop``, its clause's end) is in the past: "By
    December, they worsened", "In February, the man was admitted"."""
    words = [word[0] for word in _WORD.finditer(sentence, end, stop) if not word[0][0].isupper()]
    for word in words[:_LOOK_AHEAD]:  # a capitalised word is a name, never the verb ("In May, NASA's chief said")
        if word in _NOT_PAST:
            return False
        if is_past_word(word):
            return True
    return False


def story_day(day: dt.date, story: StoryTime | None, published: dt.date | None) -> tuple[dt.date, str] | None:
    """``day`` (read in the publication's year) moved into the story's year, and where that comes from, for a
    month or a day without a year in a past sentence: the same year as the story's last told date, or the
    next when the month comes earlier in the calendar; None when there is no story before the publication or
    the day would lie after it."""
    if story is None or published is None or (story.year, story.month) >= (published.year, published.month):
        return None
    moved = year_moved(day, story.year + (day.month < story.month) - day.year)
    if moved is None or moved > published:
        return None
    return moved, f"the story's '{story.words}' told before it"


def year_moved(day: dt.date, shift: int) -> dt.date | None:
    """``day`` ``shift`` years later (earlier when negative); None when the calendar has no such day."""
    try:
        return day.replace(year=day.year + shift)
    except ValueError:
        return None  # 29 February, or past the calendar's last year
