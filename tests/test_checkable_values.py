"""Coverage counts as checkable what `draft` can read a value from: the digits of a clock time or an ordinal,
and "one" standing for a thing ("one of", "no one"), are no value, a month or a weekday is one only written as a name, and a site's copyright notice is no
sentence of the article (a newcomer's page kept "Listen to Newsbeat live at 12:45 and 17:45 weekdays" as a
sentence to quote, which no draft could ever cover)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.new_repository import InitOptions, init_repository
from claimtrack.cli import app
from claimtrack.engine.coverage import is_checkable
from claimtrack.text.furniture import is_notice


@pytest.mark.parametrize(
    "sentence",
    [
        "Listen to the Velmar show live at 12:45 and 17:45 weekdays - or listen back here.",
        "Updated at 1:23 p.m.",
        "Doors open at 9.30 A.M. and close at 7.00 P.M. on weekdays.",
        "Was the ceremony at 2:30pm too early for the crowd.",
        "The town is mourning its 6th victim.",
        "The band is planning its 50th anniversary tour.",
        "Officials may reopen the bridge.",
        "It is one of the most difficult puzzles of cosmology.",
        "No one knew at first whether the cells were the same.",
        "The pieces attach to one another.",
        "Nobody can draw firm conclusions from studies such as this one.",
        "Researchers detected one such plume directly.",
        "Protesters march through the old town.",
        "© 2019 Velmar Press.",
        "Copyright 2021 Velmar Gazette.",
        "(c) 2020 Oster Media. All rights reserved.",
    ],
)
def test_a_sentence_whose_only_numbers_a_draft_never_reads_is_not_checkable(sentence: str) -> None:
    assert not is_checkable(sentence, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry left at 10 a.m. with 300 passengers.",  # a count beside the clock
        "The bridge opened at 9:30 a.m. on 3 May.",  # a date beside it
        "Its 6th victim died 3 days later.",
        "Officials may reopen the bridge in May.",  # the month, capitalised
        "May was the wettest month.",
        "The march began on Monday.",
        "It cost 9.30 euros.",  # a decimal, no clock
        "Ticket sales rose 12% in the 2nd quarter.",
        "The copyright of the song expired in 2019.",  # a notice only where the sentence opens with it
        "Velmar has one hospital.",  # "one" counting a thing
        "One of the 12 boats sank.",
        "At least one person died.",
        "The paper won a copyright case in 2019.",
    ],
)
def test_a_value_beside_them_still_makes_a_sentence_checkable(sentence: str) -> None:
    assert is_checkable(sentence, [])


def test_notices() -> None:
    assert is_notice("© 2019 Associated Press. All rights reserved.")
    assert is_notice("All rights reserved.")
    assert not is_notice("The copyright expired in 2019.")


PAGE = (
    "The Velmar ferry carried 300 passengers on its first day.\n"
    "\n"
    "Listen to the morning show live at 12:45 and 17:45 weekdays - or listen back here.\n"
    "\n"
    "© 2021 Velmar Press.\n"
)


def test_coverage_and_draft_agree_on_a_page_with_a_broadcast_time(tmp_path: Path) -> None:
    runner = CliRunner()
    root = tmp_path / "repo"
    init_repository(root, InitOptions(workflow=False, pre_commit=False))
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    args = ["--root", str(root)]
    added = runner.invoke(app, ["source", "add", str(tmp_path / "page.txt"), "--id", "ferry", "--published", "2021-06-01", *args])  # fmt: skip
    assert added.exit_code == 0
    assert runner.invoke(app, ["draft", "ferry", "--write", *args]).exit_code == 0
    covered = runner.invoke(app, ["coverage", *args])
    assert (covered.exit_code, covered.stdout) == (
        0,
        "ferry: 1/1 checkable sentences quoted (100.0%)\ntotal: 1/1 checkable sentences quoted (100.0%)\n",
    )
    again = runner.invoke(app, ["draft", "ferry", *args])
    assert again.stdout == "# ferry: 1/1 checkable sentences quoted (100.0%): nothing to draft\n"
