"""`source add` of a compressed file says what it is and how to decompress it (a newcomer's saved page.html.gz was
refused as "not UTF-8 text (byte 1)")."""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from rulekit import repo

PAGE = b"<html><body><article><p>The treaty was signed on 29 November 2016 in Moscow by both sides.</p></article></body></html>"


@pytest.mark.parametrize(
    ("name", "compress", "expected"),
    [
        ("page.html.gz", gzip.compress, "is gzip-compressed: decompress it first (gzip -dc {d}/page.html.gz > {d}/page.html) and add {d}/page.html"),
        ("page.txt.bz2", bz2.compress, "is bzip2-compressed: decompress it first (bzip2 -dc {d}/page.txt.bz2 > {d}/page.txt) and add {d}/page.txt"),
        ("page.xz", lzma.compress, "is xz-compressed: decompress it first (xz -dc {d}/page.xz > {d}/page) and add {d}/page"),
        # Saved with its transfer encoding: the name says .html, the bytes are gzip.
        ("my page.html", gzip.compress, "is gzip-compressed: decompress it first (gzip -dc '{d}/my page.html' > '{d}/decompressed-my page.html') and add {d}/decompressed-my page.html"),
    ],
)  # fmt: skip
def test_a_compressed_file_is_named_with_the_command_that_decompresses_it(
    tmp_path: Path, name: str, compress: object, expected: str
) -> None:
    root = repo(tmp_path / "repo")
    given = tmp_path / name
    given.write_bytes(compress(PAGE))  # type: ignore[operator]
    before = sorted(p.name for p in (root / "sources").iterdir())
    result = CliRunner().invoke(app, ["source", "add", str(given), "--id", "saved", "--root", str(root)])
    # The command names the file as given and writes beside it, whichever folder it is run in.
    shown = expected.format(d=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", f"claimtrack: {given} {shown}\n")
    assert sorted(p.name for p in (root / "sources").iterdir()) == before


def test_the_decompressed_page_is_added(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo")
    (tmp_path / "page.html").write_bytes(gzip.decompress(gzip.compress(PAGE)))
    result = CliRunner().invoke(
        app, ["source", "add", str(tmp_path / "page.html"), "--id", "saved", "--root", str(root)]
    )
    assert (result.exit_code, result.stdout) == (
        0,
        "wrote sources/saved.html, sources/saved.txt and sources/saved.yaml\n",
    )


@pytest.mark.parametrize(
    ("writable", "expected"),
    [
        # Issue 25: a shared folder of saved pages the user cannot write to: decompress into the current folder.
        ({"here"}, "gzip -dc {d}/pages/page.html.gz > page.html) and add page.html"),
        # Neither folder writable: the temporary folder.
        (set(), "gzip -dc {d}/pages/page.html.gz > {t}/page.html) and add {t}/page.html"),
    ],
)
def test_a_compressed_file_in_a_folder_the_user_cannot_write_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writable: set[str], expected: str
) -> None:
    root = repo(tmp_path / "repo")
    (tmp_path / "pages").mkdir()
    given = tmp_path / "pages/page.html.gz"
    given.write_bytes(gzip.compress(PAGE))
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    allowed = {tmp_path / name for name in writable}
    real_access = os.access

    def access(path: str | Path, mode: int, **options: object) -> bool:
        if mode == os.W_OK:
            return Path(path).absolute() in allowed
        return real_access(path, mode, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    result = CliRunner().invoke(app, ["source", "add", str(given), "--id", "saved", "--root", str(root)])
    shown = expected.format(d=tmp_path, t=tmp_path / "tmp")
    assert (result.exit_code, result.stderr) == (
        1,
        f"claimtrack: {given} is gzip-compressed: decompress it first ({shown}\n",
    )
