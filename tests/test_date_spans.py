"""text/date_spans.py: two dates written as the ends of one span are one interval. The sentences are made up for
the tests; the near misses keep their two dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates

FRIDAY = dt.date(2019, 10, 25)


def read(sentence: str, published: dt.date = FRIDAY) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between June and September, ferry bookings fell.", [("Between June and September", "2019-06/2019-09")]),
        ("Fares rose from March to May, the board said.", [("from March to May", "2019-03/2019-05")]),
        ("The fair runs from June 3 to June 7.", [("from June 3 to June 7", "2019-06-03/2019-06-07")]),
        ("The quay stayed shut from 2 March until 9 April 2018.", [("from 2 March until 9 April 2018", "2018-03-02/2018-04-09")]),
        ("Tolls were flat between January and March 2018.", [("between January and March 2018", "2018-01/2018-03")]),
        ("The film took $4 million Friday through Sunday.", [("Friday through Sunday", "2019-10-25/2019-10-27")]),
        ("The bridge will be shut between Monday and Wednesday.", [("between Monday and Wednesday", "2019-10-28/2019-10-30")]),
        ("The ferry sails June–September.", [("June–September", "2019-06/2019-09")]),
        ("Tolls fell between June 2018 and March.", [("between June 2018 and March", "2018-06/2019-03")]),
        ("Storms come from November to February.", [("from November to February", "2019-11/2020-02")]),
    ],
)  # fmt: skip
def test_two_dates_as_the_ends_of_one_span(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Two dates listed, a thing moved from one to the other, ends of different precision, a "to" without "from".
        ("Fares rose in June and September.", [("June", "2019-06"), ("September", "2019-09")]),
        ("The vote was postponed from Tuesday to Friday.", [("Tuesday", "2019-10-22"), ("Friday", "2019-10-25")]),
        ("The launch was pushed back from March to May.", [("March", "2019-03"), ("May", "2019-05")]),
        ("The fee rises from 20% in March to 25% in May.", [("March", "2019-03"), ("May", "2019-05")]),
        ("The fair opened Apr 26, 2019-Wednesday.", [("Apr 26, 2019", "2019-04-26"), ("Wednesday", "2019-10-23")]),
        ("Tolls fell between 2017 and March.", [("2017", "2017"), ("March", "2017-03")]),
        ("He spoke on Monday to the council.", [("on Monday", "2019-10-21")]),
    ],
)  # fmt: skip
def test_dates_that_are_no_span_keep_their_two_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected
