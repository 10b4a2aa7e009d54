"""Where each evidence quote lies in its source's archived text.

Finding a quote means normalising the source's text and searching it (``quotes``). Each text is
normalised once per run, and each link's anchor found once. How an anchor is found is a plain
function (``FindAnchor``): ``TextAnchors`` does the work, and a caller can pass another one (one that
keeps anchors between runs and asks ``TextAnchors`` for the rest, say) that gives the same anchors.
"""

from __future__ import annotations

from collections.abc import Callable

from claimtrack.model.claims import AnyClaim
from claimtrack.repository.limits import limit
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import Anchor, NormalisedText, anchor, normalise, normalise_text

FindAnchor = Callable[[str, str, str | None, str | None], Anchor]
"""Where a quote lies in an archived text: (the text as written, quote, prefix, suffix) -> its anchor."""


class TextAnchors:
    """Finds quotes in texts, normalising each text once (a ``FindAnchor``)."""

    def __init__(self) -> None:
        self._normalised: dict[str, str] = {}

    def __call__(self, text: str, quote: str, prefix: str | None, suffix: str | None) -> Anchor:
        normalised = self._normalised.get(text)
        if normalised is None:
            normalised = self._normalised[text] = normalise_text(text)
        return anchor(normalised, quote, prefix, suffix)


class QuoteAnchors:
    """The anchor of every evidence link of a workspace's claims, found on first use."""

    def __init__(self, workspace: Workspace, find: FindAnchor | None = None) -> None:
        self.workspace = workspace
        self._find = TextAnchors() if find is None else find
        self._anchors: dict[tuple[str, int], Anchor | None] = {}
        self._mapped: dict[str, NormalisedText | None] = {}

    def anchor(self, claim: AnyClaim, position: int) -> Anchor | None:
        """Where the claim's evidence link at ``position`` lies in its source; None without a text."""
        key = (claim.id, position)
        if key not in self._anchors:
            link = claim.evidence[position]
            text = self.workspace.archived_text(link.source)
            self._anchors[key] = None if text is None else self._find(text, link.quote, link.prefix, link.suffix)
        return self._anchors[key]

    def mapped_text(self, source_id: str) -> NormalisedText | None:
        """The source's text in normal form with a map back to the original: slower, only for locating
        the passages closest to quotes that are not found."""
        if source_id not in self._mapped:
            text = self.workspace.archived_text(source_id)
            # No text longer than the fuzzy search takes is mapped: the map costs 8 bytes a character.
            too_long = text is not None and len(text) > limit("max_fuzzy_chars")
            self._mapped[source_id] = None if text is None or too_long else normalise(text)
        return self._mapped[source_id]
