"""A count of 0 written in digits is a count a fact-checker can check ("0 people were hurt"), and `draft` drafts
it as any other count; a 0 that counts nothing (a speed's start, a score's side read as a result) is no count
of 0. Words are not read as 0: "no one was injured" is a negation, not a number, and "zero people" is left to
the number-word reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import archived_article
from helpers import invoke as run


def _drafted(tmp_path: Path, sentence: str) -> list[tuple[str | None, object]]:
    root = archived_article(tmp_path, f"Storm news\n\n{sentence}\n", source_id="storm", published="2022-05-05")
    code, out, _ = run(root, "draft", "storm", "--format", "json")
    assert code == 0, out
    return [(draft["property"], draft["value"]) for draft in json.loads(out)["drafts"]]


@pytest.mark.parametrize(
    ("sentence", "drafted"),
    [
        ("In Oster, 0 people were hurt.", [("people_injured", {"exactly": 0, "unit": "person"})]),
        ("The Velmar storm killed 0 people.", [("death_toll", {"exactly": 0, "unit": "person"})]),
        ("Lund reported 0 deaths from the storm.", [("death_count", {"exactly": 0, "unit": "death"})]),
        ("Velmar has 0 hospitals.", [("hospital_count", {"exactly": 0, "unit": "hospital"})]),
    ],
)
def test_a_count_of_0_in_digits_is_drafted(tmp_path: Path, sentence: str, drafted: list[object]) -> None:
    assert _drafted(tmp_path, sentence) == drafted


@pytest.mark.parametrize(
    "sentence",
    [
        "The Velmar car goes from 0 to 60 mph in five seconds.",  # a speed's start: no count of 0
        "No one was injured in Lund.",  # a negation, no number
        "Nobody in Velmar was hurt.",
    ],
)
def test_no_count_of_0_where_none_is_written(tmp_path: Path, sentence: str) -> None:
    assert [
        value for _, value in _drafted(tmp_path, sentence) if isinstance(value, dict) and value.get("exactly") == 0
    ] == []
