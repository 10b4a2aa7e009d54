"""text/quantity_bounds.py: the bound a quantity's words give it, before and after the number, and ages after
"aged", read through the quantity reader. The sentences are made up for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_bounds import bound_after, bound_before
from claimtrack.text.quantity_reader import find_quantities


def read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A negated comparison is the opposite bound, never the comparison itself.
        ("The ferry may carry no more than 40 cars.", [("no more than 40", {"at_most": 40}, "car")]),
        ("Crews may work no longer than 12 hours a shift.", [("no longer than 12", {"at_most": 12}, "hour")]),
        ("Pilots must be not older than 65 years.", [("not older than 65", {"at_most": 65}, "year")]),
        ("A fare not exceeding 30 euros applies.", [("not exceeding 30", {"at_most": 30}, "EUR")]),
        ("The berth is no shorter than 90 metres.", [("no shorter than 90", {"at_least": 90}, "metre")]),
        ("Cadets older than 17 may sail.", [("older than 17", {"more_than": 17}, None)]),
        ("Tugs lighter than 20 tonnes were kept.", [("lighter than 20", {"less_than": 20}, "tonne")]),
        # Within a span is at most that span, in digits, in words, or one unit.
        ("The harbour must answer within 10 days.", [("within 10", {"at_most": 10}, "day")]),
        ("Most cargo clears within two weeks of arrival.", [("within two", {"at_most": 2}, "week")]),
        ("The yard reopened within a month.", [("within a month", {"at_most": 1}, "month")]),
        ("Docks stay shut within 5 miles of the storm.", [("within 5", {"at_most": 5}, "mile")]),
        # "Upto" written as one word; "as many as" and "as high as" at most, "as few as" and "as low as" at least.
        ("Contractors may win work of upto Rs 40 lakh.", [("upto Rs 40 lakh", {"at_most": 4_000_000}, "INR")]),
        ("Fares start as low as $29 and reach as high as $90.", [
            ("as low as $29", {"at_least": 29}, "USD"), ("as high as $90", {"at_most": 90}, "USD"),
        ]),
        ("As few as 3 tugs and as many as 40 barges waited.", [
            ("As few as 3", {"at_least": 3}, "tug"), ("as many as 40", {"at_most": 40}, "barge"),
        ]),
        ("The wave was as tall as 12 feet; crews rest for as little as two weeks.", [
            ("as tall as 12", {"at_most": 12}, "foot"), ("as little as two", {"at_least": 2}, "week"),
        ]),
        # Near miss: "as long as" sets a condition.
        ("As long as 80 percent agree, the port opens.", [("80 percent", {"exactly": 80}, "percent")]),
        # Approximations.
        ("The crossing could be more like 90 minutes.", [("more like 90", {"about": 90}, "minute")]),
        ("Repairs cost something like $40 million.", [("something like $40 million", {"about": 40_000_000}, "USD")]),
        ("It moved in the region of 8,000 tons.", [("in the region of 8,000", {"about": 8000}, "ton")]),
        ("The quay lost nearly three dozen cranes.", [("nearly three dozen", {"about": 36}, "crane")]),
        # "Up" that belongs to its verb: the amount reached, exactly.
        ("The ferry can top up to 80 percent in an hour.", [("80 percent", {"exactly": 80}, "percent")]),
        ("The port ramped up to 20 sailings a day.", [("20", {"exactly": 20}, "sailing")]),
        ("The battery holds up to 80 percent.", [("up to 80 percent", {"at_most": 80}, "percent")]),
        ("Two dozen pilots and 40 or so sailors came.", [
            ("Two dozen", {"exactly": 24}, "pilot"), ("40", {"about": 40}, "sailor"),
        ]),
        # A bound reaches its number through an article, or through "age".
        ("The owner faces up to a $250,000 fine.", [("up to a $250,000", {"at_most": 250_000}, "USD")]),
        ("Expect about a 10 percent rise.", [("about a 10 percent", {"about": 10}, "percent")]),
        ("Children above age 6 months get the jab.", [("above age 6", {"more_than": 6}, "month")]),
        ("Sailors under age 18 need consent.", [("under age 18", {"less_than": 18}, "year")]),
        # Words after the number, or after what it counts.
        ("Adults aged 26 or older were asked.", [("26", {"at_least": 26}, "year")]),
        ("Of them, 70 percent were aged 40 or above.", [
            ("70 percent", {"exactly": 70}, "percent"), ("40", {"at_least": 40}, "year"),
        ]),
        ("Residents who are 65 and over ride free.", [("65", {"at_least": 65}, None)]),
        ("Ferries with 12 or more berths pay a levy.", [("12", {"at_least": 12}, "berth")]),
        ("Stays of 3 days or less are free.", [("3", {"at_most": 3}, "day")]),
        ("Crews of 5 or fewer sailed.", [("5", {"at_most": 5}, None)]),
        ("Those aged 18 or younger sail free.", [("18", {"at_most": 18}, "year")]),
        ("The scheme pays those who worked 10 years or longer.", [("10", {"at_least": 10}, "year")]),
        # An age after "aged", "age" or "ages" counts years, unless it names its own unit.
        ("A sailor retired at age 54.", [("54", {"exactly": 54}, "year")]),
        ("Children ages 5 to 11 were rescued.", [("5 to 11", {"at_least": 5, "at_most": 11}, "year")]),
        ("Pupils aged between 12 to 17-years-old were asked.", [
            ("between 12 to 17", {"at_least": 12, "at_most": 17}, "year"),
        ]),
        # A range written with a dash keeps its own bounds.
        ("The paint dries within 24-48 hours.", [("24-48", {"at_least": 24, "at_most": 48}, "hour")]),
    ],
)  # fmt: skip
def test_bounds_read_exactly(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over" across a span, and "within" a radius, are no bounds through an article.
        ("Tolls rose over a 10-year period.", [("10", {"exactly": 10}, "year")]),
        ("Shops within a 5-mile radius shut.", [("5", {"exactly": 5}, "mile")]),
        # A word after the number that goes on to a comparison, an adverb or a noun phrase.
        ("The yard kept 3 boats and more than 40 people.", [
            ("3", {"exactly": 3}, "boat"), ("more than 40", {"more_than": 40}, "person"),
        ]),
        ("Fares rose 5 percent and over the next year fell.", [("5 percent", {"exactly": 5}, "percent")]),
        ("It sold 2 ferries and more recently a tug.", [("2", {"exactly": 2}, "ferry")]),
        ("It paid $50 or $100 each.", [("$50", {"exactly": 50}, "USD"), ("$100", {"exactly": 100}, "USD")]),
        # "no longer" alone is no comparison, and "at age" with no bound before it stays exact.
        ("The firm no longer runs 40 ferries.", [("40", {"exactly": 40}, "ferry")]),
    ],
)  # fmt: skip
def test_near_misses_keep_their_reading(sentence: str, expected: list[tuple[str, dict[str, Any], str | None]]) -> None:
    assert read(sentence) == expected


def test_the_longest_bound_phrase_wins_and_says_where_it_starts() -> None:
    sentence = "It may hold no more than 40 cars."
    assert bound_before(sentence, sentence.index("40")) == ("at_most", sentence.index("no"))
    assert bound_before("It holds 40 cars.", 9) == ("exactly", 9)
    assert bound_after("aged 26 or older", 7) == ("at_least", 16)
    assert bound_after("aged 26 or older than most", 7) is None


def test_a_bound_is_the_phrase_right_before_its_own_number() -> None:
    # (the items of a list share its bound: "no more than 5 boats and 12 tugs", in test_carried_bounds)
    assert read("Ferries may carry no more than 5 boats, and 12 tugs wait outside.") == [
        ("no more than 5", {"at_most": 5}, "boat"), ("12", {"exactly": 12}, "tug"),
    ]  # fmt: skip
    assert read("It improved within a month, and by six months it was well.") == [
        ("within a month", {"at_most": 1}, "month"), ("six", {"exactly": 6}, "month"),
    ]  # fmt: skip
    assert read("They will check him within the next 24 hours.") == [
        ("within the next 24", {"at_most": 24}, "hour"),
    ]  # fmt: skip
    assert read("The deal has a combined maximum value of $2.6bn.") == [
        ("maximum value of $2.6bn", {"at_most": 2_600_000_000}, "USD"),
    ]  # fmt: skip
