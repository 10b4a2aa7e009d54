"""text/sentences.py: paragraphs as a reader sees them (a hard-wrapped text's line ends are no sentence ends),
sentence boundaries that know abbreviations and quotations, spans that point exactly into the archived text,
the law that a wrapped text gives the same sentences, coverage and drafts as the same text one line per
paragraph, and time that grows no faster than n log n."""

from __future__ import annotations

import hashlib
import json
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack.drafting.drafts import draft_source, render_drafts
from claimtrack.engine.coverage import measure_coverage
from claimtrack.render.draft_json import render_drafts_json
from claimtrack.repository.validate import validate_repository
from claimtrack.text.quotes import normalise_text
from claimtrack.text.sentences import spans_in_normal_form, split_sentences
from helpers import make_repo


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pact was signed on Nov. 18 in Arlen. Mr. Dovic left on Aug. 2.",
            ["The pact was signed on Nov. 18 in Arlen.", "Mr. Dovic left on Aug. 2."],
        ),
        (
            "The U.S. delegation agreed. Item No. 5 was dropped.",
            ["The U.S. delegation agreed.", "Item No. 5 was dropped."],
        ),
        (
            "She said: “We will not sign. Not now.” The talks ended.",
            ["She said: “We will not sign. Not now.”", "The talks ended."],
        ),
        ("Dr. Halm met Gen. Orrin at 10 p.m. on Monday.", ["Dr. Halm met Gen. Orrin at 10 p.m. on Monday."]),
        ("Did they agree? No! They left.", ["Did they agree?", "No!", "They left."]),
        (
            "Boarding opens at 9 a.m. Tuesday, May 4. The ferry left at 6 p.m. Crews cheered.",
            ["Boarding opens at 9 a.m. Tuesday, May 4.", "The ferry left at 6 p.m.", "Crews cheered."],
        ),
    ],
)
def test_abbreviations_and_quotations(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_a_sentence_over_a_line_end_keeps_its_exact_span_and_its_words() -> None:
    text = (
        "Harbour deal\n\n"
        "The harbour deal was signed on Nov.\n"
        "18, 2016 by the mayor of Velmar and\n"
        "the ministers of three countries.  It\n"
        "took effect in May 2017 for the port.\n"
    )
    sentences = split_sentences(text)
    assert [(s.line, s.text) for s in sentences] == [
        (1, "Harbour deal"),
        (
            3,
            "The harbour deal was signed on Nov. 18, 2016 by the mayor of Velmar and the ministers of three countries.",
        ),
        (5, "It took effect in May 2017 for the port."),
    ]
    assert text[sentences[1].start : sentences[1].end] == (
        "The harbour deal was signed on Nov.\n18, 2016 by the mayor of Velmar and\nthe ministers of three countries."
    )
    assert all(" ".join(text[s.start : s.end].split()) == s.text for s in sentences)


def test_a_text_one_line_per_paragraph_keeps_every_line_apart() -> None:
    text = "Harbour deal signed\nThe mayor signed it on Tuesday. The port opened\nin May.\n"
    assert [(s.line, s.text) for s in split_sentences(text)] == [
        (1, "Harbour deal signed"),
        (2, "The mayor signed it on Tuesday."),
        (2, "The port opened"),
        (3, "in May."),
    ]


def test_blank_lines_indents_and_numbered_notes_start_paragraphs() -> None:
    text = (
        "The harbour authority of Velmar ordered twelve patrol boats for\n"
        "the coast guard of the strait, the minister of the interior of\n"
        "the country said in a long speech to the parliament in Velmar\n"
        "    Heading without a stop\n"
        "The first boats arrived in spring, and the last ones came in the\n"
        "autumn of the year after, well after the date in the contract\n"
        "1. Velmar Gazette, 3 March 2021, page 4, on the harbour authority\n"
        "2. Port records for the year, kept at the harbour office in Velmar\n"
    )
    assert texts(text) == [
        "The harbour authority of Velmar ordered twelve patrol boats for the coast guard of the strait, the "
        "minister of the interior of the country said in a long speech to the parliament in Velmar",
        "Heading without a stop",
        "The first boats arrived in spring, and the last ones came in the autumn of the year after, well after the "
        "date in the contract",
        "1. Velmar Gazette, 3 March 2021, page 4, on the harbour authority",
        "2. Port records for the year, kept at the harbour office in Velmar",
    ]


def test_spans_in_normal_form_point_at_each_sentence() -> None:
    text = "The  “deal” was signed\non Tuesday. It cost\n$8 million.\n"
    normal = normalise_text(text)
    sentences = split_sentences(text)
    spans = spans_in_normal_form(sentences, normal)
    assert [normal[a:b] for a, b in filter(None, spans)] == ['the "deal" was signed on tuesday.', "it cost $8 million."]


_WORDS = st.sampled_from(
    ["the", "treaty", "was", "signed", "on", "Nov.", "18,", "2016", "by", "Mr.", "Dovic", "of", "the", "U.S.",
     "delegation", "“it", "is", "done.”", "No.", "5", "twelve", "boats", "arrived.", "Velmar", "port", "said."]
)  # fmt: skip
_PARAGRAPH = st.lists(_WORDS, min_size=12, max_size=60).map(lambda words: " ".join(words).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=3, max_size=8), width=st.integers(40, 100))
def test_a_wrapped_text_reads_as_the_same_text_one_line_per_paragraph(paragraphs: list[str], width: int) -> None:
    one_line = "\n\n".join(paragraphs) + "\n"
    wrapped = "\n\n".join(_wrap(p, width) for p in paragraphs) + "\n"
    assert texts(wrapped) == texts(one_line)
    assert all(" ".join(wrapped[s.start : s.end].split()) == s.text for s in split_sentences(wrapped))


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(_PARAGRAPH, min_size=3, max_size=8), width=st.integers(40, 100))
def test_a_wrapped_text_with_first_lines_indented_reads_as_one_line_per_paragraph(
    paragraphs: list[str], width: int
) -> None:
    """No blank line between paragraphs, each first line indented: a paragraph of one line ends too, when a
    third of the paragraphs at least run over a line (else the text looks like one indented as a block, which
    a command's help or a quoted passage is)."""
    one_line = "\n\n".join(paragraphs) + "\n"
    filled = [textwrap.fill(p, width, initial_indent="    ", break_long_words=False) for p in paragraphs]
    assume(3 * sum("\n" in paragraph for paragraph in filled) >= len(paragraphs))
    indented = "".join(paragraph + "\n" for paragraph in filled)
    assert texts(indented) == texts(one_line)


