"""Descriptions read as a reader reads them: a place before a noun of a person describes the person ("a Fort Worth
girl"), a definite description of another kind of thing starts a new referent ("The incident"), and a name set off
after a description is whom it describes ("The suspect, Michael Webb, 34,"). Made-up sentences, with near misses
that keep their subject."""

from __future__ import annotations

import pytest

from claimtrack.drafting.propose import Vocabulary
from helpers import last_drafts

EMPTY = Vocabulary.of([], [])


def _drafts(sentences: list[str]) -> list[tuple[str, str | None, str | None]]:
    """The last sentence's drafts as (value, subject label or id, the subject's note), read in order."""
    found = []
    for proposal in last_drafts(sentences):
        label = proposal.new_entity.label if proposal.new_entity is not None else proposal.subject
        note = next((n for n in proposal.notes if "describes someone" in n), None)
        found.append((proposal.value_text, label, note))
    return found


def _subjects(sentences: list[str]) -> list[tuple[str, str | None]]:
    return [(value, subject) for value, subject, _ in _drafts(sentences)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Velmar Corp opened a plant.", "A Fort Worth girl, 12, died in 2018."], [("2018", "Fort Worth girl"), ("12", "Fort Worth girl")]),
        (["Velmar Corp opened a plant.", "Police found a 9-year-old Oster Falls boy on Sunday."], [("on Sunday", "Oster Falls boy"), ("9", "Oster Falls boy")]),
        (["Velmar Corp opened a plant.", "The Texas senator earned $2 million in 2018."], [("2018", "Texas senator"), ("$2 million", "Texas senator")]),
        (["Velmar Corp opened a plant in Brindle.", "A Brindle police officer was hired in May."], [("May", "Brindle police officer")]),
        (["Lund sold the firm.", "The former Ontario premier, Anna Berg, 61, retired in May."], [("May", "Anna Berg"), ("61", "Anna Berg")]),
        (["Lund sold the firm.", "A Brindle man shot Tom Reed, the 46-year-old Texas farmer, in May."], [("May", "Brindle man"), ("46", "Tom Reed")]),
        (["Lund sold the firm.", "Tom Reed, 55, could face 10 years in prison for threatening a Texas official."], [("55", "Tom Reed"), ("10", "Tom Reed")]),
    ],
)  # fmt: skip
def test_a_place_before_a_noun_of_a_person_describes_the_person(
    sentences: list[str], expected: list[tuple[str, str]]
) -> None:
    assert _subjects(sentences) == expected


def test_a_description_that_names_nobody_says_so() -> None:
    assert _drafts(["Velmar Corp opened a plant.", "A Fort Worth girl died in 2018."]) == [
        ("2018", "Fort Worth girl", "'Fort Worth girl' describes someone the sentence does not name: name them, if the page does")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Velmar Inc hired Tom Reed.", "The Velmar boss earned $2 million."], [("$2 million", "Velmar")]),
        (["Velmar Inc hired Tom Reed.", "Three other Brindle officers were charged in May."], [("May", "Brindle"), ("Three", "Brindle")]),
        (["Velmar Inc hired Tom Reed.", "A Velmar Bank man earned $2 million."], [("$2 million", "Velmar Bank")]),
        (["Velmar Inc hired Tom Reed.", "The Texas senator Ted Cruz was elected in May."], [("May", "Ted Cruz")]),
        (["Velmar Inc hired Tom Reed.", "The Texas company hired 40 people."], [("40", "Texas")]),
    ],
)  # fmt: skip
def test_near_misses_keep_the_name(sentences: list[str], expected: list[tuple[str, str]]) -> None:
    """An organisation's office ("the Velmar boss"), a plural count of a place's, an organisation before a noun of a
    person, an office before a name, and a noun of no person keep the name as the subject."""
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Oster Bank opened a branch.", "The incident happened on Tuesday."], [("on Tuesday", None)]),
        (["Oster Bank opened a branch.", "The new patient was admitted on Tuesday."], [("on Tuesday", None)]),
        (["Oster Bank opened a branch.", "The crash killed 3 people."], [("3", None)]),
        (["The Ostergate Festival opened.", "The incident happened on Tuesday."], [("on Tuesday", "Ostergate Festival")]),
        (["President Anna Berg arrived.", "The patient was admitted on Tuesday."], [("on Tuesday", "Anna Berg")]),
        (["Oster Bank opened a branch.", "The bank earned $2 million."], [("$2 million", "Oster Bank")]),
        (["The Velmar probe landed.", "The incident happened on Tuesday."], [("on Tuesday", "Velmar")]),
    ],
)  # fmt: skip
def test_a_description_of_another_kind_starts_a_new_referent(
    sentences: list[str], expected: list[tuple[str, str | None]]
) -> None:
    """A happening after a bank is no bank ("The incident"); after a festival, a person or a name of no known kind
    it still takes the subject before."""
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Oster Bank opened a branch.", "The suspect, Michael Webb, 34, was arrested on Monday."], [("on Monday", "Michael Webb"), ("34", "Michael Webb")]),
        (["Oster Bank opened a branch.", "The group, Velmar Watch, formed in May."], [("May", "Velmar Watch")]),
        (["Oster Bank opened a branch.", "The company's boss, Anna Berg, said it hired 40 people."], [("40", "Oster Bank")]),
    ],
)  # fmt: skip
def test_a_name_set_off_after_a_description_is_whom_it_describes(
    sentences: list[str], expected: list[tuple[str, str | None]]
) -> None:
    """Not when the name speaks: what "the company's boss, Anna Berg, said" is about is the company's."""
    assert _subjects(sentences) == expected


def test_an_embedded_posts_signature_passes_no_subject_on() -> None:
    """A page keeps an embedded post with its signature line: "He" after it is still the person before, "It" the
    firm; the post's signer is neither."""
    post = ["— Oster Lines (@osterlines) November 20, 2019", "He has won 12 titles."]
    assert _subjects(["President Tom Reed arrived.", *post]) == [("12", "Tom Reed")]
    assert _subjects(["Velmar Corp hired Tom Reed as its manager.", *post]) == [("12", "Tom Reed")]
    post[1] = "It has won 12 titles."
    assert _subjects(["Velmar Corp hired Tom Reed as its manager.", *post]) == [("12", "Velmar Corp")]
