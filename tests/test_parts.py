"""text/parts.py: a part named by a pronoun counts what its whole counts, read through the quantity reader. The
sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marn sailed 22 crossings, 12 of them at night.", [
            ("22", {"exactly": 22}, "crossing"), ("12", {"exactly": 12}, "crossing"),
        ]),
        ("More than 30 boats sank, 12 of which were ferries.", [
            ("More than 30", {"more_than": 30}, "boat"), ("12", {"exactly": 12}, "boat"),
        ]),
        ("About 50 passengers, 12 of them children, were rescued.", [
            ("About 50", {"about": 50}, "passenger"), ("12", {"exactly": 12}, "child"),
        ]),
        # Near misses: no pronoun, no whole, a whole of another kind.
        ("The Otters won 12 of 13.", [("12", {"exactly": 12}, None), ("13", {"exactly": 13}, None)]),
        ("Of them, 12 stayed.", [("12", {"exactly": 12}, None)]),
        ("Police seized $5 million, 2 of which was cash.", [
            ("$5 million", {"exactly": 5_000_000}, "USD"), ("2", {"exactly": 2}, None),
        ]),
    ],
)  # fmt: skip
def test_a_part_counts_what_its_whole_counts(
    sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]
) -> None:
    assert read(sentence) == expected
