"""The parse cache: never stale, never trusted when damaged or foreign, safe with two runs at once,
and invisible in results (a hypothesis property over random edits)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.cache
from claimtrack.cache import CACHE_DIR
from claimtrack.cache.anchors import quote_key, text_digest
from claimtrack.cache.parses import ParseCache
from claimtrack.cache.store import DATABASE, Store
from claimtrack.engine.check import check_repository
from claimtrack.text.mentions import words
from helpers import Progress
from rulekit import DEFAULT_TEXT, claim, repo, source


def outcome(root: Path, cached: bool) -> tuple[list[str], list[str]]:
    result = claimtrack.cache.check(root, cached=cached)
    return (
        [f"{d.location()} {d.code} {d.message}" for d in result.validation.diagnostics],
        [f"{f.location()} {f.code} {f.state} {f.message}" for f in result.findings],
    )


def kept_parse(root: Path, path: str) -> object:
    """The parse the store keeps for ``path`` as it is now (None when there is none)."""
    store = Store.open(root)
    assert store is not None
    return ParseCache(store, read_all=False).get(path, (root / path).read_bytes())


def given_again(root: Path) -> bool:
    """Whether a check of ``root`` gives the last result again (it loads no file)."""
    progress = Progress()
    claimtrack.cache.check(root, progress=progress)
    return progress.loaded is None


def test_the_cache_is_used_and_ignored_by_git(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "'2016'"))
    outcome(root, cached=True)
    folder = root / CACHE_DIR
    assert (folder / DATABASE).is_file()
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert kept_parse(root, "claims/c.yaml") is not None


def test_an_edit_keeping_size_and_modification_time_is_never_served_stale(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'"))
    assert outcome(root, cached=True)[0] == []
    path = root / "claims/c.yaml"
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").replace("'2016'", "'2017'"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert outcome(root, cached=True) == outcome(root, cached=False)
    assert any("CT201" in line for line in outcome(root, cached=True)[1])


def _truncate(database: Path) -> None:
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])


def _garbage(database: Path) -> None:
    database.write_bytes(b"garbage")


_DAMAGE_BY_SQL = {
    "altered value": "UPDATE checks SET value = replace(value, '2016', '2017')",
    "forged mac": "UPDATE parses SET mac = zeroblob(32)",
    "foreign application": "PRAGMA application_id = 1",
    "other schema version": "PRAGMA user_version = 99",
    "extra trigger": "CREATE TRIGGER t AFTER INSERT ON parses BEGIN DELETE FROM anchors; END",
}


def _executing(sql: str) -> Callable[[Path], None]:
    """A damage done by running ``sql`` on the store, as someone with the file (not the key) could."""

    def damage(database: Path) -> None:
        with sqlite3.connect(database) as connection:
            connection.execute(sql)

    return damage


@pytest.mark.parametrize(
    "damage",
    [_truncate, _garbage, *(_executing(sql) for sql in _DAMAGE_BY_SQL.values())],
    ids=["truncated", "garbage", *_DAMAGE_BY_SQL],
)
def test_a_damaged_or_forged_store_is_discarded_and_rebuilt(tmp_path: Path, damage: object) -> None:
    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'"))
    expected = outcome(root, cached=False)
    outcome(root, cached=True)
    (root / "claims/d.yaml").write_text(claim("d", "'2016-11'")[1], encoding="utf-8")
    expected = outcome(root, cached=False)
    damage(root / CACHE_DIR / DATABASE)  # type: ignore[operator]
    assert outcome(root, cached=True) == expected
    assert given_again(root)  # rebuilt, and trusted
    with sqlite3.connect(root / CACHE_DIR / DATABASE) as connection:
        assert [row[0] for row in connection.execute("SELECT type FROM sqlite_schema WHERE type = 'trigger'")] == []


def test_a_store_signed_elsewhere_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store committed by someone else (their key, their lies) is ignored."""
    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2017'"))
    expected = outcome(root, cached=False)
    assert any(" CT201 " in line for line in expected[1])
    monkeypatch.setenv("CLAIMTRACK_KEY_DIR", str(tmp_path / "someone-else"))
    outcome(root, cached=True)
    # Their lie, signed with their key: no finding at all.
    theirs = Store.open(root)
    assert theirs is not None
    lie = theirs.parts("checks", "result")
    assert lie is not None
    lie["findings"] = []
    theirs.put_parts("checks", "result", lie)
    theirs.save()
    theirs.close()
    assert outcome(root, cached=True)[1] == []  # they believe it
    monkeypatch.setenv("CLAIMTRACK_KEY_DIR", str(tmp_path / "me"))
    assert outcome(root, cached=True) == expected  # this machine does not


