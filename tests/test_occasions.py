"""text/occasions.py: "once", "twice", "thrice" and "more than double" as counts of times, and the words where they
are none; units written short ("43-yr"). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, float], str | None, str | None]]:
    return [(m.text, m.value, m.noun, m.per) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry had twice been cancelled by the storm.", [("twice", {"exactly": 2}, "times", None)]),
        ("The council has met only once since the vote.", [("once", {"exactly": 1}, "times", None)]),
        ("Her phone was stolen once in the first week.", [("once", {"exactly": 1}, "times", None)]),
        ("The tariff is reviewed twice a year.", [("twice", {"exactly": 2}, "times", "year")]),
        ("She has won the regatta thrice.", [("thrice", {"exactly": 3}, "times", None)]),
        ("The groom, twice her age, said nothing.", [("twice", {"exactly": 2}, "times", None)]),
        ("The new range is more than double the old one.", [("more than double", {"more_than": 2}, "times", None)]),
        ("He has nearly twice the points of his rival.", [("nearly twice", {"about": 2}, "times", None)]),
        ("Her goal will double the lead.", [("double", {"exactly": 2}, "times", None)]),
        ("The council tripled the fee in 2012.", [("tripled", {"exactly": 3}, "times", None)]),
    ],
)  # fmt: skip
def test_a_count_of_times_in_one_word(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Once the rain stops, the match will resume.",
        "The bridge was once a busy crossing.",
        "It was what once would have been a fine result.",
        "Prices are once again rising.",
        "They visited more than once.",
        "She had to decide at once.",
        "The once-proud mill is closed.",
        "The tank holds twice as much water.",
        "The mayor doubled down on the slogan.",
        "They won the doubles title.",
        "Unemployment reached double digits.",
    ],
)
def test_words_that_are_no_count_of_times(sentence: str) -> None:
    assert [m for m in find_quantities(sentence, []) if m.noun == "times"] == []


def test_a_scorers_twice_stays_goals() -> None:
    assert read("Okonkwo scored twice for the visitors.") == [("twice", {"exactly": 2}, "goal", None)]


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [("A 43-yr sentence was cut.", "year"), ("The walk takes 12 mins.", "minute"), ("He slept 6 hrs.", "hour")],
)
def test_a_unit_written_short_is_named_in_full(sentence: str, noun: str) -> None:
    assert [m.noun for m in find_quantities(sentence, [])] == [noun]
