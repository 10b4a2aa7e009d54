"""docs/tutorial.md, run: every command of its console blocks in a fresh folder, each output compared exactly.

This is also the end-to-end test of a new team's first day, with the real tools and no file edited by
hand: init, git init, the real pre-commit framework's install, source add, entity add, property add,
two claims that disagree, a commit the hook blocks with the finding, a reviewer's verdict, and a
commit that passes.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.md"
_FILE = re.compile(r"<!-- file: (?P<name>[^ ]+) -->\n```text\n(?P<text>.*?)```\n", re.S)
_CONSOLE = re.compile(r"```console\n(?P<body>.*?)```\n", re.S)


def steps(markdown: str) -> list[tuple[str, str]]:
    """(command, expected output) for each `$ ` line of the console blocks, in order."""
    found: list[tuple[str, str]] = []
    for block in _CONSOLE.finditer(markdown):
        for line in block["body"].splitlines(keepends=True):
            if line.startswith("$ "):
                found.append((line[2:].rstrip("\n"), ""))
            else:
                command, output = found[-1]
                found[-1] = (command, output + line)
    return found


def test_the_tutorial_can_be_read_without_a_gap() -> None:
    markdown = TUTORIAL.read_text(encoding="utf-8")
    commands = [command for command, _ in steps(markdown)]
    claimtrack = [c for c in commands if c.startswith("claimtrack ")]
    assert len(claimtrack) <= 10, "the walk-through takes at most ten claimtrack commands"
    assert [c.split()[1] for c in claimtrack] == [
        "init", "source", "source", "entity", "property", "new", "new", "review", "check",
    ]  # fmt: skip


@pytest.mark.slow
def test_every_command_of_the_tutorial_gives_the_output_shown(tmp_path: Path) -> None:
    markdown = TUTORIAL.read_text(encoding="utf-8")
    for match in _FILE.finditer(markdown):
        (tmp_path / match["name"]).write_text(match["text"], encoding="utf-8")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / ".pre-commit-home"),
        "GIT_AUTHOR_NAME": "Sam Editor",
        "GIT_AUTHOR_EMAIL": "sam@example.org",
        "GIT_COMMITTER_NAME": "Sam Editor",
        "GIT_COMMITTER_EMAIL": "sam@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("GITHUB_ACTIONS", None)
    cwd = tmp_path
    for command, expected in steps(markdown):
        if command.startswith("cd "):
            cwd = cwd / command[3:]
            continue
        completed = subprocess.run(
            ["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False
        )
        output = completed.stdout.decode("utf-8")
        assert output == expected, f"$ {command}"
    if not (tmp_path / "newsroom-claims" / ".git").is_dir():
        pytest.fail("the tutorial made no git repository")
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=tmp_path / "newsroom-claims", env=env, capture_output=True, text=True
    )
    assert log.stdout == "Claims from the bridge articles\n"  # blocked once, then committed once
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=tmp_path / "newsroom-claims", env=env, capture_output=True, text=True
    )
    assert status.stdout == ""
