"""A number written like a year that counts something (text.counted_years), read by `draft` as a count."""

from __future__ import annotations

import re

import pytest

from claimtrack.text.counted_years import counts_not_year


def _counts(sentence: str) -> bool:
    found = re.search(r"(?:1[5-9]|20)\d\d", sentence)
    assert found is not None
    return counts_not_year(sentence, found.start(), found.end())


@pytest.mark.parametrize(
    "sentence",
    [
        "412 new cases were recorded, 1650 cases recovered and 2 deaths",
        "Police counted 1800 protesters outside the court.",
        "The vigil drew about 2000 people.",
        "The floods raised the number of deaths in the province to 1931.",
        "It brought the total of infections in the region to 1766 cases.",
    ],
)
def test_a_year_like_number_before_a_plural_or_ending_a_total_is_a_count(sentence: str) -> None:
    assert _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 cases rose by a third.",
        "Since 2010 prices fell.",
        "The 2019 elections were close.",
        "Velmar's 2020 models sold well.",
        "2018 figures show a rise.",
        "The number of cases rose from 2019 to 2021.",
        "It opened in 1998 and 2000 visitors came.",
        "The firm expects fiscal year 2019 sales to grow.",
        "The port opened in 1998.",
    ],
)
def test_a_year_stays_a_year(sentence: str) -> None:
    assert not _counts(sentence)


def test_a_year_like_count_at_a_sentence_end_is_read_with_its_noun() -> None:
    from claimtrack.text.quantity_reader import find_quantities

    read = [(q.text, q.value, q.noun) for q in find_quantities("The siege drew 1500 soldiers.", [])]
    assert read == [("1500", {"exactly": 1500}, "soldier")]  # the full stop after "soldiers" is no part of it


def test_a_year_before_a_singular_in_s_stays_a_year() -> None:
    from claimtrack.text.quantity_reader import find_quantities

    assert find_quantities("It has blurred the top tier of the 2020 class.", []) == []
