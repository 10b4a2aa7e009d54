"""A product's specifications beside model names and model years: a model year in a list of models is part of
the name, a decimal before a unit of time after a name measures, and an acceleration's "0 to 60 miles" is a label
(text/date_words.py, text/not_quantities.py). The sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> tuple[list[str], list[tuple[str, dict[str, float]]]]:
    dates = find_dates(sentence, dt.date(2016, 4, 1))
    quantities = find_quantities(sentence, [(d.start, d.end) for d in dates])
    return [d.text for d in dates], [(q.text, q.value) for q in quantities]


def test_a_list_of_models_with_their_years() -> None:
    sentence = (
        "The 2016 Velmar Sprint takes about 7.9 seconds, 2016 Ostra Volt E 8.6 seconds and Kelso Lite under 11 seconds."
    )
    assert read(sentence) == (
        [],
        [("about 7.9", {"about": 7.9}), ("8.6", {"exactly": 8.6}), ("under 11", {"less_than": 11})],
    )


def test_a_model_year_after_and_in_a_list_of_models() -> None:
    sentence = "It goes farther than the 2016 Velmar Sprint and 2016 Ostra Volt E, which manage 90 miles."
    assert read(sentence) == ([], [("90", {"exactly": 90})])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar can reach 0 to 60 miles in under five seconds.",
        "The Ostra needs 9 seconds to accelerate from 0 to 60 miles.",
    ],
)
def test_an_acceleration_written_without_per_hour_is_a_label(sentence: str) -> None:
    assert all(q[1].get("at_least") != 0 and q[1].get("exactly") not in (0, 60) for q in read(sentence)[1])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Couriers drive 0 to 60 miles a day.", ([], [("0 to 60", {"at_least": 0, "at_most": 60})])),
        ("Sales rose in 2015 and 2016 Ostra sales fell.", (["2015", "2016"], [])),
        ("The Model 3 sedan has 4 doors.", ([], [("4", {"exactly": 4})])),
    ],
)
def test_near_misses_keep_their_reading(sentence: str, expected: object) -> None:
    assert read(sentence) == expected
