"""`claimtrack entity add`, `entity edit` and `property add`: one vocabulary entry, checked, in the canonical layout.

The entry is appended to its file, or changed where it stands, with ruamel.yaml's round-trip mode (every
comment and entry already there kept), the file is laid out by fmt, validated by the same model `validate`
uses, and written atomically. An id, label or alias already in the vocabulary is refused, as are references to
what does not exist, and a kind that a relation claim naming the entity as its value could not take.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimtrack.authoring.fmt import format_text, round_trip_yaml
from claimtrack.authoring.new_files import (
    AuthoringError,
    UnknownIdError,
    _identifier,
    _validated,
    read_repository_text,
    write_repository_text,
)
from claimtrack.model.claims import ClaimType, RelationClaim
from claimtrack.model.vocabulary import EntityKind
from claimtrack.repository.discover import VOCABULARY_DIR, FileKind
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace

PROPERTIES_FILE = f"{VOCABULARY_DIR}/properties.yaml"
ENTITY_FILES: dict[EntityKind, str] = {
    EntityKind.COUNTRY: "countries",
    EntityKind.PERSON: "people",
    EntityKind.ORGANISATION: "organisations",
    EntityKind.TREATY: "treaties",
    EntityKind.PLACE: "places",
    EntityKind.EVENT: "events",
    EntityKind.POST: "posts",
    EntityKind.GROUP: "groups",
    EntityKind.OTHER: "other",
}
"""The file under vocabulary/entities/ an entity goes to by default: one per kind, as the corpus keeps them."""


@dataclass
class EntitySpec:
    id: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    part_of: str | None = None
    disjoint: list[str] = field(default_factory=list)
    description: str | None = None
    file: str | None = None
    """The file's name under vocabulary/entities/ (without .yaml); default: by kind."""


@dataclass
class PropertySpec:
    id: str
    label: str
    claim_type: str
    single_valued: bool = False
    value_kinds: list[str] = field(default_factory=list)
    unit: str | None = None
    not_before: list[str] = field(default_factory=list)
    description: str | None = None


def _name_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _unknown(what: str, name: str, known: Any) -> AuthoringError:
    return UnknownIdError(f"unknown {what} '{name}'{close_match(name, known)}")


def _entry(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, [], False)}


def _append(root: Path, relative: str, section: str, kind: FileKind, entry: dict[str, Any]) -> Path:
    """Append ``entry`` to the list under ``section`` in the file at ``relative``; make the file if missing."""
    path = root / relative
    yaml = round_trip_yaml()
    if path.exists() or path.is_symlink():
        document = yaml.load(read_repository_text(root, path))
        if not isinstance(document, CommentedMap) or not isinstance(document.get(section), CommentedSeq):
            raise AuthoringError(f"{relative} holds no '{section}:' list; fix it with 'claimtrack validate' first")
    else:
        document = CommentedMap({section: CommentedSeq()})
    document[section].append(CommentedMap(entry))
    _write(root, relative, kind, yaml, document)
    return path


def _write(root: Path, relative: str, kind: FileKind, yaml: Any, document: CommentedMap) -> None:
    """Write a vocabulary file changed in memory, once it validates, laid out as `fmt` lays it out."""
    _validated(kind, _plain(document))
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    try:
        text = format_text(buffer.getvalue(), PurePosixPath(relative), kind)
    except ValueError as error:
        raise AuthoringError(f"cannot lay out {relative}: {error}") from None
    write_repository_text(root, root / relative, text)


def _flow(items: list[str]) -> CommentedSeq:
    """A short list of names, written on one line as the vocabulary files write them."""
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


def add_entity(workspace: Workspace, spec: EntitySpec) -> Path:
    if spec.id in workspace.entities:
        raise AuthoringError(f"entity '{spec.id}' already exists in {workspace.entities[spec.id].path}")
    kind = _kind(spec.kind)
    _names_taken(workspace, [spec.label, *spec.aliases])
    for other in (spec.part_of, *spec.disjoint):
        if other is not None and other not in workspace.entities:
            raise _unknown("entity", other, workspace.entities)
    entry = _entry(
        {
            "id": spec.id,
            "kind": kind.value,
            "label": spec.label,
            "aliases": spec.aliases,
            "part_of": spec.part_of,
            "disjoint": spec.disjoint,
            "description": spec.description,
        }
    )
    for key in ("aliases", "disjoint"):
        if key in entry:
            entry[key] = _flow(entry[key])
    name = spec.file or ENTITY_FILES[kind]
    _identifier("--file", name)  # a file name under vocabulary/entities/, never a path (../../x)
    relative = f"{VOCABULARY_DIR}/entities/{name}.yaml"
    return _append(workspace.root, relative, "entities", FileKind.ENTITIES, entry)


