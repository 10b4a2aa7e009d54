"""What an edit changed, field by field, as `edit` prints it: ``value: at most 15 years -> 15 years``."""

from __future__ import annotations

from typing import Any

from claimtrack.authoring.review import FieldChange
from claimtrack.engine.compare import describe_value
from claimtrack.model.claims import AnyClaim

SHOWN_FIELDS = (
    "type", "statement", "summary", "subject", "property", "value", "place", "participants", "holder", "as_of",
    "valid_from",
    "valid_until", "began", "ended", "absolute", "modality", "said.by", "said.setting", "said.on", "status",
    "review.by", "review.on", "review.note", "tags", "quote",
)  # fmt: skip
"""The fields an edit may change, in the order of the file and of the printed changes."""


def _shown(claim: AnyClaim, name: str) -> str | None:
    if name == "value":
        return describe_value(claim)
    if name == "quote":  # the quote `edit --quote` sets: the first supporting link's
        return next((link.quote for link in claim.evidence if link.stance == "supports"), None)
    owner: Any = claim
    for part in name.split("."):
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    if isinstance(owner, list):
        return ", ".join(str(item) for item in owner) if owner else None
    return str(getattr(owner, "value", owner))


def field_changes(before: AnyClaim, after: AnyClaim) -> tuple[FieldChange, ...]:
    """Each field that differs, in the file's order: ``value: at most 15 years -> 15 years``."""
    changes = []
    for name in SHOWN_FIELDS:
        if name == "value":
            differs = before.type != after.type or before.value != after.value
        else:
            differs = _shown(before, name) != _shown(after, name)
        if differs:
            changes.append(FieldChange(name, _shown(before, name), _shown(after, name)))
    return tuple(changes)
