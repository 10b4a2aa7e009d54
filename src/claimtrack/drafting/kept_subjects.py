"""The subjects a source's claims give the sentences they quote, for `draft` run again to read on from.

A sentence naming nothing, or opening with "It", takes the subject of the sentence before. When a claim or
draft quotes that sentence, its subject is what a reviewer kept (or corrected with `edit --subject`), so the
next sentence takes it, not what reading the sentence again would give: a heading in capitals ("SCORES
QUARANTINED") that the reviewer replaced and whose entity was removed is not proposed again from the sentences
after it.
"""

from __future__ import annotations

from bisect import bisect_left

from claimtrack.drafting.propose import Vocabulary
from claimtrack.drafting.subjects import Subject
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import normalise_text, occurrences
from claimtrack.text.sentences import Sentence, spans_in_normal_form


def kept_subjects(
    workspace: Workspace, source_id: str, sentences: list[Sentence], normal: str, vocabulary: Vocabulary
) -> dict[int, Subject]:
    """By each sentence's start, the subject of the claim (or draft) whose quote of ``source_id`` starts first in
    it; ``normal`` is the source's text in normal form, where quotes are found. A subject the vocabulary lacks
    is left out."""
    quoted: list[tuple[int, str]] = []
    for item in workspace.claims.values():
        claim = item.model
        if claim.subject not in vocabulary.entities:
            continue
        for link in claim.evidence:
            if link.source == source_id:
                quoted.extend((at, claim.subject) for at in occurrences(normal, normalise_text(link.quote)))
    quoted.sort()
    starts = [at for at, _ in quoted]
    kept: dict[int, Subject] = {}
    for sentence, span in zip(sentences, spans_in_normal_form(sentences, normal), strict=True):
        first = None if span is None else bisect_left(starts, span[0])
        if span is None or first is None or first == len(starts) or starts[first] >= span[1]:
            continue
        entity = quoted[first][1]
        kept[sentence.start] = Subject(
            entity, label=vocabulary.names.labels[entity], kind=vocabulary.entities[entity].kind
        )
    return kept
