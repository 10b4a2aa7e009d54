"""Whom a drafted value is about, on made-up sentences: names that are no entities (function words, titles of
works, adjectives), a pronoun that is a name, the possessed name over its owner, a place after "in", a clause
opening with a pronoun, the day of a saying, one kind per name across a source, and a property made of the
sentence's own words."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.candidates import event_verb, find_names, source_kinds
from claimtrack.drafting.propose import Vocabulary, next_context, propose
from claimtrack.drafting.subjects import NO_CONTEXT, Context

EMPTY = Vocabulary.of([], [])


def _names(sentence: str, elsewhere: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    return [(n.text, n.kind.value) for n in find_names(sentence, elsewhere)]


@pytest.mark.parametrize(
    ("sentence", "elsewhere", "expected"),
    [
        ("To mark 40 years, the Velmar Quartet will play in Oster.", {"To"}, [("Velmar Quartet", "other"), ("Oster", "place")]),
        ("The quartet played “Walking On the Pier” and “Blue Oster Road” in 2019.", set(), []),
        ("Long called a Grand & Noble Hall of Fame snub, the band was named in May.", set(), [("Grand & Noble Hall of Fame", "other")]),
        ("Oster-based analysts said the Velmar Cup-style event sold out.", set(), []),
        ("He Tanming, a lawyer, said the case ended.", set(), [("He Tanming", "person")]),
        ("The band issued an EP of songs and a new EP in May.", set(), []),
        ("A NASA probe reached Velmar Springs, NV on Monday.", set(), [("NASA", "organisation"), ("Velmar Springs", "other"), ("NV", "place")]),
        ("The director for Oster resigned.", set(), [("Oster", "other")]),
    ],
)  # fmt: skip
def test_names_a_sentence_gives(sentence: str, elsewhere: set[str], expected: list[tuple[str, str]]) -> None:
    assert _names(sentence, frozenset(elsewhere)) == expected


def test_near_misses_stay_names() -> None:
    assert _names("The Velmar Quartet said it would tour.") == [("Velmar Quartet", "person")]  # a guess a title beats
    assert _names("An FBI agent met Lund.") == [("FBI", "organisation"), ("Lund", "other")]
    assert _names("He said “Velmar” was sold.") == [("Velmar", "other")]  # one quoted word is no title


def _subjects(sentences: list[str]) -> list[list[tuple[str | None, str | None, str]]]:
    """Each sentence's drafts as (subject, property, kind of the proposed entity), read in order."""
    kinds = source_kinds(sentences)
    context = Context(kinds=kinds)
    found = []
    for sentence in sentences:
        proposals = propose(sentence, EMPTY, dt.date(2019, 11, 20), context=context)
        found.append(
            [(p.subject, p.property_id, "" if p.new_entity is None else p.new_entity.kind.value) for p in proposals]
        )
        context = next_context(sentence, EMPTY, context)
    return found


def test_a_pronoun_before_a_capitalised_word_is_a_name() -> None:
    found = _subjects(["President Lund met the envoys.", "He Tanming, a lawyer, spoke of 12 cases."])
    assert found[1] == [("he-tanming", "case_count", "other")]


def test_the_possessed_name_is_the_subject_not_its_owner() -> None:
    assert _subjects(["Velmar’s Orion Coupe will go 300 miles."]) == [[("orion-coupe", "mile_count", "other")]]
    # near miss: an owner before a noun in lower case stays the subject
    assert _subjects(["So far Velmar’s new coupe has gone 300 miles."]) == [[("velmar", "mile_count", "other")]]


def test_a_clause_opening_with_a_pronoun_is_about_the_subject_before() -> None:
    found = _subjects(
        ["President Lund spoke to farmers.", "In a speech in the Oster Hall, he said he wanted 40 tractors."]
    )
    assert found[1] == [("lund", "tractor_count", "person")]
    # near miss: with no pronoun, the place is the subject
    assert _subjects(["Cases were reported in Oster over 12 days."]) == [[("oster", "day_count", "place")]]


def test_a_date_after_a_verb_of_saying_dates_the_speaker() -> None:
    found = _subjects(["“We sold 40 boats to Oster,” Anna Lund said on Monday."])
    assert found[0][0] == ("anna-lund", "said_on", "person")  # Monday is the day she spoke, not the sale's


def test_the_value_s_own_part_of_the_sentence_names_its_subject() -> None:
    found = _subjects(["Long one of the Velmar Prize snubs, the Ostermen last month were nominated."])
    assert [s for s, _, _ in found[0]] == ["ostermen"]


def test_one_kind_per_name_across_a_source() -> None:
    found = _subjects(["Exports rose in Oster in 2018.", "Oster bought 40 boats.", "Farmers sold Oster 12 boats."])
    assert {kind for drafts in found for _, _, kind in drafts} == {"place"}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Oster had lost to Velmar on Monday", "lost"),
        ("The club took the cup in May", "took"),
        ("Opens to the public on Friday", "opened"),
        ("They met Velmar in May", "met"),
        ("The team left in May", None),
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_no_verb(text: str, verb: str | None) -> None:
    assert event_verb(text, len(text)) == verb


def test_a_speaker_followed_by_a_pronoun_is_not_the_place_before_it() -> None:
    proposals = propose(
        "In a speech in the Oster Hall, he said he wanted 40 tractors.",
        EMPTY,
        None,
        context=NO_CONTEXT,
    )
    assert [p.said_by for p in proposals] == [None]
