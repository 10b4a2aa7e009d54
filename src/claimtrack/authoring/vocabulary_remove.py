"""`claimtrack entity remove` and `claimtrack property remove`: vocabulary entries taken out of their files.

An entry something still uses (a claim, drafts included, or another entry: an entity's ``part_of`` or
``disjoint``, a property's ``not_before``) is refused, naming each user. ``--unused`` takes out every entry
`draft --write` proposed (its description still says so) that nothing uses: what deleted drafts leave
behind. Entries written by hand and the starter vocabulary `init` writes are left to ``remove ID``: that a
property is not used yet does not make it unwanted. The entry's own lines go (from its ``-`` to its last line, an end-of-line comment with them);
every comment line between entries, and every other entry, stays byte for byte. A file left with no entry
is kept, as ``entities: []`` (or ``properties: []``), with its comments: it stays valid and stays where
`entity add` puts that kind. Each file is checked to hold exactly its other entries before anything is
written, and written atomically.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimtrack.authoring.fmt import round_trip_yaml
from claimtrack.authoring.new_files import AuthoringError, UnknownIdError, read_repository_text, write_repository_text
from claimtrack.engine.index import entities_named_by
from claimtrack.model.vocabulary import Entity, Property
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import close_match
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Workspace

Kind = Literal["entity", "property"]
SECTION: dict[Kind, str] = {"entity": "entities", "property": "properties"}
FILE_KIND: dict[Kind, FileKind] = {"entity": FileKind.ENTITIES, "property": FileKind.PROPERTIES}


class StillUsed(AuthoringError):
    """An entry something uses: ``users`` names each, one line each."""

    def __init__(self, kind: Kind, entry_id: str, found: list[str]) -> None:
        super().__init__(f"{kind} '{entry_id}' is still used, so it stays: {'; '.join(found)}")
        self.heading = f"{kind} '{entry_id}' is still used, so it stays:"
        self.users = found


@dataclass(frozen=True)
class Removal:
    """An entry taken out (or, in a dry run, to be taken out) of its file."""

    kind: Kind
    id: str
    path: str


def _entries(workspace: Workspace, kind: Kind) -> dict[str, str]:
    """Each entry's id and the file (relative path) it is in."""
    located = workspace.entities if kind == "entity" else workspace.properties
    return {entry_id: item.path for entry_id, item in located.items()}


def users(workspace: Workspace, kind: Kind, entry_id: str, ignoring: frozenset[str] = frozenset()) -> list[str]:
    """What uses the entry, one line each (``claims/x.yaml: claim x``), leaving out the entries ``ignoring``."""
    found = []
    for claim in sorted(workspace.claims.values(), key=lambda item: item.path):
        named = entities_named_by(claim.model) if kind == "entity" else [claim.model.property]
        if entry_id in named:
            found.append(f"{claim.path}: claim {claim.model.id}")
    if kind == "entity":
        for entity in sorted(workspace.entities.values(), key=lambda item: (item.path, item.model.id)):
            fields = [name for name, ids in _entity_links(entity.model) if entry_id in ids]
            if fields and entity.model.id not in ignoring and entity.model.id != entry_id:
                found.append(f"{entity.path}: entity {entity.model.id} ({', '.join(fields)})")
    else:
        for prop in sorted(workspace.properties.values(), key=lambda item: (item.path, item.model.id)):
            if entry_id in prop.model.not_before and prop.model.id not in ignoring and prop.model.id != entry_id:
                found.append(f"{prop.path}: property {prop.model.id} (not_before)")
    return found


def _entity_links(entity: Entity) -> list[tuple[str, list[str]]]:
    return [("part_of", [entity.part_of] if entity.part_of else []), ("disjoint", list(entity.disjoint))]


DRAFTED = "proposed by claimtrack draft"
"""What `draft --write` says in the description of each entry it adds, until someone writes their own."""


def drafted(workspace: Workspace, kind: Kind) -> set[str]:
    """The entries `draft --write` added whose description still says so."""
    located = workspace.entities if kind == "entity" else workspace.properties
    return {entry_id for entry_id, item in located.items() if DRAFTED in (item.model.description or "")}


def unused(workspace: Workspace, kind: Kind) -> list[str]:
    """The entries `draft` proposed that no claim uses and no entry that stays refers to, in id order: what
    deleted drafts leave behind. The starter vocabulary and entries written by hand are never among them."""
    named = {
        entry_id
        for claim in workspace.claims.values()
        for entry_id in (entities_named_by(claim.model) if kind == "entity" else [claim.model.property])
    }
    removable = drafted(workspace, kind) - named
    changed = True
    while changed:  # an entry a kept one refers to is kept, and so is what it refers to
        changed = False
        for entry_id in sorted(removable):
            if users(workspace, kind, entry_id, ignoring=frozenset(removable)):
                removable.discard(entry_id)
                changed = True
    return sorted(removable)


