"""The folders the cache keeps things in, handled without following a link.

The repository's cache folder (``.claimtrack_cache/``) is written by other people too: it is made as a real
folder, marked as a cache and ignored by git, and cleared by removing a link in its place, never what the link
points to. The signing key of the store's rows lives outside the repository, in the user's cache folder as each
OS names it (or the folder ``CLAIMTRACK_KEY_DIR`` names), made on first use.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from pathlib import Path

from claimtrack.cache import CACHE_DIR
from claimtrack.repository.atomic import write_bytes_atomically

_OLD_FILES = (
    "parsed-v1.json",
    "vocabulary-v1.json",
    "sources-v1.json",
    "anchors-v1.json",
    "check-v1.json",
    "check-state-v1.json",
    "check-state-delta-v1.json",
    "settled-v1.json",
)
"""The signed JSON files earlier versions kept: removed when the folder is made ready for the store."""
_GITIGNORE = "# Created by claimtrack: the cache of parsed files, never committed.\n*\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is a cache made by claimtrack.\n"


def _key_file() -> Path:
    """Where this machine's signing key is kept: the folder CLAIMTRACK_KEY_DIR names when it is set (not
    empty), else the user's cache folder, as each OS names it."""
    folder = os.environ.get("CLAIMTRACK_KEY_DIR")
    if folder:
        return Path(folder) / "cache.key"
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimtrack", appauthor=False)) / "cache.key"


def signing_key() -> bytes | None:
    """This machine's secret for signing the store; made on first use. None when it cannot be kept."""
    path = _key_file()
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except OSError:
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(path, secrets.token_bytes(32), replace=False, mode=0o600)
    except FileExistsError:
        pass  # another run made it first
    except OSError:
        return None
    try:
        key = path.read_bytes()
    except OSError:
        return None
    return key if len(key) == 32 else None


def is_real_folder(folder: Path) -> bool:
    """Whether ``folder`` is a folder itself, not a link to one (nor a file, a FIFO or a device)."""
    try:
        return stat.S_ISDIR(os.lstat(folder).st_mode)
    except OSError:
        return False


def make_folder(folder: Path) -> None:
    """Make the cache folder, marked as a cache and ignored by git, without the files earlier versions kept;
    raises OSError. Whatever else has its name (a link to a folder elsewhere, a file) is removed first: the cache
    is a real folder or nothing."""
    if not is_real_folder(folder) and os.path.lexists(folder):
        folder.unlink()
    folder.mkdir(exist_ok=True)
    for marker, text in (("CACHEDIR.TAG", _TAG), (".gitignore", _GITIGNORE)):
        if not (folder / marker).exists():
            write_bytes_atomically(folder / marker, text.encode("utf-8"))
    for old in _OLD_FILES:
        remove(folder / old)


def clear(root: Path) -> bool:
    """Remove the repository's cache folder; True when there was one. A link in its place is removed, never
    what it points to."""
    folder = root / CACHE_DIR
    if not os.path.lexists(folder):
        return False
    if is_real_folder(folder):
        shutil.rmtree(folder)
    else:
        folder.unlink()
    return True


def remove(path: Path) -> None:
    """Remove whatever has the name ``path`` (a folder with what it holds; a link, never its target)."""
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISDIR(os.lstat(path).st_mode):
            shutil.rmtree(path)
        else:
            path.unlink()


def sound_file(path: Path, largest: int) -> bool:
    """Whether ``path`` is absent, or a regular file with one name and at most ``largest`` bytes."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_nlink == 1 and info.st_size <= largest
