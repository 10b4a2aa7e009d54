"""Read repository files, parse them and validate each against its model; problems are collected, never raised."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.discover import FileKind, RepoFile, schema_line
from claimtrack.repository.limits import limit
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.reading import NotAFile, TooLarge, read_regular
from claimtrack.repository.validate_models import Model, validate_document


@dataclass
class LoadedFile:
    file: RepoFile
    document: Document | None = None
    model: Model | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def read_bytes(root: Path, file: RepoFile, max_bytes: int | None = None) -> bytes | Diagnostic:
    """The file's bytes, refusing anything that resolves outside the repository, is too large or is not a file."""
    max_bytes = limit("max_file_bytes") if max_bytes is None else max_bytes
    shown = file.posix
    path = os.path.join(os.fspath(root), shown)
    inside = _real_folder(os.fspath(root)).rstrip(os.sep) + os.sep
    outside = "it is a link to a place outside the repository"
    try:
        # Each folder is resolved once, and a file only when it is itself a link: a run of thousands of
        # files makes thousands of system calls fewer, and still finds every way out of the repository.
        real = os.path.join(_real_folder(os.path.dirname(path)), os.path.basename(path))
        if not real.startswith(inside):
            return diagnostic("CT001", shown, 1, 1, reason=outside)
        try:
            return read_regular(real, max_bytes, follow_links=False)
        except OSError:
            if not os.path.islink(real):
                raise
        real = os.path.realpath(real)
        if not real.startswith(inside):
            return diagnostic("CT001", shown, 1, 1, reason=outside)
        return read_regular(real, max_bytes, follow_links=False)
    except NotAFile:
        return diagnostic("CT001", shown, 1, 1, reason="it is not a regular file")
    except TooLarge as large:
        return diagnostic("CT002", shown, 1, 1, size=large.size, limit=max_bytes)
    except OSError as error:
        return diagnostic("CT001", shown, 1, 1, reason=error.strerror or str(error))


def _finish(file: RepoFile, parsed: Document | Diagnostic) -> LoadedFile:
    loaded = LoadedFile(file)
    if isinstance(parsed, Diagnostic):
        loaded.diagnostics.append(parsed)
        return loaded
    loaded.document = parsed
    if file.kind in (FileKind.CLAIM, FileKind.SOURCE):
        expected = schema_line(file.posix, file.kind)
        first_line = parsed.text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
        if first_line != expected:
            loaded.diagnostics.append(diagnostic("CT013", parsed.path, 1, 1, expected=expected))
    loaded.model, problems = validate_document(parsed, file.kind)
    loaded.diagnostics.extend(problems)
    return loaded


class Loader(Protocol):
    """Where loading gets bytes and parses. ``DIRECT`` reads the disk and parses each file; a caller can pass
    another loader, one that hands over bytes it has already read or keeps parses between runs, as long as
    each answer is what ``DIRECT`` would give."""

    def read(self, root: Path, file: RepoFile) -> bytes | Diagnostic:
        """The file's bytes, or the problem that stops them being read (as ``read_bytes``)."""
        ...

    def parse(self, files: list[tuple[RepoFile, bytes]]) -> list[Document | Diagnostic]:
        """Each file's parse, in order (as ``parse_document``)."""
        ...

    def read_archive(self, path: Path) -> bytes | None:
        """An archived text's bytes (as ``read_archived_bytes``)."""
        ...


def read_archived_bytes(path: Path) -> bytes | None:
    """The bytes of an archived text; None when it cannot be read or is larger than the limit."""
    try:
        return read_regular(os.fspath(path), limit("max_text_bytes"))
    except (OSError, NotAFile, TooLarge):
        return None


class DirectLoader:
    """Reads every file from disk and parses it: the loader when nothing is kept between runs."""

    def read(self, root: Path, file: RepoFile) -> bytes | Diagnostic:
        return read_bytes(root, file)

    def parse(self, files: list[tuple[RepoFile, bytes]]) -> list[Document | Diagnostic]:
        return [parse_document(raw, file.posix, file.kind.value) for file, raw in files]

    def read_archive(self, path: Path) -> bytes | None:
        return read_archived_bytes(path)


DIRECT: Loader = DirectLoader()


def load_file(root: Path, file: RepoFile) -> LoadedFile:
    """Read, parse and validate one file."""
    return load_files(root, [file])[0]


Progress = Callable[[int, int], None]
"""Told (files done, files in all) as loading goes; the CLI draws a bar on a terminal."""


def load_files(
    root: Path, files: list[RepoFile], loader: Loader = DIRECT, progress: Progress | None = None
) -> list[LoadedFile]:
    """Read, parse and validate every file; a file's problems are in its ``LoadedFile``, never raised."""
    total = len(files)
    raws = [loader.read(root, file) for file in files]
    readable = [(file, raw) for file, raw in zip(files, raws, strict=True) if isinstance(raw, bytes)]
    parses = iter(loader.parse(readable))
    loaded = []
    for done, (file, raw) in enumerate(zip(files, raws, strict=True)):
        if progress is not None and done % 256 == 0:
            progress(done, total)
        loaded.append(_finish(file, raw if isinstance(raw, Diagnostic) else next(parses)))
    if progress is not None:
        progress(total, total)
    return loaded
