"""Reusing a whole check result: served only for the same bytes, never for a changed text, limit or
version, rebuilt when damaged, and identical to a fresh check (a hypothesis property over random edits)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.check
from claimtrack.cache.fingerprint import fingerprint
from claimtrack.cache.parses import CACHE_DIR
from claimtrack.cache.reuse import RESULT_FILE, SETTLED_FILE, check_with_reuse
from claimtrack.check import check_repository
from claimtrack.render.check import render_check_text
from helpers import edit_after
from rulekit import claim, repo, source


@pytest.fixture(autouse=True)
def private_key_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


def reused(root: Path) -> str:
    return render_check_text(check_with_reuse(root), show_all=True)


def fresh(root: Path) -> str:
    return render_check_text(check_repository(root), show_all=True)


def _repository(root: Path) -> Path:
    text = "The treaty was signed on 29 November 2016. Alpha beta gamma."
    return repo(
        root,
        claim("c", "'2016'", evidence=[("a", "supports", "signed on 29 November 2016")]),
        claim("d", "'2016'", evidence=[("a", "supports", "Alpha beta gamma")]),
        sources=source("a", text),
    )


def test_an_unchanged_repository_gets_the_stored_result(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path)
    expected = fresh(root)
    assert reused(root) == expected
    assert (root / CACHE_DIR / RESULT_FILE).is_file()

    def no_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("checked again although nothing changed")

    monkeypatch.setattr("claimtrack.check.check_repository", no_check)
    assert reused(root) == expected


def test_an_edited_archived_text_is_never_served_stale(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    reused(root)
    text = root / "sources/a.txt"
    before = text.stat()
    # Same size, same modification time; the quote is gone and the checksum no longer matches.
    text.write_text(text.read_text(encoding="utf-8").replace("29 November", "28 November"), encoding="utf-8")
    os.utime(text, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert text.stat().st_size == before.st_size
    output = reused(root)
    assert output == fresh(root)
    assert "CT203" in output


def test_a_changed_limit_or_version_changes_the_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path)
    first = fingerprint(root)
    assert fingerprint(root) == first
    reused(root)
    monkeypatch.setenv("CLAIMTRACK_MAX_FILE_BYTES", "100")
    assert fingerprint(root) != first
    assert reused(root) == fresh(root)
    assert "CT002" in reused(root)
    monkeypatch.delenv("CLAIMTRACK_MAX_FILE_BYTES")
    monkeypatch.setattr("claimtrack.__version__", "0.0.0-other")
    assert fingerprint(root) != first


def test_a_file_outside_the_checked_folders_does_not_count(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    first = fingerprint(root)
    (root / "README.md").write_text("notes\n", encoding="utf-8")
    assert fingerprint(root) == first
    (root / "sources/notes.txt").write_text("a new text\n", encoding="utf-8")
    assert fingerprint(root) != first


def test_a_link_counts_by_what_it_points_to(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    (root / "archive").mkdir()
    real = root / "archive/e.yaml"
    real.write_text(claim("e", "'2016'")[1], encoding="utf-8")
    (root / "claims/e.yaml").symlink_to(real)
    assert reused(root) == fresh(root)
    first = fingerprint(root)
    real.write_text(claim("e", "'2019'")[1], encoding="utf-8")
    assert fingerprint(root) != first
    assert reused(root) == fresh(root)
    assert "CT201" in reused(root)


def test_a_damaged_result_is_checked_again(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    expected = reused(root)
    stored = root / CACHE_DIR / RESULT_FILE
    stored.write_bytes(stored.read_bytes()[:-20])
    assert reused(root) == expected
    stored.write_bytes(b"0" * 64 + stored.read_bytes()[64:])
    assert reused(root) == expected


def test_a_file_edited_during_the_check_is_checked_as_it_was_fingerprinted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads the bytes the fingerprint read, so its result is the result for that fingerprint, and
    the edit is checked by the next run."""
    root = _repository(tmp_path)
    before = fresh(root)
    edit = root / "claims/d.yaml"
    edit_after(monkeypatch, claimtrack.check, "check_repository", lambda: edit.write_text(claim("d", "'2019'")[1]))
    assert reused(root) == before
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert reused(root) == fresh(root)
    assert "CT201" in fresh(root)


