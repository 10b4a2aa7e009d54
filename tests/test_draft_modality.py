"""drafting/modality.py through `propose` and `claim_data`: who said a value, and an absolute statement, in
the drafts (exact fields). The sentences are made up for the tests."""

from __future__ import annotations

import datetime as dt

from claimtrack.drafting.candidates import EntityCandidate
from claimtrack.drafting.drafts import _needs, claim_data
from claimtrack.drafting.modality import absolute_of
from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.model.claims import Absolute, Modality
from claimtrack.model.vocabulary import Entity, EntityKind, Property
from claimtrack.repository.discover import FileKind
from claimtrack.repository.validate_models import adapter

PROPERTIES = [
    Property(id="ships_handled", label="ships handled", claim_type="quantity", unit="ship"),
    Property(id="opened_on", label="opened on", claim_type="event"),
]
ENTITIES = [
    Entity(id="tolvik-port", kind="organisation", label="Port of Tolvik", aliases=["port authority"]),
    Entity(id="tolvik", kind="place", label="Tolvik"),
]
VOCABULARY = Vocabulary.of(PROPERTIES, ENTITIES)
PUBLISHED = dt.date(2022, 6, 1)


def test_a_reported_value_records_its_speaker_from_the_vocabulary() -> None:
    sentence = "Tolvik handled 480 ships last year, the port authority said on Monday."
    (quantity,) = [p for p in propose(sentence, VOCABULARY, PUBLISHED) if p.value_text == "480"]
    assert (quantity.modality, quantity.said_by, quantity.new_speaker) == (Modality.REPORTED, "tolvik-port", None)
    assert "said by tolvik-port: 'the port authority'" in quantity.notes
    data = claim_data(quantity, "tolvik-ships-handled-480", sentence, "tolvik-news")
    assert data["said"] == {"by": "tolvik-port"}
    adapter(FileKind.CLAIM).validate_python(data)


def test_a_speaker_the_vocabulary_lacks_is_proposed_and_needed() -> None:
    sentence = "Harbour master Ingrid Solberg said Tolvik handled 480 ships."
    (quantity,) = propose(sentence, VOCABULARY, PUBLISHED)
    speaker = EntityCandidate("ingrid-solberg", EntityKind.PERSON, "Ingrid Solberg")
    assert (quantity.modality, quantity.subject, quantity.said_by) == (Modality.REPORTED, "tolvik", "ingrid-solberg")
    assert quantity.new_speaker == speaker
    assert _needs(quantity) == [speaker]


def test_a_plan_is_somebodys_words_too_and_the_saying_is_nobodys() -> None:
    sentence = "The port authority said on Monday that Tolvik will handle 600 ships."
    proposals = {p.value_text: p for p in propose(sentence, VOCABULARY, PUBLISHED)}
    assert (proposals["600"].modality, proposals["600"].said_by) == (Modality.PLANNED, "tolvik-port")
    assert (proposals["on Monday"].modality, proposals["on Monday"].said_by) == (Modality.ASSERTED, None)


def test_officials_name_no_entity() -> None:
    (quantity,) = propose("Tolvik handled 480 ships, officials said.", VOCABULARY, PUBLISHED)
    assert (quantity.modality, quantity.said_by) == (Modality.REPORTED, None)
    assert "said" not in claim_data(quantity, "x", "s", "src")


def test_an_absolute_statement_is_proposed_with_its_words() -> None:
    sentence = "The ferry to Tolvik ran for the first time in 1987, and it carried 40 cars."
    proposals = {p.value_text: p for p in propose(sentence, VOCABULARY, PUBLISHED)}
    assert proposals["1987"].absolute is Absolute.FIRST
    assert "absolute first, from 'for the first time': as a relation claim, `absolute: first`" in (
        proposals["1987"].notes
    )
    assert proposals["40"].absolute is None  # another clause


def test_absolute_words() -> None:
    assert absolute_of("Tolvik has never had more than 3 ferries.", 27) == (Absolute.NEVER, "never")
    assert absolute_of("Tolvik has always kept 3 ferries.", 25) == (Absolute.ALWAYS, "always")
    assert absolute_of("Tolvik has avoided joining the league since 1990.", 45) == (Absolute.NEVER, "has avoided")
    assert absolute_of("Tolvik held its first-ever regatta in 2004.", 38) == (Absolute.FIRST, "first-ever")
    assert absolute_of("Tolvik held a regatta in 2004.", 25) is None


def test_a_date_before_the_publication_is_no_plan() -> None:
    sentence = "The planned closure of Tolvik would be the third since May 2022, when the port handled 480 ships."
    proposals = {p.value_text: p for p in propose(sentence, VOCABULARY, PUBLISHED)}
    assert (proposals["May 2022"].value, proposals["May 2022"].modality) == ("2022-05/..", Modality.ASSERTED)
    later = propose("The planned closure of Tolvik would come in July.", VOCABULARY, PUBLISHED)
    assert [(p.value, p.modality) for p in later] == [("2022-07", Modality.PREDICTED)]


def test_what_follows_a_date_after_the_publication_is_planned_with_it() -> None:
    sentence = "Tolvik opens its new quay tomorrow with 40 berths; 480 ships waited in 2021."
    proposals = {p.value_text: p.modality for p in propose(sentence, VOCABULARY, PUBLISHED)}
    assert proposals == {
        "tomorrow": Modality.PLANNED,
        "40": Modality.PLANNED,
        "480": Modality.ASSERTED,
        "2021": Modality.ASSERTED,
    }
    sentence = "Tolvik hired 40 pilots to open the quay tomorrow."
    before = {p.value_text: p.modality for p in propose(sentence, VOCABULARY, PUBLISHED)}
    assert before == {"tomorrow": Modality.PLANNED, "40": Modality.ASSERTED}


def test_a_verb_of_schedule_on_the_publications_own_day_is_a_plan() -> None:
    # PUBLISHED is a Wednesday.
    held = propose("Tolvik holds a public hearing Wednesday.", VOCABULARY, PUBLISHED)
    assert [(p.value, p.modality) for p in held] == [("2022-06-01", Modality.PLANNED)]
    past = propose("Tolvik held a public hearing Wednesday.", VOCABULARY, PUBLISHED)
    assert [(p.value, p.modality) for p in past] == [("2022-06-01", Modality.ASSERTED)]
