"""The fingerprint: everything a check reads, digested, so that a later check can tell what changed.

It covers the bytes of every file under claims/, sources/ (archived texts included) and vocabulary/,
with their paths, the limits and claimtrack's version and code (``code.code_version``): anything that can change a finding. A file
larger than every limit counts by its size alone, since it is refused whatever it holds; a link
counts by where it points and what it points to. The same walk lists the repository's files, so a
check that starts from a fingerprint need not list them again, and keeps the bytes it read
(``Snapshot``), so the check reads each file once and is the check of exactly those bytes.

A file is not read again when its status (size, modification and change times, inode) is the one
recorded when it was last read, and it had not changed for ``settle_ns()`` before that walk began (the
"racily clean" rule git applies to its index). Any write to a file sets its change time to the time of
the write, and no call sets it back, so an edit that keeps the size and restores the modification time
is still seen. A file changed shortly before a walk is read again until it has settled: a file system
whose timestamps are coarse could otherwise give an edit made just after the walk read it the same times.
Only the walk's start is taken from the file system's own clock (``clock``), never the machine's.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from claimtrack.cache.code import code_version
from claimtrack.cache.snapshot import Snapshot
from claimtrack.repository.discover import (
    CLAIMS_DIR,
    KIND_OF_TOP,
    SOURCES_DIR,
    VOCABULARY_DIR,
    YAML_SUFFIXES,
    FileKind,
    RepoFile,
    classify_posix,
)
from claimtrack.repository.limits import SETTINGS, limit
from claimtrack.repository.reading import NotAFile, TooLarge, read_with_status


@dataclass
class Fingerprint:
    """``key`` covers everything; ``claim_digests`` holds each claim file's digest and ``others`` covers what
    lies outside claims/ (sources, archived texts, vocabulary, limits, version), so that a later
    check can tell which claim files changed and whether anything else did."""

    snapshot: Snapshot = field(compare=False, repr=False)
    """The bytes read, of every regular file that is not a link and lies in a folder that is not one."""
    key: str = ""
    claim_digests: dict[str, str] = field(default_factory=dict)
    others: str = ""
    files: list[RepoFile] = field(default_factory=list)
    """The repository's claimtrack files, sorted by path, as ``discover.list_files`` lists them."""
    settled: dict[str, Settled] = field(default_factory=dict, compare=False, repr=False)
    """The status and digest of every file that had settled, for the next walk."""
    other_digests: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """The digest of every file that is not a claim file (a claim file's is in ``claim_digests``)."""

    def digest_of(self, posix: str) -> str | None:
        return self.claim_digests.get(posix, self.other_digests.get(posix))


def settle_ns() -> int:
    """How long before a walk a file must have last changed for its recorded status to be trusted (the
    ``settle_seconds`` setting): more than the coarsest timestamps of common file systems."""
    return limit("settle_seconds") * 1_000_000_000


Settled = tuple[int, int, int, int, str]
"""A file's status when it was read (size, modification time, change time, inode) and its digest for the
fingerprint then. A plain tuple: a walk of a large repository compares one per file."""


def _largest() -> int:
    return max(limit("max_file_bytes"), limit("max_text_bytes"))


def _settings() -> Any:
    digest = hashlib.sha256(code_version().encode())
    for setting in SETTINGS:
        digest.update(f"\0{setting.name}={limit(setting.name)}".encode())
    return digest


class _Read(NamedTuple):
    """What reading one file gave."""

    digest: str
    """What the file contributes: its bytes' digest (or its size when no limit admits it, or why it could
    not be read), after its target when it is a link."""
    status: os.stat_result | None
    """Its status when it was read, for a regular file read whole that is not a link."""
    raw: bytes | None
    """Its bytes, for a regular file read whole that is not a link."""


def _read_file(path: str, is_link: bool, largest: int) -> _Read:
    """Read the file at ``path`` for what it contributes to the fingerprint; a link counts by its target
    and what it points to, and gives neither status nor bytes."""
    read = _read_regular_file(path, largest)
    if not is_link:
        return read
    try:
        target = os.fsdecode(os.readlink(path))
    except OSError:
        target = "?"
    return _Read(f"link:{target}\0{read.digest}", None, None)


def _read_regular_file(path: str, largest: int) -> _Read:
    """The digest, status and bytes of the regular file at ``path`` (through a link), or why it has none."""
    try:
        raw, status = read_with_status(path, largest)
    except NotAFile:
        return _Read("not a file", None, None)
    except TooLarge as large:
        return _Read(f"large:{large.size}", None, None)
    except OSError as error:
        return _Read(f"unreadable:{error.errno or 0}", None, None)
    return _Read(hashlib.sha256(raw).hexdigest(), status, raw)


