"""The loader the cache gives the domain: bytes the fingerprint already read, parses kept from
earlier runs, and the files left to parse parsed in worker processes when they are many."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from claimtrack.cache.parses import ParseCache, decode, encode
from claimtrack.cache.snapshot import Snapshot
from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.discover import RepoFile
from claimtrack.repository.limits import limit
from claimtrack.repository.load import read_archived_bytes, read_bytes
from claimtrack.repository.parse import Document, parse_document

PARALLEL_FROM = 400
"""Parse in worker processes when at least this many files need parsing (and the machine has cores)."""


def _parse_in_worker(job: tuple[bytes, str, str]) -> dict[str, Any]:
    raw, shown, expected = job
    return encode(parse_document(raw, shown, expected))


class CachedLoader:
    """A ``load.Loader`` that reads from ``snapshot`` first and keeps parses in ``parses``.

    The snapshot lets go of the files it parses (on a large repository their bytes are tens of megabytes),
    unless ``keep_bytes``: a file loaded again must come from the snapshot, or the run reads it from disk
    and cannot keep its result until the file has settled."""

    def __init__(
        self, parses: ParseCache | None, snapshot: Snapshot | None = None, *, keep_bytes: bool = False
    ) -> None:
        self.parses = parses
        self.snapshot = snapshot
        self.keep_bytes = keep_bytes

    def read(self, root: Path, file: RepoFile) -> bytes | Diagnostic:
        kept = None if self.snapshot is None else self.snapshot.get(file.posix)
        if kept is None:
            return read_bytes(root, file)
        # The walk read it whole as a regular file inside the repository; only the limit is left to apply.
        largest = limit("max_file_bytes")
        return kept if len(kept) <= largest else diagnostic("CT002", file.posix, 1, 1, size=len(kept), limit=largest)

    def read_archive(self, path: Path) -> bytes | None:
        if self.snapshot is not None:
            relative = os.path.relpath(path, self.snapshot.root).replace(os.sep, "/")
            # A ".." may pass through a link to a folder, which the walk never entered.
            kept = None if ".." in relative.split("/") else self.snapshot.get(relative)
            if kept is not None:
                return kept if len(kept) <= limit("max_text_bytes") else None
        return read_archived_bytes(path)

    def parse(self, files: list[tuple[RepoFile, bytes]]) -> list[Document | Diagnostic]:
        parses = self.parses
        found: list[Document | Diagnostic | None] = [
            None if parses is None else parses.get(file.posix, raw) for file, raw in files
        ]
        missing = [i for i, parsed in enumerate(found) if parsed is None]
        workers = min(os.cpu_count() or 1, 8)
        if len(missing) >= PARALLEL_FROM and workers > 1:
            # Imported only here: worker processes cost a run that parses little more to start than they save.
            from concurrent.futures import ProcessPoolExecutor

            jobs = [(files[i][1], files[i][0].posix, files[i][0].kind.value) for i in missing]
            with ProcessPoolExecutor(max_workers=workers) as pool:
                encoded = pool.map(_parse_in_worker, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
                for i, (raw, shown, _), entry in zip(missing, jobs, encoded, strict=True):
                    found[i] = decode(entry, shown, raw)
                    if parses is not None:
                        parses.put_encoded(shown, raw, entry)
        done: list[Document | Diagnostic] = []
        for (file, raw), parsed in zip(files, found, strict=True):
            if parsed is None:
                parsed = parse_document(raw, file.posix, file.kind.value)
                if parses is not None:
                    parses.put(file.posix, raw, parsed)
            done.append(parsed)
        if self.snapshot is not None and not self.keep_bytes:
            self.snapshot.forget([file.posix for file, _ in files])
        return done
