"""Read repository files, parse them and validate each against its model; problems are collected, never raised."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtrack.cache.parses import ParseCache, decode, encode
from claimtrack.codes import diagnostic
from claimtrack.diagnostics import Diagnostic
from claimtrack.discover import FileKind, RepoFile, schema_line
from claimtrack.limits import limit
from claimtrack.parse import Document, parse_document
from claimtrack.reading import NotAFile, Snapshot, TooLarge, read_regular
from claimtrack.validate_models import Model, validate_document


@dataclass
class LoadedFile:
    file: RepoFile
    document: Document | None = None
    model: Model | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)


@lru_cache(maxsize=4096)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def read_bytes(
    root: Path, file: RepoFile, max_bytes: int | None = None, snapshot: Snapshot | None = None
) -> bytes | Diagnostic:
    """The file's bytes, refusing anything that resolves outside the repository, is too large or is not a file.

    A file in ``snapshot`` is not read again: it is a regular file inside the repository, as read then."""
    max_bytes = limit("max_file_bytes") if max_bytes is None else max_bytes
    shown = file.posix
    kept = None if snapshot is None else snapshot.get(shown)
    if kept is not None:
        if len(kept) > max_bytes:
            return diagnostic("CT002", shown, 1, 1, size=len(kept), limit=max_bytes)
        return kept
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


PARALLEL_FROM = 400
"""Parse in worker processes when at least this many files need parsing (and the machine has cores)."""


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
    # The model holds what the data said, and its problems are found: on a large repository the plain
    # data of every file, kept as well, would be a third of the memory.
    parsed.data = None
    return loaded


def load_file(root: Path, file: RepoFile, cache: ParseCache | None = None) -> LoadedFile:
    raw = read_bytes(root, file)
    if isinstance(raw, Diagnostic):
        return LoadedFile(file, diagnostics=[raw])
    shown = file.posix
    parsed = None if cache is None else cache.get(shown, raw)
    if parsed is None:
        parsed = parse_document(raw, shown, file.kind.value)
        if cache is not None:
            cache.put(shown, raw, parsed)
    return _finish(file, parsed)


def _parse_in_worker(job: tuple[bytes, str, str]) -> dict[str, Any]:
    raw, shown, expected = job
    return encode(parse_document(raw, shown, expected))


Progress = Callable[[int, int], None]
"""Told (files done, files in all) as loading goes; the CLI draws a bar on a terminal."""


def load_files(
    root: Path,
    files: list[RepoFile],
    cache: ParseCache | None = None,
    progress: Progress | None = None,
    snapshot: Snapshot | None = None,
) -> list[LoadedFile]:
    """Load every file; unchanged ones come from the cache, and many new ones are parsed in parallel.
    Files in ``snapshot`` are not read again."""
    total = len(files)
    raws = [read_bytes(root, file, snapshot=snapshot) for file in files]
    parsed: list[Document | Diagnostic | None] = []
    for file, raw in zip(files, raws, strict=True):
        if isinstance(raw, Diagnostic):
            parsed.append(raw)
        else:
            parsed.append(None if cache is None else cache.get(file.posix, raw))
    missing = [i for i, p in enumerate(parsed) if p is None]
    workers = min(os.cpu_count() or 1, 8)
    if len(missing) >= PARALLEL_FROM and workers > 1:
        # Imported only here: worker processes cost a run that parses little more time to import than to use.
        from concurrent.futures import ProcessPoolExecutor

        jobs = []
        for i in missing:
            raw = raws[i]
            assert isinstance(raw, bytes)
            jobs.append((raw, files[i].posix, files[i].kind.value))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(_parse_in_worker, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
            for done, (i, (raw, shown, _), encoded) in enumerate(zip(missing, jobs, results, strict=True)):
                parsed[i] = decode(encoded, shown, raw)
                if cache is not None:
                    cache.put_encoded(shown, raw, encoded)
                if progress is not None and done % 256 == 0:
                    progress(done, total)
    loaded = []
    for done, (file, raw, result) in enumerate(zip(files, raws, parsed, strict=True)):
        if progress is not None and done % 256 == 0:
            progress(done, total)
        if result is None:
            assert isinstance(raw, bytes)
            result = parse_document(raw, file.posix, file.kind.value)
            if cache is not None:
                cache.put(file.posix, raw, result)
        loaded.append(_finish(file, result))
    if progress is not None:
        progress(total, total)
    return loaded
