"""text/elided_nouns.py: a number written without its noun counts what the count right before it counts, read
through the quantity reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marn scored 31 points on Friday, and Okoro had 12.", [
            ("31", {"exactly": 31}, "point"), ("12", {"exactly": 12}, "point"),
        ]),
        ("The keeper made 40 saves, including 18 in the second half.", [
            ("40", {"exactly": 40}, "save"), ("18", {"exactly": 18}, "save"),
        ]),
        ("The board invited four of the bidders, but only two replied.", [
            ("four", {"exactly": 4}, "bidder"), ("two", {"exactly": 2}, "bidder"),
        ]),
        ("The six ferries, chosen from nine that applied, start in May.", [
            ("six", {"exactly": 6}, "ferry"), ("nine", {"exactly": 9}, "ferry"),
        ]),
        ("The flood displaced more than 20 million people, up from about 12 million.", [
            ("more than 20 million", {"more_than": 20_000_000}, "person"),
            ("about 12 million", {"about": 12_000_000}, "person"),
        ]),
        ("The old feed ran at 25fps, the new one at 50.", [
            ("25fps", {"exactly": 25}, "fps"), ("50", {"exactly": 50}, "fps"),
        ]),
        # "Others" names the noun before again, whatever the bound of the first count.
        ("The blast killed at least 4 sailors and injured 12 others.", [
            ("at least 4", {"at_least": 4}, "sailor"), ("12", {"exactly": 12}, "sailor"),
        ]),
        ("Three people died and 20 others were hurt.", [
            ("Three", {"exactly": 3}, "person"), ("20", {"exactly": 20}, "person"),
        ]),
        # Near misses of "others": no count before, or one in brackets.
        ("Police questioned 5 others.", [("5", {"exactly": 5}, "other")]),
        ("The storm sank 3 boats (2 others drifted).", [
            ("3", {"exactly": 3}, "boat"), ("2", {"exactly": 2}, "other"),
        ]),
        # Near misses: another kind before it, an adjective, a name, brackets, a tally, nothing before.
        ("Fares rose 5 percent in March; 300 complained.", [
            ("5 percent", {"exactly": 5}, "percent"), ("300", {"exactly": 300}, None),
        ]),
        ("Police seized $5 million and arrested 12.", [
            ("$5 million", {"exactly": 5_000_000}, "USD"), ("12", {"exactly": 12}, None),
        ]),
        ("The 13-inch laptop scored 870.", [("13", {"exactly": 13}, "inch"), ("870", {"exactly": 870}, None)]),
        ("The shop sold 12 boats last year (3).", [("12", {"exactly": 12}, "boat"), ("3", {"exactly": 3}, None)]),
        ("They listed 40 shows (more than 60).", [
            ("40", {"exactly": 40}, "show"), ("more than 60", {"more_than": 60}, None),
        ]),
        ("The Otters had 12 wins before they lost four of five.", [
            ("12", {"exactly": 12}, "win"), ("four", {"exactly": 4}, None), ("five", {"exactly": 5}, None),
        ]),
        ("She ran in the 1,000 Guineas with 14.", [
            ("1,000", {"exactly": 1000}, "guinea"), ("14", {"exactly": 14}, None),
        ]),
        ("The index closed at 1,204.", [("1,204", {"exactly": 1204}, "point")]),  # an index's level: implied_nouns
    ],
)  # fmt: skip
def test_a_bare_number_counts_what_the_count_before_it_counts(
    sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]
) -> None:
    assert read(sentence) == expected
