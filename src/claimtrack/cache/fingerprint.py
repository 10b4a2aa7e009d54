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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimtrack.cache.code import code_version
from claimtrack.cache.snapshot import Snapshot
from claimtrack.discover import (
    CLAIMS_DIR,
    KIND_OF_TOP,
    SOURCES_DIR,
    VOCABULARY_DIR,
    YAML_SUFFIXES,
    FileKind,
    RepoFile,
    classify_posix,
)
from claimtrack.limits import SETTINGS, limit
from claimtrack.reading import NotAFile, TooLarge, read_regular


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


def _digest_of_file(
    path: str, is_link: bool, largest: int, keep: dict[str, bytes] | None, posix: str
) -> tuple[str, Any]:
    """What one file contributes, and its status when it was read whole and is not a link: its bytes'
    digest (or its size when no limit admits it), after its target when it is a link. The bytes of a file
    that is not a link are kept in ``keep`` under ``posix``."""
    status: list[os.stat_result] = []
    try:
        raw = read_regular(path, largest, status=status)
        digest = hashlib.sha256(raw).hexdigest()
        if keep is not None and not is_link:
            keep[posix] = raw
    except NotAFile:
        digest, status = "not a file", []
    except TooLarge as large:
        digest, status = f"large:{large.size}", []
    except OSError as error:
        digest, status = f"unreadable:{error.errno or 0}", []
    if is_link:
        try:
            target = os.fsdecode(os.readlink(path))
        except OSError:
            target = "?"
        return f"link:{target}\0{digest}", None
    return digest, status[0] if status else None


def _leads_to_folder(entry: os.DirEntry[str]) -> bool:
    """Whether a link leads to a folder (a loop of links leads nowhere)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _kinds(top: str) -> Any:
    """What a file under ``top`` holds, by its path: claims/ and sources/ hold one kind of YAML file each."""
    kind = {CLAIMS_DIR: FileKind.CLAIM, SOURCES_DIR: FileKind.SOURCE}.get(top)
    if kind is None:
        return classify_posix

    def of(posix: str) -> FileKind | None:
        name = posix.rpartition("/")[2]
        return kind if name.endswith(YAML_SUFFIXES) and name.rpartition(".")[0] else None

    return of


def _walk(
    root: str, top: str, hashes: list[Any], found: Fingerprint, known: dict[str, Settled], trusted_before: int | None
) -> None:
    """Add every file under ``top`` in name order to each of ``hashes``; links to folders are not followed.

    With ``trusted_before``, a file whose status ``known`` records is not read, and files read that had not
    changed since before that time are recorded in ``found.settled``."""
    # The loader refuses what lies outside the repository: a top folder that is a link keeps no bytes.
    keep = None if os.path.islink(os.path.join(root, top)) else found.snapshot.contents
    largest, kind_of, settled = _largest(), _kinds(top), found.settled
    claim_digests, other_digests = found.claim_digests, found.other_digests
    pending = [(os.path.join(root, top), top)]  # a stack, not recursion: folders may nest deeper than Python recurses
    while pending:
        current, folder_posix = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as error:
            # As discover.list_files: a folder that cannot be listed is listed as one file whose reading fails
            # (CT001), so that a cached check never passes over what it could not see.
            unlistable = f"{folder_posix}/"
            found.files.append(RepoFile(unlistable, KIND_OF_TOP[top]))
            digests = claim_digests if KIND_OF_TOP[top] is FileKind.CLAIM else other_digests
            digests[unlistable] = f"unlistable:{error.errno or 0}"
            for running in hashes:
                running.update(f"\0{unlistable}\0unlistable:{error.errno or 0}".encode("utf-8", "surrogateescape"))
            continue
        folders = []
        prefix = folder_posix + "/"
        for entry in entries:
            posix = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                folders.append((entry.path, posix))
                continue
            is_link = entry.is_symlink()
            digest, recorded = None, None
            if trusted_before is not None and not is_link:
                recorded = known.get(posix)
                if recorded is not None:
                    try:
                        info = entry.stat(follow_symlinks=False)
                        now = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
                    except OSError:
                        now = None
                    if now == recorded[:4]:
                        digest = recorded[4]
                        settled[posix] = recorded
            if digest is None:
                digest, info = _digest_of_file(entry.path, is_link, largest, keep, posix)
                # A status is only given for a regular file read whole.
                if trusted_before is not None and info is not None and info.st_ctime_ns < trusted_before:
                    settled[posix] = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, digest)
                elif recorded is not None:
                    # Changed too lately to be recorded: the old record stays, harmless because the file's
                    # change time has moved past it for good, so that the records need not be written again.
                    settled[posix] = recorded
            piece = f"\0{posix}\0{digest}".encode("utf-8", "surrogateescape")
            for running in hashes:
                running.update(piece)
            kind = kind_of(posix)
            # As discover.list_files: a link to a folder is not a file, and is not entered.
            if kind is not None and not (is_link and _leads_to_folder(entry)):
                found.files.append(RepoFile(posix, kind))
                if kind is FileKind.CLAIM:
                    claim_digests[posix] = digest
                    continue
            other_digests[posix] = digest
        marker = b"\0end of " + folder_posix.encode("utf-8", "surrogateescape")
        for running in hashes:
            running.update(marker)
        pending.extend(reversed(folders))


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
    _walk(os.fspath(root), CLAIMS_DIR, [everything], found, known or {}, trusted_before)
    for top in (SOURCES_DIR, VOCABULARY_DIR):
        _walk(os.fspath(root), top, [everything, others], found, known or {}, trusted_before)
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
        elif _digest_of_file(path, os.path.islink(path), largest, None, posix)[0] != known:
            return False
    return True
