"""``source extract``: extract an archived original's text again and say whether it differs from the archive."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from claimtrack.authoring.new_files import AuthoringError, UnknownIdError
from claimtrack.intake.extraction import Extraction, ExtractionError, extract
from claimtrack.repository.confined import read_inside, read_text_inside
from claimtrack.repository.discover import SOURCES_DIR
from claimtrack.repository.limits import limit
from claimtrack.repository.reading import NotAFile, TooLarge
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace, confined_text_path


@dataclass(frozen=True)
class Reextraction:
    source: str
    recorded_with: str | None
    extraction: Extraction
    archived: str

    @property
    def changed(self) -> bool:
        return self.extraction.text != self.archived

    def changed_lines(self) -> list[str]:
        """The unified diff of the archived text against the new extraction, without its header."""
        diff = difflib.unified_diff(
            self.archived.splitlines(), self.extraction.text.splitlines(), "archived", "extracted", lineterm="", n=0
        )
        return [line for line in diff if not line.startswith(("---", "+++"))]


def reextract(workspace: Workspace, source_id: str) -> Reextraction:
    """Extract the source's archived original again; AuthoringError when it has none or it cannot be read."""
    item = workspace.sources.get(source_id)
    if item is None:
        raise UnknownIdError(f"unknown source '{source_id}'{close_match(source_id, workspace.sources)}")
    source = item.model
    if source.original is None:
        raise AuthoringError(f"source {source_id} has no archived original (a saved page or a PDF) to extract from")
    original = confined_text_path(workspace.root, item.path, source.original)
    text_path = confined_text_path(workspace.root, item.path, source.text)
    if original is None or text_path is None:
        raise AuthoringError(f"source {source_id}: its files must stay inside sources/")
    sources = workspace.root / SOURCES_DIR
    largest = limit("max_text_bytes")
    try:
        raw = read_inside(sources, original, largest)
        archived = read_text_inside(sources, text_path, largest).replace("\r\n", "\n").replace("\r", "\n")
    except TooLarge as large:
        raise AuthoringError(
            f"source {source_id}: an archived file is {large.size} bytes, more than the limit of {largest} "
            "(CLAIMTRACK_MAX_TEXT_BYTES)"
        ) from None
    except NotAFile:
        raise AuthoringError(f"source {source_id}: an archived file is not a regular file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise AuthoringError(f"source {source_id}: cannot read its archived files ({error})") from None
    try:
        extraction = extract(raw, Path(source.original).suffix, source.original)
    except ExtractionError as error:
        raise AuthoringError(str(error)) from None
    return Reextraction(source_id, source.extracted_with, extraction, archived)
