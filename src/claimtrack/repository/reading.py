"""Reading one file with one open, one fstat and one read: what loading and the fingerprint share."""

from __future__ import annotations

import os
import stat

OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0)
"""A FIFO does not block the open; a regular file reads as usual."""


class NotAFile(Exception):
    """The path is a folder, a FIFO, a device or a socket."""


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular(path: str, max_bytes: int, *, follow_links: bool = True, dir_fd: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (relative to the open folder ``dir_fd`` when given); raises
    NotAFile, TooLarge (with the size) or OSError."""
    return read_with_status(path, max_bytes, follow_links=follow_links, dir_fd=dir_fd)[0]


def read_with_status(
    path: str, max_bytes: int, *, follow_links: bool = True, dir_fd: int | None = None
) -> tuple[bytes, os.stat_result]:
    """The bytes of the regular file at ``path``, as ``read_regular`` reads them, and its status taken
    before reading.

    The buffer asked for is the file's own size, never the limit: a buffer as large as the limit is a
    memory mapping of its own, and one left per file exhausts a process's mappings on a large repository.
    """
    handle = os.open(path, OPEN_FLAGS | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0)), dir_fd=dir_fd)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(path)
        if info.st_size > max_bytes:
            raise TooLarge(info.st_size)
        data = os.read(handle, info.st_size + 1)
        while len(data) > info.st_size and len(data) <= max_bytes:  # it grew since fstat: read on
            more = os.read(handle, max_bytes + 1 - len(data))
            if not more:
                break
            data += more
        if len(data) > max_bytes:
            raise TooLarge(len(data))
        return data, info
    finally:
        os.close(handle)
