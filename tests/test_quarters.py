"""text/quarters.py: quarters and halves named by their number, the quarter next to one, and the same span a year
before. The sentences are made up for the tests; each form has near misses that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates
from claimtrack.text.periods import INDIA, Keeper, fiscal_keeper
from claimtrack.text.quarters import OWN_FISCAL_YEAR

TUESDAY = dt.date(2019, 11, 19)
FEBRUARY = dt.date(2020, 2, 12)


def read(
    sentence: str, published: dt.date = TUESDAY, keeper: Keeper | None = None, sport: str | None = None
) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published, keeper=keeper, sport=sport)]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Numbered, with the year written: its months whatever the sentence is about.
        ("Ferry crossings rose in the First Quarter of 2019.", TUESDAY, [("the First Quarter of 2019", "2019-01/2019-03")]),
        ("Arrivals for Second Quarter 2018 were up.", TUESDAY, [("Second Quarter 2018", "2018-04/2018-06")]),
        ("Tolls fell in Q3 2017.", TUESDAY, [("Q3 2017", "2017-07/2017-09")]),
        ("The pier reopens in the fourth quarter of next year.", TUESDAY, [("the fourth quarter of next year", "2020-10/2020-12")]),
        ("The mill closed in the second half of 2016.", TUESDAY, [("the second half of 2016", "2016-41")]),
        # Without its year: the year written earlier, else the publication's, the way the clause points.
        ("In 2016, freight fell in the third quarter.", TUESDAY, [("2016", "2016"), ("the third quarter", "2016-07/2016-09")]),
        ("Resale volumes fell slightly in the third quarter.", TUESDAY, [("the third quarter", "2019-07/2019-09")]),
        ("Resale volumes fell in the fourth quarter.", FEBRUARY, [("the fourth quarter", "2019-10/2019-12")]),
        ("Resale volumes will rise in the fourth quarter.", FEBRUARY, [("the fourth quarter", "2020-10/2020-12")]),
        ("Rents will rise in the first quarter.", TUESDAY, [("the first quarter", "2020-01/2020-03")]),
        ("The board said it expected rents to rise in the first quarter.", dt.date(2014, 4, 2), [("the first quarter", "2014-01/2014-03")]),
        ("Bookings eased in the first half of the year.", TUESDAY, [("the first half of the year", "2019-40")]),
        ("Transactions fell from 6,200 in the second quarter to 6,100 in the third quarter.", TUESDAY, [
            ("the second quarter", "2019-04/2019-06"), ("the third quarter", "2019-07/2019-09"),
        ]),
        # A number of a quarter as a modifier, or before a word of results.
        ("The brewer reported its second-quarter earnings.", TUESDAY, [("second-quarter", "2019-04/2019-06")]),
        ("Third quarter results were weak.", TUESDAY, [("Third quarter", "2019-07/2019-09")]),
        ("First-half profit fell 3%.", TUESDAY, [("First-half", "2019-40")]),
        # Next to another: from the quarter the sentence names, else the publication's.
        ("As of Sep 30, 5,000 flats were let, up 2 per cent from the previous quarter.", TUESDAY, [
            ("Sep 30", "2019-09-30"), ("the previous quarter", "2019-04/2019-06"),
        ]),
        ("Lettings rose in the third quarter from the preceding quarter.", TUESDAY, [
            ("the third quarter", "2019-07/2019-09"), ("the preceding quarter", "2019-04/2019-06"),
        ]),
        ("Tolls rose 4% last quarter.", TUESDAY, [("last quarter", "2019-07/2019-09")]),
        ("The latest quarter includes a tax benefit.", TUESDAY, [("The latest quarter", "2019-07/2019-09")]),
        ("The guidance for the current quarter was weak.", TUESDAY, [("the current quarter", "2019-10/2019-12")]),
        # The same span a year before: the sentence's own quarter or half, a year back.
        ("Compared with the same period last year, lettings were down 11 per cent in the third quarter.", TUESDAY, [
            ("the same period last year", "2018-07/2018-09"), ("the third quarter", "2019-07/2019-09"),
        ]),
        ("Fares rose in the first half of 2018 from the same half a year earlier.", TUESDAY, [
            ("the first half of 2018", "2018-40"), ("the same half a year earlier", "2017-40"),
        ]),
        # "A year earlier" beside a quarter is that quarter a year back.
        ("Second-quarter profit rose to $29 million from $26 million a year earlier.", TUESDAY, [
            ("Second-quarter", "2019-04/2019-06"), ("a year earlier", "2018-04/2018-06"),
        ]),
        ("Fares fell in the fourth quarter from a year ago.", FEBRUARY, [
            ("the fourth quarter", "2019-10/2019-12"), ("a year ago", "2018-10/2018-12"),
        ]),
    ],
)  # fmt: skip
def test_quarters_and_halves_named_by_number(
    sentence: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert read(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A game's quarters and halves, by the sentence's words.
        "The hosts scored 24 points in the third quarter.",
        "The striker equalised with a penalty in the second half.",
        "Their coach was sent off in the first half.",
        # A number as a modifier of no results, a quarter of something, a quarter of a game named.
        "Our third quarter office was small.",
        "Add a quarter cup of sugar.",
        "He ran the third quarter of the race in 58 seconds.",
        "The first half-century of the club was lean.",
        "The team scored 20 second-half points.",
        "The quarter-final was tense.",
        "Her third quarter-mile was slow.",
        # "This quarter" in a season of results may be the quarter reported: left unread.
        "The big trend this quarter is weak revenue.",
        # The same period with no quarter or half in the sentence to count from.
        "Sales were down on the same period last year.",
    ],
)
def test_no_quarter_where_none_is_meant(sentence: str) -> None:
    assert read(sentence) == []


def test_a_page_of_sport_reads_no_quarter_without_a_year() -> None:
    assert read("Kowalski left the court in the second quarter with a cut.", sport="basketball") == []
    assert read("Kowalski left the court in the second quarter with a cut.") == []  # "court"
    assert read("Kowalski left the office in the second quarter with a cut.") == [
        ("the second quarter", "2019-04/2019-06")
    ]


def test_a_page_that_names_its_own_fiscal_year_reads_no_quarter_without_a_year() -> None:
    page = "The retailer earned $2 billion in the third quarter. It sees fiscal 2019 sales growth of 2 percent."
    assert fiscal_keeper(page) == OWN_FISCAL_YEAR
    assert fiscal_keeper("The state's fiscal deficit widened.") is None
    assert fiscal_keeper("India's fiscal 2020 budget.") == INDIA
    assert read("The retailer earned $2 billion in the third quarter.", keeper=OWN_FISCAL_YEAR) == []
    assert read("The retailer earned $2 billion in the third quarter of 2019.", keeper=OWN_FISCAL_YEAR) == [
        ("the third quarter of 2019", "2019-07/2019-09")
    ]
    # Its fiscal years stay the years their names give, as with no keeper.
    assert read("Growth for fiscal 2019 is seen at 2%.", keeper=OWN_FISCAL_YEAR) == [("fiscal 2019", "2019")]


def test_a_year_before_without_a_quarter_keeps_its_reading() -> None:
    assert read("Fares rose a year ago.") == [("a year ago", "2018-11")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As of Sep 30, 900 cases were open.", [("Sep 30", "2019-09-30")]),
        ("The vote fell on Oct 3, 2018.", [("Oct 3, 2018", "2018-10-03")]),
        ("Prices rose on Dec 2 and fell on Jan 14.", [("Dec 2", "2018-12-02"), ("Jan 14", "2019-01-14")]),
        # Near misses: an abbreviation before a clock time or a year (the year alone is read), a name.
        ("Updated Oct 07:30 GMT.", []),
        ("The Sep 2019 figures were revised.", [("2019", "2019")]),
        ("Jan Smit scored.", []),
    ],
)  # fmt: skip
def test_an_abbreviated_month_without_a_dot_before_a_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected
