"""Subjects in a fresh repository, on made-up sentences: a description whose head is a name is that name ("The
northern Velmar Range"), the last two names of a list are two names ("in Oster, Velmar and Lund"), and an
office before a person's name is no part of it ("House Speaker Anna Berg"); with near misses that stay."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.candidates import find_names, source_kinds
from claimtrack.drafting.propose import Vocabulary, next_context, propose
from claimtrack.drafting.subjects import Context

EMPTY = Vocabulary.of([], [])


def _subjects(sentences: list[str]) -> list[list[str | None]]:
    """Each sentence's drafts' subjects, read in order as `draft` reads a source."""
    context = Context(kinds=source_kinds(sentences))
    found = []
    for sentence in sentences:
        found.append([p.subject for p in propose(sentence, EMPTY, dt.date(2019, 11, 20), context=context)])
        context = next_context(sentence, EMPTY, context)
    return found


@pytest.mark.parametrize(
    ("second", "subject"),
    [
        ("The northern Velmar Range has seen 5 inches of rain.", "velmar-range"),
        ("The embattled Oster Corp lost $5 million in May.", "oster-corp"),
        ("The snowy Velmar Range had 12 avalanches this year.", "velmar-range"),
        # Near misses: a description of what came before, and a description naming nothing after it.
        ("The northern part of it has seen 5 inches of rain.", "lund-water"),
        ("The utility, Oster Corp said, lost $5 million in May.", "lund-water"),
    ],
)
def test_a_description_whose_head_is_a_name_is_the_name(second: str, subject: str) -> None:
    first = "Lund Water cut power to 2,000 homes on Monday."
    assert _subjects([first, second])[1][0] == subject


def _names(sentence: str) -> list[str]:
    return [n.text for n in find_names(sentence)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Protests were held last year in Velmar, Oster and Lund.", ["Velmar", "Oster", "Lund"]),
        ("Protests were held in North Velmar, South Oster and West Lund.", ["North Velmar", "South Oster", "West Lund"]),
        # Near misses: one name with "and" in it, not ending a list.
        ("Shares of Procter and Gamble rose 3% on Monday.", ["Procter and Gamble"]),
        ("The Velmar Department of Health and Human Services said 12 people fell ill.", ["Velmar Department of Health and Human Services"]),
        ("In Oster, the Bank of Velmar and Lund opened 3 branches.", ["Oster", "Bank of Velmar and Lund"]),
    ],
)  # fmt: skip
def test_the_last_two_names_of_a_list_are_two_names(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Oster House Speaker Anna Berg said the budget grew 2.5% in April.", ["Oster House", "Anna Berg"]),
        ("Schools Superintendent Anna Berg cited a study from 2002.", ["Anna Berg"]),
        ("NASA Administrator Tom Lund said the moon would be reached by 2024.", ["Tom Lund"]),
        ("Velmar State Treasurer Anna Berg said the fund lost $3 million.", ["Velmar State", "Anna Berg"]),
        # (A single word opening a sentence is a name only where the source writes it inside one too.)
        # Near misses: the words of an office inside an organisation's name stay.
        ("The House of Representatives voted 232 to 196.", ["House of Representatives"]),
    ],
)
def test_an_office_before_a_name_is_no_part_of_it(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names
