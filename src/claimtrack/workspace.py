"""The workspace: every loaded model indexed by id, with where it was written."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Generic, TypeVar

from claimtrack.codes import diagnostic
from claimtrack.diagnostics import Diagnostic
from claimtrack.discover import SOURCES_DIR
from claimtrack.limits import limit
from claimtrack.load import LoadedFile
from claimtrack.models import Entity, EntityFile, Property, PropertyFile, Source
from claimtrack.models.claims import AnyClaim
from claimtrack.parse import Document, PathKey, Position
from claimtrack.reading import NotAFile, Snapshot, TooLarge, read_regular

T = TypeVar("T", covariant=True)


@dataclass(frozen=True)
class Located(Generic[T]):
    """A model with the document it came from and its path inside that document."""

    model: T
    document: Document
    at: PathKey = ()

    @property
    def path(self) -> str:
        return self.document.path

    def position(self, *loc: str | int, at_key: bool = False) -> Position:
        return self.document.locate((*self.at, *loc), at_key=at_key)


@dataclass
class Workspace:
    root: Path
    claims: dict[str, Located[AnyClaim]] = field(default_factory=dict)
    sources: dict[str, Located[Source]] = field(default_factory=dict)
    properties: dict[str, Located[Property]] = field(default_factory=dict)
    entities: dict[str, Located[Entity]] = field(default_factory=dict)
    claim_stems: dict[str, list[str]] = field(default_factory=dict)
    """Every claim file's stem, with the paths holding it, including files not loaded (after a validation
    of a few named files, the stems of those)."""
    source_stems: set[str] = field(default_factory=set)
    """Every source file's stem: a source id exists when its file does."""
    snapshot: Snapshot | None = None
    """Archived texts as the fingerprint read them, when the run started from one."""

    @cached_property
    def _texts(self) -> dict[str, str | None]:
        return {}

    @cached_property
    def _archives(self) -> dict[Path, bytes | None]:
        return {}

    def kept_bytes(self, path: Path) -> bytes | None:
        """The archived text's bytes from the snapshot; None when the run must look on disk."""
        if self.snapshot is None:
            return None
        relative = os.path.relpath(path, self.root).replace(os.sep, "/")
        # A ".." may pass through a link to a folder, which the snapshot's walk never entered.
        if ".." in relative.split("/"):
            return None
        return self.snapshot.get(relative)

    def archive_bytes(self, path: Path) -> bytes | None:
        """The bytes of an archived text, read once per run (the checksum and the quotes share them);
        None when it cannot be read or is larger than the limit."""
        if path not in self._archives:
            kept = self.kept_bytes(path)
            if kept is not None:
                self._archives[path] = kept if len(kept) <= limit("max_text_bytes") else None
                return self._archives[path]
            try:
                self._archives[path] = read_regular(os.fspath(path), limit("max_text_bytes"))
            except (OSError, NotAFile, TooLarge):
                self._archives[path] = None
        return self._archives[path]

    def archived_text(self, source_id: str) -> str | None:
        """The source's archived text (line ends made \\n), or None when it has none or it cannot be read safely."""
        if source_id not in self._texts:
            item = self.sources.get(source_id)
            path = None if item is None else confined_text_path(self.root, item.path, item.model.text)
            raw = None if path is None else self.archive_bytes(path)
            try:
                text = None if raw is None else raw.decode("utf-8")
            except UnicodeDecodeError:
                text = None
            self._texts[source_id] = None if text is None else text.replace("\r\n", "\n").replace("\r", "\n")
        return self._texts[source_id]


def confined_text_path(root: Path, source_path: str, text: str | None) -> Path | None:
    """Where a source's ``text`` points, or None when it names nothing or leaves sources/ (or cannot be
    resolved, as a link loop or a name longer than the system takes)."""
    if text is None or PurePosixPath(text).is_absolute():
        return None
    target = (root / source_path).parent / text
    try:
        resolved = target.resolve()
    except (OSError, RuntimeError):
        return None  # a link loop or a name too long: it cannot be shown to stay inside
    if not resolved.is_relative_to((root / SOURCES_DIR).resolve()):
        return None
    return target


def _add(index: dict[str, Located[T]], kind: str, item: Located[T], item_id: str, problems: list[Diagnostic]) -> None:
    if item_id in index:
        pos = item.position("id")
        problems.append(
            diagnostic("CT111", item.path, pos.line, pos.column, kind=kind, id=item_id, other=index[item_id].path)
        )
        return
    index[item_id] = item


def build_workspace(
    root: Path, loaded: list[LoadedFile], snapshot: Snapshot | None = None
) -> tuple[Workspace, list[Diagnostic]]:
    """Index the valid models; report ids defined twice."""
    workspace = Workspace(root, snapshot=snapshot)
    problems: list[Diagnostic] = []
    for item in sorted(loaded, key=lambda f: f.file.posix):
        model, document = item.model, item.document
        if model is None or document is None:
            continue
        if isinstance(model, Source):
            _add(workspace.sources, "source", Located(model, document), model.id, problems)
        elif isinstance(model, PropertyFile):
            for index, prop in enumerate(model.properties):
                _add(
                    workspace.properties, "property", Located(prop, document, ("properties", index)), prop.id, problems
                )
        elif isinstance(model, EntityFile):
            for index, entity in enumerate(model.entities):
                _add(workspace.entities, "entity", Located(entity, document, ("entities", index)), entity.id, problems)
        else:
            _add(workspace.claims, "claim", Located(model, document), model.id, problems)
    return workspace, problems
