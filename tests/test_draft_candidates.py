"""Drafting in a repository whose vocabulary lacks what a sentence names: the names a sentence gives and
their kinds, the verb a date dates, "It" and "The treaty" read as what came before, and a fresh `init`
repository drafted end to end (made-up text written for these tests)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.new_repository import InitOptions, init_repository
from claimtrack.cli import app
from claimtrack.drafting.candidates import event_verb, find_names, names_inside
from claimtrack.drafting.drafts import vocabulary_of
from claimtrack.drafting.propose import Vocabulary, next_context, propose
from claimtrack.drafting.subjects import NO_CONTEXT
from claimtrack.engine.check import check_repository
from claimtrack.model.claims import ClaimType
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.repository.validate import validate_repository

runner = CliRunner()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Dalmor Shipyards delivered boats to the Port of Velmar, spokesman Arlo Penn said.",
            [("Dalmor Shipyards", "organisation", False), ("Port of Velmar", "other", False),
             ("Arlo Penn", "person", True)],
        ),
        ("The Treaty of Oster was signed in Kestrel County.", [("Treaty of Oster", "treaty", False),
                                                               ("Kestrel County", "place", False)]),
        ("Tickets for the Velmar Regatta sold out, said President Ida Moss.", [("Velmar Regatta", "event", False),
                                                                               ("Ida Moss", "person", True)]),
        ("A German buyer paid the VMA for Oster’s boats in May.", [("VMA", "organisation", False),
                                                                   ("Oster", "other", False)]),
        ("Officials met on Tuesday in Dalmor.", [("Dalmor", "place", False)]),
        ("New SUVs were shown.", []),
    ],
)  # fmt: skip
def test_names_their_kinds_and_speakers(sentence: str, expected: list[tuple[str, str, bool]]) -> None:
    assert [(n.text, n.kind.value, n.speaker) for n in find_names(sentence)] == expected


def test_a_single_word_opening_a_sentence_is_a_name_when_the_source_writes_it_inside_one() -> None:
    elsewhere = names_inside(["Officials said Kestrel would sell boats.", "Kestrel sold 3 boats."])
    assert elsewhere == frozenset({"Kestrel"})
    assert [n.text for n in find_names("Kestrel sold 3 boats.", elsewhere)] == ["Kestrel"]
    assert find_names("Officials sold 3 boats.", elsewhere) == []


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The show opens to the public on", "opened"),
        ("The yard will launch its first boat in", "launched"),
        ("Kestrel delivered 12 patrol boats to the Port of Velmar on", "delivered"),
        ("The talks began in", "began"),
        ("The minister said on", "said"),  # the day of the saying, the speaker's
        ("Boats sold well, the minister said on", "said"),  # not the selling's day
    ],
)
def test_the_verb_a_date_dates(text: str, verb: str | None) -> None:
    assert event_verb(text + " 2 March 2021.", len(text) + 1) == verb


EMPTY = Vocabulary.of([Property(id="signed_on", label="signed on", claim_type="event")], [])


def test_a_sentence_naming_nothing_known_proposes_the_entity_and_property_it_needs() -> None:
    (date, count) = propose("The Dalmor Shipyards opened a yard with 40 cranes on 2 March 2021.", EMPTY, None)
    assert (date.subject, date.property_id, date.value, date.notes) == (
        "dalmor-shipyards",
        "opened_on",
        "2021-03-02",
        ("no event property's label matches the sentence: proposed opened_on",),
    )
    assert date.new_entity is not None
    assert date.new_property is not None
    assert date.new_entity.command() == (
        "claimtrack entity add --id dalmor-shipyards --kind organisation --label 'Dalmor Shipyards'"
    )
    assert (
        date.new_property.command() == "claimtrack property add --id opened_on --label 'opened on' --claim-type event"
    )
    assert (count.subject, count.property_id, count.value) == (
        "dalmor-shipyards",
        "crane_count",
        {"exactly": 40, "unit": "crane"},
    )


def test_a_speaker_is_not_the_subject_when_the_sentence_names_something_else() -> None:
    (proposal,) = propose("Kestrel County signed it on 2 March 2021, Arlo Penn said.", EMPTY, None)
    assert proposal.new_speaker is not None
    assert (proposal.subject, proposal.said_by, proposal.new_speaker.command()) == (
        "kestrel-county",
        "arlo-penn",
        "claimtrack entity add --id arlo-penn --kind person --label 'Arlo Penn'",
    )
    # The speaker's entity add line is the draft's "needs" line: no note says it again (issue 25).
    assert not any("is not in the vocabulary" in note for note in proposal.notes)
    # A name that is neither the subject nor the speaker keeps its note: nothing else says how to add it.
    (named,) = propose("Kestrel County signed it on 2 March 2021 with Arlo Penn.", EMPTY, None)
    assert (named.subject, named.said_by, named.notes[-1]) == (
        "arlo-penn",
        None,
        "'Kestrel County' is not in the vocabulary: add it with "
        "claimtrack entity add --id kestrel-county --kind place --label 'Kestrel County'",
    )


def test_it_and_a_definite_description_take_the_subject_before() -> None:
    vocabulary = Vocabulary.of(
        [Property(id="signed_on", label="signed on", claim_type="event")],
        [Entity(id="oster-treaty", kind="treaty", label="Treaty of Oster"), Entity(id="kestrel", kind="place",
                                                                                  label="Kestrel")],
    )  # fmt: skip
    context = next_context("The Treaty of Oster names Kestrel as its seat.", vocabulary, NO_CONTEXT)
    (it,) = propose("It was signed in Kestrel on 2 March 2021.", vocabulary, None, context=context)
    assert (it.subject, it.notes) == (
        "oster-treaty",
        ("'It' read as oster-treaty, the subject of the sentence before",),
    )
    context = next_context("Kestrel hosted the talks.", vocabulary, context)
    (treaty,) = propose("The treaty was signed on 2 March 2021.", vocabulary, None, context=context)
    assert (treaty.subject, treaty.notes) == (
        "oster-treaty",
        ("'The treaty' read as oster-treaty, the last treaty named before",),
    )
    # Read alone, with nothing before it, "It" names nothing.
    (alone,) = propose("It was signed on 2 March 2021.", vocabulary, None)
    assert alone.subject is None


ARTICLE = (
    "Velmar signs harbour treaty\n"
    "The Dalmor Shipyards delivered 12 patrol boats to the Port of Velmar on 2 March 2021, spokesman Arlo Penn said.\n"
    "It will open a second yard in Kestrel County in May.\n"
    "The Treaty of Oster was signed on 4 January 2021.\n"
    "The treaty entered into force on 1 March 2021.\n"
)

TREATY_DRAFT = """\
# yaml-language-server: $schema=../../schemas/claim.schema.json
# Draft from velmar-news, line 5: check every field ('claimtrack edit'), then 'claimtrack accept treaty-of-oster-entered-into-force-on-2021-03-01', or delete it.
# 'The treaty' read as treaty-of-oster, the last treaty named before
id: treaty-of-oster-entered-into-force-on-2021-03-01
type: event
statement: The treaty entered into force on 1 March 2021.
subject: treaty-of-oster
property: entered_into_force_on
value: '2021-03-01'
modality: asserted
status: unreviewed
evidence:
  - source: velmar-news
    stance: supports
    quote: The treaty entered into force on 1 March 2021.
