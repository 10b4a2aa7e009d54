"""text/questions.py and `propose`: a value inside a question, whole or quoted, is drafted into nothing. The
sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.text.questions import questions

VOCABULARY = Vocabulary.of(
    [Property(id="ships_handled", label="ships handled", claim_type="quantity", unit="ship")],
    [Entity(id="tolvik", kind="place", label="Tolvik")],
)
PUBLISHED = dt.date(2022, 6, 1)


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Will Tolvik handle 600 ships by 2030?", ["Will Tolvik handle 600 ships by 2030?"]),
        ("Will Tolvik handle 600 ships by 2030?”", ["Will Tolvik handle 600 ships by 2030?”"]),
        ("“Will Tolvik handle 600 ships by 2030?” the senator asked.", ["Will Tolvik handle 600 ships by 2030?"]),
        ("“What if Tolvik cannot handle 600 ships by 2030,” the senator asked again.", [
            "What if Tolvik cannot handle 600 ships by 2030,"
        ]),
        ("“What if Tolvik cannot handle 600 ships,” Ada Berg, a senator, wondered.", [
            "What if Tolvik cannot handle 600 ships,"
        ]),
        # Statements: a quotation that ends with a comma before a verb of saying, or that asks nothing.
        ("“Tolvik will handle 600 ships by 2030,” the senator said.", []),
        ("“Tolvik will handle 600 ships by 2030,” the senator said, and then she asked for a vote.", []),
        ("The senator asked whether Tolvik handled 600 ships.", []),
        ("Tolvik handled 600 ships in 2021.", []),
    ],
)  # fmt: skip
def test_questions(sentence: str, asked: list[str]) -> None:
    assert [sentence[start:end] for start, end in questions(sentence)] == asked


def test_a_quoted_question_proposes_nothing_and_the_rest_of_the_sentence_does() -> None:
    sentence = "“Will Tolvik handle 600 ships by 2030?” the senator asked on 3 May 2022."
    assert [p.value_text for p in propose(sentence, VOCABULARY, PUBLISHED)] == ["3 May 2022"]
    stated = "“Tolvik will handle 600 ships by 2030,” the senator said on 3 May 2022."
    assert [p.value_text for p in propose(stated, VOCABULARY, PUBLISHED)] == ["by 2030", "3 May 2022", "600"]
    assert propose("Will Tolvik handle 600 ships by 2030?", VOCABULARY, PUBLISHED) == []
