"""CT220: a dismissed sentence whose words the source's text does not hold."""

from __future__ import annotations

from pathlib import Path

from rulekit import found, messages, repo, source

TEXT = "The new pier opened in May 2022, the board said.\nThe “harbour” budget was $12 million.\n"


def _repository(root: Path, *quotes: str) -> Path:
    files = source("a", text=TEXT)
    listed = "".join(f"  - quote: '{quote}'\n    why: Not our story.\n" for quote in quotes)
    files["sources/a.yaml"] += f"not_claims:\n{listed}"
    return repo(root, sources=files)


def test_words_the_text_does_not_hold_are_reported_at_the_quote(tmp_path: Path) -> None:
    root = _repository(
        tmp_path / "repo", "The new pier opened in May 2022, the board said.", "The pier closed in June."
    )
    assert found(root, "CT220") == [("sources/a.yaml", 9, 12, "open")]
    assert messages(root, "CT220") == ["source a dismisses words its text does not hold: 'The pier closed in June.'"]


def test_words_found_as_quotes_are_found_do_not_fire(tmp_path: Path) -> None:
    # Typographic quotes, case and spaces are normalised as for evidence quotes; part of a sentence is enough.
    root = _repository(tmp_path / "repo", 'the "harbour"   budget', "The new pier opened")
    assert found(root, "CT220") == []
