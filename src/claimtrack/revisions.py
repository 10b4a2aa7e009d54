"""Reading a claims repository as it was at a git revision, without touching the working tree.

The revision's claims/, sources/ and vocabulary/ are exported with `git archive`
into a temporary folder, which is checked like any repository. The user's
checkout, index and stash are never written to.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from claimtrack.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR
from claimtrack.limits import limit

_TRACKED = (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR)


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


def _safe_members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    for member in archive.getmembers():
        path = PurePosixPath(member.name)
        if path.is_absolute() or ".." in path.parts or not path.parts or path.parts[0] not in _TRACKED:
            continue
        if member.isfile() or member.isdir():
            yield member


def _write_member(archive: tarfile.TarFile, member: tarfile.TarInfo, target: Path) -> None:
    """Write one regular file or folder ourselves: no links, modes or owners are ever restored."""
    path = target.joinpath(*PurePosixPath(member.name).parts)
    if member.isdir():
        path.mkdir(parents=True, exist_ok=True)
        return
    handle = archive.extractfile(member)
    if handle is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(handle.read())


@contextmanager
def checkout_revision(root: Path, revision: str) -> Iterator[Path]:
    """A temporary folder holding claims/, sources/ and vocabulary/ as they were at ``revision``."""
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}").decode().strip()
    except RevisionError as error:
        raise RevisionError(f"unknown revision '{revision}' ({error})") from None
    tree = f"{commit}:{_prefix(root)}"
    present = set(_git(root, "ls-tree", "--name-only", tree).decode("utf-8").split())
    wanted = [name for name in _TRACKED if name in present]
    with tempfile.TemporaryDirectory(prefix="claimtrack-revision-") as folder:
        target = Path(folder)
        if wanted:
            data = _git(root, "archive", "--format=tar", tree, *wanted)
            with tarfile.open(fileobj=io.BytesIO(data)) as archive:
                for member in _safe_members(archive):
                    _write_member(archive, member, target)
        yield target