@pytest.mark.slow
def test_two_runs_at_once_leave_a_valid_cache(tmp_path: Path) -> None:
    root = repo(
        tmp_path, *(claim(f"c{i}", f"'{2000 + i}'", subject="exercise", property="occurred_on") for i in range(30))
    )
    env = {**os.environ, "GITHUB_ACTIONS": ""}
    command = [sys.executable, "-m", "claimtrack", "check", "--root", str(root)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert len(set(outputs)) == 1
    assert given_again(root)
    assert all(kept_parse(root, f"claims/c{i}.yaml") is not None for i in range(30))


def test_no_cache_and_cache_clear(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    root = repo(tmp_path, claim("c", "'2016'"))
    runner = CliRunner()
    assert runner.invoke(app, ["check", "--no-cache", "--root", str(root)]).exit_code == 0
    assert not (root / CACHE_DIR).exists()
    assert runner.invoke(app, ["check", "--root", str(root)]).exit_code == 0
    assert (root / CACHE_DIR).exists()
    assert runner.invoke(app, ["cache", "clear", "--root", str(root)]).output == "cache cleared\n"
    assert not (root / CACHE_DIR).exists()
    assert runner.invoke(app, ["cache", "clear", "--root", str(root)]).output == "no cache to clear\n"


EDITS = st.lists(
    st.tuples(st.integers(0, 5), st.sampled_from(["'2016'", "'2017'", "2016-03", "'2016-11-29'", "[broken", "drop"])),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(EDITS)
def test_results_are_the_same_with_and_without_the_cache(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, str]]
) -> None:
    root = repo(tmp_path_factory.mktemp("edits"), *(claim(f"c{i}", "'2016'") for i in range(6)))
    for index, value in edits:
        path = root / f"claims/c{index}.yaml"
        if value == "drop":
            path.unlink(missing_ok=True)
        else:
            path.write_text(claim(f"c{index}", value)[1], encoding="utf-8")
        assert outcome(root, cached=True) == outcome(root, cached=False)


def test_loading_reports_progress_to_the_end(tmp_path: Path) -> None:
    root = repo(tmp_path, *(claim(f"c{i}", "'2016'") for i in range(5)))
    seen: list[tuple[int, int]] = []
    check_repository(root, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 8)  # five claims, a source and two vocabulary files
    assert seen[-1] == (8, 8)


def test_a_few_named_files_keep_the_other_parses(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cli import app

    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'"))
    runner = CliRunner()
    assert runner.invoke(app, ["check", "--root", str(root)]).exit_code == 0
    path = root / "claims/c.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Claim c.", "Claim c, edited."), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--root", str(root)])
    assert (result.exit_code, result.output) == (0, "1 file valid\n")
    # The others' parses are not dropped by a run over a few files (which keeps no claim file's new parse:
    # one file's parse is not worth a write to the store).
    for kept in ("claims/d.yaml", "vocabulary/properties.yaml"):
        assert kept_parse(root, kept) is not None, kept
    assert kept_parse(root, "claims/c.yaml") is None


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="counts memory mappings through /proc")
def test_reading_many_files_does_not_leave_a_memory_mapping_per_file(tmp_path: Path) -> None:
    """A read buffer as large as the size limit is a mapping of its own; one kept per file once made a
    100,000-claim repository run out of mappings (ENOMEM) before its check could start."""
    from claimtrack.repository.discover import list_files
    from claimtrack.repository.load import read_bytes

    root = repo(tmp_path, *(claim(f"c{i}", "'2016'") for i in range(3000)))

    def mappings() -> int:
        return len(Path("/proc/self/maps").read_text(encoding="utf-8").splitlines())

    before = mappings()
    kept = [read_bytes(root, f) for f in list_files(root)]
    assert len(kept) == 3003
    assert mappings() - before < 300


