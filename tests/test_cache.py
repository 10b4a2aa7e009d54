"""The parse cache: never stale, never trusted when damaged or foreign, safe with two runs at once,
and invisible in results (a hypothesis property over random edits)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.cache
from claimtrack.cache.parses import CACHE_DIR, CACHE_FILE, FORMAT, ParseCache, json_pieces
from claimtrack.check import check_repository
from rulekit import claim, repo


@pytest.fixture(autouse=True)
def private_key_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


def outcome(root: Path, cached: bool) -> tuple[list[str], list[str]]:
    result = claimtrack.cache.check(root, cached=cached)
    return (
        [f"{d.location()} {d.code} {d.message}" for d in result.validation.diagnostics],
        [f"{f.location()} {f.code} {f.state} {f.message}" for f in result.findings],
    )


def test_the_cache_is_used_and_ignored_by_git(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "'2016'"))
    outcome(root, cached=True)
    folder = root / CACHE_DIR
    assert (folder / CACHE_FILE).is_file()
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (
        (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    cache = ParseCache(root)
    assert cache.get("claims/c.yaml", (root / "claims/c.yaml").read_bytes()) is not None


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


@pytest.mark.parametrize(
    "damage",
    [
        lambda body: body[: len(body) // 2],  # truncated
        lambda body: b"garbage",  # not a cache at all
        lambda body: body.replace(b'"format":%d' % FORMAT, b'"format":99'),  # foreign format, signature now wrong too
        lambda body: body[:-64] + b"0" * 64,  # a forged signature
    ],
)
def test_a_damaged_or_forged_cache_is_discarded_and_rebuilt(tmp_path: Path, damage: object) -> None:
    root = repo(tmp_path, claim("c", "'2016'"))
    expected = outcome(root, cached=False)
    outcome(root, cached=True)
    damaged = {}
    for cache_file in (root / CACHE_DIR).glob("*.json"):
        damaged[cache_file] = damage(cache_file.read_bytes())  # type: ignore[operator]
        cache_file.write_bytes(damaged[cache_file])
    assert outcome(root, cached=True) == expected
    for cache_file, written in damaged.items():  # every damaged file was made again
        assert cache_file.read_bytes() != written, cache_file.name
        body, _, _ = cache_file.read_bytes().rpartition(b"\n")
        assert json.loads(body)["format"] == FORMAT


def test_a_cache_signed_elsewhere_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache committed by someone else (their key, their lies) is ignored."""
    root = repo(tmp_path, claim("c", "'2016'"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "someone-else"))
    outcome(root, cached=True)
    cache_file = root / CACHE_DIR / CACHE_FILE
    body, _, signature = cache_file.read_bytes().rpartition(b"\n")
    lie = body.replace(b"2016", b"2017")
    cache_file.write_bytes(lie + b"\n" + signature)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "me"))
    assert ParseCache(root).get("claims/c.yaml", (root / "claims/c.yaml").read_bytes()) is None


def test_two_runs_at_once_leave_a_valid_cache(tmp_path: Path) -> None:
    root = repo(
        tmp_path, *(claim(f"c{i}", f"'{2000 + i}'", subject="exercise", property="occurred_on") for i in range(30))
    )
    env = {**os.environ, "GITHUB_ACTIONS": ""}
    command = [sys.executable, "-m", "claimtrack", "check", "--root", str(root)]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert len(set(outputs)) == 1
    fresh = ParseCache(root)
    assert all(fresh.get(f"claims/c{i}.yaml", (root / f"claims/c{i}.yaml").read_bytes()) for i in range(30))


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


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
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


def test_a_few_named_files_use_only_the_vocabulary_cache(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from claimtrack.cache.parses import VOCABULARY_CACHE_FILE
    from claimtrack.cli import app

    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'"))
    runner = CliRunner()
    assert runner.invoke(app, ["check", "--root", str(root)]).exit_code == 0
    files_cache = (root / CACHE_DIR / CACHE_FILE).read_bytes()
    path = root / "claims/c.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Claim c.", "Claim c, edited."), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path), "--root", str(root)])
    assert (result.exit_code, result.output) == (0, "1 file valid\n")
    assert (root / CACHE_DIR / CACHE_FILE).read_bytes() == files_cache  # neither read nor rewritten
    cache = ParseCache(root, vocabulary_only=True)
    vocabulary = root / "vocabulary/properties.yaml"
    assert (root / CACHE_DIR / VOCABULARY_CACHE_FILE).is_file()
    assert cache.get("vocabulary/properties.yaml", vocabulary.read_bytes()) is not None


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="counts memory mappings through /proc")
def test_reading_many_files_does_not_leave_a_memory_mapping_per_file(tmp_path: Path) -> None:
    """A read buffer as large as the size limit is a mapping of its own; one kept per file once made a
    100,000-claim repository run out of mappings (ENOMEM) before its check could start."""
    from claimtrack.discover import list_files
    from claimtrack.load import read_bytes

    root = repo(tmp_path, *(claim(f"c{i}", "'2016'") for i in range(3000)))

    def mappings() -> int:
        return len(Path("/proc/self/maps").read_text(encoding="utf-8").splitlines())

    before = mappings()
    kept = [read_bytes(root, f) for f in list_files(root)]
    assert len(kept) == 3003
    assert mappings() - before < 300


def test_anchors_are_kept_by_text_and_quote_and_never_trusted_blindly(tmp_path: Path) -> None:
    from claimtrack.cache.anchors import ANCHORS_FILE

    root = repo(tmp_path, claim("c", "'2016'"), claim("d", "'2016'", evidence=[("a", "supports", "Delta epsilon")]))
    expected = outcome(root, cached=False)
    assert outcome(root, cached=True) == expected
    stored = ParseCache(root).read_signed(ANCHORS_FILE)
    assert stored is not None
    assert sorted(stored["anchors"].values()) == [[[0], [0]], [[18], [18]]]
    # Entries of the wrong shape, even signed with this machine's key, are recomputed.
    ParseCache(root).write_signed(ANCHORS_FILE, {"anchors": dict.fromkeys(stored["anchors"], "garbage")})
    assert outcome(root, cached=True) == expected
    # A changed text is a different key: the quote is looked for again, and is gone.
    text = root / "sources/a.txt"
    text.write_text("Alpha beta gamma. Something else.", encoding="utf-8")
    assert outcome(root, cached=True) == outcome(root, cached=False)
    assert any("CT203" in line for line in outcome(root, cached=True)[1])


def test_the_signing_key_is_private_from_the_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stat

    from claimtrack import atomic

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    modes: list[int] = []
    original_link = atomic.os.link

    def link_and_look(source: str, target: str) -> None:
        modes.append(stat.S_IMODE(os.stat(source).st_mode))  # the mode it has when it appears by name
        original_link(source, target)

    monkeypatch.setattr(atomic.os, "link", link_and_look)
    root = repo(tmp_path / "repo", claim("c", "'2016'"))
    assert ParseCache(root).enabled
    key_file = tmp_path / "xdg" / "claimtrack" / "cache.key"
    assert modes == [0o600]
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert len(key_file.read_bytes()) == 32


@given(
    st.dictionaries(
        st.text(max_size=5),
        st.one_of(
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=9),
            st.lists(st.text(max_size=3), max_size=9),
            st.text(max_size=5),
        ),
        max_size=4,
    )
)
def test_the_json_in_pieces_is_the_json_in_one(payload: dict[str, object]) -> None:
    import claimtrack.cache.parses

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(claimtrack.cache.parses, "_BATCH", 2)  # batches small enough that every mapping and list is split
        assert b"".join(json_pieces(payload)) == json.dumps(payload, separators=(",", ":")).encode()


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
