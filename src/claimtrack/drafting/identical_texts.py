"""Kept claims that quote a sentence of another source whose archived text is the same as the one drafted.

Two sources with the same text (a page archived twice, a republication word
for word) have their sentences at the same places. A sentence of the source
being drafted that a kept claim quotes in such a twin, by any words of it
however few, and even when the quote runs into the next sentence, is a
sentence the reviewer has read already: each value of it that one of those
claims states is cited, never drafted again, whatever subject or property
the claim was given.
"""

from __future__ import annotations

from claimtrack.repository.discover import is_draft
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import anchor, normalise_text
from claimtrack.text.sentences import Sentence, spans_in_normal_form


def twins(workspace: Workspace, source_id: str) -> set[str]:
    """The other sources whose archived text is the same as ``source_id``'s."""
    item = workspace.sources.get(source_id)
    text = workspace.archived_text(source_id)
    if item is None or text is None:
        return set()
    return {
        other
        for other, located in workspace.sources.items()
        if other != source_id
        and (item.model.sha256 is None or located.model.sha256 in (None, item.model.sha256))
        and workspace.archived_text(other) == text
    }


def quoted_in_twins(
    workspace: Workspace, source_id: str, sentences: list[Sentence]
) -> dict[int, list[tuple[str, str]]]:
    """For each sentence (by its start) of ``source_id``, (claim, quote) of each kept claim quoting it, in
    support, from a source with the same text."""
    others = twins(workspace, source_id)
    if not others:
        return {}
    normal = normalise_text(workspace.archived_text(source_id) or "")
    spans = spans_in_normal_form(sentences, normal)
    found: dict[int, list[tuple[str, str]]] = {}
    for located in workspace.claims.values():
        if is_draft(located.path):
            continue
        for link in located.model.evidence:
            if link.source not in others or link.stance != "supports":
                continue
            length = len(normalise_text(link.quote))
            for start in anchor(normal, link.quote).occurrences:
                for sentence, span in zip(sentences, spans, strict=True):
                    if span is not None and span[0] < start + length and start < span[1]:
                        found.setdefault(sentence.start, []).append((located.model.id, link.quote))
    return found
