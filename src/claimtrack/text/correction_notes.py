"""Paragraphs of an archived text that correct or retract something ("Correction: an article on 10 March
said ..."), which a source's `corrects:` list should record."""

from __future__ import annotations

import re
from pathlib import Path

from claimtrack.repository.confined import Escape, read_text_inside
from claimtrack.repository.limits import limit
from claimtrack.repository.reading import NotAFile, TooLarge

_OPENING = re.compile(
    r"^\s*(?:correction|clarification|retraction|editor's note|editor’s note)s?\s*[:.—-]", re.IGNORECASE
)


def correction_paragraphs(text: str) -> list[tuple[int, str]]:
    """(line, paragraph) of each line that opens as a correction does, in order."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1) if _OPENING.match(line)]


def correction_hints(text_path: Path, source_id: str) -> list[str]:
    """What `source add` says of each correction paragraph of the archived text at ``text_path``."""
    try:
        text = read_text_inside(text_path.parent, text_path, limit("max_text_bytes"))
    except (Escape, NotAFile, TooLarge, OSError, UnicodeDecodeError):
        return []  # the text source add just archived is gone or changed into something else: nothing to point at
    hints = []
    for line, paragraph in correction_paragraphs(text):
        shown = paragraph if len(paragraph) <= 100 else paragraph[:97].rstrip() + "..."
        hints.append(
            f'sources/{source_id}.txt:{line}: a correction ("{shown}"): record what it corrects or retracts '
            f"under 'corrects:' in sources/{source_id}.yaml (see docs/vocabulary.md)"
        )
    return hints
