"""A cache of parsed files in .claimtrack_cache/, keyed by content, so unchanged files are not parsed again.

What is cached is the parse of each file (its data and the position of every key and value,
or the problem that stopped it being read). Models are validated and references and rules run
again on every run that parses, so results with and without the cache are the same; a
``check`` on a repository that has not changed at all reuses its whole last result instead
(``check_cache``), kept in this folder and signed the same way (``read_signed``/``write_signed``).

The cache is JSON, never pickle: nothing in it can run code. A repository is written by other
people, so a cache file could be committed by someone else; each cache file carries an HMAC
with a key kept outside the repository, in the user's cache folder, and any file that is
corrupt, truncated, from another version or not signed with this machine's key is discarded
and rebuilt, never trusted. Writes are atomic: two runs at once each replace the file whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import stat
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimtrack import __version__
from claimtrack.atomic import write_bytes_atomically
from claimtrack.cache import CACHE_DIR
from claimtrack.diagnostics import Diagnostic
from claimtrack.discover import SOURCES_DIR, VOCABULARY_DIR
from claimtrack.limits import limit
from claimtrack.parse import Document, PathKey, Position, text_of
from claimtrack.reading import NotAFile, TooLarge, read_regular

CACHE_FILE = "parsed-v1.json"
VOCABULARY_CACHE_FILE = "vocabulary-v1.json"
SOURCES_CACHE_FILE = "sources-v1.json"
FORMAT = 3
_GITIGNORE = "# Created by claimtrack: the cache of parsed files, never committed.\n*\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by claimtrack.\n"


MAX_CACHE_FILE_BYTES = 1 << 30
"""The largest cache file read: a larger one (a sparse file, say) is not a cache claimtrack wrote."""


def _key_file() -> Path:
    """Where this machine's signing key is kept: the user's cache folder, as each OS names it."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimtrack", appauthor=False)) / "cache.key"


def is_real_folder(folder: Path) -> bool:
    """Whether ``folder`` is a folder itself, not a link to one (nor a file, a FIFO or a device)."""
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def _clear_the_way(path: Path) -> None:
    """Remove whatever stands at ``path`` in the cache folder that a cache file cannot replace by renaming
    (a folder, a FIFO, a device); raises OSError."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        shutil.rmtree(path)
    elif not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        path.unlink()


def _signing_key() -> bytes | None:
    """This machine's secret for signing caches; made on first use. None when it cannot be kept."""
    path = _key_file()
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, secrets.token_bytes(32), replace=False, mode=0o600)
    except FileExistsError:
        pass  # another run made it first
    except OSError:
        return None
    try:
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


_BATCH = 2000


def json_pieces(payload: dict[str, Any]) -> Iterator[bytes]:
    """The compact JSON text of ``payload``, in pieces: a large mapping or list in it comes a batch of
    entries at a time. Joined, the pieces are what ``json.dumps`` gives."""
    yield b"{"
    for number, (key, value) in enumerate(payload.items()):
        yield (b"," if number else b"") + json.dumps(key).encode() + b":"
        if isinstance(value, dict) and len(value) > _BATCH:
            items = list(value.items())
            yield b"{"
            for start in range(0, len(items), _BATCH):
                text = json.dumps(dict(items[start : start + _BATCH]), separators=(",", ":"))[1:-1]
                yield (b"," if start else b"") + text.encode()
            yield b"}"
        elif isinstance(value, list) and len(value) > _BATCH:
            yield b"["
            for start in range(0, len(value), _BATCH):
                text = json.dumps(value[start : start + _BATCH], separators=(",", ":"))[1:-1]
                yield (b"," if start else b"") + text.encode()
            yield b"]"
        else:
            yield json.dumps(value, separators=(",", ":")).encode()
    yield b"}"


