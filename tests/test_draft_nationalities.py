"""A country named by its people's word ("Russian troops", "150 Indians") is the subject of what the sentence
says of it; a people's word describing someone ("the British royal", "French duo ...") or in a name is not."""

from __future__ import annotations

import pytest

from claimtrack.drafting.candidates import find_names
from claimtrack.drafting.nationalities import country_names
from claimtrack.drafting.propose import Vocabulary
from claimtrack.model.vocabulary import Entity, EntityKind
from claimtrack.text.countries import country_of_people
from helpers import last_drafts

EMPTY = Vocabulary.of([], [])


def _subjects(sentences: list[str], vocabulary: Vocabulary = EMPTY) -> list[tuple[str, str | None, str | None]]:
    """The last sentence's drafts as (value, subject id, proposed entity's label), the sentences read in order."""
    proposals = last_drafts(sentences, vocabulary)
    return [(p.value_text, p.subject, None if p.new_entity is None else p.new_entity.label) for p in proposals]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Russian", "Russia"), ("Russians", "Russia"), ("Indians", "India"), ("Chinese", "China"),
        ("American", "United States"), ("Dutch", "Netherlands"), ("Afghan", "Afghanistan"),
        ("South Korean", "South Korea"), ("Saudi", "Saudi Arabia"), ("Swiss", "Switzerland"),
        ("European", None), ("Chineses", None), ("russian", None), ("Arab", None),
    ],
)  # fmt: skip
def test_a_peoples_word_names_its_country(word: str, country: str | None) -> None:
    assert country_of_people(word) == country


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russian troops shelled Oster on Monday, killing 12 people.", [("on Monday", "russia", "Russia"), ("12", "russia", "Russia")]),
        ("Nearly 150 Indians returned home on Wednesday.", [("on Wednesday", "india", "India"), ("Nearly 150", "india", "India")]),
        ("Hours later the Afghan government freed three prisoners.", [("three", "afghanistan", "Afghanistan")]),
        ("The South Korean government wants 24% efficiency by 2030.", [("by 2030", "south-korea", "South Korea"), ("24%", "south-korea", "South Korea")]),
        ("Chinese economic growth slowed to 6 percent in 2019.", [("2019", "china", "China"), ("6 percent", "china", "China")]),
        ("The Swiss exported 40 tonnes of gold in May.", [("May", "switzerland", "Switzerland"), ("40", "switzerland", "Switzerland")]),
    ],
)  # fmt: skip
def test_the_country_of_a_peoples_word_is_the_subject(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(v, s, label) for v, s, label in _subjects([sentence])] == expected


@pytest.mark.parametrize(
    ("sentences", "subject"),
    [
        (["Velmar Corp hired Anna Berg.", "The Portuguese boss had been out of work since December 2018."], "anna-berg"),
        (["Oster Bank sold its branches.", "The Chinese e-commerce giant earned $2 billion in 2018."], "oster-bank"),
        (["Two hostages — an American and an Australian — held by the Taliban were freed on Tuesday."], "taliban"),
        (["Russian President Vladimir Putin met 12 governors on Monday."], "vladimir-putin"),
        (["American Airlines flew 5 million people in 2019."], "american-airlines"),
        (["French duo Anna Berg and Ilse Marn won 3 titles in 2019."], "anna-berg-and-ilse-marn"),
        (["In it, the British royal denied meeting Oster in 2010."], "oster"),
    ],
)  # fmt: skip
def test_a_peoples_word_describing_someone_or_in_a_name_is_no_country(sentences: list[str], subject: str) -> None:
    assert {s for _, s, _ in _subjects(sentences)} == {subject}


def test_a_country_the_vocabulary_knows_is_named_by_its_peoples_word() -> None:
    vocabulary = Vocabulary.of([], [Entity(id="ru", kind=EntityKind.COUNTRY, label="Russia")])
    assert _subjects(["Russian troops shelled Oster on Monday."], vocabulary) == [("on Monday", "ru", None)]


def test_country_names_are_written_where_the_word_is() -> None:
    sentence = "Oster said 40 North Koreans met Swiss officials and the Dutch navy."
    found = [(n.text, sentence[n.start : n.end], n.kind) for n in country_names(sentence, find_names(sentence))]
    assert found == [
        ("North Korea", "North Koreans", EntityKind.COUNTRY),
        ("Switzerland", "Swiss", EntityKind.COUNTRY),
        ("Netherlands", "Dutch", EntityKind.COUNTRY),
    ]
