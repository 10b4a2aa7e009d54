"""Find the claims repository and the files in it, and say what each file holds."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import NamedTuple

CLAIMS_DIR = "claims"
SOURCES_DIR = "sources"
VOCABULARY_DIR = "vocabulary"
YAML_SUFFIXES = (".yaml", ".yml")
DRAFTS_DIR = "claims/drafts"
"""Where `claimtrack draft --write` puts proposed claims: validated like any claim, left out of the rules."""


def is_draft(posix: str) -> bool:
    """Whether a repository-relative path (with /) lies under claims/drafts/."""
    return posix.startswith(DRAFTS_DIR + "/")


class FileKind(StrEnum):
    CLAIM = "claim"
    SOURCE = "source"
    PROPERTIES = "properties"
    ENTITIES = "entities"


SCHEMA_NAMES: dict[FileKind, str] = {
    FileKind.CLAIM: "claim.schema.json",
    FileKind.SOURCE: "source.schema.json",
    FileKind.PROPERTIES: "properties.schema.json",
    FileKind.ENTITIES: "entities.schema.json",
}


class NotARepository(Exception):
    """Raised when no claims repository encloses the starting folder."""


def find_root(start: Path, *, named: bool = False) -> Path:
    """The nearest folder, from ``start`` upwards, that holds claims/, sources/ or vocabulary/.

    With ``named`` (the folder was given with --root), ``start`` itself must be that folder.
    """
    start = start.resolve()
    folders = (start,) if named else (start, *start.parents)
    for folder in folders:
        if any((folder / name).is_dir() for name in (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR)):
            return folder
    wanted = f"{CLAIMS_DIR}/, {SOURCES_DIR}/ or {VOCABULARY_DIR}/"
    if not named:
        raise NotARepository(
            f"no claims repository here: no folder from {start.name or start} upwards holds {wanted}; "
            "run 'claimtrack init' to make one here, or name one with --root"
        )
    if not start.is_dir():
        raise NotARepository(
            f"--root {start}: no such folder; 'claimtrack init {start}' makes a claims repository there"
        )
    raise NotARepository(
        f"--root {start} is not a claims repository: it holds no {wanted}; "
        f"run 'claimtrack init {start}' to make one there"
    )


def classify(relative: PurePosixPath) -> FileKind | None:
    """What a repository-relative path holds, from where it lies; None for files claimtrack ignores."""
    return classify_posix(relative.as_posix())


def classify_posix(posix: str) -> FileKind | None:
    """As classify, for a path written with / (the form listing produces, without building a Path)."""
    parts = posix.split("/")
    if not posix.endswith(YAML_SUFFIXES) or not parts[-1].rpartition(".")[0] or len(parts) < 2:
        return None
    top = parts[0]
    if top == CLAIMS_DIR:
        return FileKind.CLAIM
    if top == SOURCES_DIR:
        return FileKind.SOURCE
    if top == VOCABULARY_DIR:
        section = parts[1]
        if section.startswith("properties"):
            return FileKind.PROPERTIES
        if section.startswith("entities"):
            return FileKind.ENTITIES
    return None


class RepoFile(NamedTuple):
    """A claimtrack file: its path relative to the repository, with / between parts, and its kind.
    (A named tuple: a walk of a large repository makes one per file.)"""

    posix: str
    kind: FileKind

    @property
    def relative(self) -> PurePosixPath:
        return PurePosixPath(self.posix)

    @property
    def stem(self) -> str:
        return stem_of(self.posix)


def stem_of(posix: str) -> str:
    """The file name without its last suffix, as PurePosixPath.stem gives it, from a /-separated path."""
    name = posix.rpartition("/")[2]
    return name.rpartition(".")[0] or name


KIND_OF_TOP = {CLAIMS_DIR: FileKind.CLAIM, SOURCES_DIR: FileKind.SOURCE, VOCABULARY_DIR: FileKind.ENTITIES}


def list_files(root: Path, claim_stems: frozenset[str] | None = None) -> list[RepoFile]:
    """Every claimtrack file of the repository, sorted by path (links to folders are not followed).

    With ``claim_stems``, only the claim files with one of those stems are listed (every source and
    vocabulary file still is): what validating a few named claims needs, at a fraction of the cost.
    """
    found: list[RepoFile] = []
    for top in (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR):
        folder = root / top
        if not folder.is_dir():
            continue
        stems = claim_stems if top == CLAIMS_DIR else None
        unreadable: list[OSError] = []
        for directory, subdirectories, names in os.walk(folder, onerror=unreadable.append):
            subdirectories.sort()
            base = Path(directory).relative_to(root).as_posix()
            for name in names:
                if stems is not None and (name.rpartition(".")[0] or name) not in stems:
                    continue
                posix = f"{base}/{name}"
                kind = classify_posix(posix)
                if kind is not None:
                    found.append(RepoFile(posix, kind))
        # A folder that cannot be listed may hold files of any kind: it is listed as one, whose reading
        # fails (CT001), so that a check never passes over what it could not see.
        for error in unreadable:
            if error.filename is not None:
                base = Path(os.fsdecode(error.filename)).relative_to(root).as_posix()
                found.append(RepoFile(f"{base}/", KIND_OF_TOP[top]))
    return sorted(found, key=lambda f: f.posix)


def schema_line(relative: PurePosixPath | str, kind: FileKind) -> str:
    """The yaml-language-server line that points this file at its schema (``relative`` with / between parts)."""
    up = "../" * (relative.count("/") if isinstance(relative, str) else len(relative.parts) - 1)
    return f"# yaml-language-server: $schema={up}schemas/{SCHEMA_NAMES[kind]}"
