"""text/match_clock.py: a time on a game's clock is no quantity, read through the quantity reader. The sentences
are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.match_clock import match_clock
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str, sport: str | None = None) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [], sport)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okoro sealed it six minutes from time.",
        "The Otters levelled two minutes before half-time and won it 30 seconds from the final whistle.",
        "Marn struck five minutes from the end.",
        "Okoro scored ten minutes into the second half.",
        "She was sent off 20 minutes into her debut.",
        "Marn hit the bar inside the opening five minutes of the match.",
        "They conceded in the last three minutes of the first half.",
    ],
)
def test_a_time_on_a_game_clock_is_no_quantity(sentence: str) -> None:
    assert read(sentence) == []


def test_a_stretch_of_play_without_its_game_needs_a_sport() -> None:
    sentence = "Okoro scored in the first 10 minutes."
    assert read(sentence, "soccer") == []
    assert match_clock(sentence, None) == []
    assert read(sentence) == [("10", {"exactly": 10}, "minute")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A match's length, a time between two events, a span after a meal: quantities.
        ("The final lasted 90 minutes.", [("90", {"exactly": 90}, "minute")]),
        ("Ten minutes later, Okoro scored.", [("Ten", {"exactly": 10}, "minute")]),
        ("Drink within the first 30 minutes after a meal.", [("within the first 30", {"at_most": 30}, "minute")]),
        ("The alarm rang 10 minutes after the break-in.", [("10", {"exactly": 10}, "minute")]),
        ("The ferry docked three hours into the voyage.", [("three", {"exactly": 3}, "hour")]),
    ],
)  # fmt: skip
def test_near_misses_stay_quantities(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected
