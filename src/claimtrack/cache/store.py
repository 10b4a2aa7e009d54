"""The cache's one store: a SQLite database in .claimtrack_cache/, every value in it signed.

The store holds tables of rows, each a name, a value (JSON text, never pickle: nothing in it can run
code) and the value's HMAC. What is looked up by name is a row each: a file's parse; the anchors of the
quotes in an archived text, and the text's words, by the text.
What every run reads whole is kept with its fields in columns (``rows.columns``): the statuses of settled
files as one row; what the last check learned of each claim file, and its result, in parts (``put_parts``:
a row per part and one naming them), so that a run that changed one claim file writes again only the
parts that changed, the digests of the claim files, not the rest. (Measured at 10,000 files: reading,
verifying and decoding ten thousand small rows took several times as long as one value of the same
content, on every run.)

A repository is written by other people, so a database in its cache folder may have been committed
or planted. The key of the HMAC is kept outside the repository, in the user's cache folder; a row
whose HMAC does not check (another key, another version of claimtrack, a forged or altered value)
makes the whole store count as empty, and the next write rebuilds it. The database itself is only
opened when it is a regular file with one link, of a sane size, with no link, FIFO or folder in the
place of its companion files; SQLite is told not to trust its schema (``trusted_schema=OFF``), to
check its pages' cells, and the schema must be exactly this module's, with its application id and
version; anything else is removed and rebuilt, never trusted, never followed.

A run reads as it goes (each read sees the latest committed state; the journal is SQLite's WAL, so
reading never waits for a writer) and writes once, at its end: ``save`` applies everything the run
staged in one transaction (``BEGIN IMMEDIATE``), waiting for another run's write rather than
failing. A write that fails only costs the next run time.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from claimtrack.cache import CACHE_DIR
from claimtrack.cache.code import code_version
from claimtrack.cache.folders import is_real_folder, make_folder, remove, signing_key, sound_file

DATABASE = "cache.sqlite3"
"""The store's file in the cache folder (SQLite adds ``-wal`` and ``-shm`` beside it while in use)."""

TABLES = ("checks", "parses", "anchors", "words")
"""``checks``: what a check reads whole (the last result, each claim file's facts, settled files' statuses);
``parses``: each file's parse, by path; ``anchors``: where each quote lies in its source's text, a row per
text; ``words``: the words of each archived text, by the text. A value kept in parts under a name (``result``
and ``facts`` in ``checks``) owns every row of its table named with that name and a dot."""

SCHEMA = "".join(
    f"CREATE TABLE {table} (name BLOB PRIMARY KEY, value TEXT NOT NULL, mac BLOB NOT NULL);" for table in TABLES
)
APPLICATION_ID = 0x436C546B
"""``PRAGMA application_id`` of a claimtrack store ("ClTk")."""
SCHEMA_VERSION = 2
"""``PRAGMA user_version``: a store of another version is rebuilt."""
FORMAT = 5
"""Signed into every row with claimtrack's version and code (``code.code_version``): a row written by another
version, or before the code of a working copy changed, does not check."""

PAGE_BYTES = 65536
"""The page size of a new database (SQLite's largest)."""
BUSY_SECONDS = 30.0
"""How long a run waits for another run's write to finish before giving up writing (which costs only time)."""
MAX_DATABASE_BYTES = 1 << 30
"""The largest database opened: a larger one (a sparse file, say) is not one claimtrack wrote."""

_COMPANIONS = ("-wal", "-shm", "-journal")


_EXPECTED_SCHEMA: list[tuple[Any, ...]] | None = None


def _expected_schema() -> list[tuple[Any, ...]]:
    """The rows of ``sqlite_schema`` this module's schema makes (its tables and their keys' indexes)."""
    global _EXPECTED_SCHEMA
    if _EXPECTED_SCHEMA is None:
        with contextlib.closing(sqlite3.connect(":memory:")) as memory:
            memory.executescript(SCHEMA)
            _EXPECTED_SCHEMA = memory.execute(_SCHEMA_QUERY).fetchall()
    return _EXPECTED_SCHEMA


