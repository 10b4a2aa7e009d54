"""text/tennis.py: a match's sets (games, a tie-break's points), games inside a set, a record and a series read in a
sentence of tennis; pairs whose reading cannot be told left undrafted. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities
from claimtrack.text.tennis import set_scores


def read(sentence: str, sport: str | None = "tennis") -> list[tuple[int, str | None]]:
    return [(m.value["exactly"], m.noun) for m in find_quantities(sentence, [], sport) if "exactly" in m.value]


def test_the_sets_of_a_match_are_games_and_a_tie_break_points() -> None:
    sentence = "Okafor beat Lindqvist 7-6 (7-3), 3-6, 6-2 in the final."
    assert read(sentence) == [(7, "game"), (6, "game"), (7, "point"), (3, "point"), (3, "game"), (6, "game"),
                              (6, "game"), (2, "game")]  # fmt: skip
    notes = [m.notes[0] for m in find_quantities(sentence, [], "tennis")]
    assert notes[0] == "the first set: 7 games to 6"
    assert notes[2] == "the first set's tie-break: 7 points to 3"
    assert notes[-1] == "the third set: 6 games to 2"


def test_a_tie_break_written_with_one_number_is_the_losers_points() -> None:
    sentence = "Okafor defeated Lindqvist 6-3, 7-6 (5) at the tennis open."
    assert read(sentence, None) == [(6, "game"), (3, "game"), (7, "game"), (6, "game"), (5, "point")]
    assert find_quantities(sentence, [])[-1].notes == (
        "the second set's tie-break: 5 points for the player who lost it",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mira Lenz won the final 6-4 in front of 9,000 fans.", [(6, "game"), (4, "game"), (9000, "fan")]),
        ("Lenz broke serve for a 4-2 lead in the second set.", [(4, "game"), (2, "game")]),
        ("She was serving at 5-4 in the final set.", [(5, "game"), (4, "game")]),
        ("Lenz is now 14-2 overall this year.", [(14, "win"), (2, "loss")]),
        ("Lenz is 6-1 in Grand Slam matches against Ortiz.", [(6, "win"), (1, "loss")]),
        ("Lenz leads their head-to-head 5-2.", [(5, "win"), (2, "loss")]),
        ("The win levelled the series 1-1 for Spain.", [(1, "match"), (1, "match")]),
    ],
)  # fmt: skip
def test_games_records_and_series_of_tennis(sentence: str, expected: list[tuple[int, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway beat Chile 2-1 to reach the last eight.",  # a team event's tie: what it counts is not told
        "The game stood at 30-15 when the rain came.",
        "Lenz won 2-1 in the team event.",
    ],
)
def test_a_tennis_pair_that_cannot_be_told_is_left_undrafted(sentence: str) -> None:
    assert read(sentence) == []
    assert set_scores(sentence, "tennis")


def test_other_sports_keep_their_scores() -> None:
    assert read("Wales beat Hungary 2-0 in the UEFA qualifier.", None) == [(2, "goal"), (0, "goal")]
    assert set_scores("Wales beat Hungary 2-0 in the UEFA qualifier.", "soccer") == []
