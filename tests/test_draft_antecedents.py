"""What a pronoun or a description opening a sentence stands for: "He" and "She" a person, "They" a group,
never a place; "The 45-year-old" a person, somebody the page has not named when it named no person. Made-up
pages, with near misses that keep the subject of the sentence before."""

from __future__ import annotations

import pytest

from claimtrack.drafting.antecedents import antecedent, person_noun
from claimtrack.drafting.propose import Vocabulary
from claimtrack.drafting.sentence_context import Context, Subject
from claimtrack.model.vocabulary import EntityKind
from helpers import last_drafts

EMPTY = Vocabulary.of([], [])


def _subjects(sentences: list[str]) -> list[tuple[str, str | None, str | None]]:
    """The last sentence's drafts as (value, subject label or id, kind), read in order."""
    found = []
    for proposal in last_drafts(sentences):
        entity = proposal.new_entity
        label = proposal.subject if entity is None else entity.label
        found.append((proposal.value_text, label, None if entity is None else entity.kind.value))
    return found


REED = "Coach Tom Reed arrived in Osterby on Monday."
PORT = "Osterby is a port of 40,000 people."


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A personal pronoun is a person named before, not the place the sentence before was about.
        ([REED, PORT, "He won 3 titles there."], [("3", "Tom Reed", "person")]),
        ([REED, PORT, "She won 3 titles there."], [("3", "Tom Reed", "person")]),
        (["Osterby is a port.", "Velmar Corp hired Tom Reed in Osterby.", "He won 3 titles there."],
         [("3", "Tom Reed", "other")]),
        # "They" is a group: the firm, not the place.
        (["Velmar Corp hired Tom Reed.", "Osterby is its home.", "They opened 3 plants in 2019."],
         [("2019", "Velmar Corp", "organisation"), ("3", "Velmar Corp", "organisation")]),
        # An age of somebody the page has not named is no place's: a person to name.
        (["A hunter fell ill in Osterby.", "The 45-year-old is the third resident to catch the disease."],
         [("45", "45-year-old", "person")]),
        # Near misses: "He" after a person keeps the person; "It" and a quotation's "It" are read as before.
        ([REED, "He won 3 titles there."], [("3", "Tom Reed", "person")]),
        ([REED, PORT, "It has 3 docks."], [("3", "Osterby", "place")]),
        ([REED, "“It is hard to win 3 titles,” Reed said."], [("3", "Tom Reed", "person")]),
        (["Velmar Corp hired Tom Reed.", "The 45-year-old earned $5 million."],
         [("45", "Tom Reed", "other"), ("$5 million", "Tom Reed", "other")]),
        # "The 56-year-old" is the person the sentence before was about, not the club named after her.
        (["Coach Anna Berg left Oster Lines.", "She joined Velmar United in 2018.", "The 56-year-old said she was happy."],
         [("56", "Anna Berg", "person")]),
        (["OSTERBY – The 27-year-old man who was jailed in Velmar City has appealed."],
         [("27", "27-year-old", "person")]),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_what_agrees_with_it(
    sentences: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _subjects(sentences) == expected


def test_the_note_says_what_the_pronoun_was_read_as() -> None:
    port = Subject("osterby", label="Osterby", kind=EntityKind.PLACE)
    reed = Subject("tom-reed", label="Tom Reed", kind=EntityKind.OTHER)
    firm = Subject("velmar", label="Velmar", kind=EntityKind.ORGANISATION)
    context = Context(previous=port, recent=(port, firm, reed))
    assert antecedent("He", context) == reed
    assert antecedent("They’ll", context) == firm
    assert antecedent("It", context) == port
    assert antecedent("She", Context(previous=port, recent=(port, firm))) is None


@pytest.mark.parametrize(
    ("referring", "described"),
    [
        ("The 45-year-old", "45-year-old"),
        ("The man told doctors", "man"),
        ("The company’s boss", None),
        ("The incident", None),
        ("The show", None),
    ],
)
def test_a_description_of_a_person(referring: str, described: str | None) -> None:
    assert person_noun(referring) == described


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age is the person's it is written beside, named or not, never a name nearby.
        ("Prosecutors say Lund shot 42-year-old Tom Reed in May.", [("May", "Lund", "other"), ("42", "Tom Reed", "other")]),
        ("Prosecutors say Lund shot a 42-year-old man in May.",
         [("May", "Lund", "other"), ("42", "42-year-old man", "person")]),
        ("A case was found in a 55-year-old man, also from Osterby.", [("55", "55-year-old man", "person")]),
        ("A 42-year-old man from Osterby won 3 titles.",
         [("42", "42-year-old man", "person"), ("3", "Osterby", "other")]),
        # Near misses: an age set off after a name is the name's.
        ("Coach Tom Lund, a 42-year-old, won 3 titles.", [("42", "Tom Lund", "person"), ("3", "Tom Lund", "person")]),
        ("Coach Tom Lund, 42, won 3 titles.", [("42", "Tom Lund", "person"), ("3", "Tom Lund", "person")]),
    ],
)  # fmt: skip
def test_an_age_is_the_persons_it_is_written_beside(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _subjects([sentence]) == expected
