"""A draft's quote and statement cut to its value's clause when the sentence says more (``evidence_spans``):
exact quotes and statements for made-up sentences, and near misses that keep the whole sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimtrack.drafting.evidence_spans import LONG_SENTENCE, evidences, value_evidence
from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.engine.check import check_repository
from helpers import archived_article, invoke

EMPTY = Vocabulary.of([], [])


def _evidence(sentence: str) -> list[tuple[str, str, str]]:
    """(value, quote, statement) of each value `draft` reads from the sentence."""
    proposals = propose(sentence, EMPTY, dt.date(2021, 6, 8))
    return [
        (p.value_text, e.quote, e.statement) for p, e in zip(proposals, evidences(sentence, proposals), strict=True)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Oster Bridge carried 1.2 million cars in its first month, the city council said on Monday.",
            [
                ("on Monday", "the city council said on Monday.", "The city council said on Monday."),
                ("1.2 million", "The Oster Bridge carried 1.2 million cars in its first month", "The Oster Bridge carried 1.2 million cars in its first month."),
            ],
        ),
        (
            "Velmar Corp sold 12 ships in May, and Oster Lines bought 30 ferries in June.",
            [
                ("May", "Velmar Corp sold 12 ships in May", "Velmar Corp sold 12 ships in May."),
                ("June", "Oster Lines bought 30 ferries in June.", "Oster Lines bought 30 ferries in June."),
                ("12", "Velmar Corp sold 12 ships in May", "Velmar Corp sold 12 ships in May."),
                ("30", "Oster Lines bought 30 ferries in June.", "Oster Lines bought 30 ferries in June."),
            ],
        ),
        (
            "The Oster Line opened in 2019; it carried 4 million riders in 2020.",
            [
                ("2019", "The Oster Line opened in 2019", "The Oster Line opened in 2019."),
                ("2020", "it carried 4 million riders in 2020.", "Oster Line carried 4 million riders in 2020."),
                ("4 million", "it carried 4 million riders in 2020.", "Oster Line carried 4 million riders in 2020."),
            ],
        ),
        (
            "Velmar Corp earned $2 million in 2018, while Oster Bank lost $5 million.",
            [
                ("2018", "Velmar Corp earned $2 million in 2018", "Velmar Corp earned $2 million in 2018."),
                ("$2 million", "Velmar Corp earned $2 million in 2018", "Velmar Corp earned $2 million in 2018."),
                ("$5 million", "Oster Bank lost $5 million.", "Oster Bank lost $5 million."),
            ],
        ),
    ],
)  # fmt: skip
def test_a_value_is_quoted_by_its_own_clause(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _evidence(sentence) == expected
    for _, quote, _ in expected:
        assert quote in sentence  # the archive's exact words


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmar Corp sold 12 ships in May.",  # one value, a short sentence
        "Velmar Corp sold 12 ships, 30 ferries and 5 tugs in May.",  # one clause
        "Both Velmar Corp and Oster Lines were sold in May for $5 million.",  # two names, one clause
        "“We sold 12 ships in May, and we will sell 30 in June,” said Anna Berg.",  # a quotation and its speaker
        "Velmar Corp said that it sold 12 ships in May and 30 in June.",  # no verb of their own after "and"
        "While Velmar Corp sold 12 ships (only 3 of them new), Oster Lines sold none in May.",  # an opening clause
        "Velmar Corp had 12 ships, 30 ferries, and a fleet of 5 tugs in May.",  # a list, not two clauses
        "Another study of 20 ships found that 12 sank in May.",  # the clause goes on past "found"
        "Velmar Corp sold 12 ships in May, making $5 million on the sale of them all.",  # no subject after the comma
        "By 2018, when Anna Berg retired, only the Velmar plant, the Oster mill, and the two Lund yards were open.",
        "The fourth Oster film was approved in 2016, with reports that Anna Berg would direct it in 2018.",
    ],
)
def test_near_misses_keep_the_whole_sentence(sentence: str) -> None:
    assert {quote for _, quote, _ in _evidence(sentence)} == {sentence}


def test_an_alternative_figure_after_or_keeps_the_sentence() -> None:
    """ "…, or $1.50 a share, as sales rose": the figure after "or" is no clause of its own."""
    sentence = "Velmar Corp earned $2 million, or $1.50 a share, as sales rose 5 percent to $30 million."
    quotes = {value: quote for value, quote, _ in _evidence(sentence)}
    assert quotes == {
        "$2 million": "Velmar Corp earned $2 million",
        "$1.50": sentence,
        "5 percent": sentence,
        "$30 million": sentence,
    }


def test_a_statement_keeps_a_name_written_in_lower_case_first() -> None:
    sentence = "Velmar Corp sold 12 ships in May, and iPhone sales rose 5 percent in June."
    assert {statement for _, _, statement in _evidence(sentence)} == {
        "Velmar Corp sold 12 ships in May.", "iPhone sales rose 5 percent in June."
    }  # fmt: skip


def test_a_long_sentence_of_one_value_is_cut_too() -> None:
    sentence = (
        "Velmar Corp sold 12 ships to the navy after a long and costly tender, and the harbour authority will now "
        "have to find room along the eastern quay for every one of them."
    )
    assert len(sentence) >= LONG_SENTENCE
    start = sentence.index("12")
    evidence = value_evidence(sentence, start, start + 2, values=1)
    quote = "Velmar Corp sold 12 ships to the navy after a long and costly tender"
    assert (evidence.quote, evidence.statement) == (quote, f"{quote}.")
    short = "Velmar Corp sold 12 ships to the navy, and the navy paid for them."
    assert value_evidence(short, 17, 19, values=1).quote == short


def test_a_value_written_more_often_than_read_keeps_the_sentence() -> None:
    """Found by its words: "12" twice but read once (one is no value) cannot be placed, so the sentence is kept."""
    sentence = "Velmar Corp sold 12 ships in May, and Oster Lines bought 30 ferries in June."
    proposals = [p for p in propose(sentence, EMPTY, dt.date(2021, 6, 8)) if p.value_text != "30"]
    doubled = sentence.replace("30", "12")
    assert [e.quote for e in evidences(doubled, proposals)] == [
        "Velmar Corp sold 12 ships in May", "Oster Lines bought 12 ferries in June.", doubled
    ]  # fmt: skip


def test_drafts_of_clauses_are_written_checked_and_dismissed_by_their_sentence(tmp_path: Path) -> None:
    """End to end in a fresh repository: the two drafts of one sentence quote their clauses, `check` finds their
    quotes in the archive, and dismissing one with its sentence names the other, which quotes another clause."""
    sentence = "Velmar Corp sold 12 ships in May, and Oster Lines bought 30 ferries in June."
    root = archived_article(tmp_path, f"{sentence}\n")
    assert invoke(root, "draft", "harbour-news", "--write")[0] == 0
    quotes = sorted(
        line.strip().removeprefix("quote: ")
        for path in (root / "claims/drafts").iterdir()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("quote: ")
    )
    assert quotes == [
        "Oster Lines bought 30 ferries in June.", "Oster Lines bought 30 ferries in June.",
        "Velmar Corp sold 12 ships in May", "Velmar Corp sold 12 ships in May",
    ]  # fmt: skip
    assert not [f for f in check_repository(root).findings if f.severity.value != "note"]
    drafted = sorted(path.stem for path in (root / "claims/drafts").iterdir())
    may = next(name for name in drafted if "sold-on" in name)
    code, out, _ = invoke(root, "dismiss", may, "--sentence", "--why", "Not our story.")
    assert code == 0
    assert sum("quotes the same sentence" in line for line in out.splitlines()) == 3


def test_a_clause_the_source_holds_twice_is_quoted_by_its_whole_sentence(tmp_path: Path) -> None:
    """A clause written again elsewhere in the article would be an ambiguous quote (CT204): the draft quotes its
    whole sentence instead, and `check` finds nothing to warn of; a clause written once is still cut."""
    first = "Velmar Corp sold 12 ships in May, and Oster Lines bought 30 ferries in June."
    again = "Velmar Corp sold 12 ships in May, a record for the yard."
    root = archived_article(tmp_path, f"{first}\n\nAnalysts expected less. {again}\n")
    assert invoke(root, "draft", "harbour-news", "--write")[0] == 0
    quotes = sorted(
        YAML(typ="safe").load(path.read_text(encoding="utf-8"))["evidence"][0]["quote"]
        for path in (root / "claims/drafts").iterdir()
    )
    ferries = "Oster Lines bought 30 ferries in June."
    assert quotes == sorted([ferries, ferries, first, first, again, again])
    assert not [f for f in check_repository(root).findings if f.code == "CT204"]
