"""Issue 28, items 4-6: one confined reader and one confined writer (repository/confined.py) for every command.

A repository is someone else's: any folder in it may be a link out of it, a FIFO, or a link to a device.
Every command claimtrack has is run (each in its own process, under a timeout and a memory cap) in
repositories built that way; nothing outside changes, nothing hangs, nothing is read from outside, and no
run ends in a traceback. A command added to the table without a line here fails the first test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimtrack.cli.commands import COMMANDS, Group
from claimtrack.repository.confined import Escape, write_inside
from helpers import SOURCE_TEXT, _cap_memory, make_repo

pytestmark = pytest.mark.slow  # every command runs in a process of its own

SECRET = "The treaty was signed on 1 January 1999, said the secret file outside.\n"
ARTICLE = "<html><body><article><p>The treaty was signed on 29 November 2016 in Moscow by both sides.</p></article></body></html>"

COMMAND_ARGS: dict[str, list[str]] = {
    "validate": [],
    "schema": [],
    "schema --check": ["--check"],
    "coverage": [],
    "fmt": [],
    "rules": [],
    "check": ["--no-cache"],
    "report": [],
    "diff": ["HEAD"],
    "new": [
        "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2016-11-29", "--statement", "Signed.",
        "--source", "news-one", "--quote", "signed on November 29th, 2016", "--stance", "supports",
    ],
    "review": ["treaty-signed", "--status", "supported", "--review-by", "A. Reviewer"],
    "draft": ["news-one", "--write"],
    "accept": ["--all"],
    "dismiss": ["--source", "news-one", "--quote", "The treaty was signed", "--why", "Not ours."],
    "related": ["treaty-signed"],
    "init": ["."],
    "vocabulary": [],
    "cache clear": [],
    "source add": ["{article}", "--id", "new-one"],
    "source extract": ["news-one"],
    "export sqlite": ["{outside}/../export.db"],
    "export claimreview": ["--url-template", "https://factcheck.example/{{id}}"],
    "entity add": ["--id", "velmar", "--kind", "place", "--label", "Velmar"],
    "entity list": [],
    "property list": [],
    "source list": [],
    "cite": ["treaty-signed", "news-one", "--quote", "The treaty was signed", "--stance", "supports"],
    "property add": ["--id", "opened_on", "--label", "opened on", "--claim-type", "event"],
    "edit": ["treaty-signed", "--statement", "Signed in Moscow.", "--tag", "treaty"],
    "entity remove": ["uzbekistan"],
    "entity edit": ["uzbekistan", "--alias", "Uzbekiston"],
    "property edit": ["said", "--description", "Words someone said."],
    "entity remove --unused": ["--unused"],
    "property remove": ["said"],
    "property remove --unused": ["--unused"],
}  # fmt: skip


def _commands() -> list[str]:
    names = []
    for name, entry in COMMANDS.items():
        names += [f"{name} {sub}" for sub in entry.commands] if isinstance(entry, Group) else [name]
    return names


def test_every_command_is_walked() -> None:
    assert sorted({name.split(" --")[0] for name in COMMAND_ARGS}) == sorted(_commands())


def _state(folder: Path) -> dict[str, tuple[str, bytes]]:
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            found[path.relative_to(folder).as_posix()] = ("link", os.readlink(path).encode())
        elif path.is_fifo():
            found[path.relative_to(folder).as_posix()] = ("fifo", b"")
        elif path.is_dir():
            found[path.relative_to(folder).as_posix()] = ("dir", b"")
        else:
            found[path.relative_to(folder).as_posix()] = ("file", path.read_bytes())
    return found


def _move_out(root: Path, outside: Path, relative: str) -> None:
    """Move the folder ``relative`` to ``outside`` and leave a link to it in its place."""
    target = outside / relative.replace("/", "-")
    source = root / relative
    if source.exists():
        shutil.move(source, target)
    else:
        target.mkdir(parents=True)
    source.parent.mkdir(parents=True, exist_ok=True)
    source.symlink_to(target, target_is_directory=True)


def _links_out(root: Path, outside: Path) -> None:
    for relative in ("vocabulary", "schemas", ".github", "claims/drafts"):
        _move_out(root, outside, relative)


def _deeper_links_out(root: Path, outside: Path) -> None:
    for relative in ("vocabulary/entities", "claims/treaty", "sources"):
        _move_out(root, outside, relative)


def _fifos(root: Path, outside: Path) -> None:
    for relative in ("schemas/claim.schema.json", "vocabulary/entities/extra.yaml", "sources/news-one.txt", ".github"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        os.mkfifo(path)
    os.mkfifo(root / "claims/drafts")


def _devices(root: Path, outside: Path) -> None:
    for relative, device in (
        ("schemas/claim.schema.json", "/dev/zero"),
        ("vocabulary/entities/zero.yaml", "/dev/zero"),
        ("sources/news-one.txt", "/dev/zero"),
        (".github", "/dev/null"),
        ("claims/drafts", "/dev/null"),
    ):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        path.symlink_to(device)


SCENARIOS: dict[str, Callable[[Path, Path], None]] = {
    "vocabulary, schemas, .github, claims/drafts linked outside": _links_out,
    "vocabulary/entities, a topic, sources linked outside": _deeper_links_out,
    "FIFOs in place of files and folders": _fifos,
    "links to devices in place of files and folders": _devices,
}


def _run(root: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=30,
        preexec_fn=_cap_memory,
        env={**os.environ, "GITHUB_ACTIONS": "", "CLAIMTRACK_MAX_EXTRACT_SECONDS": "10"},
        check=False,
    )


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_every_command_stays_inside_a_hostile_repository(tmp_path: Path, scenario: str) -> None:
    root = make_repo(tmp_path / "repo")
    (root / "sources/news-one.html").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text(SECRET, encoding="utf-8")
    article = tmp_path / "article.html"
    article.write_text(ARTICLE, encoding="utf-8")
    SCENARIOS[scenario](root, outside)
    before = _state(outside)
    for name, args in COMMAND_ARGS.items():
        command = name.split(" --")[0].split()
        given = [a.format(article=article, outside=outside) for a in args]
        completed = _run(root, [*command, *given])
        assert completed.returncode in (0, 1, 2), (name, completed.stderr)
        assert "Traceback" not in completed.stderr, name
        assert "internal error" not in completed.stderr, name
        assert "1 January 1999" not in completed.stdout + completed.stderr, name
        assert _state(outside) == before, name


@pytest.mark.parametrize("text", ["/etc/hostname", "../../outside/precious.txt", "zero.txt", "fifo.txt", "loop.txt"])
def test_draft_reads_no_text_outside_sources(tmp_path: Path, text: str) -> None:
    """Issue 28, item 4: draft read any file a source's text named (through coverage), and printed it."""
    root = make_repo(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text(SECRET, encoding="utf-8")
    (root / "sources/zero.txt").symlink_to("/dev/zero")
    os.mkfifo(root / "sources/fifo.txt")
    (root / "sources/loop.txt").symlink_to("loop.txt")
    meta = root / "sources/news-one.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("text: news-one.txt", f"text: {text}"), encoding="utf-8")
    for args in (["draft", "news-one"], ["coverage"], ["related", "treaty-signed"]):
        completed = _run(root, args)
        assert completed.returncode in (0, 1), completed.stderr
        assert "1 January 1999" not in completed.stdout
    assert (
        _run(root, ["draft", "news-one"]).stderr == "claimtrack: source news-one has no archived text to draft from\n"
    )


def test_source_extract_reads_within_bounds(tmp_path: Path) -> None:
    """Issue 28, item 5: source extract read the original and the text whole, and a FIFO hung it."""
    root = make_repo(tmp_path / "repo")
    (root / "sources/news-one.html").unlink(missing_ok=True)
    os.mkfifo(root / "sources/news-one.html")
    meta = root / "sources/news-one.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8") + "original: news-one.html\noriginal_sha256: '" + "0" * 64 + "'\n",
        encoding="utf-8",
    )
    completed = _run(root, ["source", "extract", "news-one"])
    assert (completed.returncode, completed.stderr) == (
        1,
        "claimtrack: source news-one: an archived file is not a regular file\n",
    )


