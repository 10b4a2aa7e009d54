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
import time
from typing import Any

from claimtrack.intake.budget import Budget, out_of_time
from claimtrack.intake.extraction import Extraction, ExtractionError
from claimtrack.intake.metadata import pdf_title
from claimtrack.intake.pdf_text import rejoin

_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _info_text(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _pages(reader: Any, name: str, budget: Budget, ends: float) -> list[str]:
    """Each page's text, within the budget's pages, text and time (checked between pages too, where no
    alarm can interrupt a page)."""
    count = len(reader.pages)
    if count > budget.pages:
        raise ExtractionError(
            f"{name} has {count} pages, more than the limit of {budget.pages} (CLAIMTRACK_MAX_PDF_PAGES)"
        )
    pages: list[str] = []
    size = 0
    for page in reader.pages:
        if time.monotonic() > ends:
            raise out_of_time(budget, name)
        pages.append(page.extract_text() or "")
        size += len(pages[-1])
        if size > budget.text_bytes:
            raise ExtractionError(
                f"{name}: its text is more than the limit of {budget.text_bytes} bytes (CLAIMTRACK_MAX_TEXT_BYTES)"
            )
    return pages


def extract_pdf(raw: bytes, name: str, budget: Budget | None = None, ends: float | None = None) -> Extraction:
    """The text of a PDF; ExtractionError when it is not a PDF, is encrypted, has no text layer, or is a file
    pypdf cannot read (a hostile PDF makes it raise anything from a limit it reached to an AttributeError:
    each is a one-line reason, never a traceback)."""
    budget = budget or Budget.from_limits()
    ends = time.monotonic() + budget.seconds if ends is None else ends
    if not raw.startswith(b"%PDF-"):
        raise ExtractionError(f"{name} is not a PDF (it does not start with %PDF-)")
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise ExtractionError(f"{name} is encrypted; claimtrack cannot read its text (save an unencrypted copy)")
        pages = _pages(reader, name, budget, ends)
        info = reader.metadata
        title = pdf_title(_info_text(info.title), name) if info is not None else None
        author = _info_text(info.author) if info is not None else None
        language = _info_text(reader.root_object.get("/Lang"))
    except (ExtractionError, RecursionError, MemoryError):
        raise
    except Exception as error:  # whatever pypdf raises on a file it cannot read
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        if isinstance(error, pypdf.errors.DependencyError):
            raise ExtractionError(
                f"{name} is encrypted; claimtrack cannot read its text (save an unencrypted copy)"
            ) from None
        raise ExtractionError(f"{name} cannot be read as a PDF: {reason}") from None
    if not any(page.strip() for page in pages):
        raise ExtractionError(f"{name} has no text layer (scanned or image-only); run OCR on it first")
    return Extraction(
        text=rejoin(pages),
        extracted_with=f"pypdf {pypdf.__version__}",
        title=title,
        authors=[a.strip() for a in re.split(r";|\band\b", author) if a.strip()] if author else [],
        language=language if language and _LANGUAGE.match(language) else None,
    )
