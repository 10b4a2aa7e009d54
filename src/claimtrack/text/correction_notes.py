"""Paragraphs of an archived text that correct or retract something ("Correction: an article on 10 March
said ..."), which a source's `corrects:` list should record."""

from __future__ import annotations

import re

_OPENING = re.compile(
    r"^\s*(?:correction|clarification|retraction|editor's note|editor’s note)s?\s*[:.—-]", re.IGNORECASE
)


def correction_paragraphs(text: str) -> list[tuple[int, str]]:
    """(line, paragraph) of each line that opens as a correction does, in order."""
    return [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1) if _OPENING.match(line)]
