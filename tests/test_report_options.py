"""report's options checked as its help says: incompatible ones refused, a subject or source it lacks warned."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from rulekit import claim, repo

runner = CliRunner()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(tmp_path, claim("s2016"))


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["report", *args, "--root", str(root)])
    return result.exit_code, result.output


def test_colour_and_a_byte_limit_are_refused_with_a_format_they_do_not_apply_to(root: Path) -> None:
    assert invoke(root, "--format", "json", "--color") == (
        2,
        "claimtrack: --color and --no-color are for --format text, not json\n",
    )
    assert invoke(root, "--format", "text", "--max-bytes", "300") == (
        2,
        "claimtrack: --max-bytes is for --format markdown, not text\n",
    )
    assert invoke(root, "--format", "text", "--no-color")[0] == 0


def test_a_subject_or_source_the_repository_lacks_is_warned_with_the_closest(root: Path) -> None:
    code, output = invoke(root, "--format", "json", "--subject", "treaty-mt", "--source", "nosuch")
    assert code == 0
    assert output.startswith(
        "claimtrack: warning: --subject 'treaty-mt' is not in the repository; did you mean 'treaty-mtc'?\n"
        "claimtrack: warning: --source 'nosuch' is not in the repository\n"
    )