def test_entity_add_file_is_a_name_not_a_path(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    completed = _run(
        root, ["entity", "add", "--id", "velmar", "--kind", "place", "--label", "Velmar", "--file", "../../x"]
    )
    assert (completed.returncode, completed.stderr) == (
        1,
        "claimtrack: --file '../../x' must be lower-case letters and digits joined by - or _\n",
    )
    assert not (tmp_path / "x.yaml").exists()


def test_init_never_writes_a_workflow_through_a_linked_github_folder(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    other = tmp_path / "other-checkout"
    other.mkdir()
    (folder / ".github").symlink_to(other, target_is_directory=True)
    completed = _run(folder, ["init", "."])
    assert (completed.returncode, completed.stderr) == (
        1,
        "claimtrack: .github/workflows/claimtrack.yml would be written outside the repository (through a link); "
        "refused\n",
    )
    assert list(other.iterdir()) == []
    assert sorted(p.name for p in folder.iterdir()) == [".github"]


def test_schema_neither_reads_nor_writes_through_a_linked_folder(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "claim.schema.json").write_text("mine\n", encoding="utf-8")
    (root / "schemas").symlink_to(elsewhere, target_is_directory=True)
    checked = _run(root, ["schema", "--check"])
    assert checked.returncode == 1
    assert "schemas/claim.schema.json: stale" in checked.stdout
    written = _run(root, ["schema"])
    assert written.returncode == 2
    assert written.stderr.endswith("would be written outside the repository (through a link); refused\n")
    assert [p.name for p in elsewhere.iterdir()] == ["claim.schema.json"]
    assert (elsewhere / "claim.schema.json").read_text(encoding="utf-8") == "mine\n"


def test_schema_check_reports_a_schema_that_is_not_utf8_as_stale(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    assert _run(root, ["schema"]).returncode == 0
    (root / "schemas/claim.schema.json").write_bytes(b"\xff\xfe{}")
    completed = _run(root, ["schema", "--check"])
    assert (completed.returncode, completed.stdout) == (
        1,
        "schemas/claim.schema.json: stale; run 'claimtrack schema' to regenerate it\n",
    )


def test_vocabulary_writers_refuse_a_linked_vocabulary(tmp_path: Path) -> None:
    root = make_repo(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    _move_out(root, outside, "vocabulary")
    before = _state(outside)
    entity = _run(root, ["entity", "add", "--id", "velmar", "--kind", "place", "--label", "Velmar"])
    prop = _run(root, ["property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event"])
    assert (entity.returncode, prop.returncode) == (1, 1)
    assert _state(outside) == before


def test_the_writer_refuses_every_link_on_the_way(tmp_path: Path) -> None:
    """What entity add, property add, review, fmt, new, draft and source add write through."""
    root = make_repo(tmp_path / "repo")
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "vocabulary/inner").symlink_to(root / "claims", target_is_directory=True)
    (root / "vocabulary/out").symlink_to(outside, target_is_directory=True)
    for relative in ("vocabulary/inner/x.yaml", "vocabulary/out/x.yaml", "vocabulary/out/new/x.yaml"):
        with pytest.raises(Escape, match="would be written outside the repository \\(through a link\\); refused"):
            write_inside(root, root / relative, b"x")
    with pytest.raises(Escape, match="outside the repository; refused"):
        write_inside(root, root / "../x.yaml", b"x")
    write_inside(root, root / "vocabulary/entities/new/x.yaml", b"x")
    assert (root / "vocabulary/entities/new/x.yaml").read_bytes() == b"x"
    assert list(outside.iterdir()) == []
    assert sorted(p.name for p in (root / "claims").iterdir()) == ["treaty"]
    assert SOURCE_TEXT
