"""Numbers whose noun the sentence implies (text.implied_nouns), numbers written twice (text.written_twice) and
money with a sign of its own or thousands set apart by a space (text.letter_currencies), read by find_quantities."""

from __future__ import annotations

from typing import Any

import pytest

from claimtrack.text.quantity_reader import find_quantities


def _read(sentence: str) -> list[tuple[str, dict[str, Any], str | None]]:
    return [(q.text, q.value, q.noun) for q in find_quantities(sentence, [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least nine killed as storm hits coastal towns", [("At least nine", {"at_least": 9}, "person")]),
        (
            "Three dead and 14 injured in ferry fire",
            [("Three", {"exactly": 3}, "person"), ("14", {"exactly": 14}, "person")],
        ),
        ("Police said 12 were arrested after the match.", [("12", {"exactly": 12}, "person")]),
        ("Driver's 12-yr ban lifted", [("12", {"exactly": 12}, "year")]),
        (
            "The number of permits issued fell from 4,210 in May to 3,980 in June.",
            [("4,210", {"exactly": 4210}, "permit"), ("3,980", {"exactly": 3980}, "permit")],
        ),
        (
            "The village's population grew from 1,200 to 1,450.",
            [("1,200", {"exactly": 1200}, "person"), ("1,450", {"exactly": 1450}, "person")],
        ),
        (
            "The price index rose from 101.2 to 103.5.",
            [("101.2", {"exactly": 101.2}, "point"), ("103.5", {"exactly": 103.5}, "point")],
        ),
        ("The rupee closed at 82.15 per dollar on Friday.", [("82.15", {"exactly": 82.15}, "INR")]),
    ],
)
def test_a_bare_count_takes_the_noun_the_sentence_implies(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Seven people killed in the blast.", [("Seven", {"exactly": 7}, "person")]),  # its own noun
        ("The gunman killed 3 and injured 30 others.", [("3", {"exactly": 3}, None), ("30", {"exactly": 30}, "other")]),
        ("Scorers hit 12, the number of goals they need.", [("12", {"exactly": 12}, None)]),
        ("He averaged 31 per game in March.", [("31", {"exactly": 31}, None)]),
    ],
)
def test_near_misses_keep_their_noun_or_none(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Arrivals reached twelve thousand and five (12,005) cruise visitors.",
            [("twelve thousand and five", {"exactly": 12005}, "visitor")],
        ),
        ("The kit has three (3) spare blades.", [("three", {"exactly": 3}, "blade")]),
        ("He was barred for 12 (twelve) months.", [("12", {"exactly": 12}, "month")]),
    ],
)
def test_a_number_written_in_words_and_in_digits_is_one_value(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected


def test_a_number_restated_differently_stays_two() -> None:
    assert [q.value for q in find_quantities("It weighs about 2,300 tons (2,095 metric tons).", [])] == [
        {"about": 2300},
        {"about": 2095},
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was given the option of a fine of E16 000 instead.", [("E16 000", {"exactly": 16000}, "SZL")]),
        ("The court ordered him to pay R2.5 million in damages.", [("R2.5 million", {"exactly": 2500000}, "ZAR")]),
        ("The agency paid the sum of N500m to the firm.", [("N500m", {"exactly": 500000000}, "NGN")]),
        ("Tickets cost ₦5,000 each.", [("₦5,000", {"exactly": 5000}, "NGN")]),
        ("The bail was set at $16 000 on Monday.", [("$16 000", {"exactly": 16000}, "USD")]),
    ],
)
def test_money_with_a_sign_of_its_own_or_a_space_between_thousands(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In Cinebench R20, scores jumped by a third.",
        "Japan's Nikkei 225 (N225) declined on Monday.",
        "She added the Class 3 200m on Saturday.",
    ],
)
def test_a_letter_before_digits_without_words_of_money_is_a_name(sentence: str) -> None:
    assert all(q.kind != "money" for q in find_quantities(sentence, []))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales edged up to $264.7 million.", [("$264.7 million", {"exactly": 264700000}, "USD")]),
        ("Inflation moved up to 5 per cent in May.", [("5 per cent", {"exactly": 5}, "percent")]),
        ("The tank holds up to 80 litres.", [("up to 80", {"at_most": 80}, "litre")]),  # a bound still
        (
            "The board raised the fee by £285 to £9,535.",
            [("£285", {"exactly": 285}, "GBP"), ("£9,535", {"exactly": 9535}, "GBP")],
        ),
        ("Fares went from £5 to $9 overnight.", [("£5", {"exactly": 5}, "GBP"), ("$9", {"exactly": 9}, "USD")]),
        ("Prices ranged from $5 to $9.", [("$5 to $9", {"at_least": 5, "at_most": 9}, "USD")]),
        ("The film took 45.3 million U.S. dollars.", [("45.3 million", {"exactly": 45300000}, "USD")]),
        ("It did not open to 100 million U.S. dollars or more.", [("100 million", {"at_least": 100000000}, "USD")]),
        ("She won with better than 76% of the vote.", [("better than 76%", {"more_than": 76}, "percent")]),
        ("He kept his District Four seat and Ward 7 stayed red.", []),
        ("Voters in district 4 and four districts more.", [("four", {"exactly": 4}, "district")]),
    ],
)
def test_bounds_changes_currencies_initials_and_capitalised_labels(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In May the board tripled the maximum fee.", [("tripled", {"exactly": 3}, "times")]),
        (
            "It took City six minutes to double the lead.",
            [("six", {"exactly": 6}, "minute"), ("double", {"exactly": 2}, "times")],
        ),
        ("Its range is more than double than the rival's.", [("more than double", {"more_than": 2}, "times")]),
        ("Sales quadrupled.", [("quadrupled", {"exactly": 4}, "times")]),
        ("The mayor doubled down on the slogan.", []),
        ("The pods would double as cabins.", []),
        ("It also doubles as a display.", []),
        ("He hit a leadoff double in the sixth.", []),
        ("The car gets triple taillights.", []),
        ("The tax rate is $0.48 per $100 of valuation.", [("$0.48", {"exactly": 0.48}, "USD")]),
    ],
)
def test_a_verb_of_multiplying_is_a_multiple_and_a_rate_base_no_sum(sentence: str, expected: list[Any]) -> None:
    assert _read(sentence) == expected
