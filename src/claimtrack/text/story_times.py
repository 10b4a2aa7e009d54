"""The story's time at each sentence of a text: the last date it told with its month and year.

What a story tells holds through the rest of its paragraph ("In November 2016 … By December, they worsened")
and, when the date ends its paragraph, through the next one too (a paragraph that ends on "in November 2016"
sets the time of the one after it). Every sentence that writes a date moves the story's time: to that date
when it gives a month (or a day) whose year the text writes, the story's own months included (``story_years``:
"By December" after "November 2016" is December 2016, the time the next month goes on from); to no time when
it counts from the publication ("on Monday", "last year") or gives a year alone, since the story has left the
month it told, or when the date follows "since": "duties imposed since July 2013" tell a state that lasts to
the present, not a time the story is at ("data released in August", next, is this year's August).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_reader import find_dates
from claimtrack.text.periods import Keeper
from claimtrack.text.sentences import Sentence
from claimtrack.text.story_years import StoryTime

_MONTH_VALUE = re.compile(r"(?:\.\./)?(?P<year>\d{4})-(?P<month>\d{2})(?:-\d{2})?(?:/\.\.)?")
"""A month or a day, or a deadline or an onset at one ("../2016-12", "2016-11/.."): a time a story can go on
from."""
_SINCE = re.compile(r"\bsince\s+(?:the\s+(?:beginning|start|end)\s+of\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _Told:
    time: StoryTime
    paragraph: int
    ends_paragraph: bool
    """The sentence that told it is its paragraph's last: the time holds through the next paragraph too."""

    def holds_in(self, paragraph: int) -> bool:
        return paragraph == self.paragraph or (self.ends_paragraph and paragraph == self.paragraph + 1)


def story_times(
    sentences: Sequence[Sentence],
    published: dt.date | None,
    *,
    year: int | None = None,
    keeper: Keeper | None = None,
    sport: str | None = None,
) -> list[StoryTime | None]:
    """The story's time before each of ``sentences`` (in the text's order), read as ``find_dates`` reads each
    one (``published``, ``year``, ``keeper`` and ``sport`` as there); None where no told date holds."""
    times: list[StoryTime | None] = []
    told: _Told | None = None
    for index, sentence in enumerate(sentences):
        if told is not None and not told.holds_in(sentence.paragraph):
            told = None
        story = None if told is None else told.time
        times.append(story)
        dates = find_dates(sentence.text, published, year=year, keeper=keeper, sport=sport, story=story)
        if dates:
            time = None if _SINCE.search(sentence.text, 0, dates[-1].start) else _time_of(dates[-1])
            last = index + 1 == len(sentences) or sentences[index + 1].paragraph != sentence.paragraph
            told = None if time is None else _Told(time, sentence.paragraph, last)
    return times


def _time_of(date: DateMention) -> StoryTime | None:
    """The date as a time the story goes on from: a month or a day whose year the text gives."""
    month = _MONTH_VALUE.fullmatch(date.value)
    if month is None or not (date.note is None or "earlier in the sentence" in date.note or "story" in date.note):
        return None
    return StoryTime(int(month["year"]), int(month["month"]), date.text)