def _status_of(info: os.stat_result) -> tuple[int, int, int, int]:
    """The part of a file's status whose record lets a walk skip reading it."""
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def _leads_to_folder(entry: os.DirEntry[str]) -> bool:
    """Whether a link leads to a folder (a loop of links leads nowhere)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _kinds(top: str) -> Callable[[str], FileKind | None]:
    """What a file under ``top`` holds, by its path: claims/ and sources/ hold one kind of YAML file each."""
    kind = {CLAIMS_DIR: FileKind.CLAIM, SOURCES_DIR: FileKind.SOURCE}.get(top)
    if kind is None:
        return classify_posix

    def of(posix: str) -> FileKind | None:
        name = posix.rpartition("/")[2]
        return kind if name.endswith(YAML_SUFFIXES) and name.rpartition(".")[0] else None

    return of


class _File(NamedTuple):
    """One file a walk came to (or one folder it could not list), with all it adds to the fingerprint."""

    posix: str
    kind: FileKind | None
    """Its kind when it is one of the repository's claimtrack files, as ``discover.list_files`` lists them."""
    digest: str
    settled: Settled | None
    """Its record for the next walk, when it had settled."""
    raw: bytes | None
    """Its bytes, when the check may take them from the snapshot."""

    def piece(self) -> bytes:
        """What the file adds to the digests: its path and its digest."""
        return f"\0{self.posix}\0{self.digest}".encode("utf-8", "surrogateescape")


class _EndOfFolder(NamedTuple):
    """The end of a folder's files (its subfolders follow): a file moved to a subfolder changes the digest."""

    posix: str

    def piece(self) -> bytes:
        """What the end of the folder adds to the digests."""
        return b"\0end of " + self.posix.encode("utf-8", "surrogateescape")


def _folders(path: str, posix: str) -> Iterator[tuple[str, list[os.DirEntry[str]] | OSError]]:
    """Each folder under ``path`` (``posix`` in the repository), itself first and then its subfolders in
    name order, with the entries that are not folders, in name order, or the error listing it raised.
    Links to folders are not entered."""
    pending = [(path, posix)]  # a stack, not recursion: folders may nest deeper than Python recurses
    while pending:
        current, folder_posix = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            yield folder_posix, error
            continue
        folders: list[os.DirEntry[str]] = []
        files: list[os.DirEntry[str]] = []
        for entry in entries:
            (folders if entry.is_dir(follow_symlinks=False) else files).append(entry)
        yield folder_posix, files
        pending.extend((entry.path, f"{folder_posix}/{entry.name}") for entry in reversed(folders))


@dataclass
class _Walk:
    """A walk of one top folder (claims/, sources/ or vocabulary/) of the repository at ``root``.

    With ``trusted_before``, a file whose status ``known`` records is not read, and the files read that had
    not changed since before that time are recorded for the next walk."""

    root: str
    top: str
    known: dict[str, Settled]
    trusted_before: int | None
    keeps_bytes: bool = field(init=False)
    """The loader refuses what lies outside the repository: a top folder that is a link keeps no bytes."""
    largest: int = field(init=False)
    kind_of: Callable[[str], FileKind | None] = field(init=False)

    def __post_init__(self) -> None:
        self.keeps_bytes = not os.path.islink(os.path.join(self.root, self.top))
        self.largest, self.kind_of = _largest(), _kinds(self.top)

    def records(self) -> Iterator[_File | _EndOfFolder]:
        """Every file under the top folder, each folder's in name order and followed by its end."""
        for folder_posix, listing in _folders(os.path.join(self.root, self.top), self.top):
            if isinstance(listing, OSError):
                yield self._unlistable(folder_posix, listing)
                continue
            for entry in listing:
                yield self._file(entry, f"{folder_posix}/{entry.name}")
            yield _EndOfFolder(folder_posix)

    def _unlistable(self, folder_posix: str, error: OSError) -> _File:
        """As discover.list_files: a folder that cannot be listed is listed as one file whose reading fails
        (CT001), so that a cached check never passes over what it could not see."""
        return _File(f"{folder_posix}/", KIND_OF_TOP[self.top], f"unlistable:{error.errno or 0}", None, None)

    def _file(self, entry: os.DirEntry[str], posix: str) -> _File:
        """The file at ``entry``; it is not read when its record still holds."""
        is_link = entry.is_symlink()
        kind = self.kind_of(posix)
        if kind is not None and is_link and _leads_to_folder(entry):
            kind = None  # as discover.list_files: a link to a folder is not a file
        recorded = None if self.trusted_before is None or is_link else self.known.get(posix)
        if recorded is not None and _status_now(entry) == recorded[:4]:
            return _File(posix, kind, recorded[4], recorded, None)
        read = _read_file(entry.path, is_link, self.largest)
        settled = recorded
        if (
            self.trusted_before is not None
            and read.status is not None
            and read.status.st_ctime_ns < self.trusted_before
        ):
            settled = (*_status_of(read.status), read.digest)
        # Otherwise it changed too lately to be recorded: the old record stays, harmless because the file's
        # change time has moved past it for good, so that the records need not be written again.
        return _File(posix, kind, read.digest, settled, read.raw if self.keeps_bytes else None)


