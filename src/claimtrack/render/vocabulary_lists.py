"""`entity list`, `property list` and `source list`: what claims may name, and how many claims do, as text
(one row a line, ids whole, never wrapped) or JSON."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from claimtrack.model.claims import RelationClaim
from claimtrack.model.wording import plural
from claimtrack.render.escape import json_safe, one_line
from claimtrack.repository.workspace import Located, Workspace

JSON_FORMAT_VERSION = 1


def entity_uses(workspace: Workspace) -> Counter[str]:
    """How many claims name each entity (as subject, place, participant or a relation's value)."""
    uses: Counter[str] = Counter()
    for located in workspace.claims.values():
        claim = located.model
        named = {claim.subject, *(getattr(claim, "participants", []) or [])}
        if claim.place:
            named.add(claim.place)
        if isinstance(claim, RelationClaim):
            named.add(claim.value)
        uses.update(named)
    return uses


def property_uses(workspace: Workspace) -> Counter[str]:
    return Counter(located.model.property for located in workspace.claims.values())


def source_uses(workspace: Workspace) -> Counter[str]:
    return Counter(
        source for located in workspace.claims.values() for source in {e.source for e in located.model.evidence}
    )


def _table(rows: Sequence[Sequence[str]]) -> str:
    """Rows as columns padded to their widest cell; the last column is never padded, so nothing wraps early."""
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "".join(
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]).rstrip() + "\n"
        for row in rows
    )


def _claims(n: int) -> str:
    return "1 claim" if n == 1 else f"{n} claims"


def _dump(payload: dict[str, Any]) -> str:
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"


def _json(name: str, items: list[tuple[str, Located[Any]]], uses: Mapping[str, int]) -> str:
    """The listing as JSON: each item's fields as its file gives them, its file, and how many claims use it."""
    listed = [
        {**item.model.model_dump(mode="json", exclude_none=True), "file": item.path, "claims": uses[i]}
        for i, item in items
    ]
    return _dump({"version": JSON_FORMAT_VERSION, name: listed})


def render_entities(workspace: Workspace, fmt: str) -> str:
    uses = entity_uses(workspace)
    entities = sorted(workspace.entities.items())
    if fmt == "json":
        return _json("entities", entities, uses)
    rows = [("ID", "KIND", "CLAIMS", "LABEL")]
    rows += [(one_line(i), e.model.kind.value, _claims(uses[i]), one_line(e.model.label)) for i, e in entities]
    return _table(rows) + f"{plural(len(entities), 'entity')}\n"


def render_properties(workspace: Workspace, fmt: str) -> str:
    uses = property_uses(workspace)
    properties = sorted(workspace.properties.items())
    if fmt == "json":
        return _json("properties", properties, uses)
    rows = [("ID", "TYPE", "CLAIMS", "LABEL")]
    for i, p in properties:
        kind = p.model.claim_type.value + (", single-valued" if p.model.single_valued else "")
        label = one_line(p.model.label) + (f" ({one_line(p.model.unit)})" if p.model.unit else "")
        rows.append((one_line(i), kind, _claims(uses[i]), label))
    return _table(rows) + f"{plural(len(properties), 'property')}\n"


def render_sources(workspace: Workspace, fmt: str) -> str:
    uses = source_uses(workspace)
    sources = sorted(workspace.sources.items())
    if fmt == "json":
        return _json("sources", sources, uses)
    rows = [("ID", "PUBLISHED", "CLAIMS", "TITLE")]
    for i, s in sources:
        published = "" if s.model.published is None else str(s.model.published)
        rows.append((one_line(i), published or "-", _claims(uses[i]), one_line(s.model.title or "")))
    return _table(rows) + f"{plural(len(sources), 'source')}\n"


RENDERER_BY_KIND = {"entity": render_entities, "property": render_properties, "source": render_sources}
