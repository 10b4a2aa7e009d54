"""Every command's --help, held to a snapshot (tests/expected/help/), and the rules help follows: metavars in
words, --root wherever a command reads a repository, --no-cache wherever it reads the cache, and one list of
exit codes in the top-level help and README.md."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.cli.app import EXIT_CODES
from claimtrack.cli.commands import COMMANDS, Group

PROJECT = Path(__file__).resolve().parents[1]
NO_REPOSITORY = {"init", "vocabulary", "rules"}
"""Commands that read no claims repository (init makes one; the other two print the package's own docs)."""


def _commands(table: Mapping[str, str | Group], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, entry in table.items():
        if isinstance(entry, Group):
            yield from _commands(entry.commands, (*prefix, name))
        else:
            yield (*prefix, name)


ALL = [(), *(_commands(COMMANDS))]


def _help(words: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "100"}, terminal_width=100)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("words", ALL, ids=lambda words: " ".join(words) or "claimtrack")
def test_help_snapshot(words: tuple[str, ...], golden: Callable[[str, str], None]) -> None:
    golden(f"help/{'-'.join(words) or 'claimtrack'}.txt", _help(words))


@pytest.mark.parametrize("words", ALL[1:], ids=" ".join)
def test_help_speaks_in_words(words: tuple[str, ...]) -> None:
    text = _help(words)
    assert not re.search(r"<(str|int|float|list|dir|file|path|bool|choice)\b", text), "a Python type as metavar"
    assert "{" not in text.split("\n")[0], "a required argument written in braces"
    options = set(re.findall(r"--[a-z-]+", text))
    if words[0] not in NO_REPOSITORY:
        assert "--root" in options


def _functions_calling_the_cache() -> set[str]:
    """Command functions whose body calls ``cache.check`` or ``cache.validate`` (directly or by a helper)."""
    found = set()
    for path in (PROJECT / "src/claimtrack/cli").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bodies = {node.name: ast.unparse(node) for node in tree.body if isinstance(node, ast.FunctionDef)}
        for name, body in bodies.items():
            helpers = [h for h in bodies if (h.startswith("_") and f"{h}(" in body) or f"={h}" in body]
            if "cache.check(" in body or "cache.validate(" in body or any("cache.check(" in bodies[h] for h in helpers):
                found.add(f"{path.stem}:{name}")
    return found


def test_no_cache_wherever_a_command_reads_the_cache() -> None:
    by_entry = {entry: words for words in ALL[1:] if isinstance(entry := _entry(words), str)}
    calling = {entry for entry in by_entry if entry in _functions_calling_the_cache()}
    assert calling >= {"check_commands:check", "check_commands:diff", "claim_commands:export_sqlite_command"}
    for entry in calling:
        assert "--no-cache" in _help(by_entry[entry]), entry


def _entry(words: tuple[str, ...]) -> str | Group:
    table: Mapping[str, str | Group] = COMMANDS
    entry: str | Group = Group("", table)
    for word in words:
        assert isinstance(entry, Group)
        entry = entry.commands[word]
    return entry


def test_one_list_of_exit_codes() -> None:
    assert EXIT_CODES in " ".join(_help(()).split())
    readme = " ".join((PROJECT / "README.md").read_text(encoding="utf-8").split())
    codes = re.search(r"Exit codes: (.*?)\.", readme)
    assert codes is not None
    assert re.findall(r"`(\d+)`", codes[1]) == re.findall(r"(?:: |, )(\d+) ", EXIT_CODES) == ["0", "1", "2", "3", "130"]