def test_one_line_paragraphs_with_first_lines_indented_are_paragraphs_of_their_own() -> None:
    text = (
        "    Seven questions before the harbour vote, to be held in Velmar on Friday:\n"
        "    WHO PAYS FOR THE BOATS?\n"
        "    The harbour authority says the ministry will pay for all twelve boats, and the\n"
        "ministry says the authority will pay for half of them out of the port dues it\n"
        "collects from the ferries every year.\n"
        "    WHO BUILDS THEM?\n"
    )
    assert texts(text) == [
        "Seven questions before the harbour vote, to be held in Velmar on Friday:",
        "WHO PAYS FOR THE BOATS?",
        "The harbour authority says the ministry will pay for all twelve boats, and the ministry says the "
        "authority will pay for half of them out of the port dues it collects from the ferries every year.",
        "WHO BUILDS THEM?",
    ]


def test_a_list_item_wrapped_under_its_words_is_one_paragraph() -> None:
    """Lines indented under a list item's words are its wrapped lines, not paragraphs of their own (and they
    follow lines the wrap cut mid-sentence, so the text is not one that indents its paragraphs' first lines)."""
    text = (
        "- The harbour authority of Velmar ordered twelve patrol boats for the\n"
        "  coast guard of the strait, and the minister of the interior of the\n"
        "  country said so in a long speech to the parliament in Velmar\n"
        "- The first boats arrived in spring, and the last ones came in the\n"
        "  autumn of the year after, well after the date set in the contract\n"
    )
    assert texts(text) == [
        "- The harbour authority of Velmar ordered twelve patrol boats for the coast guard of the strait, and the "
        "minister of the interior of the country said so in a long speech to the parliament in Velmar",
        "- The first boats arrived in spring, and the last ones came in the autumn of the year after, well after "
        "the date set in the contract",
    ]


def test_a_table_row_is_a_paragraph_of_its_own_in_a_wrapped_text() -> None:
    text = (
        "The harbour authority of Velmar ordered twelve patrol boats for the coast\n"
        "guard of the strait, the minister of the interior said in a long speech.\n"
        "| Port of the strait | Patrol boats ordered | Cost in millions of euros |\n"
        "| Velmar harbour authority | 12 | 50.2 | ordered in spring, delivered |\n"
        "The first boats arrived in spring, and the last ones came in the autumn of\n"
        "the year after, well after the date in the contract signed by the port.\n"
    )
    assert texts(text) == [
        "The harbour authority of Velmar ordered twelve patrol boats for the coast guard of the strait, the "
        "minister of the interior said in a long speech.",
        "| Port of the strait | Patrol boats ordered | Cost in millions of euros |",
        "| Velmar harbour authority | 12 | 50.2 | ordered in spring, delivered |",
        "The first boats arrived in spring, and the last ones came in the autumn of the year after, well after the "
        "date in the contract signed by the port.",
    ]


def _wrap(paragraph: str, width: int) -> str:
    return textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)


