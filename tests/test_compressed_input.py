"""`source add` of a compressed file says what it is and how to decompress it (a newcomer's saved page.html.gz was
refused as "not UTF-8 text (byte 1)")."""

from __future__ import annotations

import bz2
import gzip
import lzma
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
