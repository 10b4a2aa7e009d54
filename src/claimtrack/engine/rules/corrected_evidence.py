"""A claim that rests only on a passage its publisher (or another source) has since corrected or retracted.

## What it finds
A source lists under `corrects` a passage of an earlier source (or of
itself) that it corrects, with the words that stand instead
(`replacement`), or that it retracts. A claim every supporting link of which
quotes words of such a passage rests on a figure nobody stands behind any
more. The finding names the correcting source, says when the publisher
corrected itself (the same source, or the same publisher), and names the
claims the replacement supports: the figure that stands. A corrected claim
is taken out of the conflicts (CT201, CT209): it is no rival of the
correction, which stands. A claim that also rests on a passage nobody
corrected is not reported.

A claim resting on a corrected passage is a warning: the report tells which
figure stands. One resting on a retracted passage is an error: nothing
stands in its place, and the claim has no support left.

## Why it matters
Corrections are how publishers own their mistakes; a fact-check that still
cites the corrected figure repeats the mistake, and one that shows the two
figures as a plain disagreement hides that the publisher settled it.

## Example
```yaml
# sources/tolvik-gazette-2019-06-02.yaml      # claims/cost/aurenia-share-60.yaml
corrects:                                      evidence:
  - source: tolvik-gazette-2019-05-14            - source: tolvik-gazette-2019-05-14
    quote: Aurenia would pay 60 per cent           stance: supports
    replacement: Aurenia pays 55 per cent          quote: Aurenia would pay 60 per cent
```

## How to resolve
Set the claim that rests on the corrected passage to `refuted` with a
`review.note` naming the correction (the finding is then acknowledged), and
model the replacement's figure as its own claim if it is not yet one. When
the claim holds anyway, link the evidence that still supports it.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.corrections import CorrectedPassage, replacement_supporters
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import is_set_aside, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import Stance
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT216"
NAME = "corrected-evidence"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = "{subject} {property}: {claim} rests only on {passages}; {stands}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
RETRACTED = FindingTemplate(CODE, NAME, Severity.ERROR, MESSAGE)


def _who(index: ClaimIndex, passage: CorrectedPassage) -> str:
    if passage.by_itself:
        return f"{passage.by} itself"
    sources = index.workspace.sources
    first, second = sources.get(passage.source), sources.get(passage.by)
    publisher = None if first is None else first.model.publisher
    if publisher and second is not None and second.model.publisher == publisher:
        return f"{passage.by} (the publisher, {publisher}, correcting itself)"
    return passage.by


def _passage(index: ClaimIndex, passage: CorrectedPassage) -> str:
    quoted = f"'{passage.correction.quote}' in {passage.source}"
    if passage.retracted:
        return f"{quoted}, which {_who(index, passage)} retracted"
    return f"{quoted}, which {_who(index, passage)} corrected to '{passage.correction.replacement}'"


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_id, corrected in index.corrected.items():
        item = index.claims[claim_id]
        claim = item.model
        group = {c: index.claim(c) for c in index.groups[(claim.subject, claim.property)] if c != claim_id}
        standing = [
            c
            for p in corrected.passages
            if not p.retracted
            for c in replacement_supporters(group, p, index.quote_anchors)
        ]
        standing = list(dict.fromkeys(standing))
        if standing:
            stands = f"the figure that stands: {listing(standing)}"
        elif corrected.retracted:
            stands = "nothing stands in its place"
        else:
            stands = "no claim models the replacement yet"
        first = next(i for i, link in enumerate(claim.evidence) if link.stance is Stance.SUPPORTS)
        yield (RETRACTED if corrected.retracted else FINDING).at(
            item,
            ("evidence", first, "quote"),
            state=State.ACKNOWLEDGED if is_set_aside(claim) else State.OPEN,
            claims=(claim_id, *standing),
            sources=tuple(dict.fromkeys(s for p in corrected.passages for s in (p.source, p.by))),
            subject=claim.subject,
            property=claim.property,
            resolution=resolution_note([claim]),
            claim=claim_id,
            passages=listing([_passage(index, p) for p in corrected.passages]),
            stands=stands,
        )
