"""text/said_twice.py: a relative year said again by a finer date of its clause is one value, the finer. The
sentences are made up for the tests; the near misses keep both dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates

TUESDAY = dt.date(2019, 11, 19)


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, TUESDAY)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Last year we started harvest July 19th.", [("July 19th", "2018-07-19")]),
        ("The fair began earlier this year with a parade in September.", [("September", "2019-09")]),
        ("Next year the ferry returns in March.", [("March", "2020-03")]),
        ("Last year the port shut on May 3.", [("May 3", "2018-05-03")]),
        # Near misses: a clause break between them, a year written with the finer date, no finer date.
        ("Last year, the port grew; in May it shrank.", [("Last year", "2018"), ("May", "2019-05")]),
        ("Fares rose this year and in May.", [("this year", "2019"), ("May", "2019-05")]),
        ("The port will open next year in December 2021.", [("next year", "2020"), ("December 2021", "2021-12")]),
        ("Tolls rose 3% last year.", [("last year", "2018")]),
    ],
)  # fmt: skip
def test_a_relative_year_said_again_by_a_finer_date_is_one_value(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert read(sentence) == expected


def test_the_finer_date_moved_to_the_year_after_the_publication_lies_after_it() -> None:
    (found,) = find_dates("Next year the ferry returns in March.", TUESDAY)
    assert found.after_publication
    assert found.note == "'March' read as 2020-03, in 'Next year' written before it in its clause"
