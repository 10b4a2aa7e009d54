"""text/clause_direction.py and what the date reader makes of it: a weekday, a bare month or a quarter without
its year lies the way its own clause's tense and modality say, "since" looks back and opens an interval, the
day a thing starts is that day, a weekday beside "tomorrow" names the same day, and a weekday in a day's name is
no date. The sentences are made up for the tests; each class has near misses that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.text.date_reader import find_dates

SATURDAY = dt.date(2021, 1, 9)
"""A Saturday early in a year: a bare month later in the calendar is last year's in a past clause."""


def read(sentence: str, published: dt.date = SATURDAY) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A past clause: the latest such month at or before the publication, however far back its verb stands.
        ("The regulator lowered the ceiling on ferry fares by two points in October.", [("October", "2020-10")]),
        ("Heavy traffic pushed the port authority to widen the northern quay by ten metres in August.", [("August", "2020-08")]),
        ("Fares fell to 4.1 per cent in December from 4.6 per cent in November.", [("December", "2020-12"), ("November", "2020-11")]),
        ("The man told the court he swam across the bay on July 4.", [("July 4", "2020-07-04")]),
        # A forecast or a plan: the next one.
        ("Gales are possible along the coast for the Monday school run.", [("Monday", "2021-01-11")]),
        ("Snow is forecast to linger over the hills into Tuesday.", [("Tuesday", "2021-01-12")]),
        ("The ferry company plans to add a night crossing in October.", [("October", "2021-10")]),
        ("The quay should reopen on Wednesday.", [("on Wednesday", "2021-01-13")]),
        # Near misses: a verb that tells nearby decides; the paper's own weekday is its day; nothing that tells
        # leaves the defaults (a weekday before the publication, a month in the publication's year).
        ("The quay was closed on Wednesday.", [("on Wednesday", "2021-01-06")]),
        ("The ferry sails on Saturday.", [("on Saturday", "2021-01-09")]),
        ("Crews will widen the quay in October, the council said on Tuesday.", [("October", "2021-10"), ("on Tuesday", "2021-01-05")]),
        ("The October timetable is printed.", [("October", "2021-10")]),
        ("A crossing on Thursday is full.", [("on Thursday", "2021-01-07")]),
    ],
)  # fmt: skip
def test_a_bare_date_lies_the_way_its_clause_says(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "since" looks back, always, and opens an interval from the first day of what it names.
        ("Fares have been climbing since November.", [("November", "2020-11/..")]),
        ("It was the port's sixth closure since March.", [("March", "2020-03/..")]),
        ("The quay has not flooded since 1998.", [("1998", "1998/..")]),
        ("Ferries have docked there since the mid-1960s.", [("the mid-1960s", "1964/..")]),
        ("Nobody has crossed since late September.", [("September", "2020-09/..")]),
        ("The crossing has been shut since Monday.", [("Monday", "2021-01-04/..")]),
        ("Queues have grown since last year.", [("last year", "2020/..")]),
        ("Its first win since December 2019 came at home.", [("December 2019", "2019-12/..")]),
        # A run that stretches back to a time is open from it, as "since".
        ("Their home record stretches back to February 2019.", [("February 2019", "2019-02/..")]),
        ("An unbeaten run that goes back to May ended.", [("May", "2020-05/..")]),
        ("The streak, stretching back to last year, ended.", [("last year", "2020/..")]),
        # Near misses: "until", "by" and "through" end one; a bare month with no "since" keeps its reading.
        ("The chapel dates back to 1905.", [("1905", "1905")]),
        ("He went back to the port in March 2020.", [("March 2020", "2020-03")]),
        ("The quay stays shut until Friday.", [("until Friday", "../2021-01-15")]),
        ("Fares rose in November.", [("November", "2020-11")]),
        ("The crossing reopened in March 2020.", [("March 2020", "2020-03")]),
    ],
)  # fmt: skip
def test_since_opens_an_interval_before_the_publication(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = read(sentence)
    assert found == expected
    for _, value in found:
        parse_partial_date(value)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The day a thing starts is that day, after "from" too.
        ("The new toll applies with effect from Monday.", [("Monday", "2021-01-11")]),
        ("The levy is effective from March 1.", [("March 1", "2021-03-01")]),
        ("A safety drive, scheduled to begin from April 12, will run all spring.", [("April 12", "2021-04-12")]),
        ("The night service starts from Friday.", [("Friday", "2021-01-15")]),
        # A weekday beside "tomorrow", "today" or "yesterday" names the same day: the counted word is kept.
        ("The toll rises with effect from tomorrow (Sunday), its third rise since May.", [("tomorrow", "2021-01-10"), ("May", "2020-05/..")]),
        ("The ferry sank yesterday, Friday, off the point.", [("yesterday", "2021-01-08")]),
        # Near misses: a process from a coming time stays open; two weekdays side by side are two days.
        ("Deliveries from March 1 will be weekly.", [("March 1", "2021-03-01/..")]),
        ("The quay was shut on Monday, Tuesday and Wednesday.", [("on Monday", "2021-01-04"), ("Tuesday", "2021-01-05"), ("Wednesday", "2021-01-06")]),
    ],
)  # fmt: skip
def test_onsets_and_one_day_written_twice(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A weekday ending a day's or an event's name is no day of the publication's week.
        ("It is the worst flood since the 1953 Black Sunday storm.", []),  # a year in a name is no date either
        ("Memories of the Ash Wednesday fires linger.", []),
        ("Voters backed him in the Super Tuesday primaries.", []),
        # Near misses: a team, a person or a place before the day dates a verb.
        ("The Rovers beat the Wanderers Sunday night.", [("Sunday", "2021-01-03")]),
        ("The Wanderers lost to the Rovers Sunday in Leeds.", [("Sunday", "2021-01-03")]),
        ("A curfew was ordered by Judge Ann Moss Friday for the island.", [("Friday", "2021-01-08")]),
    ],
)  # fmt: skip
def test_a_weekday_in_a_name_is_no_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "and into" a later date carries an open end on to it: one interval.
        ("Sleet is forecast to linger through Sunday night and into Monday morning.", [("through Sunday night and into Monday", "../2021-01-11")]),
        ("Fares stay frozen through 2024 and into 2025.", [("through 2024 and into 2025", "../2025")]),
        ("Gales will last through Monday and into next week.", [("through Monday and into next week", "../2021-01-17")]),
        # Near misses: two dates joined by "and" alone, or an earlier one, stay two.
        ("Sleet fell through Friday and Saturday.", [("through Friday", "../2021-01-08"), ("Saturday", "2021-01-09")]),
        ("Fares stay frozen through 2025 and into 2024.", [("through 2025", "../2025"), ("2024", "2024")]),
    ],
)  # fmt: skip
def test_an_open_end_carried_into_a_later_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A noun after a preposition is no verb of schedule; an adverb between "are" and "slated" changes nothing;
        # a forecast's participle after "with" looks ahead.
        ("Six people were killed in air strikes by the coalition on Monday.", [("on Monday", "2021-01-04")]),
        ("The second vote is still slated for Jan. 4.", [("Jan. 4", "2022-01-04")]),
        ("Crews were sent north, with up to a foot of snow expected through Tuesday.", [("through Tuesday", "../2021-01-12")]),
        # Near misses: a verb of schedule after its subject, "expected" as a main verb in the past.
        ("The night ferry airs its new timetable on Monday.", [("on Monday", "2021-01-11")]),
        ("The council expected snow on Tuesday.", [("on Tuesday", "2021-01-05")]),
    ],
)  # fmt: skip
def test_nouns_adverbs_and_forecasts_around_a_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The increase follows a 12% rise in October and will take effect from March.", [("October", "2020-10"), ("March", "2021-03")]),
        ("The new fares follow cuts in November.", [("November", "2020-11")]),
        # Near miss: what will follow lies ahead.
        ("The vote will follow a review in March.", [("March", "2021-03")]),
    ],
)  # fmt: skip
def test_what_a_thing_follows_came_before(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected
