"""text/score_states.py: a game's score at a moment ("tied it at 3", "knot it at 103-all", "cut it to 110-109"); the
verb of result nearest a score (text/scores.py); a basketball shot named by its points, "a 3", no count
(text/numbered_names.py). The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str, sport: str | None) -> list[tuple[int, str | None, str]]:
    return [(m.value["exactly"], m.noun, m.notes[0] if m.notes else "") for m in find_quantities(sentence, [], sport)]


@pytest.mark.parametrize(
    ("sentence", "sport", "expected"),
    [
        ("Okafor tied it at 2 with a solo homer.", "baseball", [(2, "run", "a tie: 2 runs each")]),
        ("A late basket knotted the game at 88-all.", "basketball", [(88, "point", "a tie: 88 points each")]),
        ("Lenz cut it to 97-95 with a layup.", "basketball",
         [(97, "point", "a score at a moment: 97 points to 95"), (95, "point", "a score at a moment: 97 points to 95")]),
        ("Kelso made it 2-0 before the break.", "soccer",
         [(2, "goal", "a score at a moment: 2 goals to 0"), (0, "goal", "a score at a moment: 2 goals to 0")]),
    ],
)  # fmt: skip
def test_a_score_at_a_moment(sentence: str, sport: str, expected: list[object]) -> None:
    assert read(sentence, sport) == expected


@pytest.mark.parametrize(
    ("sentence", "sport"),
    [
        ("The clubs tied it at the death.", "soccer"),
        ("He made it 3-2 in the vote.", None),
        ("They cut costs to 20-25 percent.", "basketball"),
    ],
)
def test_no_score_at_a_moment(sentence: str, sport: str | None) -> None:
    assert [m for m in find_quantities(sentence, [], sport) if m.kind == "score"] == []


def test_the_verb_of_result_nearest_the_score_reads_it() -> None:
    sentence = "Ostra won again and the Velmar Rovers beat the St. Kelso Harriers 5-3 on Sunday."
    assert [(v, n) for v, n, _ in read(sentence, "baseball")] == [(5, "run"), (3, "run")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okafor missed a 3, and the Owls held on.", []),
        ("Lenz cut the gap with a 3 with 20 seconds left.", []),
        ("Sales saw a 3 percent rise.", [(3, "percent", "")]),
    ],
)
def test_a_shot_named_by_its_points_counts_nothing(sentence: str, expected: list[object]) -> None:
    assert read(sentence, None) == expected
