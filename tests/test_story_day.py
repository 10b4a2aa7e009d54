"""text/story_day.py and `propose`: a story told from the day before its publication. The sentences are made up
for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.text.date_reader import find_dates
from claimtrack.text.sentences import split_sentences
from claimtrack.text.story_day import from_told_day, told_day

WEDNESDAY = dt.date(2022, 6, 1)
TUESDAY = dt.date(2022, 5, 31)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The council of Tolvik voted on Tuesday to close the quay. It had been open for 40 years.", TUESDAY),
        ("The harbour master was dismissed last night after ten years in charge.", TUESDAY),
        ("The port is quiet. Its ferries are old. The board met Tuesday to sell two of them.", TUESDAY),
        ("After Tuesday night's loss, the coach spoke to the press.", TUESDAY),
        # The publication's own day first, an older day, or no day: the story tells from its publication.
        ("The council voted on Wednesday to close the quay. It had met on Tuesday too.", None),
        ("The council voted on Monday to close the quay.", None),
        ("The council voted on May 2 to close the quay. On Tuesday it met again.", None),
        ("The quay is old. It has 40 berths. Ships are few. Fish are fewer. Nobody swims. It met Tuesday.", None),
        ("The quay is old and has 40 berths.", None),
    ],
)
def test_the_day_a_story_tells_from(text: str, told: dt.date | None) -> None:
    assert told_day(split_sentences(text), WEDNESDAY) == told


def test_no_publication_day_no_story_day() -> None:
    assert told_day(split_sentences("The council voted on Tuesday."), None) is None


def _moved(sentence: str) -> list[tuple[str, str]]:
    dates = from_told_day(sentence, find_dates(sentence, WEDNESDAY), WEDNESDAY, TUESDAY)
    return [(d.text, d.value) for d in dates]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ('"We needed to win this game today," the coach said.', [("today", "2022-05-31")]),
        ("“Today's hearing is over,” the spokeswoman said.", [("Today", "2022-05-31")]),
        (
            '"We lost yesterday and we play again tomorrow," he said.',
            [("yesterday", "2022-05-30"), ("tomorrow", "2022-06-01")],
        ),
        ("The mayor, who resigned earlier in the day, did not speak.", [("earlier in the day", "2022-05-31")]),
        ("The two teams meet again in three days.", [("in three days", "2022-06-03")]),
        # Not counted from the day of the saying: the writer's own today, a weekday, a month, a year.
        ("The report was published today.", [("today", "2022-06-01")]),
        (
            '"The quay closed on Tuesday," the harbour master said today.',
            [("on Tuesday", "2022-05-31"), ("today", "2022-06-01")],
        ),
        ('"We open again in July," he said.', [("July", "2022-07")]),
        ('"This year was hard," he said.', [("This year", "2022")]),
    ],
)
def test_days_counted_from_the_day_the_story_tells(sentence: str, values: list[tuple[str, str]]) -> None:
    assert _moved(sentence) == values


def test_a_moved_day_says_so() -> None:
    (date,) = from_told_day(
        '"Today was a long day for us," he said.',
        find_dates('"Today was a long day for us," he said.', WEDNESDAY),
        WEDNESDAY,
        TUESDAY,
    )
    assert date.note == (
        "'Today' read as 2022-05-31, counted from 2022-05-31, the day the story tells (published 2022-06-01)"
    )
    assert not date.after_publication


def test_no_story_day_changes_nothing() -> None:
    sentence = '"We needed to win this game today," the coach said.'
    dates = find_dates(sentence, WEDNESDAY)
    assert from_told_day(sentence, dates, WEDNESDAY, None) == dates
    assert from_told_day(sentence, dates, WEDNESDAY, WEDNESDAY) == dates


VOCABULARY = Vocabulary.of(
    [Property(id="held_on", label="held on", claim_type="event")],
    [Entity(id="tolvik", kind="place", label="Tolvik")],
)


def test_a_draft_of_a_quoted_today_in_a_story_told_from_the_day_before() -> None:
    sentence = "“Today's hearing in Tolvik is over,” the spokeswoman said."
    assert [p.value for p in propose(sentence, VOCABULARY, WEDNESDAY, told=TUESDAY)] == ["2022-05-31"]
    assert [p.value for p in propose(sentence, VOCABULARY, WEDNESDAY)] == ["2022-06-01"]
    assert propose("“Today's world in Tolvik is fast,” she said.", VOCABULARY, WEDNESDAY, told=TUESDAY) == []
