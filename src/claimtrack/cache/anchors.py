"""Where each quote lies in its source's text, kept between runs: anchoring every quote is the costliest rule."""

from __future__ import annotations

import hashlib
from typing import Any

from claimtrack.cache.store import Store
from claimtrack.engine.anchoring import FindAnchor
from claimtrack.text.quotes import Anchor

TABLE = "anchors"


def text_digest(text: str) -> str:
    """The digest a text is kept by (an archived text may hold lone surrogates: they are kept as written)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def quote_key(quote: str, prefix: str | None, suffix: str | None) -> str:
    """What a quote is looked up by in its text's row: the digest of its words and of the words around it."""
    return hashlib.sha256("\0".join((quote, prefix or "", suffix or "")).encode("utf-8", "surrogatepass")).hexdigest()


class AnchorCache:
    """Where each quote was found in its source's text: a row per text, by the text's digest, holding each
    quote's anchor by ``quote_key``.

    Anchoring every quote is the costliest rule; a full check finds here the quotes a run before it found. A
    row per text rather than per quote: a full check at 10,000 claims reads some forty rows, not some 7,400,
    and writes only those of the texts whose anchors changed. Entries are plain lists of offsets, checked for
    shape when read.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._kept: dict[str, Any] = store.rows(TABLE)
        self._used: dict[str, dict[str, Any]] = {}
        """The anchors this run looked up or found, by text and quote: what each text's row is to hold."""

    def get(self, digest: str, key: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
        """The anchor kept for the quote of ``quote_key`` ``key`` in the text of digest ``digest``; None when
        none is."""
        row = self._kept.get(digest)
        entry = row.get(key) if isinstance(row, dict) else None
        try:
            occurrences, selected = entry  # type: ignore[misc]
            found = tuple(map(int, occurrences)), tuple(map(int, selected))
        except (TypeError, ValueError):
            return None  # absent, or not two lists of numbers
        self._used.setdefault(digest, {})[key] = entry
        return found

    def put(self, digest: str, key: str, occurrences: tuple[int, ...], selected: tuple[int, ...]) -> None:
        self._used.setdefault(digest, {})[key] = [list(occurrences), list(selected)]

    def stage(self) -> None:
        """Stage the row of each text whose anchors this run changed (a quote found or gone), and the removal of
        the rows of texts it did not use."""
        self._store.put(TABLE, {text: used for text, used in self._used.items() if self._kept.get(text) != used})
        self._store.delete(TABLE, self._kept.keys() - self._used.keys())


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
        key = quote_key(quote, prefix, suffix)
        kept = self._stored.get(digest, key)
        if kept is not None:
            return Anchor(*kept)
        found = self._find(text, quote, prefix, suffix)
        self._stored.put(digest, key, found.occurrences, found.selected)
        return found
