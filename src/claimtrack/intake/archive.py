"""Archiving a saved page or a PDF: the original byte for byte, its extracted text, and the metadata file.

Three files are written, each atomically and never over an existing one:
``sources/ID.html`` (or ``.pdf``), ``sources/ID.txt`` and ``sources/ID.yaml``,
which records both files' sha256 and the library that extracted the text.
Metadata given on the command line wins over what the file states. Nothing is
written when the file yields no text or the metadata do not validate.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from claimtrack.authoring.new_files import (
    AuthoringError,
    SourceSpec,
    _identifier,
    _validated,
    _write_new,
    _yaml_text,
    check_related_sources,
    confine,
    read_input,
)
from claimtrack.authoring.source_copies import refuse_a_copy
from claimtrack.intake.extraction import ORIGINAL_SUFFIXES, Extraction, ExtractionError, extract
from claimtrack.repository.discover import SOURCES_DIR, FileKind

_FIELDS_BEFORE_TEXT = ("title", "kind", "authors", "publisher", "container", "published", "url", "accessed", "language")


def original_suffix(path: Path) -> str | None:
    """The suffix an archived original of ``path`` gets (.html or .pdf), or None for a plain text."""
    reader = ORIGINAL_SUFFIXES.get(path.suffix.lower())
    return None if reader is None else f".{reader}"


def with_extracted(spec: SourceSpec, extraction: Extraction) -> SourceSpec:
    """The spec with each field the command line left out filled from what the file states."""
    return replace(
        spec,
        title=spec.title or extraction.title,
        authors=spec.authors or extraction.authors,
        container=spec.container or extraction.container,
        published=spec.published or extraction.published,
        url=spec.url or extraction.url,
        language=spec.language or extraction.language,
    )


def source_data(spec: SourceSpec, extraction: Extraction, original_name: str, raw: bytes) -> dict[str, Any]:
    """The source file's fields, in the canonical order."""
    data: dict[str, Any] = {"id": spec.id}
    for key in _FIELDS_BEFORE_TEXT:
        value = getattr(spec, key)
        if value:
            data[key] = value
    text = extraction.text.encode("utf-8")
    data["text"] = f"{spec.id}.txt"
    data["sha256"] = hashlib.sha256(text).hexdigest()
    data["original"] = original_name
    data["original_sha256"] = hashlib.sha256(raw).hexdigest()
    data["extracted_with"] = extraction.extracted_with
    for key in ("derived_from", "cites", "note"):
        value = getattr(spec, key)
        if value:
            data[key] = value
    return data


def add_original_source(root: Path, original: Path, spec: SourceSpec) -> list[Path]:
    """Archive a saved page or PDF with its extracted text; the paths written, the original first."""
    _identifier("source id", spec.id)
    check_related_sources(root, spec)
    suffix = original_suffix(original)
    if suffix is None:
        raise AuthoringError(f"{original.name}: claimtrack extracts text from .html, .htm and .pdf files")
    folder = root / SOURCES_DIR
    original_path, text_path, meta_path = (folder / f"{spec.id}{s}" for s in (suffix, ".txt", ".yaml"))
    confine(root, original_path, text_path, meta_path)
    for existing in (meta_path, text_path, original_path):
        if existing.exists():
            raise AuthoringError(f"{SOURCES_DIR}/{existing.name} already exists; claimtrack never overwrites it")
    raw = read_input(original)
    refuse_a_copy(root, raw, original, spec)
    try:
        extraction = extract(raw, original.suffix, original.name)
    except ExtractionError as error:
        raise AuthoringError(str(error)) from None
    spec = with_extracted(spec, extraction)
    data = source_data(spec, extraction, original_path.name, raw)
    _validated(FileKind.SOURCE, data)
    meta = _yaml_text(data, PurePosixPath(SOURCES_DIR, meta_path.name), FileKind.SOURCE).encode("utf-8")
    written: list[Path] = []
    try:
        for path, content in ((original_path, raw), (text_path, extraction.text.encode("utf-8")), (meta_path, meta)):
            _write_new(root, path, content)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