@dataclass
class EntityChange:
    """What `entity edit` changes: None keeps a field; an empty description or alias list removes it."""

    kind: str | None = None
    label: str | None = None
    aliases: list[str] | None = None
    description: str | None = None


@dataclass(frozen=True)
class FieldChange:
    name: str
    before: str
    after: str


@dataclass(frozen=True)
class EntryEdit:
    path: Path
    changes: tuple[FieldChange, ...]
    """Each field changed, in the entry's order; none when the entry already said it all."""


def _kind(name: str) -> EntityKind:
    try:
        return EntityKind(name)
    except ValueError:
        raise AuthoringError(
            f"'{name}' is not a kind of entity: use one of {', '.join(k.value for k in EntityKind)}"
        ) from None


def _names_taken(workspace: Workspace, names: list[str], but: str | None = None) -> None:
    """Refuse a name another entity (not ``but``) has as its label or an alias: two entities sharing a name
    are taken as one."""
    taken = {
        _name_key(n): e.model.id
        for e in workspace.entities.values()
        if e.model.id != but
        for n in (e.model.label, *e.model.aliases)
    }
    for name in names:
        if _name_key(name) in taken:
            raise AuthoringError(
                f"'{name}' already names entity '{taken[_name_key(name)]}'; add it as an alias there, or choose "
                "another name (two entities sharing a name are taken as one)"
            )


def _kind_refused_by_claims(workspace: Workspace, entity_id: str, kind: EntityKind) -> None:
    """Refuse a kind that the property of a relation claim whose value is the entity does not take (CT115)."""
    refusing = []
    for item in workspace.claims.values():
        claim = item.model
        located = workspace.properties.get(claim.property)
        if not isinstance(claim, RelationClaim) or claim.value != entity_id or located is None:
            continue
        allowed = located.model.value_kinds
        if allowed and kind not in allowed:
            takes = " or ".join(k.value for k in allowed)
            refusing.append(f"{claim.id} ({item.path}): its property '{claim.property}' takes {takes}")
    if refusing:
        raise AuthoringError(
            f"entity '{entity_id}' cannot be a {kind.value}: it is the value of "
            + "; ".join(refusing)
            + ". Change those claims first, or give them a property that takes it"
        )


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "(none)"
    return "(none)" if value is None else str(value)


def edit_entity(workspace: Workspace, entity_id: str, change: EntityChange) -> EntryEdit:
    """Change an entity where it stands (its id and its file never change: claims name it), every other entry
    and comment kept; UnknownIdError for an id the vocabulary lacks."""
    located = workspace.entities.get(entity_id)
    if located is None:
        raise _unknown("entity", entity_id, workspace.entities)
    wanted: dict[str, Any] = {}
    if change.kind is not None:
        kind = _kind(change.kind)
        _kind_refused_by_claims(workspace, entity_id, kind)
        wanted["kind"] = kind.value
    if change.label is not None:
        wanted["label"] = change.label
    if change.aliases is not None:
        wanted["aliases"] = [a for a in change.aliases if a.strip()]
    if change.description is not None:
        wanted["description"] = change.description or None
    _names_taken(workspace, [*([change.label] if change.label else []), *wanted.get("aliases", [])], entity_id)
    return _edit_entry(workspace.root, located.path, "entities", FileKind.ENTITIES, entity_id, wanted)


