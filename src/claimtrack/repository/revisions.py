"""Reading a claims repository as it was at a git revision, without touching the working tree.

The revision's tree is listed with `git ls-tree -r -z -l --full-tree` (every name as written, with its size) and
the regular files under claims/, sources/ and vocabulary/ are read with `git cat-file --batch` into a
temporary folder, which is checked like any repository. Nothing of the tree's own `.gitattributes`
applies (`git archive` honoured `export-ignore`, so a change could hide its own files from `diff`),
no link, gitlink, mode or owner is recreated, and a file larger than the limit that applies to it on
disk is not read: it is stood for by a sparse file of its size, which the check refuses as it would
the file itself. The user's checkout, index and stash are never written to.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import IO, NamedTuple

from claimtrack.repository.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR, YAML_SUFFIXES
from claimtrack.repository.limits import limit
from claimtrack.repository.references import close_match

_TRACKED = (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR)
_REGULAR_MODES = (b"100644", b"100755")


class RevisionError(Exception):
    """The revision cannot be read: not a git repository, an unknown revision, or git is missing."""


def _git(root: Path, *args: str) -> bytes:
    timeout = limit("git_timeout_seconds")
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            check=False,
            timeout=timeout,
        )
    except FileNotFoundError:
        raise RevisionError("git is not installed or not on PATH") from None
    except subprocess.TimeoutExpired:
        raise RevisionError(f"git {' '.join(args)} took longer than {timeout} s (CLAIMTRACK_GIT_TIMEOUT)") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RevisionError(message[-1] if message else f"git {' '.join(args)} failed")
    return completed.stdout


def _prefix(root: Path) -> str:
    """The repository's folder relative to the top of its git work tree ('' at the top)."""
    return _git(root, "rev-parse", "--show-prefix").decode("utf-8").strip()


class Blob(NamedTuple):
    path: PurePosixPath
    object_id: str
    size: int


def tracked_blobs(listing: bytes) -> list[Blob]:
    """The regular files under claims/, sources/ and vocabulary/ in ``git ls-tree -r -z -l`` output.

    Names are split on NUL only, so a name with spaces (or a top-level file named ``x claims``) is one
    name; links, submodules and anything climbing out are left out."""
    blobs = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, raw_path = entry.partition(b"\t")
        fields = meta.split()
        if len(fields) != 4 or fields[0] not in _REGULAR_MODES or fields[1] != b"blob":
            continue
        path = PurePosixPath(os.fsdecode(raw_path))
        if path.is_absolute() or ".." in path.parts or len(path.parts) < 2 or path.parts[0] not in _TRACKED:
            continue
        blobs.append(Blob(path, fields[2].decode("ascii"), int(fields[3])))
    return blobs


def largest_read(path: PurePosixPath) -> int:
    """The most of a file a check reads from disk: claimtrack's YAML files up to max_file_bytes, any
    other file (an archived text, an original) up to max_text_bytes."""
    return limit("max_file_bytes") if path.name.endswith(YAML_SUFFIXES) else limit("max_text_bytes")


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise RevisionError("git cat-file ended early")
    return data


def _write_blobs(root: Path, blobs: list[Blob], target: Path) -> None:
    """Each blob's bytes into ``target``, from one `git cat-file --batch`, one blob in memory at a time."""
    timeout = limit("git_timeout_seconds")
    timed_out = threading.Event()
    with tempfile.TemporaryFile() as requests:
        requests.write(b"".join(f"{blob.object_id}\n".encode("ascii") for blob in blobs))
        requests.seek(0)
        try:
            process = subprocess.Popen(
                ["git", "-C", str(root), "cat-file", "--batch"],
                stdin=requests,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except FileNotFoundError:
            raise RevisionError("git is not installed or not on PATH") from None

        def stop() -> None:
            timed_out.set()
            process.kill()

        timer = threading.Timer(timeout, stop)
        timer.start()
        try:
            assert process.stdout is not None
            for blob in blobs:
                header = process.stdout.readline().split()
                if len(header) != 3 or header[1] != b"blob" or int(header[2]) != blob.size:
                    raise RevisionError(f"git cat-file did not give {blob.path} as listed")
                path = target.joinpath(*blob.path.parts)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(_read_exactly(process.stdout, blob.size))
                _read_exactly(process.stdout, 1)  # the newline after each blob
        except RevisionError:
            if timed_out.is_set():
                raise RevisionError(f"git cat-file took longer than {timeout} s (CLAIMTRACK_GIT_TIMEOUT)") from None
            raise
        finally:
            timer.cancel()
            process.kill()
            process.wait()
            if process.stdout is not None:
                process.stdout.close()


def _ref_names(root: Path) -> list[str]:
    """The repository's branches, tags and remote branches, as a revision may name them; none when git cannot say."""
    try:
        listed = _git(root, "for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/tags", "refs/remotes")
    except RevisionError:
        return []
    return listed.decode("utf-8", errors="replace").split()


@contextmanager
def checkout_revision(root: Path, revision: str) -> Iterator[Path]:
    """A temporary folder holding claims/, sources/ and vocabulary/ as they were at ``revision``."""
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
    except RevisionError as error:
        hint = close_match(revision, _ref_names(root))
        raise RevisionError(f"unknown revision '{revision}'{hint} ({error})") from None
    tree = f"{commit}:{_prefix(root)}"
    blobs = tracked_blobs(_git(root, "ls-tree", "-r", "-z", "-l", "--full-tree", tree))
    with tempfile.TemporaryDirectory(prefix="claimtrack-revision-") as folder:
        target = Path(folder)
        for name in _TRACKED:
            if any(blob.path.parts[0] == name for blob in blobs):
                (target / name).mkdir()
        small = []
        for blob in blobs:
            if blob.size > largest_read(blob.path):
                # Sizes come first: a file the check would refuse unread is not read from git either.
                path = target.joinpath(*blob.path.parts)
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("wb") as placeholder:
                    placeholder.truncate(blob.size)
            else:
                small.append(blob)
        if small:
            _write_blobs(root, small, target)
        yield target