_SCHEMA_QUERY = "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"


class _Untrusted(Exception):
    """The database is not a store this machine wrote."""


class Store:
    """The cache's database for the repository at ``root``: signed rows read as a run goes, and the writes
    it stages applied together by ``save``. ``open`` gives None when there is no key to sign with."""

    def __init__(self, root: Path, key: bytes) -> None:
        self.folder = root / CACHE_DIR
        self._key = key
        self._prefix = f"{FORMAT}\0{code_version()}\0".encode()
        self._connection: sqlite3.Connection | None = None
        self._tried = False
        self._untrusted = False
        """A row did not check, or the database is not ours: nothing more is read, and ``save`` rebuilds it."""
        self._staged: list[tuple[str, str, Any]] = []
        self._macs: dict[str, hmac.HMAC] = {}
        self._parts_read: dict[tuple[str, str], tuple[dict[str, str], dict[str, Any]]] = {}
        """Each value read in parts (``parts``): the row of each part, and the parts' values."""

    @classmethod
    def open(cls, root: Path) -> Store | None:
        key = signing_key()
        return None if key is None else cls(root, key)

    # Reading.

    def rows(self, table: str) -> dict[str, Any]:
        """Every row of ``table``, by name, its value decoded; empty when the store cannot be trusted."""
        return self._select(table, f"SELECT name, value, mac FROM {table}", ())

    def row(self, table: str, name: str) -> Any | None:
        """The value of row ``name`` of ``table``; None when there is none, or the store cannot be trusted."""
        found = self._select(table, f"SELECT name, value, mac FROM {table} WHERE name = ?", (_bytes(name),))
        return found.get(name)

    def parts(self, table: str, name: str) -> dict[str, Any] | None:
        """The value ``put_parts`` kept under ``name``, each part's value by the part's name; None when there is
        none, a part's row is missing (two runs wrote at once), or the store cannot be trusted."""
        head = self.row(table, name)
        if not isinstance(head, dict) or not all(isinstance(row, str) for row in head.values()):
            return None
        rows = list(head.values())
        query = f"SELECT name, value, mac FROM {table} WHERE name IN ({', '.join('?' * len(rows))})"
        found = self._select(table, query, tuple(map(_bytes, rows)))
        if found.keys() != set(rows):
            return None
        value = {part: found[row] for part, row in head.items()}
        self._parts_read[table, name] = (head, value)
        return dict(value)  # a part the caller replaces is then not taken for the one read

    def put_parts(self, table: str, name: str, value: Mapping[str, Any]) -> None:
        """Stage ``value`` to be kept in parts: a row for each part, and one under ``name`` naming them.

        A part equal (``==``) to the one this store read (``parts``) keeps its row, so a run writes only the
        parts that changed (the values kept so hold strings, integers, None and lists of them: ``==`` would
        take ``True`` for ``1`` and ``-0.0`` for ``0.0``) (after one claim file changed, what a check learned of the claim files differs in that
        file's digest only). A part is written as a row of a new name, never over one another run may still
        name; when the value is written, the rows of its parts no longer named are removed, and a part whose
        row is gone by then (another run wrote meanwhile, or the store was rebuilt) is written again. The rows of
        the parts are named ``<name>.<part>.<token>``: no other row of the table may be named ``<name>.`` and
        more, or writing the value removes it."""
        read_rows, read_value = self._parts_read.get((table, name), ({}, {}))
        same = {part: read_rows[part] for part, v in value.items() if part in read_value and read_value[part] == v}
        self._staged.append(("parts", table, (name, dict(value), same)))

    def delete_parts(self, table: str, name: str) -> None:
        """Stage the removal of the value kept in parts under ``name``, and of its parts' rows."""
        self._staged.append(("parts", table, (name, None, {})))

    def names(self, table: str) -> set[str]:
        """The names of the rows of ``table`` (not verified: only for choosing rows to remove)."""
        connection = self._connect()
        if connection is None:
            return set()
        try:
            return {
                bytes(name).decode("utf-8", "surrogateescape")
                for (name,) in connection.execute(f"SELECT name FROM {table}")
            }
        except (sqlite3.Error, TypeError):
            return set()

    def _select(self, table: str, query: str, parameters: tuple[Any, ...]) -> dict[str, Any]:
        connection = self._connect()
        if connection is None:
            return {}
        try:
            found = {}
            for name, value, mac in connection.execute(query, parameters):
                if not isinstance(name, bytes) or not isinstance(value, str) or not isinstance(mac, bytes):
                    raise _Untrusted
                if not hmac.compare_digest(mac, self._mac(table, name, value)):
                    raise _Untrusted
                found[name.decode("utf-8", "surrogateescape")] = json.loads(value)
            return found
        except (sqlite3.Error, _Untrusted, ValueError):
            self._distrust()
            return {}

    def _mac(self, table: str, name: bytes, value: str) -> bytes:
        """The HMAC of the row ``name`` of ``table`` holding ``value``, signed with the version and format."""
        started = self._macs.get(table)
        if started is None:  # the part every row of the table shares, hashed once
            started = self._macs[table] = hmac.new(self._key, self._prefix + table.encode() + b"\0", "sha256")
        mac = started.copy()
        mac.update(name + b"\0")
        mac.update(value.encode())
        return mac.digest()

    def _distrust(self) -> None:
        self._untrusted = True
        self._close()

    # Writing.

    def put(self, table: str, rows: Mapping[str, Any]) -> None:
        """Stage rows to add to ``table`` (replacing those of the same names)."""
        if rows:
            self._staged.append(("put", table, dict(rows)))

    def delete(self, table: str, names: Iterable[str]) -> None:
        """Stage the removal of rows of ``table``."""
        names = list(names)
        if names:
            self._staged.append(("delete", table, names))

    def save(self) -> None:
        """Apply every staged write in one transaction; the store is rebuilt first when it could not be trusted."""
        staged, self._staged = self._staged, []
        if not staged:
            return
        try:
            make_folder(self.folder)
        except OSError:
            return
        connection = self._connect(create=True)
        if connection is None:
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                for step in staged:
                    self._apply(connection, *step)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except sqlite3.Error:
            pass  # busy for too long, or the disk is full: only the next run's time is lost

    def _apply(self, connection: sqlite3.Connection, action: str, table: str, argument: Any) -> None:
        if action == "put":
            # A row at a time (the text of every parse at once would be tens of megabytes more at the peak).
            rows = (self._signed(table, name, value) for name, value in argument.items())
            connection.executemany(f"INSERT OR REPLACE INTO {table} (name, value, mac) VALUES (?, ?, ?)", rows)
        elif action == "delete":
            connection.executemany(f"DELETE FROM {table} WHERE name = ?", [(_bytes(name),) for name in argument])
        else:
            self._apply_parts(connection, table, *argument)

    def _apply_parts(
        self, connection: sqlite3.Connection, table: str, name: str, value: dict[str, Any] | None, same: dict[str, str]
    ) -> None:
        """Write ``value`` in parts (``put_parts``), keeping the rows of the parts in ``same`` that still exist;
        with no value, remove it. Either way, no row of a part the value does not name is left."""
        head: dict[str, str] = {}
        if value is not None:
            rows = list(same.values())
            query = f"SELECT name FROM {table} WHERE name IN ({', '.join('?' * len(rows))})"
            present = {bytes(row) for (row,) in connection.execute(query, tuple(map(_bytes, rows)))}
            written = {}
            for part, part_value in value.items():
                row = same.get(part)
                if row is None or _bytes(row) not in present:
                    row = written_name = f"{name}.{part}.{secrets.token_hex(8)}"
                    written[written_name] = part_value
                head[part] = row
            self._apply(connection, "put", table, {**written, name: head})
        else:
            self._apply(connection, "delete", table, [name])
        # Every row of a part is named "<name>.<part>.<token>": those between "<name>." and "<name>/".
        kept = [_bytes(row) for row in head.values()]
        connection.execute(
            f"DELETE FROM {table} WHERE name >= ? AND name < ? AND name NOT IN ({', '.join('?' * len(kept))})",
            (_bytes(f"{name}."), _bytes(f"{name}/"), *kept),
        )

    def _signed(self, table: str, name: str, value: Any) -> tuple[bytes, str, bytes]:
        encoded, text = _bytes(name), _to_json(value)
        return encoded, text, self._mac(table, encoded, text)

    def close(self) -> None:
        """Let go of the database (staged writes not saved are dropped)."""
        self._staged = []
        self._close()

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    # Opening.

    def _connect(self, *, create: bool = False) -> sqlite3.Connection | None:
        """The open database: None when there is none (and ``create`` is False) or it cannot be trusted. With
        ``create``, an untrusted database is removed and a new one made."""
        if self._connection is not None:
            return self._connection
        if not create and (self._untrusted or self._tried):
            return None
        self._tried = True
        path = self.folder / DATABASE
        if not is_real_folder(self.folder):
            return None
        sound = all(sound_file(Path(f"{path}{end}"), MAX_DATABASE_BYTES) for end in ("", *_COMPANIONS))
        if not create:
            if not sound:
                self._untrusted = True
            elif os.path.lexists(path):
                self._connection = self._open(path, create=False)
                self._untrusted = self._connection is None
            return self._connection
        if self._untrusted or not sound:
            _remove_database(path)
        self._connection = self._open(path, create=True)
        if self._connection is None:  # damaged in a way only opening it shows
            _remove_database(path)
            self._connection = self._open(path, create=True)
        self._untrusted = self._connection is None
        return self._connection

    def _open(self, path: Path, *, create: bool) -> sqlite3.Connection | None:
        """The database at ``path`` when it is ours (made first, with ``create``, when it is new)."""
        try:
            connection = sqlite3.connect(
                # A URI, percent-encoded: a folder named with "?" or "#" names only itself.
                f"{path.absolute().as_uri()}?mode={'rwc' if create else 'rw'}",
                uri=True,
                timeout=BUSY_SECONDS,
                isolation_level=None,
            )
        except sqlite3.Error:
            return None
        try:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("PRAGMA cell_size_check = ON")
            # Nothing is synced to disk: a cache need not survive a crash of the machine, and a store a crash left
            # damaged is found so (by SQLite, or by the rows' signatures) and rebuilt, never trusted.
            connection.execute("PRAGMA synchronous = OFF")
            if create:
                self._create(connection)
            # Checked again once open: the name must still be a regular file of its own.
            if self._ours(connection) and sound_file(path, MAX_DATABASE_BYTES):
                return connection
        except sqlite3.Error:
            pass
        connection.close()
        return None

    @staticmethod
    def _ours(connection: sqlite3.Connection) -> bool:
        application = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        schema = connection.execute(_SCHEMA_QUERY).fetchall()
        return bool(application == APPLICATION_ID and version == SCHEMA_VERSION and schema == _expected_schema())

    @staticmethod
    def _create(connection: sqlite3.Connection) -> None:
        """Make the schema in a new database (another run may have made it meanwhile: then nothing is done)."""
        # Large pages: the values every run reads whole (the statuses of 10,000 files are 1.6 MB) take a few
        # reads and writes instead of hundreds. Only a new database takes a page size (and before WAL).
        connection.execute(f"PRAGMA page_size = {PAGE_BYTES}")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0:
                for statement in SCHEMA.split(";"):
                    if statement:
                        connection.execute(statement)
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


_to_json = json.JSONEncoder(separators=(",", ":"), check_circular=False).encode
"""A value as the store writes it: compact JSON. One encoder for every row (``json.dumps`` with options makes
one per call), not checked for cycles (the values are plain data made by claimtrack)."""


def _remove_database(path: Path) -> None:
    for end in ("", *_COMPANIONS):
        remove(Path(f"{path}{end}"))


def _bytes(name: str) -> bytes:
    # A path not in UTF-8 (a file name in another encoding) keeps its bytes as surrogates.
    return name.encode("utf-8", "surrogateescape")
