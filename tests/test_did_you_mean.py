"""Every id typed on the command line that the repository lacks is answered with the closest ids it has."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.commands import COMMANDS, Group
from claimtrack.repository.references import close_match
from rulekit import claim, repo, source

runner = CliRunner()

NEW = ["new", "--value", "2016", "--statement", "Signed.", "--source", "a", "--quote", "Alpha beta"]
"""A `new` that needs only a subject and a property more."""
ENTITY = ["entity", "add", "--id", "tashkent", "--kind", "place", "--label", "Tashkent"]
PROPERTY = ["property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event"]

CASES: dict[str, list[tuple[list[str], str]]] = {
    "review": [
        (["review", "s2016-signd", "--status", "supported", "--review-by", "Jo"], "'s2016-signed'"),
        (["review", "s2016-signd", "--history"], "'s2016-signed'"),
    ],
    "cite": [
        (["cite", "s2016-signd", "a", "--quote", "Alpha"], "'s2016-signed'"),
        (["cite", "s2016-signed", "alpha-wir", "--quote", "Alpha"], "'alpha-wire'"),
    ],
    "related": [(["related", "s2016-signd"], "'s2016-signed'")],
    "draft": [(["draft", "alpha-wir"], "'alpha-wire'")],
    "accept": [(["accept", "s2016-signd"], "'s2016-signed'")],
    "dismiss": [
        (["dismiss", "s2016-signd", "--why", "x"], "'s2016-signed'"),
        (["dismiss", "--source", "alpha-wir", "--quote", "Alpha", "--why", "x"], "'alpha-wire'"),
    ],
    "source extract": [(["source", "extract", "alpha-wir"], "'alpha-wire'")],
    "source add": [
        (["source", "add", "{article}", "--id", "b", "--derived-from", "alpha-wir"], "'alpha-wire'"),
        (["source", "add", "{article}", "--id", "b", "--cites", "alpha-wir"], "'alpha-wire'"),
    ],
    "entity add": [
        ([*ENTITY, "--part-of", "uzbekistn"], "'uzbekistan'"),
        ([*ENTITY, "--disjoint", "samarkant"], "'samarkand'"),
    ],
    "property add": [([*PROPERTY, "--not-before", "signed_onn"], "'signed_on'")],
    "edit": [
        (["edit", "s2016-signd", "--statement", "Signed."], "'s2016-signed'"),
        (["edit", "s2016-signed", "--subject", "treaty-mt"], "'treaty-mtc'"),
        (["edit", "s2016-signed", "--property", "signed_in"], "'signed_on'"),
        (["edit", "s2016-signed", "--place", "samarkant"], "'samarkand'"),
        (["edit", "s2016-signed", "--said-by", "alise"], "'alice'"),
    ],
    "entity remove": [(["entity", "remove", "samarkant"], "'samarkand'")],
    "entity edit": [(["entity", "edit", "samarkant", "--kind", "place"], "'samarkand'")],
    "property remove": [(["property", "remove", "signed_onn"], "'signed_on'")],
    "property edit": [(["property", "edit", "signed_onn", "--single-valued"], "'signed_on'")],
    "new": [
        # Off a terminal with an option missing: every option at once.
        (["new", "--subject", "treaty-mt"], "'treaty-mtc'"),
        (["new", "--property", "signed_in"], "'signed_on'"),
        (["new", "--source", "alpha-wir"], "'alpha-wire'"),
        (["new", "--evidence", "alpha-wir:supports:Alpha"], "'alpha-wire'"),
        (["new", "--property", "held_by", "--value", "alise"], "'alice'"),
        (["new", "--place", "samarkant"], "'samarkand'"),
        (["new", "--participant", "alise"], "'alice'"),
        (["new", "--holder", "alise"], "'alice'"),
        (["new", "--said-by", "alise"], "'alice'"),
        # With every option given: the claim's own checks (CT113, CT114), with the line and column.
        ([*NEW, "--subject", "treaty-mt", "--property", "signed_on"], "'treaty-mtc'"),
        ([*NEW, "--subject", "treaty-mtc", "--property", "signed_in"], "'signed_on'"),
    ],
    "rules": [(["rules", "CT2011"], "'CT201' or 'CT211'"), (["rules", "conflicting-value"], "'conflicting-values'")],
    "diff": [(["diff", "mian"], "'main'")],
    "report": [
        (["report", "--rule", "conflicting-value"], "'conflicting-values'"),
        (["report", "--subject", "treaty-mt"], "'treaty-mtc'"),
        (["report", "--source", "alpha-wir"], "'alpha-wire'"),
    ],
}
"""Each command that takes an id, with a near miss of one it knows for each id it takes."""

NO_ID = {
    "validate": "files",
    "schema": "a folder",
    "coverage": "nothing",
    "fmt": "files",
    "check": "nothing",
    "init": "a folder",
    "vocabulary": "nothing",
    "cache clear": "nothing",
    "source list": "nothing",
    "export sqlite": "a file",
    "export claimreview": "a file",
    "entity list": "nothing",
    "property list": "nothing",
}
"""The commands that take no id of the repository's, and what they take instead."""