def by_column(rows: Mapping[str, tuple[Any, ...]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    """A mapping of paths to equal-length rows as the caches keep it: the paths, then a list per field
    (JSON reads and writes that several times faster than a list per row)."""
    columns = list(zip(*rows.values(), strict=True)) if rows else [()] * len(names)
    return {"paths": list(rows), **{name: list(column) for name, column in zip(names, columns, strict=True)}}


def from_columns(payload: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
    """The mapping ``by_column`` kept; raises KeyError or ValueError on another shape. (Cache files are
    signed, so a wrong shape means a bug: the columns are checked, not each value.)"""
    paths, columns = payload["paths"], [payload[name] for name in names]
    if not all(isinstance(c, list) and len(c) == len(paths) for c in [paths, *columns]):
        raise ValueError("columns of different lengths")
    return dict(zip(paths, zip(*columns, strict=True), strict=True))


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
        return {"problem": result.to_row()}
    if isinstance(result.value_positions, PackedPositions):
        return {"data": result.data, "positions": result.value_positions.packed}
    values = [[list(k), p.line, p.column] for k, p in result.value_positions.items()]
    keys = [[list(k), p.line, p.column] for k, p in result.key_positions.items()]
    return {"data": result.data, "positions": json.dumps([values, keys], separators=(",", ":"))}


def decode(entry: dict[str, Any], path: str, raw: bytes) -> Document | Diagnostic:
    """The parse ``encode`` kept, for the file whose bytes are ``raw``."""
    if "problem" in entry:
        return Diagnostic.from_row(entry["problem"], path)
    positions = entry["positions"]
    if not isinstance(positions, str):
        raise TypeError("positions")
    return Document(
        path, text_of(raw), entry["data"], PackedPositions(positions, False), PackedPositions(positions, True)
    )


@dataclass
class _Shard:
    """One cache file: the vocabulary's parses are kept apart from the claims' and sources'."""

    name: str
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    used: dict[str, dict[str, Any]] = field(default_factory=dict)
    dirty: bool = False
    loaded: bool = False


class ParseCache:
    """Parsed files by the hash of their path and bytes; ``save`` writes what this run used.

    Parses are kept in three files: the vocabulary's, the sources' and the claims'. With
    ``vocabulary_only`` (a run over a few named files) the claims' is neither read nor written:
    loading it would cost more than parsing a few files.
    """

    def __init__(self, root: Path, *, vocabulary_only: bool = False) -> None:
        self.folder = root / CACHE_DIR
        self._key = _signing_key()
        self._vocabulary = _Shard(VOCABULARY_CACHE_FILE)
        self._sources = _Shard(SOURCES_CACHE_FILE)
        self._files = _Shard(CACHE_FILE)
        # What a parse depends on besides the bytes: the limits it enforced.
        self._salt = f"{limit('max_file_bytes')}:{limit('max_depth')}:{limit('max_nodes')}"
        self._vocabulary_only = vocabulary_only

    @property
    def enabled(self) -> bool:
        return self._key is not None

    def _signature(self, body: bytes) -> str:
        assert self._key is not None
        return hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def read_signed(self, name: str) -> dict[str, Any] | None:
        """The payload of cache file ``name`` when it is signed with this machine's key and written by this
        version in this format; None otherwise (missing, corrupt, truncated or foreign)."""
        if self._key is None:
            return None
        try:
            raw = self._read(name)
            body, _, signature = raw.rpartition(b"\n")
            if not hmac.compare_digest(signature.decode("ascii"), self._signature(body)):
                return None
            payload = json.loads(body)
            if payload.get("format") != FORMAT or payload.get("version") != __version__:
                return None
            return payload if isinstance(payload, dict) else None
        except (OSError, NotAFile, TooLarge, ValueError, AttributeError, UnicodeDecodeError):
            return None

    def _read(self, name: str) -> bytes:
        """The bytes of cache file ``name``: a regular file in the cache folder, itself a real folder, opened
        without following a link and read up to a bound; raises OSError, NotAFile or TooLarge otherwise (a
        committed cache could link a name to a device, a FIFO or a file elsewhere)."""
        if not is_real_folder(self.folder):
            raise NotAFile(os.fspath(self.folder))
        folder = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0))
        try:
            return read_regular(name, MAX_CACHE_FILE_BYTES, follow_links=False, dir_fd=folder)
        finally:
            os.close(folder)

    def write_signed(self, name: str, content: dict[str, Any]) -> None:
        """Replace cache file ``name`` atomically with ``content``, signed; a failure only costs time.

        The JSON is written in pieces and the signature follows it on a last line, so the text of a cache of
        a hundred thousand files is never held whole (it would double the run's peak memory)."""
        if self._key is None:
            return
        mac = hmac.new(self._key, digestmod=hashlib.sha256)

        def pieces() -> Iterator[bytes]:
            for piece in json_pieces({"format": FORMAT, "version": __version__, **content}):
                mac.update(piece)
                yield piece
            yield b"\n" + mac.hexdigest().encode("ascii")

        try:
            self.make_folder()
            _clear_the_way(self.folder / name)
            write_bytes_atomically(self.folder / name, pieces())
        except OSError:
            pass  # a cache that cannot be written costs time, never correctness

    def remove(self, name: str) -> None:
        """Remove cache file ``name`` when it is there; a failure only costs time."""
        with contextlib.suppress(OSError):
            (self.folder / name).unlink(missing_ok=True)

    def make_folder(self) -> None:
        """Make the cache folder, marked as a cache and ignored by git; raises OSError. Whatever else has its
        name (a link to a folder elsewhere, a file) is removed first: the cache is a real folder or nothing."""
        if not is_real_folder(self.folder) and os.path.lexists(self.folder):
            self.folder.unlink()
        self.folder.mkdir(exist_ok=True)
        for marker, text in (("CACHEDIR.TAG", _TAG), (".gitignore", _GITIGNORE)):
            if not (self.folder / marker).exists():
                write_bytes_atomically(self.folder / marker, text.encode("utf-8"))

    def _load(self, shard: _Shard) -> None:
        if self._key is None or shard.loaded or (self._vocabulary_only and shard is self._files):
            return
        shard.loaded = True
        payload = self.read_signed(shard.name)
        entries = None if payload is None else payload.get("entries")
        shard.entries = entries if isinstance(entries, dict) else {}

    def _shard(self, path: str) -> _Shard:
        """The shard that holds ``path``, read from disk on first use (a run that reuses a whole check
        result never reads the parses)."""
        if path.startswith(VOCABULARY_DIR + "/"):
            shard = self._vocabulary
        else:
            shard = self._sources if path.startswith(SOURCES_DIR + "/") else self._files
        self._load(shard)
        return shard

    def key(self, path: str, raw: bytes) -> str:
        # A path not in UTF-8 (a file name in another encoding) keeps its bytes as surrogates.
        return hashlib.sha256(f"{self._salt}\0{path}\0".encode("utf-8", "surrogateescape") + raw).hexdigest()

    def get(self, path: str, raw: bytes) -> Document | Diagnostic | None:
        shard = self._shard(path)
        key = self.key(path, raw)
        entry = shard.entries.get(key)
        if entry is None:
            return None
        try:
            result = decode(entry, path, raw)
        except (KeyError, TypeError, ValueError, UnicodeDecodeError):
            return None
        shard.used[key] = entry
        return result

    def put(self, path: str, raw: bytes, result: Document | Diagnostic) -> None:
        self.put_encoded(path, raw, encode(result))

    def put_encoded(self, path: str, raw: bytes, entry: dict[str, Any]) -> None:
        shard = self._shard(path)
        if self._key is None or not shard.loaded:
            return
        shard.used[self.key(path, raw)] = entry
        shard.dirty = True

    def save(self, *, complete: bool) -> None:
        """Write the cache, then let go of its entries. After a run over every file, entries it did not use
        are dropped from the file."""
        for shard in (self._vocabulary, self._sources, self._files):
            if shard.loaded:
                self._save(shard, complete=complete or shard is self._vocabulary)
                shard.entries, shard.used, shard.dirty = {}, {}, False

    def _save(self, shard: _Shard, *, complete: bool) -> None:
        if self._key is None or (not shard.dirty and (not complete or len(shard.used) == len(shard.entries))):
            return
        entries = shard.used if complete else {**shard.entries, **shard.used}
        self.write_signed(shard.name, {"entries": entries})


def clear_cache(root: Path) -> bool:
    """Remove the repository's cache folder; True when there was one. A link in its place is removed, never
    what it points to."""
    folder = root / CACHE_DIR
    if not os.path.lexists(folder):
        return False
    if is_real_folder(folder):
        shutil.rmtree(folder)
    else:
        folder.unlink()
    return True
