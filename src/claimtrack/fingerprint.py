"""The fingerprint: everything a check reads, digested, so that a later check can tell what changed.

It covers the bytes of every file under claims/, sources/ (archived texts included) and vocabulary/,
with their paths, the limits and claimtrack's version: anything that can change a finding. A file
larger than every limit counts by its size alone, since it is refused whatever it holds; a link
counts by where it points and what it points to. The same walk lists the repository's files, so a
check that starts from a fingerprint need not list them again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


def _largest() -> int:
    return max(limit("max_file_bytes"), limit("max_text_bytes"))


def _settings() -> Any:
    digest = hashlib.sha256(claimtrack.__version__.encode())
    for setting in SETTINGS:
        digest.update(f"\0{setting.name}={limit(setting.name)}".encode())
    return digest


def _share(path: str, is_link: bool, largest: int, keep: dict[str, bytes] | None = None, shown: str = "") -> bytes:
    """What one file contributes: its bytes' digest (or its size when no limit admits it), after its
    target when it is a link. The bytes of a file that is not a link are kept in ``keep`` under ``shown``."""
    try:
        raw = read_regular(path, largest)
        share = hashlib.sha256(raw).digest()
        if keep is not None and not is_link:
            keep[shown] = raw
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


def _walk(root: str, top: str, digests: list[Any], found: Fingerprint, largest: int) -> None:
    """Add every file under ``top`` in name order to each of ``digests``; links to folders are not followed."""
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
            is_link = entry.is_symlink()
            share = _share(entry.path, is_link, largest, keep, shown)
            for digest in digests:
                digest.update(b"\0" + shown.encode("utf-8", "surrogateescape") + b"\0" + share)
            kind = classify_posix(shown)
            # As discover.list_files: a link to a folder is not a file, and is not entered.
            if kind is not None and not (is_link and entry.is_dir()):
                found.files.append(RepoFile(shown, kind))
                if kind is FileKind.CLAIM:
                    found.claims[shown] = share.hex()
        for digest in digests:
            digest.update(b"\0end of " + shown_folder.encode("utf-8", "surrogateescape"))
        pending.extend(reversed(folders))


def fingerprint(root: Path) -> Fingerprint:
    """The fingerprint of everything a check of ``root`` reads, and the list of its files."""
    found = Fingerprint()
    everything, others = _settings(), _settings()
    largest = _largest()
    _walk(os.fspath(root), CLAIMS_DIR, [everything], found, largest)
    for top in (SOURCES_DIR, VOCABULARY_DIR):
        _walk(os.fspath(root), top, [everything, others], found, largest)
    found.files.sort(key=lambda f: f.posix)
    found.key, found.others = everything.hexdigest(), others.hexdigest()
    return found


def still_same(root: Path, first: Fingerprint) -> bool:
    """Whether everything a check reads is still as ``first`` found it."""
    return fingerprint(root) == first
