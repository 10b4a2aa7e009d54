"""text/decade_ages.py: an age given by its decade, read through the quantity reader. The sentences are made up for
the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None, str]]:
    return [(m.text, m.value, m.noun, m.kind) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Roles for sailors in their mid-50s are rare.", [("mid-50s", {"at_least": 54, "at_most": 56}, "year", "age")]),
        ("A pilot in his early thirties and a cook in her late 20s.", [
            ("early thirties", {"at_least": 30, "at_most": 33}, "year", "age"),
            ("late 20s", {"at_least": 27, "at_most": 29}, "year", "age"),
        ]),
        ("The crew, all in their 40s, sailed.", [("40s", {"at_least": 40, "at_most": 49}, "year", "age")]),
        ("A skipper in his upper sixties retired.", [
            ("upper sixties", {"at_least": 67, "at_most": 69}, "year", "age"),
        ]),
        # Near misses: a decade of the calendar, a level, a year's decade.
        ("Ferries of the late 60s were slow, and polls got into the high forties.", []),
        ("It happened in the mid-90s, in their 1990s catalogue.", []),
    ],
)  # fmt: skip
def test_an_age_given_by_its_decade(sentence: str, expected: list[tuple[str, dict[str, Any], str | None, str]]) -> None:
    assert read(sentence) == expected
