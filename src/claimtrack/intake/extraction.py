"""What an extractor gives back, and the reasons it can refuse a file, shared by the HTML and PDF readers."""

from __future__ import annotations

from dataclasses import dataclass, field


class ExtractionError(Exception):
    """A file that yields no text to archive: the one-line reason, worded for the person at the terminal."""


@dataclass(frozen=True)
class Extraction:
    """The text of a saved page or a PDF, the metadata the file states, and what extracted them."""

    text: str
    """The article's text: one paragraph a line, ending with a newline."""
    extracted_with: str
    """The library and its version, e.g. ``trafilatura 2.3.1``: another version may extract other text."""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    """A date as YYYY-MM-DD when the file states when it was published."""
    container: str | None = None
    """The site's name."""
    url: str | None = None
    """The canonical URL the page gives for itself."""
    language: str | None = None
    """A BCP 47 tag."""


ORIGINAL_SUFFIXES = {".html": "html", ".htm": "html", ".pdf": "pdf"}
"""The suffixes of files that are archived as originals with an extracted text, by the reader that takes them."""


def extract(raw: bytes, suffix: str, name: str) -> Extraction:
    """The extraction of ``raw``, read as the suffix says (``.html``, ``.htm`` or ``.pdf``); ``name`` is
    the file's name for messages. Raises ExtractionError for a file that is not what its suffix says, that
    holds no text, or whose extraction would exceed the budget (intake/budget.py)."""
    from claimtrack.intake.budget import Budget, check_text, within

    reader = ORIGINAL_SUFFIXES.get(suffix.lower())
    budget = Budget.from_limits()
    with within(budget, name) as ends:
        if reader == "html":
            from claimtrack.intake.html import extract_html

            extraction = extract_html(raw, name, budget)
        elif reader == "pdf":
            from claimtrack.intake.pdf import extract_pdf

            extraction = extract_pdf(raw, name, budget, ends)
        else:
            raise ExtractionError(f"{name}: claimtrack extracts text from .html, .htm and .pdf files, not '{suffix}'")
    check_text(budget, name, extraction.text)
    return extraction
