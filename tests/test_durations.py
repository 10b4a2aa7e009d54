"""text/durations.py: durations in parts (in digits or words) and a race's time on a clock's face, each one value
in its smallest unit; times of day and a game's clock left alone. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, float], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The runner-up was four minutes and 12 seconds behind her.",
         [("four minutes and 12 seconds", {"exactly": 252}, "second")]),
        ("The hearing lasted an hour and 20 minutes.", [("an hour and 20 minutes", {"exactly": 80}, "minute")]),
        ("She held the lead for two years and three months.",
         [("two years and three months", {"exactly": 27}, "month")]),
        ("The final took 3 hours, 5 minutes in the heat.", [("3 hours, 5 minutes", {"exactly": 185}, "minute")]),
        ("The crossing took almost 1 hour 52 minutes.", [("almost 1 hour 52 minutes", {"about": 112}, "minute")]),
    ],
)  # fmt: skip
def test_a_duration_in_parts_is_one_value_in_its_smallest_unit(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She came home just 12 seconds over 3 hours.", [("12", {"exactly": 12}, "second"), ("3", {"exactly": 3}, "hour")]),
        ("The queue moved 90 seconds and 4 minutes apart.",
         [("90", {"exactly": 90}, "second"), ("4", {"exactly": 4}, "minute")]),
    ],
)  # fmt: skip
def test_a_margin_over_a_mark_is_two_values(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Her 2:14:05 finish was the best of the year.", [("2:14:05", {"exactly": 8045}, "second")]),
        ("Nobody had run the course in less than 2:10:00 before.",
         [("less than 2:10:00", {"less_than": 7800}, "second")]),
        ("Ostrowa clocked 2:06:41 to win the marathon.", [("2:06:41", {"exactly": 7601}, "second")]),
        ("He won the mile in 3:51.08 on Saturday.", [("3:51.08", {"exactly": 231.08}, "second")]),
        ("Her winning time of 1:58:02 still stands.", [("1:58:02", {"exactly": 7082}, "second")]),
        ("The relay team ran a 3:12 world record.", [("3:12", {"exactly": 192}, "second")]),
    ],
)  # fmt: skip
def test_a_race_time_is_read_in_seconds(sentence: str, expected: list[object]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The doors open at 10:30 p.m. on Friday.",
        "The march set off at 2:15 and reached the square by 3:40.",
        "Halvorsen scored 2:55 into overtime.",
        "The Owls led with 4:29 left in the game.",
        "Posted 14 March 2019 00:00:00, updated 15 March 2019 09:12:44.",
        "The bus leaves at 7:05 and arrives in 1:50.",
        "The shift runs from 9:00 until 17:30 GMT.",
    ],
)
def test_a_time_of_day_or_a_game_clock_is_no_duration(sentence: str) -> None:
    assert [m for m in find_quantities(sentence, []) if m.noun == "second"] == []
