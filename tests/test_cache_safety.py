"""The cache folder and its files are never trusted as found: a committed or planted cache (links to
devices or to other folders, FIFOs, huge sparse files) is rebuilt, never followed, never hangs a run;
odd repositories (names not in UTF-8, loops of links, very long numbers) never crash it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import claimtrack.cache
from claimtrack.cache import CACHE_DIR
from claimtrack.cache.store import DATABASE
from claimtrack.render.check_lines import render_check_text
from rulekit import claim, repo, source


def _repository(root: Path) -> Path:
    return repo(
        root,
        claim("c", "'2016'", evidence=[("a", "supports", "signed in 2016")]),
        sources=source("a", "The treaty was signed in 2016."),
    )


def _same_with_and_without_the_cache(root: Path) -> None:
    expected = render_check_text(claimtrack.cache.check(root, cached=False), show_all=True)
    for _ in range(2):  # the first run writes the cache, the second reads it
        assert render_check_text(claimtrack.cache.check(root), show_all=True) == expected


def _check_in_a_process(root: Path) -> subprocess.CompletedProcess[str]:
    """``claimtrack check`` in its own process: a run that hung on a cache file would be stopped, and fail."""
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", "check", "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=os.environ.copy(),
    )


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_not_in_utf8_is_cached(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    name = os.fsencode(root / "claims") + b"/caf\xe9.yaml"
    with open(name, "wb") as handle:
        handle.write(claim("cafe", "'2016'")[1].encode())
    _same_with_and_without_the_cache(root)


def test_a_loop_of_links_is_fingerprinted(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    os.symlink("loop.yaml", root / "claims" / "loop.yaml")
    _same_with_and_without_the_cache(root)


def test_a_number_of_thousands_of_digits_is_cached(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    text = claim("big", "'2016'")[1] + "extra: " + "9" * 4300 + "\n"
    (root / "claims" / "big.yaml").write_text(text, encoding="utf-8")
    _same_with_and_without_the_cache(root)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize(
    "planted", ["link to /dev/zero", "link outside", "hard link outside", "fifo", "sparse", "folder"]
)
@pytest.mark.parametrize("name", [DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}-journal"])
def test_a_planted_store_file_is_rebuilt_and_never_hangs(tmp_path: Path, planted: str, name: str) -> None:
    """The database, or one of the files SQLite keeps beside it, replaced by something that is not a file
    claimtrack wrote: the store is rebuilt, nothing outside the checkout is read or written."""
    root = _repository(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "mine").write_text("not the cache's\n", encoding="utf-8")
    expected = _check_in_a_process(root)
    assert (root / CACHE_DIR / DATABASE).is_file()
    path = root / CACHE_DIR / name
    path.unlink(missing_ok=True)
    if planted == "link to /dev/zero":
        os.symlink("/dev/zero", path)
    elif planted == "link outside":
        os.symlink(outside / "mine", path)
    elif planted == "hard link outside":
        os.link(outside / "mine", path)
    elif planted == "fifo":
        os.mkfifo(path)
    elif planted == "sparse":
        with open(path, "wb") as handle:
            handle.truncate(4 << 30)
    else:
        path.mkdir()
    for _ in range(2):  # the first run rebuilds, the second reads what it wrote
        again = _check_in_a_process(root)
        assert (again.returncode, again.stdout, again.stderr) == (expected.returncode, expected.stdout, "")
    assert (outside / "mine").read_text(encoding="utf-8") == "not the cache's\n"
    assert sorted(p.name for p in outside.iterdir()) == ["mine"]
    database = root / CACHE_DIR / DATABASE
    assert not database.is_symlink()
    assert database.is_file()
    assert database.stat().st_size < 1 << 20
    assert database.stat().st_nlink == 1
    for companion in (f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}-journal"):
        found = root / CACHE_DIR / companion
        assert not found.is_symlink(), companion
        assert not os.path.lexists(found) or (found.is_file() and found.stat().st_nlink == 1), companion


def test_files_of_an_earlier_version_are_removed(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    (root / CACHE_DIR).mkdir()
    old = root / CACHE_DIR / "check-v1.json"
    old.write_text("{}\n", encoding="utf-8")
    _same_with_and_without_the_cache(root)
    assert not old.exists()


def _cache_folder_linked_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    """A repository whose cache folder is a link to a folder elsewhere holding one file, ``keep.txt``."""
    root = _repository(tmp_path / "repo")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not the cache's\n", encoding="utf-8")
    os.symlink(elsewhere, root / CACHE_DIR)
    return root, elsewhere


def test_a_cache_folder_that_links_elsewhere_is_replaced_not_followed(tmp_path: Path) -> None:
    root, elsewhere = _cache_folder_linked_elsewhere(tmp_path)
    _same_with_and_without_the_cache(root)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]  # nothing written there
    assert not (root / CACHE_DIR).is_symlink()
    assert (root / CACHE_DIR).is_dir()


def test_cache_clear_removes_a_link_not_what_it_points_to(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    root, elsewhere = _cache_folder_linked_elsewhere(tmp_path)
    result = CliRunner().invoke(app, ["cache", "clear", "--root", str(root)])
    assert (result.exit_code, result.output) == (0, "cache cleared\n")
    assert not os.path.lexists(root / CACHE_DIR)
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "not the cache's\n"


def test_a_repository_in_a_folder_named_with_uri_characters_keeps_its_store_inside(tmp_path: Path) -> None:
    """The database is opened by a percent-encoded URI: "?", "#" and "%" in a folder's name name only
    themselves, and no stray file is made beside it."""
    root = _repository(tmp_path / "a ?b=c#d%20e")
    _same_with_and_without_the_cache(root)
    assert (root / CACHE_DIR / DATABASE).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a ?b=c#d%20e"]
