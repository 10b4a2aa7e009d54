"""A PDF's text and metadata, extracted with pypdf.

pypdf is pure Python (nothing to compile) and reads the text layer page by
page. Lines a paragraph was wrapped into are joined again, so that a
sentence is never cut at a line end: a line that does not end a sentence
(with . ! ? : or a closing quote) and is followed by one starting in lower
case or with a digit continues the paragraph. The document's information
dictionary gives the title and author; its creation date is when the file
was made, not when the text was published, so it is not used.
"""

from __future__ import annotations

import io
import re

from claimtrack.intake.extraction import Extraction, ExtractionError
from claimtrack.intake.metadata import pdf_title

_ENDS_PARAGRAPH = re.compile(r"[.!?:;\"”’)\]]$")
_CONTINUES = re.compile(r"^[a-z0-9(\"“‘,;%-]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _paragraphs(pages: list[str]) -> str:
    paragraphs: list[str] = []
    open_paragraph = False
    for page in pages:
        for raw_line in page.splitlines():
            line = " ".join(raw_line.split())
            if not line:
                open_paragraph = False
                continue
            if open_paragraph and _CONTINUES.match(line):
                paragraphs[-1] += " " + line
            else:
                paragraphs.append(line)
            open_paragraph = not _ENDS_PARAGRAPH.search(line)
    return "\n".join(paragraphs) + "\n"


def _info_text(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def extract_pdf(raw: bytes, name: str) -> Extraction:
    """The text of a PDF; ExtractionError when it is not a PDF, is encrypted, or has no text layer."""
    if not raw.startswith(b"%PDF-"):
        raise ExtractionError(f"{name} is not a PDF (it does not start with %PDF-)")
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise ExtractionError(f"{name} is encrypted; claimtrack cannot read its text (save an unencrypted copy)")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        catalog_language = reader.root_object.get("/Lang")
    except PdfReadError as error:
        raise ExtractionError(f"{name} cannot be read as a PDF: {error}") from None
    if not any(page.strip() for page in pages):
        raise ExtractionError(f"{name} has no text layer (scanned or image-only); run OCR on it first")
    title = pdf_title(_info_text(info.title), name) if info is not None else None
    author = _info_text(info.author) if info is not None else None
    language = _info_text(catalog_language)
    return Extraction(
        text=_paragraphs(pages),
        extracted_with=f"pypdf {pypdf.__version__}",
        title=title,
        authors=[a.strip() for a in re.split(r";|\band\b", author) if a.strip()] if author else [],
        language=language if language and _LANGUAGE.match(language) else None,
    )
