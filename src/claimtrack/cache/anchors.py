"""Where each quote lies in its source's text, kept between runs: anchoring every quote is the costliest rule."""

from __future__ import annotations

import hashlib

from claimtrack.anchoring import FindAnchor
from claimtrack.cache.store import Store
from claimtrack.quotes import Anchor

TABLE = "anchors"


def text_digest(text: str) -> str:
    """The digest a text is kept by (an archived text may hold lone surrogates: they are kept as written)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class AnchorCache:
    """Where each quote was found in its source's text, by the text's digest and the quote's words.

    Anchoring every quote is the costliest rule; a run after one claim changed finds the others here.
    Entries are plain lists of offsets, checked for shape when read.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._entries = store.rows(TABLE)
        self._used: set[str] = set()
        self._new: dict[str, list[list[int]]] = {}

    @staticmethod
    def key(text_digest: str, quote: str, prefix: str | None, suffix: str | None) -> str:
        parts = (text_digest, quote, prefix or "", suffix or "")
        return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
        entry = self._entries.get(key)
        try:
            occurrences, selected = entry  # type: ignore[misc]
            found = tuple(map(int, occurrences)), tuple(map(int, selected))
        except (TypeError, ValueError):
            return None  # absent, or not two lists of numbers
        self._used.add(key)
        return found

    def put(self, key: str, occurrences: tuple[int, ...], selected: tuple[int, ...]) -> None:
        self._used.add(key)
        self._new[key] = [list(occurrences), list(selected)]

    def stage(self) -> None:
        """Stage the anchors found this run, and the removal of those it did not use (a removed quote's)."""
        self._store.put(TABLE, self._new)
        self._store.delete(TABLE, self._entries.keys() - self._used)


class StoredAnchors:
    """A ``FindAnchor`` that looks in ``stored`` first and asks ``find`` for the rest, keeping what it finds."""

    def __init__(self, stored: AnchorCache, find: FindAnchor) -> None:
        self._stored = stored
        self._find = find
        self._digests: dict[str, str] = {}

    def __call__(self, text: str, quote: str, prefix: str | None, suffix: str | None) -> Anchor:
        digest = self._digests.get(text)
        if digest is None:
            digest = self._digests[text] = text_digest(text)
        key = self._stored.key(digest, quote, prefix, suffix)
        kept = self._stored.get(key)
        if kept is not None:
            return Anchor(*kept)
        found = self._find(text, quote, prefix, suffix)
        self._stored.put(key, found.occurrences, found.selected)
        return found
