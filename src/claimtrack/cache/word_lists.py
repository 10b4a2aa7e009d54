"""The words of each archived text, kept between runs: reading them is most of what the linked-passages
rule (CT214) costs a check of a few subjects."""

from __future__ import annotations

from claimtrack.cache.anchors import text_digest
from claimtrack.cache.store import Store
from claimtrack.text.mentions import words

TABLE = "words"


class StoredWords:
    """A ``passages.WordsOf`` that looks in ``store`` first, by the text's digest, and reads the rest with
    ``mentions.words``, keeping what it reads. Each row is checked for shape when read."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._used: set[str] = set()
        self._new: dict[str, list[str]] = {}

    def __call__(self, text: str) -> set[str]:
        digest = text_digest(text)
        self._used.add(digest)
        kept = self._store.row(TABLE, digest)
        if isinstance(kept, list) and all(isinstance(word, str) for word in kept):
            return set(kept)
        found = words(text)
        self._new[digest] = sorted(found)
        return found

    def stage(self, *, complete: bool) -> None:
        """Stage the words read this run (and, after a ``complete`` run over every source, the removal of the
        texts' it did not ask for: a removed or changed text's)."""
        self._store.put(TABLE, self._new)
        if complete:
            self._store.delete(TABLE, self._store.names(TABLE) - self._used)
        self._new = {}