def _touch_vocabulary(root: Path) -> None:
    """Change the vocabulary's bytes (not its meaning): the next check is a full one."""
    path = root / "vocabulary/properties.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# touched\n", encoding="utf-8")


def _kept(root: Path, read: Callable[[Store], Any]) -> Any:
    """What ``read`` gets from the repository's store, opened for it alone."""
    store = Store.open(root)
    assert store is not None
    try:
        return read(store)
    finally:
        store.close()


def _anchors(root: Path) -> dict[str, Any]:
    return _kept(root, lambda store: store.rows("anchors"))


def test_anchors_are_kept_by_text_and_quote_and_never_trusted_blindly(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'", evidence=[("a", "supports", "Delta epsilon")]))
    expected = outcome(root, cached=False)
    assert outcome(root, cached=True) == expected
    stored = _anchors(root)
    assert list(stored) == [text_digest(DEFAULT_TEXT)]  # a row per text, holding each quote's anchor
    assert sorted(stored[text_digest(DEFAULT_TEXT)].values()) == [[[0], [0]], [[18], [18]]]
    # Rows and entries of the wrong shape, even signed with this machine's key, are recomputed by the full
    # check that uses them.
    for garbage in ("not a row of anchors", dict.fromkeys(stored[text_digest(DEFAULT_TEXT)], "garbage")):
        store = Store.open(root)
        assert store is not None
        store.put("anchors", dict.fromkeys(stored, garbage))
        store.save()
        store.close()
        _touch_vocabulary(root)
        assert outcome(root, cached=True) == outcome(root, cached=False)
        assert _anchors(root) == stored
    # A quote no longer quoted leaves its text's row at the next full check.
    (root / "claims/d.yaml").unlink()
    _touch_vocabulary(root)
    assert outcome(root, cached=True) == outcome(root, cached=False)
    assert _anchors(root) == {text_digest(DEFAULT_TEXT): {quote_key("Alpha beta gamma", None, None): [[0], [0]]}}
    # A changed text is a different row: the quote is looked for again, and is gone; the old row goes.
    changed = "Alpha beta delta. Something else."
    (root / "sources/a.txt").write_text(changed, encoding="utf-8")
    assert outcome(root, cached=True) == outcome(root, cached=False)
    assert any("CT203" in line for line in outcome(root, cached=True)[1])
    assert list(_anchors(root)) == [text_digest(changed)]


def test_the_words_of_texts_are_kept_by_text_and_never_trusted_blindly(tmp_path: Path) -> None:
    text = "The treaty was signed in Samarkand. Alice saw it signed."
    root = repo(tmp_path, claim("c", "'2016'"), sources=source("a", text))
    expected = outcome(root, cached=False)
    assert outcome(root, cached=True) == expected
    store = Store.open(root)
    assert store is not None
    stored = store.rows("words")
    assert stored == {text_digest(text): sorted(words(text))}
    # Entries of the wrong shape, even signed with this machine's key, are read again.
    store.put("words", dict.fromkeys(stored, "not a list of words"))
    store.save()
    store.close()
    (root / "claims/c.yaml").write_text(claim("c", "'2016-11'")[1], encoding="utf-8")  # checked again, not reused
    assert outcome(root, cached=True) == outcome(root, cached=False)
    # A changed text is kept by its new digest; the full check it causes drops the old text's words.
    changed = "The treaty was never signed in Samarkand."
    for path, content in source("a", changed).items():
        (root / path).write_text(content, encoding="utf-8")
    assert outcome(root, cached=True) == outcome(root, cached=False)
    store = Store.open(root)
    assert store is not None
    assert store.rows("words") == {text_digest(changed): sorted(words(changed))}
    store.close()


def _rows_named(root: Path, prefix: str) -> set[str]:
    with sqlite3.connect(root / CACHE_DIR / DATABASE) as connection:
        return {
            bytes(name).decode()
            for (name,) in connection.execute("SELECT name FROM checks")
            if bytes(name).decode().startswith(prefix)
        }


def test_a_value_kept_in_parts_writes_only_the_parts_that_changed(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo", claim("c", "'2016'"))
    store = Store.open(root)
    assert store is not None
    store.put_parts("checks", "v", {"a": [1, 2], "b": "x", "c": None})
    store.save()
    store.close()
    store = Store.open(root)
    assert store is not None
    assert store.parts("checks", "v") == {"a": [1, 2], "b": "x", "c": None}
    before = store.row("checks", "v")
    store.put_parts("checks", "v", {"a": [1, 2], "b": "y", "c": None})
    store.save()
    store.close()
    store = Store.open(root)
    assert store is not None
    after = store.row("checks", "v")
    assert store.parts("checks", "v") == {"a": [1, 2], "b": "y", "c": None}
    assert (after["a"], after["c"]) == (before["a"], before["c"])
    assert after["b"] != before["b"]
    assert _rows_named(root, "v.") == set(after.values())  # the replaced part's row is gone
    # Another run removed a row this one read: the part is written again, not named while missing.
    other = Store.open(root)
    assert other is not None
    other.delete("checks", [after["a"]])
    other.save()
    assert other.parts("checks", "v") is None  # a part's row is missing: no value, never half of one
    other.close()
    store.put_parts("checks", "v", {"a": [1, 2], "b": "y", "c": None})
    store.save()
    store.close()
    store = Store.open(root)
    assert store is not None
    assert store.parts("checks", "v") == {"a": [1, 2], "b": "y", "c": None}
    store.delete_parts("checks", "v")
    store.save()
    assert store.parts("checks", "v") is None
    assert _rows_named(root, "v") == set()
    store.close()


def test_two_runs_writing_a_value_in_parts_at_once_leave_one_of_them_whole(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo", claim("c", "'2016'"))
    first = Store.open(root)
    assert first is not None
    first.put_parts("checks", "v", {"a": [1], "b": [2], "c": [3]})
    first.save()
    first.close()
    one, two = Store.open(root), Store.open(root)
    assert one is not None
    assert two is not None
    assert one.parts("checks", "v") == two.parts("checks", "v") == {"a": [1], "b": [2], "c": [3]}
    one.put_parts("checks", "v", {"a": [10], "b": [2], "c": [3]})
    two.put_parts("checks", "v", {"a": [1], "b": [20], "c": [3]})
    one.save()
    two.save()  # the last write wins, whole: its "a" was removed by the first, so it is written again
    one.close()
    two.close()
    reader = Store.open(root)
    assert reader is not None
    assert reader.parts("checks", "v") == {"a": [1], "b": [20], "c": [3]}
    reader.close()
    head = _kept(root, lambda store: store.row("checks", "v"))
    assert isinstance(head, dict)
    assert _rows_named(root, "v.") == set(head.values())


def test_a_check_after_one_statement_changed_writes_only_the_changed_digests(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'", subject="exercise"), claim("e", "'2017'"))
    claimtrack.cache.check(root, settle_seconds=-1)
    store = Store.open(root)
    assert store is not None
    facts, result = store.row("checks", "facts"), store.row("checks", "result")
    store.close()
    path = root / "claims/d.yaml"  # not the last by path: the files kept come after it
    path.write_text(path.read_text(encoding="utf-8").replace("statement: ", "statement: Now "), encoding="utf-8")
    claimtrack.cache.check(root, settle_seconds=-1)
    store = Store.open(root)
    assert store is not None
    facts_now, result_now = store.row("checks", "facts"), store.row("checks", "result")
    store.close()
    assert {part for part in facts if facts[part] != facts_now[part]} == {"key", "digest"}
    assert {part for part in result if result[part] != result_now[part]} == {"key"}
    assert _rows_named(root, "facts.") == set(facts_now.values())
    assert _rows_named(root, "result.") == set(result_now.values())


def test_the_statuses_are_written_again_only_when_enough_files_settled_anew(tmp_path: Path) -> None:
    """One settled file's new record costs a write of every file's: it waits for a few more (0.5% of them)."""
    root = repo(tmp_path, *(claim(f"c{i:03}", "'2016'", subject="exercise") for i in range(250)))

    def statuses() -> object:
        return _kept(root, lambda store: store.row("checks", "statuses"))

    def edit(name: str) -> None:
        path = root / f"claims/{name}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace("statement: ", "statement: Now "), encoding="utf-8")

    claimtrack.cache.check(root, settle_seconds=-1)
    first = statuses()
    (root / "claims/c100.yaml").write_text(claim("c100", "'2017'", subject="exercise")[1], encoding="utf-8")
    claimtrack.cache.check(root, settle_seconds=-1)
    assert statuses() == first  # one new record of 255: not written; the file is read until then
    assert outcome(root, cached=True) == outcome(root, cached=False)
    assert any(" CT201 " in line for line in outcome(root, cached=True)[1])  # the new value is seen
    edit("c200")
    claimtrack.cache.check(root, settle_seconds=-1)
    assert statuses() != first  # two: written, with both
    assert outcome(root, cached=True) == outcome(root, cached=False)


def test_the_signing_key_is_private_from_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    from claimtrack.repository import atomic

    monkeypatch.setenv("CLAIMTRACK_KEY_DIR", str(tmp_path / "keys"))
    modes: list[int] = []
    original_link = atomic.os.link

    def link_and_look(source: str, target: str) -> None:
        modes.append(stat.S_IMODE(os.stat(source).st_mode))  # the mode it has when it appears by name
        original_link(source, target)

    monkeypatch.setattr(atomic.os, "link", link_and_look)
    root = repo(tmp_path / "repo", claim("c", "'2016'"))
    assert Store.open(root) is not None
    key_file = tmp_path / "keys" / "cache.key"
    assert modes == [0o600]
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_bytes()) == 32


@pytest.mark.skipif(sys.platform != "linux", reason="the user cache folder follows XDG_CACHE_HOME on Linux only")
@pytest.mark.parametrize("key_dir", [None, ""], ids=["unset", "empty"])
def test_without_claimtrack_key_dir_the_key_is_kept_in_the_user_cache_folder(
    key_dir: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if key_dir is None:
        monkeypatch.delenv("CLAIMTRACK_KEY_DIR")
    else:
        monkeypatch.setenv("CLAIMTRACK_KEY_DIR", key_dir)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Store.open(repo(tmp_path / "repo", claim("c", "'2016'"))) is not None
    assert len((tmp_path / "xdg" / "claimtrack" / "cache.key").read_bytes()) == 32


def test_a_parse_kept_under_a_higher_node_limit_is_not_reused_under_a_lower_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tags = "[" + ", ".join(f"t{i}" for i in range(60)) + "]"
    root = repo(tmp_path, claim("c", "'2016'", tags=tags))
    assert outcome(root, cached=True)[0] == []
    monkeypatch.setenv("CLAIMTRACK_MAX_NODES", "40")
    cached, uncached = outcome(root, cached=True)[0], outcome(root, cached=False)[0]
    assert any(line.startswith("claims/c.yaml:") and " CT016 " in line for line in uncached)
    assert cached == uncached
