"""text/compound_counts.py, read through the quantity reader: counts written as compound adjectives and counts of
one, and the names and set phrases that look like them. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.compound_counts import hyphen_adjective, one_counts
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Turbine-style 22-inch wheels were fitted.", [("22", {"exactly": 22}, "inch")]),
        ("Apple-designed 11-inch screens were fitted.", [("11", {"exactly": 11}, "inch")]),
        ("Velmar built a luxury four-door GT car.", [("four", {"exactly": 4}, "door")]),
        ("The ferry has a 6-inch LCD display.", [("6", {"exactly": 6}, "inch")]),
        ("The 40-year stagnation in wages goes on.", [("40", {"exactly": 40}, "year")]),
        ("The compact four-door has been redesigned.", [("four", {"exactly": 4}, "door")]),
        ("The captain signed a one-year contract.", [("one", {"exactly": 1}, "year")]),
        ("The yard had only one crane.", [("one", {"exactly": 1}, "crane")]),
        ("The port lost just one tug.", [("one", {"exactly": 1}, "tug")]),
        ("Exactly one ferry was lost.", [("one", {"exactly": 1}, "ferry")]),
        ("Forty sailors, including one woman, were saved.", [
            ("Forty", {"exactly": 40}, "sailor"), ("one", {"exactly": 1}, "woman"),
        ]),
        ("Each quay, having one berth, was full.", [("one", {"exactly": 1}, "berth")]),
        ("Divers found at least one wreck where the chart showed none.", [("at least one", {"at_least": 1}, "wreck")]),
        # "One" in a list after a count.
        ("The harbour master has two sons and one daughter.", [
            ("two", {"exactly": 2}, "son"), ("one", {"exactly": 1}, "daughter"),
        ]),
        ("Charges: two county warrants, one out-of-county warrant, theft.", [
            ("two", {"exactly": 2}, "warrant"), ("one", {"exactly": 1}, "warrant"),
        ]),
        ("Crews fixed 20 cranes, one tug and 3 boats.", [
            ("20", {"exactly": 20}, "crane"), ("one", {"exactly": 1}, "tug"), ("3", {"exactly": 3}, "boat"),
        ]),
        # A charge's count: "one count of" a crime, as "six counts of".
        ("The skipper faces one count of theft and one count of second degree assault.", [
            ("one", {"exactly": 1}, "count"), ("one", {"exactly": 1}, "count"),
        ]),
        ("She faces six counts of fraud and one count of perjury.", [
            ("six", {"exactly": 6}, "count"), ("one", {"exactly": 1}, "count"),
        ]),
        # Near misses: a verb, a time, a partitive or "more" after the listed "one".
        ("It needs two ferries, one carrying cars and the other freight.", [("two", {"exactly": 2}, "ferry")]),
        ("She sank two buoys, and one day later she left.", [("two", {"exactly": 2}, "buoy")]),
        ("They have three sons, one of whom is a pilot.", [("three", {"exactly": 3}, "son")]),
        ("It took two weeks and one more try.", [("two", {"exactly": 2}, "week")]),
        # A decimal measure before an acronym and a noun measures a kind of thing, not a name.
        ("The tug has the same 5.0-liter V8 engine.", [("5.0", {"exactly": 5}, "liter")]),
        ("A 3.5-litre V6 engine was fitted.", [("3.5", {"exactly": 3.5}, "litre")]),
    ],
)  # fmt: skip
def test_compound_and_one_counts(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Veterans of the Six-Day War met.",
        "She finished 80 Day Obsession last year.",
        "The talks backed a two-state solution.",
        "The country kept its one-child policy and a two-party system.",
        "Velmar said that the new 2.0-liter will use less fuel.",
        "The new 16-inch is faster.",
        "The 13-inch Navtab Pro shipped.",
        "One of the ferries sank in one case.",
        "One day the harbour closed, as one pilot said.",
        "The firm had one more, and one with a crane, and just one thing.",
        "He almost had one against Velmar, and I have one myself.",
        "It happened again, including one last month.",
        "With one hand he steered.",
        "At least one of the ferries sank, and she wanted at least one more.",
        "The 16-inch M1 Navtab shipped.",
        "By one count, the ferry was late; one count of the ballots was lost.",
    ],
)
def test_names_set_phrases_and_pronouns_are_no_counts(sentence: str) -> None:
    assert read(sentence) == []


def test_the_helpers_say_why() -> None:
    assert hyphen_adjective("Turbine-style")
    assert not hyphen_adjective("Coca-Cola")
    assert not hyphen_adjective("Al-idah")
    sentence = "It had only one berth."
    start = sentence.index("one")
    assert one_counts(sentence, start, start + 3)
    assert not one_counts("It had one of them.", 7, 10)
