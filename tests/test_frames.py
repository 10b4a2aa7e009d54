"""text/frames.py: a time as the frame of a comparison is no date. The sentences are made up for the tests; the
near misses keep their dates."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates

WEDNESDAY = dt.date(2018, 5, 30)


def read(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, WEDNESDAY)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It would be the hottest day this summer for the port.", []),
        ("Its biggest drop so far this year came in May.", [("May", "2018-05")]),
        ("The ferry had its best month this season.", []),
        ("It was the most crowded weekend last year.", []),
        # Near misses: no superlative, or a superlative since a time (an open interval).
        ("The latest figures this year show growth.", [("this year", "2018")]),
        ("The harvest this year was poor.", [("this year", "2018")]),
        ("It was the hottest day since 2010.", [("2010", "2010/..")]),
        ("The hottest day was on Monday.", [("on Monday", "2018-05-28")]),
    ],
)  # fmt: skip
def test_a_frame_of_comparison_is_no_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected
