"""No lost work: writes are atomic, survive being killed mid-way, and two writers never mix their output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from claimtrack.repository import atomic
from claimtrack.repository.atomic import write_atomically, write_bytes_atomically
from report_fixture import report_repo
from rulekit import claim, repo

OLD, NEW = b"o" * (4 * 1024 * 1024), b"n" * (4 * 1024 * 1024)
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from claimtrack.repository.atomic import write_bytes_atomically
    target = Path(sys.argv[1])
    datas = [b"o" * (4 * 1024 * 1024), b"n" * (4 * 1024 * 1024)]
    i = 0
    while True:
        write_bytes_atomically(target, datas[i % 2])
        i += 1
    """
)


@pytest.mark.slow
def test_a_writer_killed_at_any_moment_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_bytes(OLD)
    for delay in (0.05, 0.11, 0.17, 0.23, 0.31, 0.37, 0.43, 0.53):
        process = subprocess.Popen([sys.executable, "-c", WRITER, str(target)])
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert target.read_bytes() in (OLD, NEW)


def test_an_interrupted_write_keeps_the_old_file_and_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "claims.yaml"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(source: str, destination: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.yaml"]


def test_never_overwrite_means_never(tmp_path: Path) -> None:
    target = tmp_path / "source.txt"
    target.write_text("the author's", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_bytes_atomically(target, b"ours", replace=False)
    assert target.read_text(encoding="utf-8") == "the author's"
    assert [p.name for p in tmp_path.iterdir()] == ["source.txt"]


@pytest.mark.slow
def test_fmt_killed_mid_run_leaves_each_file_old_or_formatted(tmp_path: Path) -> None:
    messy = [claim(f"c{i}", f"2016-{i % 12 + 1:02d}", subject="exercise", property="occurred_on") for i in range(300)]
    messy = [
        (path, text.replace("# yaml-language-server: $schema=../schemas/claim.schema.json\n", ""))
        for path, text in messy
    ]
    root = repo(tmp_path / "repo", *messy)
    expected = {
        path: text.replace("id: ", "# yaml-language-server: $schema=../schemas/claim.schema.json\nid: ", 1)
        .replace(f"value: {text.split('value: ')[1].split(chr(10))[0]}", f"value: '{text.split('value: ')[1].split(chr(10))[0]}'")
        for path, text in messy
    }  # fmt: skip
    process = subprocess.Popen(
        [sys.executable, "-m", "claimtrack", "fmt", "--root", str(root)], stdout=subprocess.DEVNULL
    )
    # Killed as soon as the first file is formatted (not after a fixed time, which a busy machine outlasts
    # before fmt starts writing, or a fast one after fmt has finished).
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and all((root / p).read_text(encoding="utf-8") == t for p, t in messy):
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    states = set()
    for path, text in messy:
        now = (root / path).read_text(encoding="utf-8")
        assert now in (text, expected[path]), path
        states.add(now == text)
    assert states == {True, False}  # killed mid-run: some files formatted, some not
    leftovers = [p.name for p in (root / "claims").iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) <= 1  # a kill can leave the one temporary file being written, never a half file


@pytest.mark.slow
def test_two_writers_at_once_do_not_mix_their_output(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    target = tmp_path / "report.json"
    command = [sys.executable, "-m", "claimtrack", "report", "-f", "json", "--output", str(target), "--root", str(root)]
    env = {**os.environ, "GITHUB_ACTIONS": ""}
    processes = [subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL) for _ in range(4)]
    assert [p.wait(timeout=120) for p in processes] == [0, 0, 0, 0]
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
