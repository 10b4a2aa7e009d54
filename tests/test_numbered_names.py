"""Numbers inside names, labels and notes are no dates and no quantities; the near misses still are."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.text.date_reader import find_dates
from claimtrack.text.numbered_names import numbered_names
from claimtrack.text.quantity_reader import find_quantities

PUBLISHED = dt.date(2019, 11, 20)


def _values(sentence: str) -> list[object]:
    dates = find_dates(sentence, PUBLISHED)
    quantities = find_quantities(sentence, [(d.start, d.end) for d in dates])
    return [d.value for d in dates] + [{**q.value, "unit": q.noun} for q in quantities]


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Shares of Pick-Three Games and Fold-22 Labs rose.", ["Pick-Three", "Fold-22"]),
        ("The Marlow-2 probe stalled.", ["Marlow-2"]),
        (
            "Patients with type 2 diabetes and a stage 4 tumour joined a phase 3 trial.",
            ["type 2", "stage 4", "phase 3"],
        ),
        ("A last-second 3-pointer and a two-pointer.", ["3", "two"]),
        ('The trio, known as the "Four Horsemen," left.', ['"Four Horsemen,"']),
        ('She never used the phrase "two wolves" herself.', ['"two wolves"']),
        ("The van was stopped outside 4417 Alder Creek Road on Tuesday.", ["4417 Alder Creek Road"]),
        ("He lived at 210 Birch St. for a decade.", ["210 Birch St."]),
        ("She scored with 40 seconds left in the game.", ["with 40 seconds left"]),
        ("Correction added Dec. 3, 2019: An earlier version misspelled a name.", ["Correction added Dec. 3, 2019:"]),
        ("Updated, Jan. 4, 2020, at 9 a.m. ET: The vote was delayed.", ["Updated, Jan. 4, 2020, at 9 a.m. ET:"]),
        ("Her favourite film is 1984: The Long Night of the Moon.", ["1984: The Long"]),
        ("Rivals meddled in the 2012 election, she said.", ["2012 election"]),
        ("He kept raising 2008 elections in every hearing.", ["2008 elections"]),
        ("The mayor skipped the early 2024 campaign entirely.", ["early 2024 campaign"]),
        ("Polls before the 2022 mayoral primary were wrong.", ["2022 mayoral primary"]),
        ("The appeal, Number KLM/HC/04/112/2017, was heard.", ["KLM/HC/04/112/2017"]),
    ],
)
def test_numbered_names_are_found(sentence: str, spans: list[str]) -> None:
    assert [sentence[start:end] for start, end in numbered_names(sentence)] == spans


@pytest.mark.parametrize(
    "sentence",
    [
        "Twenty-two months later the port reopened.",
        "Seventy-eight percent of households agreed.",
        "Mid-2020 is when the line opens.",
        "Each round 12 players are cut.",
        '"Three people were hurt," the mayor said.',
        "In 2018 Prime Minister Dr. Mahathir visited.",
        "Updated figures show 20 deaths: the toll rose.",
        "Wild 4, Sabres 1: The winger scored twice.",
        "The team has 3 days left to register.",
        "The firm gave $2 million to the governor's 2014 election campaign.",
        "Turnout in the November 2018 election was high.",
        "In 2012 elections were held in May.",
        "The ruling was filed on 11/19/2019.",
    ],
)
def test_near_misses_are_no_names(sentence: str) -> None:
    assert numbered_names(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Pick-Two Media hired 40 people in 2018.", ["2018", {"exactly": 40, "unit": "person"}]),
        ("At the 2019 Harbour City Boat Show, 12 boats were sold.", [{"exactly": 12, "unit": "boat"}]),
        ("The maker showed the production model 2020 KX 400 Roadster.", []),
        ("He hit four 3-pointers in the first half.", [{"exactly": 4, "unit": "3-pointer"}]),
        ("She made 11 three-pointers.", [{"exactly": 11, "unit": "three-pointer"}]),
        ("He hit a 3-pointer with 12 seconds to play.", []),
        ("Correction added Nov. 18, 2019: The caption misnamed him.", []),
        ("The caption was corrected on Nov. 18, 2019.", ["2019-11-18"]),
        ("Jo Marsh, 31, of 88 Quarry Lane, was charged.", [{"exactly": 31, "unit": "year"}]),
        ("The fire destroyed 88 homes on Quarry Lane.", [{"exactly": 88, "unit": "home"}]),
        ("About 2 million people have type 2 diabetes.", [{"about": 2_000_000, "unit": "person"}]),
        ('The "Big Three" automakers cut 3,000 jobs.', [{"exactly": 3000, "unit": "job"}]),
        ("The guard ran out with 90 minutes of the shift to go.", [{"exactly": 90, "unit": "minute"}]),
        ("Since the 2016 election, 14 aides have left.", [{"exactly": 14, "unit": "aide"}]),
        ("Before the November 2020 election, 3 polls closed.", ["2020-11", {"exactly": 3, "unit": "poll"}]),
        ("The 2016 campaign's donor gave in 2015.", ["2015"]),
    ],
)
def test_drafted_values_around_names(sentence: str, values: list[object]) -> None:
    assert _values(sentence) == values