def _edit_entry(
    root: Path, relative: str, section: str, kind: FileKind, entry_id: str, wanted: dict[str, Any]
) -> EntryEdit:
    """Set the ``wanted`` fields of the entry ``entry_id`` of ``section`` in the vocabulary file ``relative`` (a
    None or empty value removes the field), every other entry and comment kept; the file checked and laid out."""
    path = root / relative
    yaml = round_trip_yaml()
    document = yaml.load(read_repository_text(root, path))
    entries = document.get(section) if isinstance(document, CommentedMap) else None
    entry = next((e for e in entries or [] if isinstance(e, CommentedMap) and e.get("id") == entry_id), None)
    if entry is None:
        raise AuthoringError(f"{relative} no longer holds '{entry_id}'; run the command again")
    changes = []
    for name, value in wanted.items():
        before = entry.get(name)
        if _plain(before) == value or (before is None and value in (None, [], False)):
            continue
        absent = False if isinstance(value, bool) else None  # a flag left out is false
        changes.append(FieldChange(name, _shown(absent if before is None else _plain(before)), _shown(value)))
        if value in (None, [], False):
            del entry[name]
        else:
            entry[name] = _flow(value) if isinstance(value, list) else value
    if not changes:
        return EntryEdit(path, ())
    _write(root, relative, kind, yaml, document)
    return EntryEdit(path, tuple(changes))


@dataclass
class PropertyChange:
    """What `property edit` changes: None keeps a field; an empty description removes it."""

    label: str | None = None
    single_valued: bool | None = None
    description: str | None = None


def edit_property(workspace: Workspace, property_id: str, change: PropertyChange) -> EntryEdit:
    """Change a property's label, description or single_valued where it stands (its id, claim type and unit never
    change here: claims depend on them); UnknownIdError for an id the vocabulary lacks."""
    located = workspace.properties.get(property_id)
    if located is None:
        raise _unknown("property", property_id, workspace.properties)
    wanted: dict[str, Any] = {}
    if change.label is not None:
        if not change.label.strip():
            raise AuthoringError("a property's label cannot be empty")
        wanted["label"] = change.label
    if change.single_valued is not None:
        wanted["single_valued"] = change.single_valued
    if change.description is not None:
        wanted["description"] = change.description or None
    return _edit_entry(workspace.root, located.path, "properties", FileKind.PROPERTIES, property_id, wanted)


PROPERTY_ID = re.compile(r"[a-z][a-z0-9_]*")
"""A new property's id, as `property add --help` says: lower-case letters, digits and _ (a verb phrase in
snake case, opened_on), so that it never reads as an entity id, which takes hyphens."""


def add_property(workspace: Workspace, spec: PropertySpec) -> Path:
    if not PROPERTY_ID.fullmatch(spec.id):
        suggestion = re.sub(r"[^a-z0-9_]+", "_", spec.id.lower()).strip("_")
        hint = f" ('{suggestion}')" if suggestion and PROPERTY_ID.fullmatch(suggestion) else ""
        raise AuthoringError(
            f"property id '{spec.id}': use lower-case letters, digits and _, starting with a letter{hint}"
        )
    if spec.id in workspace.properties:
        raise AuthoringError(f"property '{spec.id}' already exists in {workspace.properties[spec.id].path}")
    try:
        claim_type = ClaimType(spec.claim_type)
    except ValueError:
        raise AuthoringError(
            f"'{spec.claim_type}' is not a claim type: use one of {', '.join(t.value for t in ClaimType)}"
        ) from None
    if spec.value_kinds and claim_type is not ClaimType.RELATION:
        raise AuthoringError("value kinds are for relation properties only")
    if spec.unit is not None and claim_type is not ClaimType.QUANTITY:
        raise AuthoringError("a unit is for quantity properties only")
    if spec.not_before and claim_type is not ClaimType.EVENT:
        raise AuthoringError("not_before orders event dates: it is for event properties only")
    for other in spec.not_before:
        if other not in workspace.properties:
            raise _unknown("property", other, workspace.properties)
    entry = _entry(
        {
            "id": spec.id,
            "label": spec.label,
            "claim_type": claim_type.value,
            "single_valued": spec.single_valued,
            "value_kinds": spec.value_kinds,
            "unit": spec.unit,
            "not_before": spec.not_before,
            "description": spec.description,
        }
    )
    for key in ("value_kinds", "not_before"):
        if key in entry:
            entry[key] = _flow(entry[key])
    existing = [p.path for p in workspace.properties.values()]
    relative = existing[0] if existing else PROPERTIES_FILE
    return _append(workspace.root, relative, "properties", FileKind.PROPERTIES, entry)