def plan_removal(workspace: Workspace, kind: Kind, entry_id: str) -> Removal:
    """The removal of one entry; AuthoringError for an unknown id or one something uses."""
    entries = _entries(workspace, kind)
    if entry_id not in entries:
        raise UnknownIdError(f"unknown {kind} '{entry_id}'{close_match(entry_id, entries)}")
    used = users(workspace, kind, entry_id)
    if used:
        raise StillUsed(kind, entry_id, used)
    return Removal(kind, entry_id, entries[entry_id])


def plan_unused(workspace: Workspace, kind: Kind) -> list[Removal]:
    entries = _entries(workspace, kind)
    return [Removal(kind, entry_id, entries[entry_id]) for entry_id in unused(workspace, kind)]


def remove(workspace: Workspace, removals: Iterable[Removal]) -> list[Path]:
    """Take the entries out of their files: every file's new text is made and checked before any is written."""
    by_file: dict[str, list[Removal]] = defaultdict(list)
    for removal in removals:
        by_file[removal.path].append(removal)
    texts = {}
    for relative, taken in sorted(by_file.items()):
        path = workspace.root / relative
        texts[path] = without_entries(read_repository_text(workspace.root, path), relative, taken)
    for path, text in texts.items():
        write_repository_text(workspace.root, path, text)
    return list(texts)


def without_entries(text: str, relative: str, removals: list[Removal]) -> str:
    """The file's text without the entries ``removals`` name, every other line kept."""
    kind = removals[0].kind
    section, file_kind = SECTION[kind], FILE_KIND[kind]
    before = _models(text, relative, file_kind, section)
    for removal in removals:
        text = _without_entry(text, relative, section, removal.id)
    if not _entry_lines(text, relative, section):
        text = _emptied(text, section)
    expected = [entry for entry in before if entry.id not in {r.id for r in removals}]
    if _models(text, relative, file_kind, section) != expected:
        raise AuthoringError(f"{relative} is laid out so that its entries cannot be taken out alone; edit it by hand")
    return text


def _entry_lines(text: str, relative: str, section: str) -> list[tuple[str, int]]:
    """Each entry's id and the line (from 0) its mapping starts on."""
    data = round_trip_yaml().load(text)
    if not isinstance(data, CommentedMap) or not isinstance(data.get(section), CommentedSeq):
        if isinstance(data, CommentedMap) and data.get(section) in (None, []):
            return []
        raise AuthoringError(f"{relative} holds no '{section}:' list; fix it with 'claimtrack validate' first")
    seq = data[section]
    return [(str(item.get("id")), seq.lc.item(index)[0]) for index, item in enumerate(seq)]


def _without_entry(text: str, relative: str, section: str, entry_id: str) -> str:
    lines = text.splitlines(keepends=True)
    starts = _entry_lines(text, relative, section)
    index = next((i for i, (found, _) in enumerate(starts) if found == entry_id), None)
    if index is None:
        raise AuthoringError(f"{relative} has no entry '{entry_id}'")
    first = starts[index][1]
    after = starts[index + 1][1] if index + 1 < len(starts) else len(lines)
    if after <= first:
        raise AuthoringError(f"{relative} is laid out so that its entries cannot be taken out alone; edit it by hand")
    last = after
    while last > first + 1 and (not lines[last - 1].strip() or lines[last - 1].lstrip().startswith("#")):
        last -= 1  # comment lines after the entry are about the next one (or the file): they stay
    return "".join(lines[:first] + lines[last:])


_SECTION_LINE = r"^{section}:[ \t]*(#.*)?$"


def _emptied(text: str, section: str) -> str:
    """The file with its list written empty (``entities: []``), comments kept."""
    pattern = re.compile(_SECTION_LINE.format(section=re.escape(section)), re.MULTILINE)
    return pattern.sub(lambda match: f"{section}: []" + (f"  {match[1]}" if match[1] else ""), text, count=1)


def _models(text: str, relative: str, kind: FileKind, section: str) -> list[Entity] | list[Property]:
    document = parse_document(text.encode("utf-8"), relative, kind.value)
    if not isinstance(document, Document):
        raise AuthoringError(f"{document.location()}: {document.message}")
    model, problems = validate_document(document, kind)
    if model is None:
        raise AuthoringError("; ".join(f"{p.location()}: {p.code} {p.message}" for p in problems))
    entries: list[Entity] | list[Property] = getattr(model, section)
    return entries
