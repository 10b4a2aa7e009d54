"""A repository someone clones and runs claimtrack in, or a pull request CI checks (issue 18, B11, C12-C15):
nothing is read or written outside the repository and nothing hangs. Every run is a separate process
under a timeout and an address-space cap; a folder beside the repository stands for "outside", and it
must be exactly as it was after every command.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import run_capped
from rulekit import claim, repo

pytestmark = pytest.mark.slow

TIMEOUT_SECONDS = 60


def _run(root: Path, *args: str, timeout: int = TIMEOUT_SECONDS) -> subprocess.CompletedProcess[str]:
    return run_capped(root, *args, timeout=timeout)


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every entry under ``folder``, with its kind and size: what "unchanged" is compared by."""
    found = {}
    for path in sorted(folder.rglob("*")):
        kind = "link" if path.is_symlink() else "fifo" if path.is_fifo() else "dir" if path.is_dir() else "file"
        found[path.relative_to(folder).as_posix()] = (
            kind,
            0 if kind in ("dir", "link", "fifo") else path.stat().st_size,
        )
    return found


@pytest.fixture
def sandbox(tmp_path: Path) -> tuple[Path, Path]:
    """(repository, outside): a valid repository and a folder beside it with a file in it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("mine\n", encoding="utf-8")
    root = repo(tmp_path / "repo", claim("good"))
    return root, outside


def test_new_and_source_add_never_write_through_a_linked_folder(sandbox: tuple[Path, Path], tmp_path: Path) -> None:
    root, outside = sandbox
    before = _state(outside)
    (root / "claims/treaty-mtc").symlink_to(outside, target_is_directory=True)
    completed = _run(
        root, "new", "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2016-11-29",
        "--statement", "Signed.", "--source", "a", "--quote", "Alpha beta",
    )  # fmt: skip
    assert completed.returncode == 1
    assert "would be written outside the repository" in completed.stderr
    sources = root / "sources"
    sources.rename(tmp_path / "moved-sources")
    sources.symlink_to(outside, target_is_directory=True)
    article = tmp_path / "article.txt"
    article.write_text("Text.", encoding="utf-8")
    completed = _run(root, "source", "add", str(article), "--id", "new-one")
    assert completed.returncode == 1
    assert "would be written outside the repository" in completed.stderr
    assert _state(outside) == before


@pytest.mark.parametrize("given", ["fifo", "/dev/zero", "/dev/null"])
def test_source_add_never_hangs_or_reads_forever(sandbox: tuple[Path, Path], tmp_path: Path, given: str) -> None:
    root, _ = sandbox
    path = Path(given) if given.startswith("/") else tmp_path / given
    if given == "fifo":
        os.mkfifo(path)
    completed = _run(root, "source", "add", str(path), "--id", "new-one")
    assert (completed.returncode, completed.stderr) == (1, f"claimtrack: {path} is not a regular file\n")


@pytest.mark.parametrize(
    "target", ["fifo", "/dev/null", "keep%41.db", "hash#.db", "q?x.db", "folder"], ids=lambda t: t.strip("/")
)
def test_export_and_report_targets_are_never_replaced_or_hung_on(
    sandbox: tuple[Path, Path], tmp_path: Path, target: str
) -> None:
    root, _ = sandbox
    out = tmp_path / "out"
    out.mkdir()
    for decoy in ("keepA.db", "hash", "q"):
        assert _run(root, "export", "sqlite", str(out / decoy)).returncode == 0
    path = Path(target) if target.startswith("/") else out / target
    if target == "fifo":
        os.mkfifo(path)
    elif target == "folder":
        path.mkdir()
    elif not target.startswith("/"):
        path.write_text("mine\n", encoding="utf-8")
    before = _state(out)
    exported = _run(root, "export", "sqlite", str(path))
    reported = _run(root, "report", "--output", str(path))
    assert exported.returncode == 1
    assert "claimtrack will not overwrite it" in exported.stderr
    if path.is_file():
        assert reported.returncode == 0  # a regular file is the report's to replace, atomically
    else:
        assert (reported.returncode, reported.stderr.startswith(f"claimtrack: cannot write {path}: ")) == (2, True)
    after = _state(out)
    if path.is_file():
        after[path.name] = before[path.name]
    assert after == before
    assert Path("/dev/null").is_char_device()


CACHE_LINKS = {
    "cache.sqlite3 -> /dev/zero": ("cache.sqlite3", "/dev/zero"),
    "cache.sqlite3 -> fifo": ("cache.sqlite3", "{outside}/fifo"),
    "cache.sqlite3 -> outside file": ("cache.sqlite3", "{outside}/planted"),
    "cache.sqlite3-wal -> outside file": ("cache.sqlite3-wal", "{outside}/planted"),
    "clock -> outside file": ("clock", "{outside}/planted"),
    "folder -> outside": ("", "{outside}"),
}


@pytest.mark.parametrize("case", sorted(CACHE_LINKS))
def test_a_committed_cache_link_reads_and_writes_nothing_outside(sandbox: tuple[Path, Path], case: str) -> None:
    root, outside = sandbox
    os.mkfifo(outside / "fifo")
    before = _state(outside)
    name, target = CACHE_LINKS[case]
    cache = root / ".claimtrack_cache"
    link = cache / name if name else cache
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(target.format(outside=outside))
    for args in (["check"], ["validate"], ["cache", "clear"]):
        completed = _run(root, *args, timeout=10)
        assert completed.returncode in (0, 1), completed.stderr
    assert _state(outside) == before