def _status_now(entry: os.DirEntry[str]) -> tuple[int, int, int, int] | None:
    """The status of the file at ``entry`` now (not through a link), or None when it cannot be had."""
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def _add_all(found: Fingerprint, records: Iterator[_File | _EndOfFolder], hashes: list[Any]) -> None:
    """Add every record to each running digest of ``hashes``, and every file to the listing, the digests,
    the records for the next walk and the snapshot of ``found``."""
    listing, settled, contents = found.files, found.settled, found.snapshot.contents
    claim_digests, other_digests = found.claim_digests, found.other_digests
    for record in records:
        piece = record.piece()
        for running in hashes:
            running.update(piece)
        if isinstance(record, _EndOfFolder):
            continue
        posix, kind = record.posix, record.kind
        if kind is not None:
            listing.append(RepoFile(posix, kind))
        (claim_digests if kind is FileKind.CLAIM else other_digests)[posix] = record.digest
        if record.settled is not None:
            settled[posix] = record.settled
        if record.raw is not None:
            contents[posix] = record.raw


def fingerprint(
    root: Path, known: dict[str, Settled] | None = None, began_ns: int | None = None, settle_seconds: int | None = None
) -> Fingerprint:
    """The fingerprint of everything a check of ``root`` reads, and the list of its files.

    With ``began_ns`` (the file system's time as the walk begins, from ``clock``), files whose status is
    the one ``known`` records are not read, and the statuses of the files that have settled (left unchanged
    for ``settle_seconds``, by default the setting of that name) are recorded.
    """
    found = Fingerprint(Snapshot(root))
    everything, others = _settings(), _settings()
    settle = settle_ns() if settle_seconds is None else settle_seconds * 1_000_000_000
    trusted_before = None if began_ns is None else began_ns - settle
    for top in (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR):
        # ``others`` covers everything but the claim files.
        hashes = [everything] if top == CLAIMS_DIR else [everything, others]
        _add_all(found, _Walk(os.fspath(root), top, known or {}, trusted_before).records(), hashes)
    found.files.sort(key=lambda f: f.posix)
    found.key, found.others = everything.hexdigest(), others.hexdigest()
    return found


def clock(folder: Path) -> int | None:
    """The file system's time now, in nanoseconds, as it would stamp a change to a file in ``folder`` (which
    must exist): the time a marker file there is touched. None when it cannot be touched."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(folder / "clock", flags, 0o644)
    except OSError:
        return None
    try:
        # Touched through the open file: a name linked elsewhere (a committed cache) is refused, not followed.
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return None
        os.utime(handle)
        return os.fstat(handle).st_mtime_ns
    except OSError:
        return None
    finally:
        os.close(handle)


def still_same(root: Path, first: Fingerprint, paths: set[str]) -> bool:
    """Whether the files at ``paths`` (those a check read from disk rather than from the snapshot) are
    still as ``first`` found them. Files that had settled when ``first`` was taken are compared by
    their status."""
    largest = _largest()
    for posix in paths:
        path = os.path.join(os.fspath(root), posix)
        recorded = first.settled.get(posix)
        if recorded is not None:
            # Its status held when ``first`` was taken: any write since, even of the same bytes, moved it.
            try:
                info = os.lstat(path)
            except OSError:
                return False
            if (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) != recorded[:4]:
                return False
            continue
        known = first.digest_of(posix)
        if known is None:
            # Not in the walk: a file looked for and missing (an archived text named but absent) is unchanged
            # while it stays missing; one reached through a link to a folder is not covered, so not trusted.
            if os.path.lexists(path):
                return False
        elif _read_file(path, os.path.islink(path), largest).digest != known:
            return False
    return True
