"""text/over_spans.py: "over" a span after what happened in it means across it, read through the quantity reader.
The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Okoro won three titles over two spells in charge.", [
            ("three", {"exactly": 3}, "title"), ("two", {"exactly": 2}, "spell"),
        ]),
        ("She is testifying over three days in public.", [("three", {"exactly": 3}, "day")]),
        ("Marn scored 10 goals over three seasons.", [
            ("10", {"exactly": 10}, "goal"), ("three", {"exactly": 3}, "season"),
        ]),
        ("Fares kept rising over two years.", [("two", {"exactly": 2}, "year")]),
        # Near misses: "more than" a count of things, after another word, an age, a verb in -s.
        ("The firm has over 2,000 reviews.", [("over 2,000", {"more_than": 2000}, "review")]),
        ("The quay ran for over a decade.", [("over a decade", {"more_than": 1}, "decade")]),
        ("It has been over two years.", [("over two", {"more_than": 2}, "year")]),
        ("Ferries over 50 years old must be scrapped.", [("over 50", {"more_than": 50}, "year")]),
        ("The crossing takes over three days.", [("over three", {"more_than": 3}, "day")]),
        ("Velmar is enabling over 100 ferries.", [("over 100", {"more_than": 100}, "ferry")]),
    ],
)  # fmt: skip
def test_over_a_span_is_across_it(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected
