"""Writing a file so that a reader, or a crash, only ever sees the old content or the new."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


def mode_for(path: Path) -> int:
    """The mode ``path`` has, or the mode a new file gets under the current umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def refuse_special(path: Path) -> None:
    """Raise OSError unless ``path`` is absent, a regular file or a link: a rename would replace a folder's
    name, a device or a FIFO with a regular file (``--output /dev/null`` run as root replaced the device)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", os.fspath(path))
    if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
        raise OSError(
            errno.EINVAL, "it is not a regular file, and claimtrack replaces only regular files", os.fspath(path)
        )


def write_atomically(path: Path, text: str) -> None:
    """Write to a unique temporary file beside ``path``, flush it to disk, then rename it into place."""
    write_bytes_atomically(path, text.encode("utf-8"))


def write_bytes_atomically(
    path: Path, data: bytes | Iterable[bytes], *, replace: bool = True, mode: int | None = None
) -> None:
    """As write_atomically, for bytes (or pieces of bytes written one after another, so that a large file
    need not be joined in memory first); with ``replace=False`` an existing file is never overwritten
    (FileExistsError), even by a process that creates it meanwhile. ``mode`` is set before the file
    appears under its name, so a private file is never readable by others, even for a moment."""
    refuse_special(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private; give it ``mode``, or the mode the file had, or a new file's usual mode.
        os.chmod(temporary, mode_for(path) if mode is None else mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.writelines([data] if isinstance(data, bytes) else data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            refuse_special(path)
            os.replace(temporary, path)
        else:
            os.link(temporary, path)  # fails if path exists: no race between checking and writing
            os.unlink(temporary)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` for the block to fill (a database, say, written by its own library);
    when the block ends without an error it is flushed to disk and renamed over ``path``, else removed."""
    refuse_special(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(descriptor)
    try:
        os.chmod(temporary, mode_for(path))
        yield Path(temporary)
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        refuse_special(path)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
