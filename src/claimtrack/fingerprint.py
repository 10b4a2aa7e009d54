"""The fingerprint: everything a check reads, digested, so that a later check can tell what changed.

It covers the bytes of every file under claims/, sources/ (archived texts included) and vocabulary/,
with their paths, the limits and claimtrack's version: anything that can change a finding. A file
larger than every limit counts by its size alone, since it is refused whatever it holds; a link
counts by where it points and what it points to. The same walk lists the repository's files, so a
check that starts from a fingerprint need not list them again.

A file is not read again when its status (size, modification and change times, inode) is the one
recorded when it was last read, and it had not changed for ``SETTLED_NS`` before that walk began (the
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
from typing import Any, NamedTuple

import claimtrack
from claimtrack.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR, FileKind, RepoFile, classify_posix
from claimtrack.limits import SETTINGS, limit
from claimtrack.reading import NotAFile, Snapshot, TooLarge, read_regular


@dataclass
class Fingerprint:
    """``key`` covers everything; ``claims`` holds each claim file's share and ``others`` covers what
    lies outside claims/ (sources, archived texts, vocabulary, limits, version), so that a later
    check can tell which claim files changed and whether anything else did."""

    key: str = ""
    claims: dict[str, str] = field(default_factory=dict)
    others: str = ""
    files: list[RepoFile] = field(default_factory=list)
    """The repository's claimtrack files, sorted by path, as ``discover.list_files`` lists them."""
    snapshot: Snapshot = field(default_factory=Snapshot, compare=False, repr=False)
    """The bytes read, of every regular file that is not a link and lies in a folder that is not one."""
    settled: dict[str, Settled] = field(default_factory=dict, compare=False, repr=False)
    """The status and share of every file that had settled, for the next walk."""


SETTLED_NS = 3_000_000_000
"""How long before a walk a file must have last changed for its recorded status to be trusted: more than
the coarsest timestamps of common file systems."""


class Settled(NamedTuple):
    """A file's status when it was read, and its share of the fingerprint then."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    share: str


def _largest() -> int:
    return max(limit("max_file_bytes"), limit("max_text_bytes"))


def _settings() -> Any:
    digest = hashlib.sha256(claimtrack.__version__.encode())
    for setting in SETTINGS:
        digest.update(f"\0{setting.name}={limit(setting.name)}".encode())
    return digest


def _share(
    path: str,
    is_link: bool,
    largest: int,
    keep: dict[str, bytes] | None = None,
    shown: str = "",
    status: list[os.stat_result] | None = None,
) -> bytes:
    """What one file contributes: its bytes' digest (or its size when no limit admits it), after its
    target when it is a link. The bytes of a file that is not a link are kept in ``keep`` under ``shown``,
    and its status, when it is read whole, is added to ``status``."""
    try:
        taken: list[os.stat_result] = []
        raw = read_regular(path, largest, status=taken)
        share = hashlib.sha256(raw).digest()
        if not is_link:
            if keep is not None:
                keep[shown] = raw
            if status is not None:
                status.extend(taken)
    except NotAFile:
        share = b"not a file"
    except TooLarge as large:
        share = b"large:%d" % large.size
    except OSError as error:
        share = b"unreadable:%d" % (error.errno or 0)
    if is_link:
        try:
            target = os.readlink(path).encode("utf-8", "surrogateescape")
        except OSError:
            target = b"?"
        share = b"link:" + target + b"\0" + share
    return share


@dataclass
class _Walk:
    """What one walk carries: where bytes go, the statuses recorded by the last walk, and when it began."""

    found: Fingerprint
    largest: int
    known: dict[str, Settled]
    began_ns: int | None


def _share_of(walk: _Walk, entry: os.DirEntry[str], shown: str, keep: dict[str, bytes] | None) -> bytes:
    """The share of one file that is not a folder: from its recorded status when that still holds."""
    if entry.is_symlink():
        return _share(entry.path, True, walk.largest)
    if walk.began_ns is None:
        return _share(entry.path, False, walk.largest, keep, shown)
    known = walk.known.get(shown)
    if known is not None:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            info = None
        if info is not None and (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino) == known[:4]:
            walk.found.settled[shown] = known
            return bytes.fromhex(known.share)
    status: list[os.stat_result] = []
    share = _share(entry.path, False, walk.largest, keep, shown, status)
    if status and status[0].st_ctime_ns < walk.began_ns - SETTLED_NS and stat.S_ISREG(status[0].st_mode):
        info = status[0]
        walk.found.settled[shown] = Settled(info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, share.hex())
    return share


def _walk(root: str, top: str, digests: list[Any], walk: _Walk) -> None:
    """Add every file under ``top`` in name order to each of ``digests``; links to folders are not followed."""
    found = walk.found
    # The loader refuses what lies outside the repository: a top folder that is a link keeps no bytes.
    keep = None if os.path.islink(os.path.join(root, top)) else found.snapshot.contents
    pending = [(os.path.join(root, top), top)]  # a stack, not recursion: folders may nest deeper than Python recurses
    while pending:
        current, shown_folder = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            shown = f"{shown_folder}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                folders.append((entry.path, shown))
                continue
            share = _share_of(walk, entry, shown, keep)
            for digest in digests:
                digest.update(b"\0" + shown.encode("utf-8", "surrogateescape") + b"\0" + share)
            kind = classify_posix(shown)
            # As discover.list_files: a link to a folder is not a file, and is not entered.
            if kind is not None and not (entry.is_symlink() and entry.is_dir()):
                found.files.append(RepoFile(shown, kind))
                if kind is FileKind.CLAIM:
                    found.claims[shown] = share.hex()
        for digest in digests:
            digest.update(b"\0end of " + shown_folder.encode("utf-8", "surrogateescape"))
        pending.extend(reversed(folders))


def fingerprint(root: Path, known: dict[str, Settled] | None = None, began_ns: int | None = None) -> Fingerprint:
    """The fingerprint of everything a check of ``root`` reads, and the list of its files.

    With ``began_ns`` (the file system's time as the walk begins, from ``clock``), files whose status is
    the one ``known`` records are not read, and the statuses of the files that have settled are recorded.
    """
    walk = _Walk(Fingerprint(), _largest(), known or {}, began_ns)
    everything, others = _settings(), _settings()
    _walk(os.fspath(root), CLAIMS_DIR, [everything], walk)
    for top in (SOURCES_DIR, VOCABULARY_DIR):
        _walk(os.fspath(root), top, [everything, others], walk)
    found = walk.found
    found.files.sort(key=lambda f: f.posix)
    found.key, found.others = everything.hexdigest(), others.hexdigest()
    return found


def clock(folder: Path) -> int | None:
    """The file system's time now, in nanoseconds, as it would stamp a change to a file in ``folder`` (which
    must exist): the time a marker file there is touched. None when it cannot be touched."""
    marker = folder / "clock"
    try:
        with open(marker, "ab"):
            pass
        os.utime(marker)
        return os.stat(marker).st_mtime_ns
    except OSError:
        return None


def still_same(root: Path, first: Fingerprint, began_ns: int | None = None) -> bool:
    """Whether everything a check reads is still as ``first`` found it. Files that had settled when
    ``first`` was taken (``began_ns``) are compared by their status."""
    return fingerprint(root, first.settled, began_ns) == first
