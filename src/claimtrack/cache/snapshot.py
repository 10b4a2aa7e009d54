"""The bytes one walk of the repository read, so that a check reads each file once."""

from __future__ import annotations

from pathlib import Path


class Snapshot:
    """Files' bytes as one walk read them (the fingerprint's), so that a run reads each file once and
    checks exactly the bytes it fingerprinted.

    Paths are repository-relative, with / between parts. What a run had to read from disk instead (a
    link, a file that was too large or could not be read, a file that appeared since) is noted in
    ``missed``: only then must the run ask whether the repository changed while it ran.
    """

    def __init__(self, root: Path, contents: dict[str, bytes] | None = None) -> None:
        self.root = root
        self.contents: dict[str, bytes] = {} if contents is None else contents
        self.missed: set[str] = set()

    def get(self, posix: str) -> bytes | None:
        found = self.contents.get(posix)
        if found is None:
            self.missed.add(posix)
        return found

    def forget(self, paths: list[str]) -> None:
        """Let go of files the run has loaded (on a large repository, their bytes are tens of megabytes)."""
        for posix in paths:
            self.contents.pop(posix, None)
