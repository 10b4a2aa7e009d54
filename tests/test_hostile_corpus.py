"""The attacks of issue 18 kept as regression files (``tests/hostile/``), each with its expected error.

The files are copied over a small valid repository, with the cases that cannot live in git made at run
time (a link loop, names that are not UTF-8 or hold a newline). ``validate`` and ``check`` must exit 1,
print no traceback and nothing on stderr, and report each hostile file at its line and column; the
good claim stays clean. Each run is a separate process under a timeout: before the fixes, the nesting
files killed the process (exit 139) and the number forms stopped the whole run (exit 3).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rulekit import claim, repo

CORPUS = Path(__file__).parent / "hostile"
EXPECTED = CORPUS / "expected.txt"
TIMEOUT_SECONDS = 120


def hostile_repository(root: Path) -> Path:
    repo(root, claim("good"))
    shutil.copytree(CORPUS / "claims", root / "claims", dirs_exist_ok=True)
    shutil.copytree(CORPUS / "sources", root / "sources", dirs_exist_ok=True)
    (root / "sources/loop.txt").symlink_to("loop.txt")
    good = (root / "claims/good.yaml").read_bytes()
    (root / "claims/line\n2:5: CT111 forged.yaml").write_bytes(good)
    (root / "claims/loop.yaml").symlink_to("loop.yaml")
    (root / os.fsdecode(b"claims/\xff.yaml")).write_bytes(good)
    return root


def expected_lines() -> list[str]:
    return [line for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        env={**os.environ, "GITHUB_ACTIONS": ""},
        check=False,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_repository(tmp_path_factory.mktemp("corpus"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    # The last two: a cold cache, then the result reused.
    [["validate", "--no-cache"], ["check", "--no-cache"], ["validate"], ["check"], ["check", "--format", "text"]],
)
def test_every_hostile_file_is_reported_where_it_is_wrong(hostile: Path, args: list[str]) -> None:
    _assert_reported(hostile, args, expected_lines())


def _assert_reported(root: Path, args: list[str], expected: list[str]) -> None:
    completed = _run(root, *args)
    assert (completed.returncode, completed.stderr) == (1, "")
    printed = completed.stdout.splitlines()
    missing = [where for where in expected if not where.endswith(" -") and not _reported(printed, where)]
    assert missing == [], completed.stdout
    clean = ["claims/good.yaml:", *(where[: -len(" -")] + ":" for where in expected if where.endswith(" -"))]
    assert not [line for line in printed if line.startswith(tuple(clean)) and "[warning]" not in line]


def _reported(printed: list[str], where: str) -> bool:
    return any(line.startswith(where + " ") for line in printed)


def test_the_expected_list_covers_every_corpus_file() -> None:
    listed = {line.split(":")[0].removesuffix(" -") for line in expected_lines()}
    files = {path.relative_to(CORPUS).as_posix() for path in CORPUS.rglob("*.yaml")}
    assert files <= listed
