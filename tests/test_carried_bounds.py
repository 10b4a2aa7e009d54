"""text/carried_bounds.py: a bound carried on to the same quantity restated in other units and to each item of
a list it leads, read through the quantity reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bound before a list holds for each item, joined by commas, "and" or "or".
        (
            "The ferry carries up to six lifeboats, four rafts, and ten inflatable buoys.",
            [
                ("up to six", {"at_most": 6}, "lifeboat"),
                ("four", {"at_most": 4}, "raft"),
                ("ten", {"at_most": 10}, "buoy"),
            ],
        ),
        (
            "The shelter took in more than 20 dogs and 15 cats.",
            [
                ("more than 20", {"more_than": 20}, "dog"),
                ("15", {"more_than": 15}, "cat"),
            ],
        ),
        (
            "The warranty covers up to 5 years or 60,000 miles.",
            [
                ("up to 5", {"at_most": 5}, "year"),
                ("60,000", {"at_most": 60_000}, "mile"),
            ],
        ),
        (
            "Inspectors found about 40 cracked rivets, 12 bent plates and 3 loose bolts.",
            [
                ("about 40", {"about": 40}, "rivet"),
                ("12", {"about": 12}, "plate"),
                ("3", {"about": 3}, "bolt"),
            ],
        ),
        (
            "Offenders face fines of at least $500 and $900 after a second warning.",
            [
                ("at least $500", {"at_least": 500}, "USD"),
                ("$900", {"at_least": 900}, "USD"),
            ],
        ),
        (
            "Ferries may carry no more than 5 boats and 12 tugs.",
            [
                ("no more than 5", {"at_most": 5}, "boat"),
                ("12", {"at_most": 12}, "tug"),
            ],
        ),
        # A restatement in other units keeps the first one's bound.
        (
            "The yard spent up to $12.9bn (£10bn) on cranes.",
            [
                ("up to $12.9bn", {"at_most": 12_900_000_000}, "USD"),
                ("£10bn", {"at_most": 10_000_000_000}, "GBP"),
            ],
        ),
        (
            "It holds about 2,750 tons, or 2,500 metric tons, of water.",
            [
                ("about 2,750", {"about": 2750}, "ton"),
                ("2,500", {"about": 2500}, "metric ton"),
            ],
        ),
        # Near misses: the list ends at a verb, at a word after the noun, at another kind of quantity, or at a
        # number that counts nothing; a bound is never carried back, nor from an exact first item.
        (
            "More than 20 sailors drowned and 15 were rescued.",
            [
                ("More than 20", {"more_than": 20}, "sailor"),
                ("15", {"exactly": 15}, "sailor"),  # the noun left out (elided_nouns), not the bound
            ],
        ),
        (
            "The hull is just over 16 feet long and six feet wide.",
            [
                ("just over 16", {"more_than": 16}, "foot"),
                ("six", {"exactly": 6}, "foot"),
            ],
        ),
        (
            "Police seized nearly 30 grams of cocaine and 5 grams of heroin.",
            [
                ("nearly 30", {"about": 30}, "gram"),
                ("5", {"exactly": 5}, "gram"),
            ],
        ),
        (
            "Over 20 lawyers and investigators and $35 million later, the inquiry closed.",
            [
                ("Over 20", {"more_than": 20}, "lawyer"),
                ("$35 million", {"exactly": 35_000_000}, "USD"),
            ],
        ),
        (
            "About 50 passengers, 12 of them children, were rescued.",
            [
                ("About 50", {"about": 50}, "passenger"),
                ("12", {"exactly": 12}, "child"),
            ],
        ),
        (
            "The port has 20 cranes and up to 15 tugs.",
            [
                ("20", {"exactly": 20}, "crane"),
                ("up to 15", {"at_most": 15}, "tug"),
            ],
        ),
        (
            "Up to 30 ferries sailed; 12 tugs stayed in port.",
            [
                ("Up to 30", {"at_most": 30}, "ferry"),
                ("12", {"exactly": 12}, "tug"),
            ],
        ),
        (
            "Between 5 and 7 percent of crews and 12 pilots left.",
            [
                ("Between 5 and 7 percent", {"at_least": 5, "at_most": 7}, "percent"),
                ("12", {"exactly": 12}, "pilot"),
            ],
        ),
    ],
)
def test_carried_bounds(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected
