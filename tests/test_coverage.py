from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from claimtrack.engine.coverage import is_checkable, measure_coverage
from claimtrack.repository.validate import validate_repository
from claimtrack.text.sentences import split_sentences
from helpers import make_repo, source_yaml


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    assert texts("Ties with the U.S. improved. Dr. Smith met M. Vilisov in Moscow. It rained.") == [
        "Ties with the U.S. improved.",
        "Dr. Smith met M. Vilisov in Moscow.",
        "It rained.",
    ]


def test_closing_quotes_and_glued_footnote_numbers() -> None:
    assert texts("He said “no.” Then they signed agreements,1 the most important.2 Later came more.") == [
        "He said “no.”",
        "Then they signed agreements,1 the most important.2",
        "Later came more.",
    ]


def test_lines_are_separate_and_spans_point_into_the_text() -> None:
    text = "Title line\nFirst one. Second one.\n"
    sentences = split_sentences(text)
    assert [(s.line, s.text) for s in sentences] == [(1, "Title line"), (2, "First one."), (2, "Second one.")]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_checkable_sentences() -> None:
    assert is_checkable("It happened in 2017.", [])
    assert is_checkable("It happened in March.", [])
    assert is_checkable("Uzbekistan agreed.", ["Uzbekistan"])
    assert not is_checkable("Relations improved.", ["Uzbekistan"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant will open this spring, the director said.",
        "The mayor resigned on Tuesday.",
        "Talks resumed yesterday.",
        "Prices rose last year.",
        "Fifteen people were hurt.",
        "A dozen boats were ordered.",
        "While the town spent the weekend watching the regatta, the mayor resigned.",
        "It was a claim the aide denied earlier in the day.",
    ],
)
def test_a_date_or_number_a_draft_reads_makes_a_sentence_checkable(sentence: str) -> None:
    # Drafting proposes claims only for the checkable sentences no claim quotes: a sentence whose one date
    # is "this spring" or "on Tuesday" and which names no entity of the vocabulary yet must still be listed.
    assert is_checkable(sentence, [])


@pytest.mark.parametrize(
    "line",
    [
        "Uzbekistan’s Prospects for Rejoining the CSTO",  # a heading
        "• Donald Trump and Shavkat Mirziyoyev",  # a photo caption
        "Credit: Russian Presidential Press and Information Office",
    ],
)
def test_headings_and_captions_are_not_statements(line: str) -> None:
    assert not is_checkable(line, ["CSTO", "Shavkat Mirziyoyev", "Russian"])


@pytest.mark.parametrize("line", ["He said it was “the main task in 2017.”", "It grew 12%!", "Was it in 2016?"])
def test_statements_end_as_sentences_do(line: str) -> None:
    assert is_checkable(line, [])


def test_coverage_counts_quoted_sentences(tmp_path: Path) -> None:
    text = "The treaty was signed on November 29th, 2016 in Moscow. Russia agreed. Nothing else.\n"
    digest = hashlib.sha256(text.encode()).hexdigest()
    root = make_repo(tmp_path, {"sources/news-one.txt": text, "sources/news-one.yaml": source_yaml(digest=digest)})
    result_of_validation = validate_repository(root)
    assert result_of_validation.success
    workspace = result_of_validation.workspace
    assert workspace is not None
    [result] = measure_coverage(workspace)
    assert (result.checkable, result.covered) == (2, 1)
    assert [s.text for s in result.uncovered] == ["Russia agreed."]


def test_numbered_notes_are_not_counted(tmp_path: Path) -> None:
    # The base claim quotes "signed on November 29th, 2016"; the notes cite works and are not counted.
    text = (
        "The treaty was signed on November 29th, 2016 in Moscow.\n\n"
        "1. Smith, John. Notes on Russia. March 3, 2017.\n12. Ibid.\n"
    )
    digest = hashlib.sha256(text.encode()).hexdigest()
    root = make_repo(tmp_path, {"sources/news-one.txt": text, "sources/news-one.yaml": source_yaml(digest=digest)})
    workspace = validate_repository(root).workspace
    assert workspace is not None
    [result] = measure_coverage(workspace)
    assert (result.checkable, result.covered) == (1, 1)


def test_draft_lists_a_sentence_whose_only_date_is_relative(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    runner = CliRunner()
    root = tmp_path / "repo"
    assert runner.invoke(app, ["init", str(root), "--no-workflow", "--no-pre-commit"]).exit_code == 0
    article = tmp_path / "gazette.txt"
    article.write_text("The water utility will open a desalination plant this spring.\n", encoding="utf-8")
    args = ["--root", str(root)]
    added = runner.invoke(app, ["source", "add", str(article), "--id", "gazette", "--published", "2023-03-09", *args])
    assert added.exit_code == 0
    result = runner.invoke(app, ["draft", "gazette", *args])
    assert (result.exit_code, result.output.splitlines()[:2]) == (
        0,
        [
            "# --- not drafted: line 1: event 'this spring' (the sentence names nothing a claim could be about)",
            "#   The water utility will open a desalination plant this spring.",
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "checkable"),
    [
        ("The talks resumed last weekend.", True),
        ("Costs rose in the current fiscal year.", True),
        ("A year ago, the port opened.", True),
        ("After a year, the port opened.", True),
        ("The talks lasted about an hour.", True),
        ("The port opens once a year.", False),
        ("The storm hit the isles tonight.", True),
        ("Seven questions face the candidates at the debate tonight, in the hall:", True),
        ("Six big questions face the candidates at the debate:", True),
        # Headings: short, or in title case.
        ("Tour dates for 2020:", False),
        ("5 Tips to Enjoy Game Day Parties While Staying on Track With Your Goals:", False),
        ("The port in 2020", False),
    ],
)
def test_checkable_dates_and_lead_ins(sentence: str, checkable: bool) -> None:
    assert is_checkable(sentence, []) is checkable
