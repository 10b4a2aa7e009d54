"""claimtrack export sqlite: tables with keys, joins that answer questions, deterministic bytes, no clobbering."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.engine.check import check_repository
from claimtrack.export.sqlite import export_sqlite
from report_fixture import report_repo
from rulekit import repo

runner = CliRunner()


def export(root: Path, target: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["export", "sqlite", str(target), "--root", str(root)])
    return result.exit_code, result.output


def test_the_export_answers_questions_by_joins(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    target = tmp_path / "claims.db"
    assert export(root, target) == (0, f"wrote {target}\n")
    db = sqlite3.connect(target)
    # Which claims does each source support, and with what status?
    assert db.execute(
        "SELECT e.source_id, c.id, c.status FROM evidence e JOIN claims c ON c.id = e.claim_id "
        "WHERE e.stance = 'supports' ORDER BY e.source_id, c.id"
    ).fetchall() == [
        ("a", "at-forish", "unreviewed"),
        ("a", "exercise-planned", "unreviewed"),
        ("a", "ratified-quickly", "unreviewed"),
        ("a", "signed-2016", "supported"),
        ("b", "in-samarkand", "unreviewed"),
        ("b", "ratified-quickly", "unreviewed"),
        ("b", "signed-2017", "refuted"),
    ]
    # Which findings involve a refuted claim, and how were they resolved?
    assert db.execute(
        "SELECT f.code, f.state, f.resolution FROM findings f JOIN finding_claims fc ON fc.finding_id = f.id "
        "JOIN claims c ON c.id = fc.claim_id WHERE c.status = 'refuted'"
    ).fetchall() == [
        ("CT201", "acknowledged", 'signed-2017: Contradicted by a; the ratification "quickly" followed 2016.')
    ]
    assert db.execute("SELECT target_id, relation FROM source_links WHERE source_id = 'b'").fetchall() == [
        ("a", "derived_from")
    ]
    assert db.execute("SELECT part_of FROM entities WHERE id = 'forish-range'").fetchall() == [("jizzakh",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT value, value_json FROM claims WHERE id = 'signed-2016'").fetchall() == [
        ("2016-11-29", '"2016-11-29"')
    ]


def test_the_same_files_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "one.db", tmp_path / "two.db"
    assert export(report_repo(tmp_path / "a"), first)[0] == 0
    assert export(report_repo(tmp_path / "b"), second)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_a_previous_export_is_replaced_but_nothing_else(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    target = tmp_path / "claims.db"
    assert export(root, target)[0] == 0
    assert export(root, target)[0] == 0
    precious = tmp_path / "notes.db"
    sqlite3.connect(precious).execute("CREATE TABLE notes (text TEXT)").connection.commit()
    before = precious.read_bytes()
    code, output = export(root, precious)
    assert code == 1
    assert "is not a claimtrack export; claimtrack will not overwrite it" in output
    assert precious.read_bytes() == before
    text_file = tmp_path / "readme.txt"
    text_file.write_text("mine", encoding="utf-8")
    assert export(root, text_file)[0] == 1
    assert text_file.read_text(encoding="utf-8") == "mine"


def test_an_invalid_repository_is_not_exported(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo", ("claims/broken.yaml", "id: [\n"))
    code, output = export(root, tmp_path / "claims.db")
    assert code == 1
    assert "invalid files" in output
    assert not (tmp_path / "claims.db").exists()


@pytest.mark.parametrize(("name", "decoy"), [("keep%41.db", "keepA.db"), ("hash#.db", "hash"), ("q?x.db", "q")])
def test_a_name_that_means_something_in_a_uri_names_only_itself(tmp_path: Path, name: str, decoy: str) -> None:
    # The "is it a previous export" check used an unescaped file: URI, so it looked at the decoy, a real
    # export, and replaced the file named, which was not one (issue 18, C14).
    root = report_repo(tmp_path / "repo")
    assert export(root, tmp_path / decoy)[0] == 0
    precious = tmp_path / name
    precious.write_text("mine", encoding="utf-8")
    code, output = export(root, precious)
    assert code == 1
    assert "is not a claimtrack export" in output
    assert precious.read_text(encoding="utf-8") == "mine"


def test_checking_a_name_with_a_hash_leaves_no_stray_file(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/notes#.db").write_text("mine", encoding="utf-8")
    assert export(root, tmp_path / "out/notes#.db")[0] == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["notes#.db"]


def test_a_fifo_or_a_device_is_refused_without_being_opened(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    # The CLI runs in this process: an open of the FIFO would block the test (it hung before the fix).
    assert export(root, fifo)[0] == 1
    assert fifo.is_fifo()
    assert export(root, Path("/dev/null"))[0] == 1
    assert Path("/dev/null").is_char_device()


def test_corrections_and_the_claims_resting_on_them_are_tables(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "corpora" / "tarnline-railway"
    root = tmp_path / "tarnline-railway"
    shutil.copytree(corpus, root)
    target = tmp_path / "out.sqlite"
    export_sqlite(check_repository(root), target)
    connection = sqlite3.connect(target)
    try:
        rows = connection.execute(
            "SELECT c.claim_id, k.kind, k.corrected_by, k.replacement FROM corrected_claims c "
            "JOIN corrections k USING (corrected_by, position) ORDER BY c.claim_id"
        ).fetchall()
    finally:
        connection.close()
    assert rows == [
        ("ostmere-share-40", "correction", "kessby-herald-2022-03-24", "Ostmere pays 45 per cent of the cost"),
        ("survey-halted-2022-01", "retraction", "kessby-herald-2022-03-24", None),
    ]
