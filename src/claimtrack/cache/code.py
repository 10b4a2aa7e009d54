"""Which claimtrack made what the cache keeps: its version, and for a working copy its code.

A release changes ``__version__``, and everything kept under another version is discarded. A working
copy installed in place (``pip install -e .``) changes its code without changing its version: a result
kept before a rule was edited would be given again, and the edit would not show until ``claimtrack
cache clear``. So the code counts too, by each module's name, size and modification time (listing
them takes about a millisecond); an installed release's modules do not change between its runs.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

import claimtrack

PACKAGE = Path(claimtrack.__file__).parent
"""The folder of the claimtrack package this process runs."""


def code_version(package: Path = PACKAGE) -> str:
    """claimtrack's version and a digest of the modules in ``package`` (their names, sizes and times)."""
    return f"{claimtrack.__version__}+{_modules_digest(package)}"


@cache
def _modules_digest(package: Path) -> str:
    """The digest of the modules' names, sizes and times, listed once a run (a run does not edit them)."""
    digest = hashlib.sha256()
    for folder, folders, files in os.walk(package):
        folders.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:
                continue
            relative = os.path.relpath(path, package)
            digest.update(f"{relative}\0{info.st_size}\0{info.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]
