"""The one reader and the one writer of files inside a repository: nothing outside it, nothing unbounded.

A repository is written by other people, and any folder or file in it may be a link (to another checkout,
to ``/dev/zero``), a FIFO or a device. Every command that reads a file a repository names, or writes one
into a repository, goes through here:

- ``read_inside`` reads a file only when its real path lies inside the given folder (the repository, or
  ``sources/`` for an archived text), only when it is a regular file (a FIFO does not block the open and is
  refused), and never more than the limit given.
- ``write_inside`` writes a file only through real folders below the repository's root: it walks from the
  root, opening each folder without following a link, makes the missing ones the same way, and writes and
  renames the file relative to the last folder it opened, so a folder swapped for a link meanwhile is never
  followed. As every write here, the file is written whole to a temporary file, flushed, and renamed into
  place (or, with ``replace=False``, linked into place, which fails rather than replace a file).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from claimtrack.repository.reading import read_regular

_FOLDER_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


class Escape(OSError):
    """The path leaves the repository, or goes through a link, a FIFO or a device on the way: the one-line
    reason, with the path as given. An OSError, so that a caller handling failures to read or write handles
    it too."""


def _shown(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def read_inside(base: Path, path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path`` when its real path lies inside ``base``; raises Escape,
    NotAFile, TooLarge (with the size) or OSError."""
    try:
        real = os.path.realpath(path, strict=True)
    except (OSError, RuntimeError) as error:  # missing, a link loop, a name too long
        if isinstance(error, FileNotFoundError):
            raise
        raise Escape(f"{path} cannot be resolved") from None
    inside = os.path.realpath(base)
    if os.path.commonpath([inside, real]) != inside:
        raise Escape(f"{path} leads outside {base.name or base}/ (through a link or ..)")
    return read_regular(real, max_bytes, follow_links=False)


def read_text_inside(base: Path, path: Path, max_bytes: int) -> str:
    """As ``read_inside``, decoded as UTF-8 (UnicodeDecodeError when it is not)."""
    return read_inside(base, path, max_bytes).decode("utf-8")


def _relative_parts(root: Path, path: Path) -> list[str]:
    relative = PurePosixPath(os.path.relpath(path, root).replace(os.sep, "/"))
    parts = list(relative.parts)
    if relative.is_absolute() or not parts or ".." in parts or parts == ["."]:
        raise Escape(f"{_shown(root, path)} would be written outside the repository; refused")
    return parts


def _open_folder(parent: int, name: str, root: Path, shown: str, *, make: bool) -> int:
    """The folder ``name`` in the open folder ``parent``, opened without following a link (made if missing
    and ``make``); Escape when a link, a FIFO, a device or a file stands in its place."""
    try:
        return os.open(name, _FOLDER_FLAGS, dir_fd=parent)
    except FileNotFoundError:
        if not make:
            raise
        with contextlib.suppress(FileExistsError):
            os.mkdir(name, dir_fd=parent)
        return os.open(name, _FOLDER_FLAGS, dir_fd=parent)
    except OSError as error:
        if error.errno not in (errno.ELOOP, errno.ENOTDIR, errno.EMLINK):
            raise
        info = os.stat(name, dir_fd=parent, follow_symlinks=False)
        kind = "a link" if stat.S_ISLNK(info.st_mode) else "not a folder"
        raise Escape(
            f"{shown} would be written outside the repository (through a link); refused"
            if kind == "a link"
            else f"{shown} cannot be written: a part of its path is {kind}; refused"
        ) from None


def make_folders_inside(root: Path, path: Path) -> None:
    """Make the folder ``path`` below ``root`` and the missing ones above it, through real folders only."""
    parts = _relative_parts(root, path)
    folder = os.open(root, _FOLDER_FLAGS & ~getattr(os, "O_NOFOLLOW", 0))
    try:
        for name in parts:
            inner = _open_folder(folder, name, root, "/".join(parts), make=True)
            os.close(folder)
            folder = inner
    finally:
        os.close(folder)


def write_inside(
    root: Path, path: Path, data: bytes | Iterable[bytes], *, replace: bool = True, mode: int | None = None
) -> None:
    """Write ``data`` to ``path``, a file below ``root``, through real folders only (made when missing);
    raises Escape, FileExistsError (``replace=False`` and the file exists) or OSError."""
    parts = _relative_parts(root, path)
    shown = "/".join(parts)
    folder = os.open(root, _FOLDER_FLAGS & ~getattr(os, "O_NOFOLLOW", 0))
    try:
        for name in parts[:-1]:
            inner = _open_folder(folder, name, root, shown, make=True)
            os.close(folder)
            folder = inner
        _write_in(folder, parts[-1], shown, data, replace=replace, mode=mode)
    finally:
        os.close(folder)


def _target_mode(folder: int, name: str, shown: str) -> int | None:
    """The mode of the file ``name`` replaces; None when there is none. Escape for a folder, FIFO or device."""
    try:
        info = os.stat(name, dir_fd=folder, follow_symlinks=False)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode) or not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        raise Escape(f"{shown} is not a regular file, and claimtrack replaces only regular files; refused")
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _write_in(
    folder: int, name: str, shown: str, data: bytes | Iterable[bytes], *, replace: bool, mode: int | None
) -> None:
    existing = _target_mode(folder, name, shown)
    if mode is None:
        mask = os.umask(0)
        os.umask(mask)
        mode = existing if existing is not None else 0o666 & ~mask
    temporary = f".{name}.{secrets.token_hex(6)}.tmp"
    handle = os.open(
        temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600, dir_fd=folder
    )
    try:
        os.fchmod(handle, mode)
        with os.fdopen(handle, "wb") as stream:
            stream.writelines([data] if isinstance(data, bytes) else data)
            stream.flush()
            os.fsync(stream.fileno())
        if replace:
            _target_mode(folder, name, shown)
            os.replace(temporary, name, src_dir_fd=folder, dst_dir_fd=folder)
        else:
            os.link(temporary, name, src_dir_fd=folder, dst_dir_fd=folder, follow_symlinks=False)
            os.unlink(temporary, dir_fd=folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary, dir_fd=folder)
        raise


def escapes(root: Path, path: Path) -> str | None:
    """Why ``path`` cannot be written by ``write_inside`` (a link or a non-folder on the way, or outside the
    root), checked without writing anything; None when nothing stands in the way."""
    try:
        parts = _relative_parts(root, path)
    except Escape as escape:
        return str(escape)
    current = root
    for name in parts[:-1]:
        current = current / name
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            return None
        if stat.S_ISLNK(info.st_mode):
            return f"{'/'.join(parts)} would be written outside the repository (through a link); refused"
        if not stat.S_ISDIR(info.st_mode):
            return f"{'/'.join(parts)} cannot be written: a part of its path is not a folder; refused"
    return None
