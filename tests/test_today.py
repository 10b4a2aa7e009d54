"""text/today.py, coverage and `propose`: "today" naming the day of the writing, or the present age. The
sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.engine.coverage import is_checkable
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.text.today import days_named, names_the_day

VOCABULARY = Vocabulary.of(
    [Property(id="opened_on", label="opened on", claim_type="event")],
    [Entity(id="tolvik", kind="place", label="Tolvik")],
)
PUBLISHED = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("The findings were published today in a journal.", True),
        ("The port said today that the quay is shut.", True),
        ("The mayor's statement today was short.", True),
        ("The quay reopens today.", True),
        ("The festival runs starting today.", True),
        ("The club hopes to sign him later today.", True),
        ("The offer holds as of today.", True),
        ("The vote is today (June 1) in the hall.", True),
        ("The council meets today at 10 a.m.", True),
        ("The council will vote on the budget today.", True),
        ("We needed to win this game today.", True),
        ("Police today announced the arrests.", True),
        # The present age.
        ("Plague is rare today.", False),
        ("Today, few people farm.", False),
        ("The galaxies we observe today formed long ago.", False),
        ("The town is not as it was, and as it is today it has no port.", False),
        ("It takes today to get there.", False),
        ("The ferries in service today are old.", False),
        ("Today's world is fast.", False),
    ],
)
def test_today_names_the_day_or_the_present_age(sentence: str, named: bool) -> None:
    assert bool(days_named(sentence)) is named
    assert is_checkable(sentence, []) is named


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Today's hearing was short.", True),
        ("The council said today’s vote is final.", True),
        ("Nothing was learned in today's long, dull proceedings.", True),
        ("Today's young people farm less.", False),
        ("By today's standards the port is small.", False),
        ("Today's ferries are old and slow.", False),
    ],
)
def test_todays_names_the_day_when_it_owns_a_noun_of_news_or_of_an_event(sentence: str, named: bool) -> None:
    start = sentence.lower().index("today")
    assert names_the_day(sentence, start, start + len("today")) is named
    assert bool(days_named(sentence)) is named


def test_a_draft_dates_only_the_today_that_names_the_day() -> None:
    assert [p.value for p in propose("Tolvik opened the quay today.", VOCABULARY, PUBLISHED)] == ["2022-06-01"]
    assert propose("Tolvik is a quiet port today.", VOCABULARY, PUBLISHED) == []
    ages = propose("Tolvik is a quiet port today, with 40 boats.", VOCABULARY, PUBLISHED)
    assert [p.value_text for p in ages] == ["40"]