ARTICLE = [
    "Velmar harbour deal",
    "The harbour deal was signed on Nov. 18, 2016 in Velmar by Mr. Dovic, the harbour authority's chief, and by "
    "the ministers of the three countries that share the strait, after talks that had lasted for most of the year.",
    "Under the deal the Coastal Navy will buy twelve patrol boats by 2024, the minister said on Tuesday, and more "
    "than 200 cadets are to be trained at the port's school. The first boats arrived in May 2017.",
    "Critics of the deal said the price of 50 million euros was too high for a port of its size, and that the money "
    "would have been better spent on the ferries that carry some 3,000 passengers a day across the strait.",
]
VOCABULARY = {
    "vocabulary/properties.yaml": """\
        properties:
          - id: signed_on
            label: signed on
            claim_type: event
          - id: boats_ordered
            label: patrol boats ordered
            claim_type: quantity
            unit: boat
        """,
    "vocabulary/entities/core.yaml": """\
        entities:
          - id: harbour-deal
            kind: treaty
            label: harbour deal
          - id: navy
            kind: organisation
            label: Coastal Navy
        """,
}


def _repository(root: Path, text: str) -> Path:
    digest = hashlib.sha256(text.encode()).hexdigest()
    source = (
        f"id: gazette\ntitle: Harbour deal\nkind: news\npublished: 2021-03-04\ntext: gazette.txt\nsha256: '{digest}'\n"
    )
    return make_repo(root, {**VOCABULARY, "sources/gazette.txt": text, "sources/gazette.yaml": source}, base=False)


def test_a_wrapped_article_gives_the_same_coverage_and_drafts(tmp_path: Path) -> None:
    one_line = "\n".join(ARTICLE) + "\n"
    wrapped = "\n\n".join(_wrap(p, 64) for p in ARTICLE) + "\n"
    results = []
    for name, text in (("one-line", one_line), ("wrapped", wrapped)):
        workspace = validate_repository(_repository(tmp_path / name, text)).workspace
        assert workspace is not None
        [coverage] = measure_coverage(workspace)
        drafts = draft_source(workspace, "gazette")
        results.append(
            (
                coverage.checkable,
                coverage.covered,
                [s.text for s in coverage.uncovered],
                [(d.sentence, d.proposal) for d in drafts.drafts],
                render_drafts(drafts).count("# --- "),
            )
        )
    assert results[0] == results[1]
    assert results[0][0] == 4


def test_draft_reads_no_sentence_longer_than_any_it_quotes(tmp_path: Path) -> None:
    """One 'sentence' of 100 KB holding thousands of dates is not read (each draft would quote all of it), and
    says so; a sentence just under the bound is read as usual."""
    from claimtrack.drafting.drafts import MAX_SENTENCE_CHARS

    long_one = "The harbour deal was signed in " + "2001, " * 1_000 + "and in 2002.\n"
    short_one = "The harbour deal was signed in " + "2001, " * ((MAX_SENTENCE_CHARS - 60) // 6) + "and in 2002.\n"
    assert len(short_one) <= MAX_SENTENCE_CHARS < len(long_one)
    workspace = validate_repository(_repository(tmp_path / "long", long_one)).workspace
    assert workspace is not None
    drafts = draft_source(workspace, "gazette")
    assert (drafts.drafts, drafts.too_long) == ([], [(1, len(long_one) - 1)])
    assert render_drafts(drafts) == (
        f"# --- not read: line 1: a sentence of {len(long_one) - 1:,} characters, longer than any drafted from "
        f"({MAX_SENTENCE_CHARS:,}); quote the words that state a value with `claimtrack new`\n"
    )
    assert json.loads(render_drafts_json(drafts))["skipped"] == [
        {
            "line": 1,
            "characters": len(long_one) - 1,
            "reason": "longer than any sentence drafted from (4,000 characters)",
        }
    ]
    workspace = validate_repository(_repository(tmp_path / "short", short_one)).workspace
    assert workspace is not None
    drafts = draft_source(workspace, "gazette")
    assert drafts.too_long == []
    assert drafts.drafts != []


def _seconds(text: str) -> float:
    """The best of five runs in processor time: the machine's other work (the suite runs in parallel) adds to a
    run's wall time, the longer run's more, and the ratio would measure the machine."""
    times = []
    for _ in range(5):
        start = time.process_time()
        split_sentences(text)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize(
    "unit",
    [
        "a. B ",  # an abbreviation-like stop before every capital
        "The treaty was signed in 2001. ",
        "Mr. ",
        "word\n",  # a line per word: a wrapped text of one-word lines
    ],
)
def test_splitting_grows_no_faster_than_n_log_n(unit: str) -> None:
    small = unit * (100_000 // len(unit))
    large = unit * (1_000_000 // len(unit))
    ratio = _seconds(large) / max(_seconds(small), 1e-4)
    assert ratio < 25, ratio
