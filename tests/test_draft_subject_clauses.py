"""Whom a value is about when its own words say so: an age after a name, the subject of the value's own clause
over the pronoun the sentence opens with, a time opening that is no description, a description of someone by
their age or people, and who speaks ("Anna Berg, 45, said", "As Lund reports", not "said Oster sold")."""

from __future__ import annotations

import pytest

from claimtrack.drafting.candidates import find_names
from claimtrack.drafting.propose import Vocabulary
from helpers import last_drafts

EMPTY = Vocabulary.of([], [])


def _subjects(sentences: list[str]) -> list[tuple[str, str | None]]:
    """The last sentence's drafts as (value, subject id), the sentences read in order."""
    return [(p.value_text, p.subject) for p in last_drafts(sentences)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("“It was my fourth try,” said Singh Lund, 24, from Oster.", [("24", "singh-lund")]),
        ("Anna Berg, 45, said Velmar Corp sold 12 ships.", [("45", "anna-berg"), ("12", "velmar-corp")]),
        ("Velmar Corp hired Anna Berg, 45, and Ilse Marn, 51, in May.", [("May", "velmar-corp"), ("45", "anna-berg"), ("51", "ilse-marn")]),
        ("Analyst Tom Reed said Velmar Corp has 5 plants.", [("5", "velmar-corp")]),
        ("Velmar Corp has 5 plants, analyst Tom Reed said on Monday.", [("on Monday", "tom-reed"), ("5", "velmar-corp")]),
    ],
)  # fmt: skip
def test_an_age_after_a_name_is_the_names_and_what_is_said_is_about_its_own_subject(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _subjects([sentence]) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Oster and Velmar held talks.", "They were close to a deal when President Lund scuttled the talks in September."], [("September", "lund")]),
        (["The Orion probe reached Mars.", "It is for that reason that NASA on Monday enlisted 14 firms."], [("on Monday", "nasa"), ("14", "nasa")]),
        (["The Orion probe reached Mars.", "It was built after Velmar Corp's report in 2019."], [("2019", "orion")]),
        (["The Orion probe reached Mars.", "It was sold to Velmar Corp in 2019."], [("2019", "orion")]),
        (["The Orion probe reached Mars.", "It was built when Lund, the engineer, retired in 2019."], [("2019", "orion")]),
    ],
)  # fmt: skip
def test_a_clause_with_a_name_as_its_subject_is_about_the_name(
    sentences: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Velmar Corp freed Ilse Marn in 2019.", "The next year, the Oster Group released two videos."], [("two", "oster-group")]),
        (["Velmar Corp freed Ilse Marn in 2019.", "That night Oster Bank lent $5 million."], [("$5 million", "oster-bank")]),
        (["Velmar Corp freed Ilse Marn in 2019.", "The year’s budget was $5 million."], [("$5 million", "velmar-corp")]),
        (["Velmar Corp hired Anna Berg.", "The 56-year-old said she would hire 40 people."], [("56", "anna-berg"), ("40", "anna-berg")]),
        (["Oster Bank hired Anna Berg.", "The Swedish lender earned $2 billion in 2018."], [("2018", "oster-bank"), ("$2 billion", "oster-bank")]),
        (["Velmar Inc hired Tom Reed.", "The Velmar boss earned $2 million."], [("$2 million", "velmar")]),
    ],
)  # fmt: skip
def test_a_time_opening_is_no_description_and_a_description_names_its_kind(
    sentences: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        ("As Emily Lund reports for Oster News, the first cases came to light.", ["Emily Lund", "Oster News"]),
        ("Anna Berg, 45, a lawyer, said the case ended.", ["Anna Berg"]),
        ("Velmar sold 5 ships, said Tom Reed on Monday.", ["Tom Reed"]),
        ("Velmar sold 5 ships, said Tom Reed late Monday.", ["Tom Reed"]),
        ("Analyst Tom Reed said Velmar Corp sold 5 ships.", ["Tom Reed"]),
        ("Officials said Velmar Corp would close 3 plants.", []),
        ("Anna Berg, 45, moved to Oster in May.", []),
    ],
)  # fmt: skip
def test_who_speaks(sentence: str, speakers: list[str]) -> None:
    assert [n.text for n in find_names(sentence) if n.speaker] == speakers


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["“It was my fourth try,” said Singh Lund, 24, from Oster.", "“I boarded a flight on May 15 and reached Velmar via Moscow.", "He said he has spent $24,000 in the four attempts."], [("$24,000", "singh-lund"), ("four", "singh-lund")]),
        (["“It was my fourth try,” said Singh Lund, 24, from Oster.", "“I boarded a flight on May 15 and reached Velmar via Moscow."], [("May 15", "singh-lund")]),
        (["“I sold 5 million cars in 2019,” said Tom Reed."], [("2019", "tom-reed"), ("5 million", "tom-reed")]),
        (["“I think Velmar Corp will sell 5 million cars,” said Tom Reed."], [("5 million", "velmar-corp")]),
        (["Velmar Corp hired Tom Reed.", "“In 2019 the company sold 5 million cars,” he said."], [("2019", "velmar-corp"), ("5 million", "velmar-corp")]),
    ],
)  # fmt: skip
def test_a_quotation_in_the_first_person_is_about_who_speaks(
    sentences: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Jose Lund signed a deal.", "In 2016 Lund won 3 titles."], [("2016", "jose-lund"), ("3", "jose-lund")]),
        (["Jose Lund signed a deal.", "Oster FC said Jose has won 25 trophies."], [("25", "jose-lund")]),
        (["Australian Tim Weeks was freed on Monday.", "Since 2016 Weeks was held for 3 years."], [("2016", "tim-weeks"), ("3", "tim-weeks")]),
        (["Jose Lund met Ilse Lund.", "In 2016 Lund won 3 titles."], [("2016", "lund"), ("3", "lund")]),
        (["Fans in Oster cheered Oster United.", "In 2016 Oster won 3 titles."], [("2016", "oster"), ("3", "oster")]),
    ],
)  # fmt: skip
def test_one_name_of_a_person_named_in_full_before_is_that_person(
    sentences: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Oster – Several thousand teachers surrounded the Velmar Hall on Tuesday.", [("Velmar Hall", "other")]),
        ("OSTER (AP) — Velmar Corp cut power.", [("AP", "other"), ("Velmar Corp", "organisation")]),
        ("Cases of Velmar Fever first appeared in Oster.", [("Velmar Fever", "other"), ("Oster", "place")]),
        ("Bank of Oster raised rates.", [("Bank of Oster", "organisation")]),
        ("“We’re honoured to join,” said PG&E.", [("PG&E", "organisation")]),
        ("I’ve bought two from AT&T so far.", [("AT&T", "organisation")]),
    ],
)  # fmt: skip
def test_datelines_plurals_of_a_name_and_contractions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.text, n.kind.value) for n in find_names(sentence)] == expected
