from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from helpers import archived_article, invoke
from rulekit import claim, repo, source

runner = CliRunner()
WIRE = (
    "Treaty news\n"
    "The treaty was signed on November 29th, 2017 in Moscow.\n"
    "Alice said the treaty was signed on 29 November 2016, after a year of talks.\n"
)


def related_repository(tmp_path: Path) -> Path:
    return repo(tmp_path, claim("signed-2016", "'2016-11-29'"), sources=source("a") | source("wire", WIRE))


def run(root: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["related", *args, "--root", str(root)])
    return result.exit_code, result.stdout, result.stderr


def test_related_lists_the_passages_of_one_claim(tmp_path: Path) -> None:
    assert run(related_repository(tmp_path), "signed-2016") == (
        0,
        "signed-2016 (treaty-mtc signed_on 2016-11-29): 2 passages no event claim on treaty-mtc quotes\n"
        "wire line 2: disagrees: 'November 29th, 2017' (2017-11-29)\n"
        "  The treaty was signed on November 29th, 2017 in Moscow.\n"
        "wire line 3: agrees: '29 November 2016' (2016-11-29)\n"
        "  Alice said the treaty was signed on 29 November 2016, after a year of talks.\n",
        "",
    )


def test_related_as_json(tmp_path: Path) -> None:
    code, output, _ = run(related_repository(tmp_path), "signed-2016", "--format", "json")
    assert code == 0
    assert json.loads(output) == {
        "version": 1,
        "claim": "signed-2016",
        "subject": "treaty-mtc",
        "property": "signed_on",
        "value": "2016-11-29",
        "passages": [
            {
                "source": "wire",
                "line": 2,
                "text": "The treaty was signed on November 29th, 2017 in Moscow.",
                "verdict": "disagrees",
                "words": "November 29th, 2017",
                "reading": "2017-11-29",
                "note": None,
                "also": [],
            },
            {
                "source": "wire",
                "line": 3,
                "text": "Alice said the treaty was signed on 29 November 2016, after a year of talks.",
                "verdict": "agrees",
                "words": "29 November 2016",
                "reading": "2016-11-29",
                "note": None,
                "also": [],
            },
        ],
    }


def test_related_of_a_claim_with_none(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("signed-2016", "'2016-11-29'"))
    assert run(root, "signed-2016") == (
        0,
        "signed-2016 (treaty-mtc signed_on 2016-11-29): no passage bears on it that no event claim on "
        "treaty-mtc quotes\n",
        "",
    )


def test_an_unknown_claim_is_one_line_with_did_you_mean(tmp_path: Path) -> None:
    assert run(related_repository(tmp_path), "signed-2061") == (
        2,
        "",
        "claimtrack: unknown claim 'signed-2061'; did you mean 'signed-2016'?\n",
    )


def test_related_of_a_claim_whose_passages_are_not_looked_up(tmp_path: Path) -> None:
    said = claim("said-so", "Alice said so.", type="attribution", subject="alice", property="said")
    denied = claim("not-signed", "'2016-11-29'", modality="denied")
    root = repo(tmp_path, said, denied)
    assert run(root, "said-so")[:2] == (
        0,
        "said-so is an attribution claim: passages are looked up for events, quantities and relations\n",
    )
    assert run(root, "not-signed")[:2] == (
        0,
        "not-signed is a denial: whether a passage agrees with it depends on how the passage puts it\n",
    )


def test_two_outlets_dating_one_report_a_day_apart(tmp_path: Path) -> None:
    """Issue 25: two outlets dated one report 16 and 17 November, and `related` on the claim from one listed
    nothing of the other: the other's sentence also gave "last week", a vaguer date of another clause (another
    verb's), which was taken for one that may be the claim's. The report's own clause dates it."""
    root = archived_article(
        tmp_path, "The Velmar health office reported a third case of the fever on 16 November.\n", "post", "2019-11-18"
    )
    (tmp_path / "wire.txt").write_text(
        "The Velmar health office reported its third case of the fever on Sunday after two other cases were "
        "confirmed last week.\n",
        encoding="utf-8",
    )
    for command in (
        ("source", "add", str(tmp_path / "wire.txt"), "--id", "wire", "--published", "2019-11-18"),
        ("entity", "add", "--id", "velmar-health-office", "--kind", "organisation", "--label", "Velmar health office"),
        ("property", "add", "--id", "reported_on", "--label", "reported on", "--claim-type", "event", "--single-valued"),
        ("new", "--subject", "velmar-health-office", "--property", "reported_on", "--value", "2019-11-16",
         "--statement", "The third case was reported on 16 November.", "--source", "post", "--quote",
         "reported a third case of the fever on 16 November"),
    ):  # fmt: skip
        assert invoke(root, *command)[0] == 0, command
    assert run(root, "velmar-health-office-reported-on-2019-11-16") == (
        0,
        "velmar-health-office-reported-on-2019-11-16 (velmar-health-office reported_on 2019-11-16): 1 passage no "
        "event claim on velmar-health-office quotes\n"
        "wire line 1: disagrees: 'on Sunday' (2019-11-17)\n"
        "  'on Sunday' read as 2019-11-17 from the source's publication date 2019-11-18\n"
        "  The Velmar health office reported its third case of the fever on Sunday after two other cases were "
        "confirmed last week.\n",
        "",
    )
    # The count of other cases kept from the wire's sentence, quoting it whole, does not link its day.
    sentence = (
        "The Velmar health office reported its third case of the fever on Sunday after two other cases were "
        "confirmed last week."
    )
    for command in (
        ("property", "add", "--id", "case_count", "--label", "case count", "--claim-type", "quantity", "--unit", "case"),
        ("new", "--subject", "velmar-health-office", "--property", "case_count", "--value", "2", "--statement",
         "Two other cases were confirmed.", "--source", "wire", "--quote", sentence),
    ):  # fmt: skip
        assert invoke(root, *command)[0] == 0, command
    code, out, _ = run(root, "velmar-health-office-reported-on-2019-11-16")
    assert (code, out.splitlines()[:2]) == (
        0,
        [
            "velmar-health-office-reported-on-2019-11-16 (velmar-health-office reported_on 2019-11-16): 1 passage "
            "no event claim on velmar-health-office quotes",
            "wire line 1: disagrees: 'on Sunday' (2019-11-17)",
        ],
    )
