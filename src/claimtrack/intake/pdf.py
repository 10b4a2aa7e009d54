"""A PDF's text and metadata, extracted with pypdf.

pypdf is pure Python (nothing to compile) and reads the text layer page by
page; ``pdf_text`` rejoins it as a reader sees it (paragraphs across line
ends, hyphens and page breaks, without running headers, footers and page
numbers), so that a sentence is never cut at a line end. The document's
information dictionary gives the title (unless it is a file name) and
author; its creation date is when the file was made, not when the text was
published, so it is not used.
"""

from __future__ import annotations

import io
import re

from claimtrack.intake.extraction import Extraction, ExtractionError
from claimtrack.intake.metadata import pdf_title
from claimtrack.intake.pdf_text import rejoin

_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


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
        text=rejoin(pages),
        extracted_with=f"pypdf {pypdf.__version__}",
        title=title,
        authors=[a.strip() for a in re.split(r";|\band\b", author) if a.strip()] if author else [],
        language=language if language and _LANGUAGE.match(language) else None,
    )
