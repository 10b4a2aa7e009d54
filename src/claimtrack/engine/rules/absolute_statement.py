"""An absolute statement ("never", "always", "has avoided", "for the first time") that another claim's span
contradicts.

## What it finds
A relation claim marked `absolute` speaks of all the time before its own
date, and another claim on the same subject, property and value says
otherwise:
- `never` (a denial: "has never been a member", "has avoided joining"),
  against a fact that the relation surely held on some day before the
  denial's own date (its `as_of` or its span's start): "never a member" in
  June 2021 against a membership 2010-2014;
- `always` (a fact: "has always been a member"), against a denial over a
  span before its date, or a beginning or an end before it;
- `first` (a beginning: "joined for the first time in 2021"), against a fact
  that the relation surely held before that beginning.
A claim whose span lies after the absolute statement's date never
contradicts it ("never a member" in 2021 and a membership since 2023), and
a fact against a denial within the statement's own date is a plain conflict
(CT201), not this. Give an absolute statement the date it speaks from
(`as_of`: usually the article's date): without one, a `never` denies the
relation at every time, and any fact contradicts it plainly (CT201).

## Why it matters
An absolute statement true of its own time but false of the past is what
fact-checkers rate *misleading* (or *missing context*): "has never been a
member" of a country that was a member from 2010 to 2014 leaves out what
changes its meaning. A reader of the statement alone is misled.

## Example
```yaml
# claims/consortium/dalvary-never-member.yaml   # claims/consortium/dalvary-member-2010-2014.yaml
subject: dalvary                                subject: dalvary
property: member_of                             property: member_of
value: rail-consortium                          value: rail-consortium
as_of: '2021-06'                                valid_from: '2010'
absolute: never                                 valid_until: '2014'
modality: denied                                modality: asserted
```

## How to resolve
Review the absolute claim: `misleading` when it is true as worded (of its
own time) but leaves out the earlier span, `refuted` when it is false; a
`review.note` says what it leaves out. Either acknowledges the finding. When
the other claim is wrong, refute that one instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from claimtrack.engine.beginnings import edge_conflicts
from claimtrack.engine.compare import FACT_MODALITIES, spans_overlap, surely_held, value_entails
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import classes_acknowledged, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import Absolute, Modality, RelationClaim
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.partial_dates import spoken

CODE = "CT218"
NAME = "absolute-statement"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = (
    "{subject} {property}: {claim} says '{word}' {before}, but {others}: rate it misleading if it is true as "
    "worded but leaves this out, or refuted if it is false"
)
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def said_before(claim: RelationClaim) -> tuple[dt.date, str] | None:
    """The first day the absolute statement does not speak of, and how to say it: its beginning for `first`,
    else the start of its own date (``as_of``, its span's start). Without a date of its own, a `never` is a
    denial at every time, which a fact contradicts plainly (CT201)."""
    own = claim.began if claim.absolute is Absolute.FIRST else claim.as_of or claim.valid_from or claim.began
    if own is None or own.lower is None:
        return None
    return own.lower, f"it began {spoken(own)}" if claim.absolute is Absolute.FIRST else f"before {spoken(own)}"


def surely_on(claim: RelationClaim) -> dt.date | None:
    """A day the claim surely speaks of (held, or denied): its span's surely held start, else its surely held end,
    else the last day of its ``as_of``."""
    span = surely_held(claim)
    if span is None:
        return None
    if span.lower is not None and (span.upper is None or span.lower <= span.upper):
        return span.lower
    return span.upper


def _contradicts(index: ClaimIndex, absolute: RelationClaim, other: RelationClaim, before: dt.date) -> bool:
    opposite = (absolute.modality is Modality.DENIED) != (other.modality is Modality.DENIED)
    if opposite and spans_overlap(surely_held(absolute), surely_held(other)):
        return False  # a fact against a denial within the statement's own date: a plain conflict, CT201's
    day = surely_on(other)
    if absolute.absolute is Absolute.ALWAYS:
        if other.modality is Modality.DENIED:
            return day is not None and day < before and value_entails(absolute, other, index.graph)
        edges = [d for d in (other.began, other.ended) if d is not None and d.upper is not None]
        return (
            other.modality in FACT_MODALITIES
            and index.graph.same(absolute.value, other.value)
            and any(d.upper is not None and d.upper < before for d in edges)
        )
    if other.modality not in FACT_MODALITIES or not value_entails(other, absolute, index.graph):
        return False
    return day is not None and day < before


def _described(other: RelationClaim) -> str:
    spans = [("began", other.began), ("from", other.valid_from), ("until", other.valid_until), ("ended", other.ended)]
    said = " ".join(f"{word} {spoken(date)}" for word, date in spans if date is not None)
    if not said and other.as_of is not None:
        said = f"as of {spoken(other.as_of)}"
    stated = "not " if other.modality is Modality.DENIED else ""
    return f"{other.id} ({stated}{other.value} {said})"


def check(index: ClaimIndex) -> Iterator[Finding]:
    claims = {claim_id: item.model for claim_id, item in index.claims.items()}
    for claim_id, item in index.claims.items():
        claim = item.model
        if not isinstance(claim, RelationClaim) or claim.absolute is None or claim_id in index.corrected:
            continue
        said = said_before(claim)
        if said is None:
            continue
        before, words = said
        group = index.groups[(claim.subject, claim.property)]
        found = []
        for other_id in group:
            other = claims[other_id]
            if other_id == claim_id or other_id in index.corrected or not isinstance(other, RelationClaim):
                continue
            if _contradicts(index, claim, other, before):
                found.append(other)
        if claim.absolute is Absolute.FIRST:
            # An earlier beginning with an end between is no second beginning (CT217 is silent): it is held before.
            reported = {(c.first, c.second) for c in edge_conflicts(claims, group, index.graph, index.corrected)}
            found = [o for o in found if (claim_id, o.id) not in reported and (o.id, claim_id) not in reported]
        if not found:
            continue
        settled = classes_acknowledged([claim], found)
        yield FINDING.at(
            item,
            ("absolute",),
            state=State.ACKNOWLEDGED if settled else State.OPEN,
            claims=(claim_id, *(o.id for o in found)),
            subject=claim.subject,
            property=claim.property,
            resolution=resolution_note([claim, *found]),
            claim=claim_id,
            word=claim.absolute.value,
            before=f"({words})" if claim.absolute is not Absolute.FIRST else f"({words} and never held before)",
            others=listing([_described(o) for o in found])
            + (" says otherwise" if len(found) == 1 else " say otherwise"),
        )
