"""source add's pointers at a text's correction paragraphs: read through the confined reader."""

from __future__ import annotations

from pathlib import Path

from claimtrack.text.correction_notes import correction_hints

TEXT = "The line opened in May.\nCorrection: an earlier version gave the length as 312 km.\n"


def test_a_correction_paragraph_is_pointed_at(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    assert correction_hints(tmp_path / "news.txt", "news") == [
        'sources/news.txt:2: a correction ("Correction: an earlier version gave the length as 312 km."): record '
        "what it corrects or retracts under 'corrects:' in sources/news.yaml (see docs/vocabulary.md)"
    ]


def test_a_text_that_became_a_link_out_is_not_read(tmp_path: Path) -> None:
    outside, sources = tmp_path / "outside.txt", tmp_path / "sources"
    outside.write_text(TEXT, encoding="utf-8")
    sources.mkdir()
    (sources / "news.txt").symlink_to(outside)
    assert correction_hints(sources / "news.txt", "news") == []
