"""Reusing a whole check result: served only for the same bytes, never for a changed text, limit or
version, rebuilt when damaged, and identical to a fresh check (a hypothesis property over random edits)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.cache
import claimtrack.engine.check
from claimtrack.cache import CACHE_DIR
from claimtrack.cache.rows import diagnostic_from_row, diagnostic_row, finding_from_row, finding_row
from claimtrack.engine.check import check_repository
from claimtrack.engine.results import CheckResult
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.model.findings import Finding, State
from claimtrack.render.check_lines import render_check_text
from helpers import Progress, files_opened
from rulekit import claim, repo, source


def reused(root: Path, progress: Progress | None = None, settle_seconds: int | None = None) -> str:
    result = claimtrack.cache.check(root, progress=progress, settle_seconds=settle_seconds)
    return render_check_text(result, show_all=True)


def given_again(root: Path) -> bool:
    """Whether a check of ``root`` gives the last result again (it loads no file)."""
    progress = Progress()
    reused(root, progress)
    return progress.loaded is None


AT_ONCE = -(10**9)
"""``settle_seconds`` by which every file counts as settled as soon as it is read."""
NEVER = 10**9
"""``settle_seconds`` by which a file edited now never counts as settled."""


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


def test_an_unchanged_repository_gets_the_stored_result(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    expected = fresh(root)
    assert reused(root) == expected
    progress = Progress()
    assert reused(root, progress) == expected
    assert progress.loaded is None  # no file loaded: the stored result


def test_an_index_that_fails_to_build_lets_go_of_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimtrack.cache.reuse
    from claimtrack.cache.store import Store

    root = _repository(tmp_path)
    claimtrack.cache.check(root)
    opened: list[Store | None] = []
    closed: list[Store] = []
    original_open, original_close = Store.open, Store.close

    def open_and_note(root: Path) -> Store | None:
        opened.append(original_open(root))
        return opened[-1]

    def close_and_note(self: Store) -> None:
        closed.append(self)
        original_close(self)

    def failing(*args: object) -> CheckResult:
        raise RuntimeError("a bug in the index")

    monkeypatch.setattr(Store, "open", open_and_note)
    monkeypatch.setattr(Store, "close", close_and_note)
    monkeypatch.setattr(claimtrack.cache.reuse, "_with_index", failing)
    with pytest.raises(RuntimeError):
        claimtrack.cache.check(root, with_index=True)  # the stored result, with an index asked for
    assert len(opened) == 1
    assert closed == opened


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


def test_a_changed_limit_or_version_is_checked_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _repository(tmp_path)
    reused(root)
    assert given_again(root)
    monkeypatch.setenv("CLAIMTRACK_MAX_FILE_BYTES", "100")
    assert not given_again(root)
    assert reused(root) == fresh(root)
    assert "CT002" in reused(root)
    monkeypatch.delenv("CLAIMTRACK_MAX_FILE_BYTES")
    reused(root)
    monkeypatch.setattr("claimtrack.__version__", "0.0.0-other")
    assert not given_again(root)


def test_a_file_outside_the_checked_folders_does_not_count(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    reused(root)
    (root / "README.md").write_text("notes\n", encoding="utf-8")
    assert given_again(root)
    (root / "sources/notes.txt").write_text("a new text\n", encoding="utf-8")
    assert not given_again(root)


def test_a_link_counts_by_what_it_points_to(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    (root / "archive").mkdir()
    real = root / "archive/e.yaml"
    real.write_text(claim("e", "'2016'")[1], encoding="utf-8")
    (root / "claims/e.yaml").symlink_to(real)
    assert reused(root) == fresh(root)
    assert given_again(root)
    real.write_text(claim("e", "'2019'")[1], encoding="utf-8")
    assert not given_again(root)
    assert reused(root) == fresh(root)
    assert "CT201" in reused(root)


def test_a_damaged_store_is_checked_again(tmp_path: Path) -> None:
    from claimtrack.cache.store import DATABASE

    root = _repository(tmp_path)
    expected = reused(root)
    stored = root / CACHE_DIR / DATABASE
    stored.write_bytes(stored.read_bytes()[:-20])
    assert reused(root) == expected
    stored.write_bytes(b"0" * 64 + stored.read_bytes()[64:])
    assert reused(root) == expected
    assert given_again(root)  # rebuilt, and trusted again


def test_a_file_edited_during_the_check_is_checked_as_it_was_fingerprinted(tmp_path: Path) -> None:
    """The check reads the bytes the fingerprint read, so its result is the result for that fingerprint, and
    the edit is checked by the next run."""
    root = _repository(tmp_path)
    before = fresh(root)
    edit = root / "claims/d.yaml"
    assert reused(root, Progress(during=lambda: edit.write_text(claim("d", "'2019'")[1]))) == before
    assert reused(root) == fresh(root)
    assert "CT201" in fresh(root)


def test_a_result_is_not_kept_when_a_file_read_again_changes_during_the_check(tmp_path: Path) -> None:
    """An archived text that is a link is read by the check, not taken from the fingerprint's snapshot:
    edited after the fingerprint read it and before the check does, the result, made from other bytes than
    those fingerprinted, is not kept, so a run with the fingerprinted bytes back does not give it again."""
    root = _repository(tmp_path)
    (root / "sources/texts").mkdir()
    (root / "sources/a.txt").rename(root / "sources/texts/a.txt")
    (root / "sources/a.txt").symlink_to("texts/a.txt")
    target = root / "sources/texts/a.txt"
    original = target.read_bytes()
    check = claimtrack.engine.check.check_repository

    def edited_first(*args: Any, **kwargs: Any) -> CheckResult:
        target.write_bytes(original.replace(b"29 November", b"28 November"))
        return check(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(claimtrack.engine.check, "check_repository", edited_first)
        assert "CT203" in reused(root)
    target.write_bytes(original)
    assert reused(root) == fresh(root)
    assert "CT203" not in fresh(root)


NAMES = st.text(max_size=8)
MAYBE = st.none() | NAMES


@given(
    st.builds(
        Finding,
        path=NAMES,
        line=st.integers(1),
        column=st.integers(1),
        code=NAMES,
        message=NAMES,
        rule=NAMES,
        severity=st.sampled_from(Severity),
        state=st.sampled_from(State),
        subject=MAYBE,
        property=MAYBE,
        claims=st.tuples(NAMES, NAMES),
        sources=st.tuples(NAMES),
        resolution=MAYBE,
    ),
    st.builds(Diagnostic, NAMES, st.integers(1), st.integers(1), NAMES, NAMES, st.sampled_from(Severity)),
)
def test_a_kept_finding_or_diagnostic_comes_back_whole(finding: Finding, diagnostic: Diagnostic) -> None:
    """Every field, through JSON: a field added to either class and not to its row fails here."""
    assert finding_from_row(json.loads(json.dumps(finding_row(finding)))) == finding
    assert diagnostic_from_row(json.loads(json.dumps(diagnostic_row(diagnostic)))) == diagnostic


@pytest.mark.slow
def test_reusing_loads_neither_models_nor_rules(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "import claimtrack.cache\n"
        "root = Path(sys.argv[1])\n"
        "claimtrack.cache.check(root)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimtrack.model.claims', 'claimtrack.engine.rules', 'pydantic'))))\n"
    )
    first = subprocess.run([sys.executable, "-c", program, str(root)], capture_output=True, text=True)
    assert "claimtrack.model.claims" in first.stdout
    second = subprocess.run([sys.executable, "-c", program, str(root)], capture_output=True, text=True)
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


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(EDITS, st.booleans())
def test_a_reused_check_says_what_a_fresh_check_says(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[str, str]], settle_at_once: bool
) -> None:
    """Also when every file counts as settled as soon as it is read, so that unchanged statuses are trusted
    (with the real margin, files this new are always read)."""
    root = _repository(tmp_path_factory.mktemp("edits"))
    settle = AT_ONCE if settle_at_once else None
    for relative, change in edits:
        _edit(root, relative, change)
        assert reused(root, settle_seconds=settle) == fresh(root)
        assert reused(root, settle_seconds=settle) == fresh(root)  # the second time from the stored result


def _read(opened: list[str], root: Path) -> list[str]:
    """The repository's files among those opened (the store's are not)."""
    return [path for path in opened if CACHE_DIR not in Path(path).parts and Path(path).is_relative_to(root)]


def _files(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file() and CACHE_DIR not in path.parts]


def test_a_settled_file_is_not_read_again(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    expected = reused(root, settle_seconds=AT_ONCE)
    with files_opened() as opened:
        assert reused(root, settle_seconds=AT_ONCE) == expected
    assert _read(opened, root) == []


def test_a_file_changed_just_before_the_walk_is_read_again(tmp_path: Path) -> None:
    """With the real margin, files written a moment ago have not settled: their status is not trusted."""
    root = _repository(tmp_path)
    reused(root)
    with files_opened() as opened:
        reused(root)
    assert any(path.endswith("c.yaml") for path in _read(opened, root))


def test_a_settled_file_edited_at_the_same_size_and_time_is_read_again(tmp_path: Path) -> None:
    """Its change time moves, and no call can set that back."""
    root = _repository(tmp_path)
    before = reused(root, settle_seconds=AT_ONCE)
    _edit(root, "sources/a.txt", "same size")
    after = reused(root, settle_seconds=AT_ONCE)
    assert after == fresh(root)
    assert after != before


def test_a_long_settling_time_reads_every_file_on_every_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The setting for file systems that do not keep change times: no status is ever trusted."""
    root = _repository(tmp_path)
    monkeypatch.setenv("CLAIMTRACK_SETTLE_SECONDS", str(100 * 365 * 24 * 3600))
    expected = reused(root)
    with files_opened() as opened:
        assert reused(root) == expected
    assert sorted(os.path.basename(path) for path in _read(opened, root)) == sorted(p.name for p in _files(root))


