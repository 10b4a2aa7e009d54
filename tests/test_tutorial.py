"""docs/tutorial.md, run: every command of its console blocks in a fresh folder, each output compared exactly.

This is also the end-to-end test of a new team's first day, with the real tools and no file edited by
hand: init, git init, the real pre-commit framework's install, source add, entity add, property add,
two claims that disagree, a commit the hook blocks with the finding, a reviewer's verdict, and a
commit that passes; then a saved web page taken to kept claims (source add, draft, draft --write,
dismiss, edit, accept, draft again, cite, check) and committed through the hook.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from installs import SYSTEM_PATH, clone_at_head, file_url, installed, shell_env

TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "tutorial.md"
_FILE = re.compile(r"<!-- file: (?P<name>[^ ]+) -->\n```(?:text|html)\n(?P<text>.*?)```\n", re.S)
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
    first_day = [c.split()[1] for c in claimtrack[:12]]
    assert first_day == [
        "init", "source", "source", "entity", "property", "new", "new", "review", "check", "source", "new", "diff",
    ]  # fmt: skip
    # Step 8, from a saved web page to kept claims: every command of a draft's life, each once at least.
    assert [" ".join(c.split()[1:3]) for c in claimtrack[12:]] == [
        "source add", "draft gazette-2021-06-08", "draft gazette-2021-06-08", "dismiss harbour-bridge-times-12",
        "dismiss harbour-bridge-said-on-2021-06-07", "edit harbour-bridge-car-count-1200000", "accept harbour-bridge-car-count-1200000", "draft gazette-2021-06-08",
        "cite harbour-bridge-opened-on-2021-05-03", "draft gazette-2021-06-08", "check",
    ]  # fmt: skip
    assert "claimtrack draft gazette-2021-06-08 --write" in commands
    assert markdown.count("```html\n<!DOCTYPE html>") == 1  # the page, saved as a browser saves it


def _as_shown(output: str, url: str, commit: str) -> str:
    """The output as the tutorial shows it: the repository's URL and commit as placeholders, and without the
    warning that a workflow cannot install from this machine (a team's URL is one GitHub's runners reach)."""
    lines = output.replace(url, "<claimtrack URL>").replace(commit, "<commit>").splitlines(keepends=True)
    return "".join(line for line in lines if "GitHub's runners cannot" not in line)


@pytest.mark.slow
def test_every_command_of_the_tutorial_gives_the_output_shown(tmp_path: Path) -> None:
    """Installed as "Before you start" says, from a git URL at a commit (a clone of this checkout)."""
    markdown = TUTORIAL.read_text(encoding="utf-8")
    for match in _FILE.finditer(markdown):
        (tmp_path / match["name"]).write_text(match["text"], encoding="utf-8")
    clone, commit = clone_at_head(tmp_path / "upstream")
    url = file_url(clone)
    bin_folder = installed(tmp_path / "env", f"claimtrack @ git+{url}@{commit}", "pre-commit")
    env = shell_env(
        PRE_COMMIT_HOME=str(tmp_path / ".pre-commit-home"),
        GIT_AUTHOR_NAME="Sam Editor",
        GIT_AUTHOR_EMAIL="sam@example.org",
        GIT_COMMITTER_NAME="Sam Editor",
        GIT_COMMITTER_EMAIL="sam@example.org",
        PATH=f"{bin_folder}:{SYSTEM_PATH}",
    )
    cwd = tmp_path
    for command, expected in steps(markdown):
        if command.startswith("cd "):
            cwd = cwd / command[3:]
            continue
        completed = subprocess.run(
            ["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False
        )
        output = _as_shown(completed.stdout.decode("utf-8"), url, commit)
        assert output == expected, f"$ {command}"
    if not (tmp_path / "newsroom-claims" / ".git").is_dir():
        pytest.fail("the tutorial made no git repository")
    log = subprocess.run(
        ["git", "log", "--format=%s"], cwd=tmp_path / "newsroom-claims", env=env, capture_output=True, text=True
    )
    assert log.stdout == (  # the first blocked once
        "The Gazette's traffic article\nThe Herald's toll article\nClaims from the bridge articles\n"
    )
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=tmp_path / "newsroom-claims", env=env, capture_output=True, text=True
    )
    assert status.stdout == ""