"""


def test_a_fresh_repository_drafts_a_new_article_and_every_draft_written_validates(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    init_repository(root, InitOptions(workflow=False, pre_commit=False))
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    added = runner.invoke(
        app,
        ["source", "add", str(tmp_path / "article.txt"), "--id", "velmar-news", "--published", "2021-03-04",
         "--root", str(root)],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    result = runner.invoke(app, ["draft", "velmar-news", "--write", "--root", str(root)])
    assert (result.exit_code, result.output) == (
        0,
        "added entity 'dalmor-shipyards' to vocabulary/entities/drafted.yaml\n"
        "added property 'delivered_on' to vocabulary/properties.yaml\n"
        "added entity 'arlo-penn' to vocabulary/entities/drafted.yaml\n"  # who said it: the drafts' said.by
        "added property 'boat_count' to vocabulary/properties.yaml\n"
        "added property 'opened_on' to vocabulary/properties.yaml\n"
        "added entity 'treaty-of-oster' to vocabulary/entities/drafted.yaml\n"
        "wrote claims/drafts/dalmor-shipyards-delivered-on-2021-03-02.yaml\n"
        "wrote claims/drafts/dalmor-shipyards-boat-count-12.yaml\n"
        "wrote claims/drafts/dalmor-shipyards-opened-on-2021-05.yaml\n"
        "wrote claims/drafts/treaty-of-oster-signed-on-2021-01-04.yaml\n"
        "wrote claims/drafts/treaty-of-oster-entered-into-force-on-2021-03-01.yaml\n"
        "next: check each draft against its sentence and correct what is wrong ('claimtrack edit ID'); "
        "'claimtrack accept ID' (or --all) then makes it a claim; 'claimtrack dismiss ID --why ...' one that is no "
        "claim, so that its sentence is not proposed again\n",
    )
    written = root / "claims/drafts/treaty-of-oster-entered-into-force-on-2021-03-01.yaml"
    assert written.read_text(encoding="utf-8") == TREATY_DRAFT
    checked = check_repository(root)
    assert checked.validation.success
    assert checked.success
    assert {f.code for f in checked.findings} == {"CT211", "CT212", "CT215"}  # notes: drafts are not yet claims
    entities = (root / "vocabulary/entities/drafted.yaml").read_text(encoding="utf-8")
    assert "label: Dalmor Shipyards\n" in entities
    assert "description: Named in velmar-news, line 2, and proposed by claimtrack draft; check it.\n" in entities


@pytest.fixture(scope="module")
def starter_vocabulary(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    """The vocabulary `claimtrack init` writes (the starter properties: population, death_toll, people_injured,
    people_taking_part count people)."""
    root = tmp_path_factory.mktemp("starter") / "repo"
    init_repository(root, InitOptions(workflow=False, pre_commit=False))
    workspace = validate_repository(root).workspace
    assert workspace is not None
    return vocabulary_of(workspace)


@pytest.mark.parametrize(
    ("sentence", "properties"),
    [
        ("Two people there were diagnosed with the disease.", ["person_count"]),
        ("A total of 28 people were put under medical quarantine.", ["person_count"]),
        ("The firm employs around 1,300 people in 15 countries.", ["person_count", "country_count"]),
        ("The blast killed 12 people on Monday.", ["death_toll"]),
        ("At least 12 people died in the fire.", ["death_toll"]),
        ("The quake left 40 people dead.", ["death_toll"]),
        ("Thirty people were hurt.", ["people_injured"]),
        ("Three people were killed and 30 people were hurt.", ["death_toll", "people_injured"]),
        ("About 5 million people live in the valley.", ["population"]),
    ],
)
def test_a_count_of_people_is_a_toll_only_when_its_words_say_so(
    starter_vocabulary: Vocabulary, sentence: str, properties: list[str]
) -> None:
    """ "people" in the label "people killed" names what is counted, not what happened to them: a count of
    people diagnosed, quarantined or employed proposes a count of its own; each value takes the words of its
    own clause first."""
    proposals = propose(sentence, starter_vocabulary, dt.date(2020, 1, 1))
    drafted = [p.property_id for p in proposals if p.claim_type is ClaimType.QUANTITY]
    assert drafted == properties


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Lund had given Rs 25 lakh to Velmar Corp.", ["Lund", "Velmar Corp"]),
        ("Lund paid Rs. 300 to Velmar Corp.", ["Lund", "Velmar Corp"]),
        ("Shares of RS Components rose 5 percent.", ["RS Components"]),
        ("Lund met Rs Lund in May.", ["Lund", "Rs Lund"]),
    ],
)
def test_a_currencys_sign_before_its_number_is_no_name(sentence: str, names: list[str]) -> None:
    assert [n.text for n in find_names(sentence, frozenset({"Lund"}))] == names