def test_without_change_times_every_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Windows, whose "change time" is a file's creation: no status is trusted, whatever the settling
    time (``CHANGE_TIMES`` is the documented switch the cache takes from the OS)."""
    root = _repository(tmp_path)
    monkeypatch.setattr("claimtrack.cache.reuse.CHANGE_TIMES", False)
    expected = reused(root, settle_seconds=AT_ONCE)
    with files_opened() as opened:
        assert reused(root, settle_seconds=AT_ONCE) == expected
    assert len(_read(opened, root)) == len(_files(root))


def test_a_file_changed_too_lately_to_be_recorded_keeps_its_old_record_without_harm(tmp_path: Path) -> None:
    """Its old record is kept (so the records need not be written again), and never trusted: the file's
    change time has moved past it."""
    root = _repository(tmp_path)
    reused(root, settle_seconds=AT_ONCE)  # everything settles at once
    _edit(root, "claims/c.yaml", "'2017'")
    assert reused(root, settle_seconds=NEVER) == fresh(root)  # nothing settles
    _edit(root, "claims/c.yaml", "same size")
    assert reused(root, settle_seconds=AT_ONCE) == fresh(root)
    assert reused(root, settle_seconds=AT_ONCE) == fresh(root)


_CHECK_TWICE = """
import sys
from pathlib import Path

import claimtrack.cache

loaded = []
claimtrack.cache.check(Path(sys.argv[1]), progress=lambda done, total: loaded.append(done))
print("checked" if loaded else "given again")
"""


@pytest.mark.slow
def test_an_edit_to_claimtracks_own_code_is_checked_again(tmp_path: Path) -> None:
    """A working copy installed in place changes its code, not its version: a rule just edited must run."""
    package = tmp_path / "code" / "claimtrack"

    shutil.copytree(Path(claimtrack.cache.__file__).parent.parent, package)
    root = _repository(tmp_path / "repository")
    environment = {**os.environ, "PYTHONPATH": str(package.parent)}

    def run() -> str:
        command = [sys.executable, "-c", _CHECK_TWICE, str(root)]
        return subprocess.run(command, env=environment, capture_output=True, text=True, check=True).stdout.strip()

    assert run() == "checked"
    assert run() == "given again"
    rule = package / "engine" / "rules" / "__init__.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert run() == "checked"
    assert run() == "given again"
