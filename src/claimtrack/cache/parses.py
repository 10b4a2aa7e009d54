"""Parsed files kept in the store (``store.py``), by path and bytes, so unchanged files are not parsed again.

What is kept is the parse of each file (its data and the position of every key and value, or the
problem that stopped it being read), one row per file, valid for the bytes it was made from. Models
are validated and references and rules run again on every run that parses, so results with and
without the cache are the same.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from claimtrack.cache.rows import diagnostic_from_row, diagnostic_row
from claimtrack.cache.store import Store
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.discover import SOURCES_DIR, VOCABULARY_DIR
from claimtrack.repository.limits import limit
from claimtrack.repository.parse import Document, PathKey, Position, text_of

TABLE = "parses"


class PackedPositions(Mapping[PathKey, Position]):
    """One of a document's two position tables, kept as the cache stores both (one JSON text) and decoded
    on each use into a small shared cache: most documents never need theirs, and messages about tens of
    thousands of files do not keep every file's positions decoded at once."""

    def __init__(self, packed: str, keys: bool) -> None:
        self.packed = packed
        self._which = 1 if keys else 0

    def _table(self) -> dict[PathKey, Position]:
        return _unpacked(self.packed)[self._which]

    def __getitem__(self, key: PathKey) -> Position:
        return self._table()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._table()

    def __iter__(self) -> Iterator[PathKey]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


@lru_cache(maxsize=1024)
def _unpacked(packed: str) -> tuple[dict[PathKey, Position], dict[PathKey, Position]]:
    values, keys = json.loads(packed)
    return (
        {tuple(k): Position(line, column) for k, line, column in values},
        {tuple(k): Position(line, column) for k, line, column in keys},
    )


def encode(result: Document | Diagnostic) -> dict[str, Any]:
    """A parse as the cache keeps it. The text is not kept (it is the file's bytes, which every run reads
    anyway), and the positions are one JSON string, decoded only for the files a message points into:
    a cache of 100,000 files then loads a few objects per file instead of a hundred."""
    if isinstance(result, Diagnostic):
        return {"problem": diagnostic_row(result)}
    if isinstance(result.value_positions, PackedPositions):
        return {"data": result.data, "positions": result.value_positions.packed}
    values = [[list(k), p.line, p.column] for k, p in result.value_positions.items()]
    keys = [[list(k), p.line, p.column] for k, p in result.key_positions.items()]
    return {"data": result.data, "positions": json.dumps([values, keys], separators=(",", ":"))}


def decode(entry: dict[str, Any], path: str, raw: bytes) -> Document | Diagnostic:
    """The parse ``encode`` kept, for the file whose bytes are ``raw``."""
    if "problem" in entry:
        return diagnostic_from_row(entry["problem"], path)
    positions = entry["positions"]
    if not isinstance(positions, str):
        raise TypeError("positions")
    return Document(
        path, text_of(raw), entry["data"], PackedPositions(positions, False), PackedPositions(positions, True)
    )


class ParseCache:
    """Parses kept in ``store`` by path, each valid for the bytes it was made from (and the limits then).

    With ``read_all``, all are read at the first look-up (a run over many files needs most of them);
    otherwise each file's is looked up alone (a run over a few files would read more than it parses), and
    only the new parses of the vocabulary and the sources are kept: keeping a claim file's would cost a
    write to the store for one file, which a later run over every file makes anyway.
    """

    def __init__(self, store: Store, *, read_all: bool) -> None:
        self._store = store
        self._read_all = read_all
        self._kept: dict[str, Any] | None = None
        self._used: set[str] = set()
        self._new: dict[str, list[Any]] = {}
        # What a parse depends on besides the bytes: the limits it enforced.
        self._salt = f"{limit('max_file_bytes')}:{limit('max_depth')}:{limit('max_nodes')}"

    def key(self, path: str, raw: bytes) -> str:
        # A path not in UTF-8 (a file name in another encoding) keeps its bytes as surrogates.
        return hashlib.sha256(f"{self._salt}\0{path}\0".encode("utf-8", "surrogateescape") + raw).hexdigest()

    def _row(self, path: str) -> Any:
        if not self._read_all:
            return self._store.row(TABLE, path)
        if self._kept is None:
            self._kept = self._store.rows(TABLE)
        return self._kept.get(path)

    def get(self, path: str, raw: bytes) -> Document | Diagnostic | None:
        self._used.add(path)
        row = self._row(path)
        try:
            key, entry = row
            if key != self.key(path, raw):
                return None
            return decode(entry, path, raw)
        except (KeyError, TypeError, ValueError, UnicodeDecodeError):
            return None  # absent, kept for other bytes, or of another shape

    def put(self, path: str, raw: bytes, result: Document | Diagnostic) -> None:
        self.put_encoded(path, raw, encode(result))

    def put_encoded(self, path: str, raw: bytes, entry: dict[str, Any]) -> None:
        self._used.add(path)
        if self._read_all or path.startswith((VOCABULARY_DIR + "/", SOURCES_DIR + "/")):
            self._new[path] = [self.key(path, raw), entry]

    def stage(self, *, complete: bool) -> None:
        """Stage this run's new parses in the store (and, after a ``complete`` run over every file, the removal
        of those of files it did not load), then let go of them."""
        self._store.put(TABLE, self._new)
        if complete and self._kept is not None:
            self._store.delete(TABLE, self._kept.keys() - self._used)
        self._kept, self._new, self._used = None, {}, set()