def test_a_result_is_not_kept_when_a_file_read_again_changes_during_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link is read by the loader, not from the fingerprint's snapshot: an edit of its target while the
    check runs leaves no result behind."""
    root = _repository(tmp_path)
    (root / "drafts").mkdir()
    (root / "claims/d.yaml").rename(root / "drafts/d.yaml")
    (root / "claims/d.yaml").symlink_to("../drafts/d.yaml")
    target = root / "drafts/d.yaml"
    edit_after(monkeypatch, claimtrack.check, "check_repository", lambda: target.write_text(claim("d", "'2019'")[1]))
    reused(root)
    assert not (root / CACHE_DIR / RESULT_FILE).exists()
    monkeypatch.undo()
    assert reused(root) == fresh(root)
    assert "CT201" in fresh(root)


def test_reusing_loads_neither_models_nor_rules(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from claimtrack.cache.parses import ParseCache\n"
        "from claimtrack.cache.reuse import check_with_reuse\n"
        "root = Path(sys.argv[1])\n"
        "check_with_reuse(root)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimtrack.models', 'claimtrack.rules', 'pydantic'))))\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    first = subprocess.run([sys.executable, "-c", program, str(root)], capture_output=True, text=True, env=env)
    assert "claimtrack.models" in first.stdout
    second = subprocess.run([sys.executable, "-c", program, str(root)], capture_output=True, text=True, env=env)
    assert second.stdout == "[]\n", second.stderr


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["claims/c.yaml", "claims/d.yaml", "claims/e.yaml", "sources/a.txt", "sources/a.yaml"]),
        st.sampled_from(["'2016'", "'2017'", "[broken", "drop", "same size"]),
    ),
    min_size=1,
    max_size=6,
)


def _edit(root: Path, relative: str, change: str) -> None:
    path = root / relative
    if change == "drop":
        path.unlink(missing_ok=True)
    elif change == "same size" and path.exists():
        before = path.stat()
        data = path.read_bytes()
        path.write_bytes(data.replace(b"6", b"7", 1) if b"6" in data else data.replace(b"a", b"b", 1))
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif relative.startswith("claims/"):
        path.write_text(claim(path.stem, change)[1], encoding="utf-8")
    else:
        path.write_text(f"{change}\n", encoding="utf-8")


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(EDITS, st.booleans())
def test_a_reused_check_says_what_a_fresh_check_says(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[str, str]], settle_at_once: bool
) -> None:
    """Also when every file counts as settled as soon as it is read, so that unchanged statuses are trusted
    (with the real margin, files this new are always read)."""
    root = _repository(tmp_path_factory.mktemp("edits"))
    with pytest.MonkeyPatch.context() as patch:
        if settle_at_once:
            patch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))
        for relative, change in edits:
            _edit(root, relative, change)
            assert reused(root) == fresh(root)
            assert reused(root) == fresh(root)  # the second time from the stored result


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import claimtrack.cache.fingerprint

    read: list[str] = []
    original = claimtrack.cache.fingerprint.read_regular

    def counted(path: str, *args: object, **kwargs: object) -> bytes:
        read.append(path)
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(claimtrack.cache.fingerprint, "read_regular", counted)
    return read


def test_a_settled_file_is_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path)
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))
    expected = reused(root)
    assert (root / CACHE_DIR / SETTLED_FILE).is_file()
    read = _reads(monkeypatch)
    assert reused(root) == expected
    assert read == []


def test_a_file_changed_just_before_the_walk_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the real margin, files written a moment ago have not settled: their status is not trusted."""
    root = _repository(tmp_path)
    reused(root)
    read = _reads(monkeypatch)
    reused(root)
    assert any(path.endswith("c.yaml") for path in read)


def test_a_settled_file_edited_at_the_same_size_and_time_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its change time moves, and no call can set that back."""
    root = _repository(tmp_path)
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))
    before = reused(root)
    _edit(root, "sources/a.txt", "same size")
    after = reused(root)
    assert after == fresh(root)
    assert after != before


def test_a_long_settling_time_reads_every_file_on_every_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The setting for file systems that do not keep change times: no status is ever trusted."""
    root = _repository(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_SETTLE_SECONDS", str(100 * 365 * 24 * 3600))
    expected = reused(root)
    read = _reads(monkeypatch)
    assert reused(root) == expected
    assert sorted(os.path.basename(path) for path in read) == sorted(
        os.path.basename(str(path)) for path in root.rglob("*") if path.is_file() and CACHE_DIR not in path.parts
    )


def test_without_change_times_every_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows, whose "change time" is a file's creation: no status is trusted."""
    root = _repository(tmp_path)
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))
    monkeypatch.setattr("claimtrack.cache.reuse.CHANGE_TIMES", False)
    expected = reused(root)
    read = _reads(monkeypatch)
    assert reused(root) == expected
    assert len(read) == sum(1 for path in root.rglob("*") if path.is_file() and CACHE_DIR not in path.parts)


def test_a_file_changed_too_lately_to_be_recorded_keeps_its_old_record_without_harm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its old record is kept (so the records need not be written again), and never trusted: the file's
    change time has moved past it."""
    root = _repository(tmp_path)
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))  # everything settles at once
    reused(root)
    records = root / CACHE_DIR / SETTLED_FILE
    kept = records.read_bytes()
    _edit(root, "claims/c.yaml", "'2017'")
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: 10**18)  # nothing settles
    assert reused(root) == fresh(root)
    assert records.read_bytes() == kept
    _edit(root, "claims/c.yaml", "same size")
    monkeypatch.setattr("claimtrack.cache.fingerprint.settle_ns", lambda: -(10**18))
    assert reused(root) == fresh(root)
    assert reused(root) == fresh(root)
