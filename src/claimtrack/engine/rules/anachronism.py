"""A source that states as done something dated after the source was published.

## What it finds
Each evidence link with `stance: supports` from a source with a `published`
date, on a claim stated as a fact (`asserted` or `reported`) whose date (an
event's value, a relation's `valid_from` or `as_of`, a quantity's `as_of`)
lies entirely after the publication — or whose span ends after it: a
relation's `valid_until`, or the end of an event's interval (`2019/2022`). An
article of June 2021 cannot know that a minister's term ran "from 2019 to
2022". Open ends (`2019/..`) are never anachronistic, and neither is the end
of an `as_of` span: it says when the state was observed, and a claim that
several sources observe spans all their dates, each vouching for its part. Partial dates are intervals: a
source published in `2017-11` may report an event of `2017`.

## Why it matters
A source cannot report what had not yet happened. Either the claim has the
wrong date, the source's date is wrong, or the source stated a plan or a
forecast that the claim turned into a fact.

## Example
```yaml
# sources/ramani-2017-diplomat.yaml: published: '2017-07-11'
type: event
property: occurred_on
value: 2017-10
modality: asserted          # the article announced the exercise as planned
evidence:
  - source: ramani-2017-diplomat
    stance: supports
```

## How to resolve
Make the claim `planned` or `predicted` if that is how the source puts it;
otherwise correct the claim's date or the source's `published` date. A
reviewer who sets the claim aside (`refuted` or `unverifiable` with a
`review.note`) acknowledges the finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import FACT_MODALITIES, dated_at
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import is_set_aside, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.claims import AnyClaim, EventClaim, RelationClaim, Stance
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.partial_dates import PartialDate, parse_partial_date, spoken

CODE = "CT207"
NAME = "anachronism"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "{source}, published {published}, states as done what the claim {dates} {date}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def ended_at(claim: AnyClaim) -> PartialDate | None:
    """When the claimed span ends, if it says: a relation's ``valid_until`` or ``ended``, or the closed end of an event's
    interval."""
    if isinstance(claim, RelationClaim) and (claim.valid_until or claim.ended) is not None:
        return claim.valid_until or claim.ended
    if not isinstance(claim, EventClaim) or "/" not in claim.value.text:
        return None
    end = claim.value.text.split("/")[1]
    return None if end == ".." else parse_partial_date(end)


def _too_late(claim: AnyClaim, published: PartialDate) -> tuple[str, PartialDate] | None:
    """What of the claim lies entirely after the publication: its date, or the end of its span."""
    when, end = dated_at(claim), ended_at(claim)
    if when is not None and published.ends_before(when):
        return "dates", when
    if end is not None and published.ends_before(end):
        return "ends", end
    return None


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_id, item in index.claims.items():
        claim = item.model
        if claim.modality not in FACT_MODALITIES:
            continue
        for position, link in enumerate(claim.evidence):
            source = index.workspace.sources.get(link.source)
            published = None if source is None else source.model.published
            if link.stance is not Stance.SUPPORTS or published is None:
                continue
            late = _too_late(claim, published)
            if late is None:
                continue
            yield FINDING.at(
                item,
                ("evidence", position, "source"),
                state=State.ACKNOWLEDGED if is_set_aside(claim) else State.OPEN,
                claims=(claim_id,),
                sources=(link.source,),
                subject=claim.subject,
                property=claim.property,
                resolution=resolution_note([claim]),
                source=link.source,
                published=published,
                dates=late[0],
                date=spoken(late[1]),
            )
