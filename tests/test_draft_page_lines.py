"""Lines of a page that name nobody its claims are about: a heading in capitals, a byline or a credit line, an
embedded post's signature and a wire dateline. Made-up pages, with near misses that keep their names."""

from __future__ import annotations

import pytest

from claimtrack.drafting.candidates import find_names
from claimtrack.drafting.page_lines import is_credit, is_heading, page_names
from claimtrack.drafting.propose import Vocabulary
from claimtrack.text.datelines import dateline_end
from helpers import last_drafts

EMPTY = Vocabulary.of([], [])


def _subjects(sentences: list[str]) -> list[tuple[str, str | None, str | None]]:
    """The last sentence's drafts as (value, subject label or id, kind), read in order."""
    found = []
    for proposal in last_drafts(sentences):
        entity = proposal.new_entity
        found.append(
            (proposal.value_text, proposal.subject if entity is None else entity.label, entity and entity.kind)
        )
    return [(value, label, None if kind is None else kind.value) for value, label, kind in found]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A heading in capitals is no entity: the sentence after it is still about the story's subject.
        (["Velmar Corp opened a plant in Osterby.", "DOZENS HIRED", "The first two hires started in May."],
         [("May", "Velmar Corp", "organisation"), ("two", "Velmar Corp", "organisation")]),
        (["Velmar Corp opened a plant in Osterby.", "PLANT WORKERS QUARANTINED FROM MONDAY", "It hired 40 people."],
         [("40", "Velmar Corp", "organisation")]),
        # A heading names what the page writes in small letters elsewhere, as it writes it there.
        (["Oster Lines lost to Velmar Corp.", "VELMAR CORP WINS", "The side scored 3 goals."],
         [("3", "Velmar Corp", "organisation")]),
        # A byline and a credit line name the writer and the outlet: no subject of the next sentence.
        # ... but a story's opening that names nothing is filed under the byline's first name for want of better.
        (["By Anna Berg, Osterby Times", "The bridge opened in 2019."], [("2019", "Anna Berg", "other")]),
        (["By Anna Berg, Osterby Times", "The bridge opened in 2019.", "She hired 40 people."], [("40", "Anna Berg", "other")]),
        (["Velmar Corp opened a plant.", "Anna Berg, Osterby News, Velmar City", "It hired 40 people."],
         [("40", "Velmar Corp", "organisation")]),
        (["Velmar Corp opened a plant.", "By Anna Berg and Tom Reed", "He hired 40 people."],
         [("40", "Velmar Corp", "organisation")]),
        # A dateline names where the report was filed; the word after it opens the sentence.
        (["OSTERBY (AP) — Researchers at Velmar University found 3 new planets."],
         [("3", "Velmar University", "organisation")]),
        (["VELMAR CITY, Jan. 28 (UPI) -- Anna Berg won her 10th title on Sunday."],
         [("Jan. 28", "Anna Berg", "other"), ("on Sunday", "Anna Berg", "other")]),
        # Near misses: a sentence in small letters keeps its names, and "By" a time is no byline.
        (["Velmar Corp opened a plant.", "By Monday, Oster Lines had hired 40 people."],
         [("By Monday", "Oster Lines", "other"), ("40", "Oster Lines", "other")]),
    ],
)  # fmt: skip
def test_lines_that_name_nobody_pass_no_subject_on(
    sentences: list[str], expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _subjects(sentences) == expected


@pytest.mark.parametrize(
    ("line", "heading", "credit"),
    [
        ("SCORES QUARANTINED", True, False),
        ("KIND OF SCARY", True, False),
        ("By Anna Berg, Osterby Times", False, True),
        ("By Anna Berg Reuters", False, True),
        ("Anna Berg, Osterby News, Velmar City", False, True),
        ("A HUNTER who ate a rabbit fell ill.", False, False),
        ("Nadal Keeps Spain Alive, Russia Out", False, False),
        ("By Monday morning, the rain will reach Osterby.", False, False),
        ("Anna Berg, 45, Osterby News", False, False),
        ("Velmar Corp", False, False),
    ],
)
def test_headings_and_credit_lines(line: str, heading: bool, credit: bool) -> None:
    assert (is_heading(line), is_credit(line)) == (heading, credit)


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [
        ("OSTERBY (AP) — The bridge opened.", "OSTERBY (AP) — "),
        ("VELMAR CITY: The bridge opened.", "VELMAR CITY: "),
        ("OSTERBY, Jan. 28 (UPI) -- The bridge opened.", "OSTERBY, Jan. 28 (UPI) -- "),
        ("Osterby (Reuters) - The bridge opened.", "Osterby (Reuters) - "),
        ("Velmar Corp — a giant — opened a plant.", ""),
        ("The bridge opened: it cost $5 million.", ""),
    ],
)
def test_a_dateline_ends_where_the_sentence_begins(sentence: str, dateline: str) -> None:
    assert sentence[: dateline_end(sentence)] == dateline


def test_a_heading_names_only_the_pages_own_names_not_an_acronym() -> None:
    """An acronym of the page is no name of a heading: "LOW" of "LOWE'S" is a word in capitals."""
    heading = "LOWE'S BEATS VELMAR CORP"
    names = page_names(heading, find_names(heading), frozenset({"LOW", "Velmar Corp", "Oster"}))
    assert [(n.text, heading[n.start : n.end]) for n in names] == [("Velmar Corp", "VELMAR CORP")]
