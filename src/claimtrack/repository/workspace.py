"""The workspace: every loaded model indexed by id, with where it was written."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Generic, TypeVar

from claimtrack.model.claims import AnyClaim
from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.model.sources import Source
from claimtrack.model.vocabulary import Entity, EntityFile, Property, PropertyFile
from claimtrack.repository.discover import SOURCES_DIR, is_draft
from claimtrack.repository.load import LoadedFile, read_archived_bytes
from claimtrack.repository.parse import Document, PathKey, Position

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


ReadArchive = Callable[[Path], bytes | None]
"""How an archived text's bytes are read: None when it cannot be read or is larger than the limit."""


@dataclass
class Workspace:
    """Every valid model of a repository by id, each with the document it was written in.

    Built by ``build_workspace`` from the loaded files; the references check and the claim index
    read it. Archived texts are read on first use, once per run.
    """

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
    read_archive: ReadArchive = read_archived_bytes
    """How archived texts are read."""
    _texts: dict[str, str | None] = field(default_factory=dict, repr=False)
    _archives: dict[Path, bytes | None] = field(default_factory=dict, repr=False)

    def archive_bytes(self, path: Path) -> bytes | None:
        """The bytes of an archived text, read once per run (the checksum and the quotes share them);
        None when it cannot be read or is larger than the limit."""
        if path not in self._archives:
            self._archives[path] = self.read_archive(path)
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
            if path is not None and text is not None:
                # The text stands for the bytes from now on (its checksum is checked before quotes are
                # searched): a run holds one copy of each archived text, not two.
                self._archives.pop(path, None)
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


def kept_files(ids_by_path: Mapping[str, str | None]) -> dict[str, str]:
    """Each id with the file the workspace keeps for it, given each valid file's id by path (None for a file
    that is not valid): the first by path. Every later file with the same id is reported as CT111."""
    kept: dict[str, str] = {}
    for path in sorted(ids_by_path):
        item_id = ids_by_path[path]
        if item_id is not None and item_id not in kept:
            kept[item_id] = path
    return kept


def compared_claim_files(ids_by_path: Mapping[str, str | None]) -> list[str]:
    """The claim files whose claims the index compares: the file kept for each id (``kept_files``), drafts
    (claims/drafts/) left out, as ``ClaimIndex.claims`` leaves them out."""
    return [path for path in kept_files(ids_by_path).values() if not is_draft(path)]


def build_workspace(
    root: Path,
    loaded: list[LoadedFile],
    claim_stems: dict[str, list[str]],
    source_stems: set[str],
    read_archive: ReadArchive = read_archived_bytes,
) -> tuple[Workspace, list[Diagnostic]]:
    """Index the valid models; report ids defined twice (the first file by path is kept: ``kept_files``)."""
    workspace = Workspace(root, claim_stems=claim_stems, source_stems=source_stems, read_archive=read_archive)
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