def _commands() -> Iterator[str]:
    for name, entry in COMMANDS.items():
        if isinstance(entry, Group):
            yield from (f"{name} {sub}" for sub in entry.commands)
        else:
            yield name


def test_every_command_is_walked_or_takes_no_id() -> None:
    """A new command must join CASES (with a near miss of each id it takes) or NO_ID."""
    assert sorted(_commands()) == sorted([*CASES, *NO_ID])
    assert not CASES.keys() & NO_ID.keys()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    treaty = claim("s2016-signed", evidence=[("a", "supports", "Alpha beta gamma")])
    return repo(tmp_path / "repo", treaty, sources=source("a") | source("alpha-wire"))


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        pytest.param(args, suggested, id=" ".join(args[:3]))
        for command, cases in CASES.items()
        if command != "diff"  # below: its ids are a git repository's branches and tags
        for args, suggested in cases
    ],
)
def test_a_near_miss_gets_a_suggestion(root: Path, tmp_path: Path, args: list[str], suggested: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Alpha.\n", encoding="utf-8")
    typed = [str(article) if arg == "{article}" else arg for arg in args]
    result = runner.invoke(app, [*typed] if args[0] == "rules" else [*typed, "--root", str(root)])
    assert f"did you mean {suggested}?" in result.output
    # A refusal (a report only warns of an unknown subject or source, and goes on).
    assert result.exit_code in ((0,) if args[:2] in (["report", "--subject"], ["report", "--source"]) else (1, 2))
    assert not (root / "sources/b.yaml").exists()
    assert not (root / "claims/treaty-mtc").exists()


@pytest.mark.slow
def test_diff_names_the_closest_branch(root: Path) -> None:
    for git in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        settings = ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"]
        subprocess.run(["git", *settings, *git], cwd=root, capture_output=True, check=True)
    ((args, suggested),) = CASES["diff"]
    result = runner.invoke(app, [*args, "--root", str(root)])
    assert result.exit_code == 2
    assert f"did you mean {suggested}?" in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["draft", "alpha-wir"],
            "claimtrack: unknown source 'alpha-wir'; did you mean 'alpha-wire'?\n",
        ),
        (
            ["source", "extract", "alpha"],
            "claimtrack: unknown source 'alpha'; did you mean 'alpha-wire'?\n",
        ),
        (
            ["rules", "CT2011"],
            "claimtrack: no rule 'CT2011'; did you mean 'CT201' or 'CT211'? ('claimtrack rules' lists them)\n",
        ),
        (
            ["report", "--rule", "conflicting-value"],
            "claimtrack: no rule 'conflicting-value'; did you mean 'conflicting-values'? ('claimtrack rules' lists "
            "them)\n",
        ),
        (
            ["source", "add", "{article}", "--id", "b", "--derived-from", "alpha-wir", "--cites", "z"],
            "claimtrack: --derived-from: unknown source 'alpha-wir'; did you mean 'alpha-wire'? "
            "--cites: unknown source 'z'\n",
        ),
    ],
)
def test_the_exact_error(root: Path, tmp_path: Path, args: list[str], expected: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Alpha.\n", encoding="utf-8")
    typed = [str(article) if arg == "{article}" else arg for arg in args]
    result = runner.invoke(app, [*typed] if args[0] == "rules" else [*typed, "--root", str(root)])
    assert (result.exit_code, result.output) == (2, expected)


@pytest.mark.parametrize(
    ("name", "known", "hint"),
    [
        ("akipress-2016-11-3", ["akipress-2016-11-30", "azernews-2016-11-30", "tass-2017-10-03"],
         "; did you mean 'akipress-2016-11-30'?"),
        ("treaty-signed", ["treaty-signed-2017", "treaty-signed-2016", "treaty-signed-by-jo", "treaty-ratified"],
         "; did you mean 'treaty-signed-2016', 'treaty-signed-2017' or 'treaty-signed-by-jo'?"),
        ("ct-2011", ["CT201"], ""),
        ("x", [], ""),
    ],
)  # fmt: skip
def test_close_match_offers_the_closest_few(name: str, known: list[str], hint: str) -> None:
    """At most three, the closest first (ties alphabetically), none far behind the closest."""
    assert close_match(name, known) == hint
