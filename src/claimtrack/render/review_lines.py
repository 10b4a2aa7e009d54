"""A review's changes and a claim's verdict history as text lines: ``status: unreviewed -> refuted``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimtrack.authoring.review import FieldChange
from claimtrack.authoring.review_history import UNCOMMITTED, HistoryEntry
from claimtrack.render.escape import one_line

NONE = "(none)"


def _value(text: str | None) -> str:
    return NONE if text is None else one_line(text)


def render_changes(changes: Iterable[FieldChange], indent: str = "  ") -> str:
    """One line a field: its name, then before -> after; nothing when nothing changed."""
    lines = [f"{indent}{c.name}: {_value(c.before)} -> {_value(c.after)}\n" for c in changes]
    return "".join(lines) or f"{indent}nothing changed\n"


def render_history(entries: Sequence[HistoryEntry]) -> str:
    if not entries:
        return "no verdict recorded in git or in the working tree\n"
    parts = []
    for entry in entries:
        heading = (
            "uncommitted" if entry.commit == UNCOMMITTED else f"{entry.commit} {entry.date} {one_line(entry.author)}"
        )
        parts.append(f"{heading}\n{render_changes(entry.changes)}")
    return "".join(parts)
