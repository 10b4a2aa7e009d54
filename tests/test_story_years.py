"""A month without a year takes its year from the story's own timeline (text/story_years.py, text/story_times.py):
exact values and notes, and the near misses that keep their reading from the publication."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.model.claims import Modality
from claimtrack.text.date_reader import find_dates
from claimtrack.text.sentences import split_sentences
from claimtrack.text.story_times import story_times
from claimtrack.text.story_years import StoryTime, past_after, story_day

PUBLISHED = dt.date(2019, 11, 18)
NOVEMBER_2016 = StoryTime(2016, 11, "November 2016")


def _dates(text: str, published: dt.date = PUBLISHED) -> list[list[tuple[str, str]]]:
    """Each sentence's dates (words, value), read with the story's time before it."""
    sentences = split_sentences(text)
    times = story_times(sentences, published)
    return [
        [(d.text, d.value) for d in find_dates(s.text, published, story=time)]
        for s, time in zip(sentences, times, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a month told after "in", not "since", still sets the story's time
            "The duties began in July 2013. In August, the yard cut 40 jobs.",
            [[("July 2013", "2013-07")], [("August", "2013-08")]],
        ),
        (  # the motivating case: the date ends its paragraph and holds through the next one
            "The ferry captain first saw the leak in November 2016.\n"
            "At first, the crew patched it. But by December, the cracks widened.",
            [[("November 2016", "2016-11")], [], [("by December", "../2016-12")]],
        ),
        (  # a month earlier in the calendar than the story's is the next year's
            "Work began in November 2016. In February, the crew was replaced.",
            [[("November 2016", "2016-11")], [("February", "2017-02")]],
        ),
        (  # the story goes on from the month it just told
            "Work began in October 2015. By December, the hull had cracked. In March, the yard was closed.",
            [[("October 2015", "2015-10")], [("By December", "../2015-12")], [("March", "2016-03")]],
        ),
        (  # a day without its year too; the verb before the date
            "The station opened on 3 June 2017. It flooded on July 14, and it closed in September.",
            [[("3 June 2017", "2017-06-03")], [("July 14", "2017-07-14"), ("September", "2017-09")]],
        ),
    ],
)
def test_a_month_without_a_year_in_a_past_sentence_takes_the_storys_year(
    text: str, expected: list[list[tuple[str, str]]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb to come: a plan, counted from the publication as before
            "Work began in November 2016. By December, the crew will finish the hull.",
            [[("November 2016", "2016-11")], [("By December", "../2019-12")]],
        ),
        (  # a verb in the present: not the story's past
            "Work began in November 2016. By December, the crews are usually gone.",
            [[("November 2016", "2016-11")], [("By December", "../2019-12")]],
        ),
        (  # a year alone is no month the story goes on from ("dropped in 2017 … reopened in May" is this May)
            "The case was dropped in 2017. Prosecutors reopened it in May.",
            [[("2017", "2017")], [("May", "2019-05")]],
        ),
        (  # a date counted from the publication moves the story to the present
            "Work began in November 2016. The report came out on Monday. In February, the yard closed.",
            [[("November 2016", "2016-11")], [("on Monday", "2019-11-18")], [("February", "2019-02")]],
        ),
        (  # the story's date two paragraphs back holds no more
            "Work began in November 2016.\nThe crew grew.\nThe yard grew too.\nIn February, the yard closed.",
            [[("November 2016", "2016-11")], [], [], [("February", "2019-02")]],
        ),
        (  # nor a date told in the middle of the paragraph before
            "Work began in November 2016. The crew grew.\nIn February, the yard closed.",
            [[("November 2016", "2016-11")], [], [("February", "2019-02")]],
        ),
        (  # a month that the story's year would put after the publication stays before it
            "Work began in March 2019. In February, the yard closed.",
            [[("March 2019", "2019-03")], [("February", "2019-02")]],
        ),
        (  # a year written earlier in the sentence wins
            "Work began in November 2016. The yard closed in 2018, and reopened in May.",
            [[("November 2016", "2016-11")], [("2018", "2018"), ("May", "2018-05")]],
        ),
        (  # a state lasting "since" a month tells no time the story is at: the next month is this year's
            "The yard has suffered from duties since July 2013. Data released in August showed a loss.",
            [[("July 2013", "2013-07/..")], [("August", "2019-08")]],
        ),
        (
            "Since the start of March 2015 the pier has been shut. In May, the crew left.",
            [[("March 2015", "2015-03")], [("May", "2019-05")]],
        ),
    ],
)
def test_near_misses_read_as_before(text: str, expected: list[list[tuple[str, str]]]) -> None:
    assert _dates(text) == expected


def test_with_no_story_a_past_by_month_is_the_last_one_before_the_publication() -> None:
    (date,) = find_dates("By December, the cracks had widened.", PUBLISHED)
    assert (date.value, date.after_publication) == ("../2018-12", False)
    (date,) = find_dates("By December, the cracks will widen.", PUBLISHED)
    assert (date.value, date.after_publication) == ("../2019-12", True)


def test_the_note_says_which_told_date_gave_the_year() -> None:
    (date,) = find_dates("But by December, the cracks widened.", PUBLISHED, story=NOVEMBER_2016)
    assert date.note == "'December' read as 2016-12 from the story's 'November 2016' told before it"


def test_a_past_deadline_in_the_story_is_asserted_and_a_future_one_planned() -> None:
    (past,) = propose("But by December, the cracks widened.", Vocabulary.of([], []), PUBLISHED, story=NOVEMBER_2016)
    assert (past.value, past.modality) == ("../2016-12", Modality.ASSERTED)
    (ahead,) = propose("By December, the cracks will widen.", Vocabulary.of([], []), PUBLISHED, story=NOVEMBER_2016)
    assert (ahead.value, ahead.modality) == ("../2019-12", Modality.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("By December, they worsened.", True),
        ("In May, NASA's Administrator Jim Bridenstine said so.", True),
        ("In May, the new ferry was launched.", True),
        ("By December, they will worsen.", False),
        ("By December, prices are expected to rise.", False),
        ("By December, they have worsened.", False),
        ("In May, a very long and winding list of small things happened.", False),
    ],
)
def test_the_verb_after_an_opening_date(sentence: str, past: bool) -> None:
    end = sentence.index(",")
    assert past_after(sentence, end, len(sentence)) is past


def test_story_day_stays_before_the_publication() -> None:
    assert story_day(dt.date(2019, 2, 1), NOVEMBER_2016, PUBLISHED) == (
        dt.date(2017, 2, 1),
        "the story's 'November 2016' told before it",
    )
    assert story_day(dt.date(2019, 2, 1), StoryTime(2019, 3, "March 2019"), PUBLISHED) is None
    assert story_day(dt.date(2019, 2, 1), StoryTime(2019, 12, "December 2019"), PUBLISHED) is None
    assert story_day(dt.date(2019, 2, 1), None, PUBLISHED) is None
    assert story_day(dt.date(2019, 2, 1), NOVEMBER_2016, None) is None
