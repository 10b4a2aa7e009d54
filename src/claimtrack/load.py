"""Read repository files, parse them and validate each against its model; problems are collected, never raised."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claimtrack.cache import ParseCache
from claimtrack.codes import diagnostic
from claimtrack.diagnostics import Diagnostic
from claimtrack.discover import FileKind, RepoFile, schema_line
from claimtrack.limits import limit
from claimtrack.parse import Document, parse_document
from claimtrack.validate_models import Model, validate_document


@dataclass
class LoadedFile:
    file: RepoFile
    document: Document | None = None
    model: Model | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def read_bytes(root: Path, file: RepoFile, max_bytes: int | None = None) -> bytes | Diagnostic:
    """The file's bytes, refusing anything that resolves outside the repository or is too large."""
    max_bytes = limit("max_file_bytes") if max_bytes is None else max_bytes
    path = root / file.relative
    shown = file.relative.as_posix()
    try:
        # Resolving each folder once and the file only when it is a link finds any way out of the repository.
        resolved = path.resolve(strict=True) if path.is_symlink() else _resolved(path.parent) / path.name
        if not resolved.is_relative_to(_resolved(root)):
            return diagnostic("CT001", shown, 1, 1, reason="it is a link to a place outside the repository")
        size = resolved.stat().st_size
        if size > max_bytes:
            return diagnostic("CT002", shown, 1, 1, size=size, limit=max_bytes)
        with resolved.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        return diagnostic("CT001", shown, 1, 1, reason=error.strerror or str(error))


def load_file(root: Path, file: RepoFile, cache: ParseCache | None = None) -> LoadedFile:
    loaded = LoadedFile(file)
    raw = read_bytes(root, file)
    if isinstance(raw, Diagnostic):
        loaded.diagnostics.append(raw)
        return loaded
    shown = file.relative.as_posix()
    parsed = None if cache is None else cache.get(shown, raw)
    if parsed is None:
        parsed = parse_document(raw, shown, file.kind.value)
        if cache is not None:
            cache.put(shown, raw, parsed)
    if isinstance(parsed, Diagnostic):
        loaded.diagnostics.append(parsed)
        return loaded
    loaded.document = parsed
    if file.kind in (FileKind.CLAIM, FileKind.SOURCE):
        expected = schema_line(file.relative, file.kind)
        first_line = parsed.text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        if first_line != expected:
            loaded.diagnostics.append(diagnostic("CT013", parsed.path, 1, 1, expected=expected))
    loaded.model, problems = validate_document(parsed, file.kind)
    loaded.diagnostics.extend(problems)
    return loaded


def load_files(root: Path, files: list[RepoFile], cache: ParseCache | None = None) -> list[LoadedFile]:
    return [load_file(root, file, cache) for file in files]
