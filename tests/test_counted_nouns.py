"""text/counted_nouns.py: the noun a number counts past the modifiers before it, read through the quantity
reader. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.text.quantity_reader import find_quantities


def counted(sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An adverb before the modifier.
        ("The auditors filed two highly critical reports.", [("two", "report")]),
        ("Velmar hired three relatively younger pilots.", [("three", "pilot")]),
        ("Inspectors found 12 newly built ferries.", [("12", "ferry")]),
        # Modifiers joined by "and" or "or".
        ("Power was cut in 14 Northern and coastal Otter counties.", [("14", "county")]),
        ("It hired 600 maintenance and cleaning workers.", [("600", "worker")]),
        ("Five regional or national carriers bid.", [("Five", "carrier")]),
        # An initialism in capitals is no plural; a people's name is.
        ("The agency picked nine CLPS companies.", [("nine", "company")]),
        ("About 4,000 Pakistanis live abroad.", [("About 4,000", "pakistani")]),
        # A noun in -ing after a hyphenated modifier.
        ("She had one in-person meeting with him.", [("one", "meeting")]),
        # Near misses that keep their reading.
        ("There are 5 daily flights.", [("5", None)]),
        ("It rose 5 sharply.", [("5", None)]),
        ("Velmar has 12 boats and 3 tugs.", [("12", "boat"), ("3", "tug")]),
        ("The 30 boats quickly sank.", [("30", "boat")]),
        ("Fog left 30 stranded and 12 more waited.", [("30", None), ("12", None)]),
        ("Seven Otter captains and 40 crews sailed.", [("Seven", "captain"), ("40", "crew")]),
        ("Three SUVs were sold.", [("Three", "suv")]),
        ("They saw 12 Democrats and Republicans.", [("12", "democrat")]),
    ],
)  # fmt: skip
def test_the_noun_counted_past_its_modifiers(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert counted(sentence) == expected
