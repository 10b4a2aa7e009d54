"""text/offsets.py and text/sport_seasons.py: dates written as an offset ("in three days", "two months later")
and sports seasons ("this season", "early last season"), read exactly; near misses that stay no date. The
sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates

TUESDAY = dt.date(2019, 11, 19)


def read(sentence: str, published: dt.date = TUESDAY, sport: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published, sport=sport)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two sides meet again in Northport in three days.", [("in three days", "2019-11-22")]),
        ("The bridge will reopen in 2 days.", [("in 2 days", "2019-11-21")]),
        ("Voters go to the polls in five days.", [("in five days", "2019-11-24")]),
        # A span of the past or of a habit is no date.
        ("The crew finished the course in three days.", []),
        ("The vaccine works in two days.", []),
        ("In three days of talks, nothing was agreed.", []),
        # The span a count of things happens in is no date either.
        ("The coast will see two launches in four days.", []),
        ("The sides will meet twice in three days.", []),
        ("Crews expect 12 more sailings in five days.", []),
        # Near misses: a count that is no subject of the span, before "in N days", keeps the day.
        ("The ship with 40 sailors will dock in five days.", [("in five days", "2019-11-24")]),
    ],
)
def test_in_days_ahead_counts_from_the_publication(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In May, the agency awarded the orders, but one firm cancelled two months later.",
            [("May", "2019-05"), ("two months later", "2019-07")],
        ),
        (
            "The plant opened on June 9, 2018, and closed 10 days later.",
            [("June 9, 2018", "2018-06-09"), ("10 days later", "2018-06-19")],
        ),
        ("The pier opened in 2016 and closed three years later.", [("2016", "2016"), ("three years later", "2019")]),
        (
            "The pier opened in December 2016 and closed a month later.",
            [("December 2016", "2016-12"), ("a month later", "2017-01")],
        ),
        # A finer offset than the date it counts from, or none before it: no date.
        ("The pier opened in 2016 and closed two months later.", [("2016", "2016")]),
        ("The law passed in March; a day later it was signed.", [("March", "2019-03")]),
        ("He was back at work a year later.", []),
    ],
)
def test_later_counts_from_the_date_written_before_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The guard leads the league in assists this season.", TUESDAY, [("this season", "2019-10/2020-06")]),
        (
            "The guard leads the league in assists this season.",
            dt.date(2020, 3, 2),
            [("this season", "2019-10/2020-06")],
        ),
        ("They met in a fight early last season.", TUESDAY, [("early last season", "2018-10/2018-12")]),
        ("He was hurt late last season.", TUESDAY, [("late last season", "2019-04/2019-06")]),
        ("He was traded mid-last season.", TUESDAY, [("mid-last season", "2019-01/2019-03")]),
        ("They won the title last season.", TUESDAY, [("last season", "2018-10/2019-06")]),
        # Between two seasons "this season" says not which; "the season" alone is none.
        ("The guard leads the league in assists this season.", dt.date(2019, 7, 10), []),
        ("The season was long.", TUESDAY, []),
    ],
)
def test_a_sports_season_by_its_place_in_time(
    sentence: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert read(sentence, published, sport="basketball") == expected


def test_a_season_with_no_sport_told_is_no_date() -> None:
    assert read("It was the show's hardest verdict so far this season.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He said others had raised concerns, a prospect the aide denied earlier in the day.",
            [("earlier in the day", "2019-11-19")],
        ),
        ("The senator spoke later in the day.", [("later in the day", "2019-11-19")]),
        # Advice or a habit, or another day named before it: no date of the publication's.
        ("A big breakfast might curb eating later in the day.", []),
        ("On Monday the council voted, and later in the day the mayor resigned.", [("On Monday", "2019-11-18")]),
    ],
)
def test_earlier_in_the_day_of_a_past_verb_is_the_publication_day(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Not ... until" says when it happened; "until" alone is the span up to it.
        ("Scientists didn’t discover the genes that encode the receptors until 1991.", [("until 1991", "1991")]),
        ("The bridge will not open until 2024.", [("until 2024", "2024")]),
        ("Nobody lived there until March 1950.", [("until March 1950", "1950-03")]),
        ("She remained in the band until 1982.", [("until 1982", "../1982")]),
        ("The treaty was never ratified, and talks ran until 2016.", [("until 2016", "../2016")]),
    ],
)
def test_not_until_is_the_day_it_happened(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A process from a time still to come is open-ended; "from" a time past names that time.
        ("Pricing starts at 70,000 euro, with deliveries from spring 2020.", [("spring 2020", "2020-21/..")]),
        ("The service will run from January 2021.", [("January 2021", "2021-01/..")]),
        ("Her laptop from April 2015 was slow.", [("April 2015", "2015-04")]),
        ("Ferries from 2021 to 2023 were cut.", [("from 2021 to 2023", "2021/2023")]),
    ],
)
def test_from_a_date_ahead_is_an_open_start(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The day a change sets in is that day, as the day a thing starts ("with effect from Monday").
        ("The toll will rise by 40 per cent from April.", [("April", "2020-04")]),
        ("The heat is likely to subside from Thursday night.", [("Thursday", "2019-11-21")]),
        ("The rule applies from January 2021.", [("January 2021", "2021-01")]),
        ("Fares will go up from March, the operator said.", [("March", "2020-03")]),
        ("The fee decreases to $4 from December.", [("December", "2019-12")]),
        # Near misses: a process from a coming time, or a change with punctuation between, stays open.
        ("The ferry will run from March.", [("March", "2020-03/..")]),
        ("Fares will rise; services from March will be cut.", [("March", "2020-03/..")]),
    ],
)  # fmt: skip
def test_from_the_day_a_change_sets_in_is_that_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


def test_from_a_day_to_another_is_no_open_start() -> None:
    assert read("The meeting will be postponed from Thursday to Friday.") == [
        ("Thursday", "2019-11-21"),
        ("Friday", "2019-11-22"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tour continues November 20th; after a break later that month, it picks up February 7th.",
            [("November 20th", "2019-11-20"), ("later that month", "2019-11"), ("February 7th", "2020-02-07")],
        ),
        (
            "The plant opened in March 2016 and closed later that month.",
            [("March 2016", "2016-03"), ("later that month", "2016-03")],
        ),
        # No month written before it: no date.
        ("The plant opened in 2016 and closed later that month.", [("2016", "2016")]),
        ("He resigned that month.", []),
    ],
)
def test_that_month_is_the_month_written_before_it(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


def test_offsets_are_read_in_linear_time() -> None:
    # Each offset looks back a bounded way for the date it counts from: ten times the text, about ten times the time.
    import time

    unit = "In May it closed two months later; a claim denied earlier in the day, later that month, in two days. "

    def seconds(text: str) -> float:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            find_dates(text, TUESDAY)
            runs.append(time.perf_counter() - start)
        return min(runs)

    ratio = seconds(unit * (300_000 // len(unit))) / max(seconds(unit * (30_000 // len(unit))), 1e-4)
    assert ratio < 25, ratio
