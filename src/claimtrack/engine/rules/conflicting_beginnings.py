"""Two beginnings (or two ends) of one relation that cannot both be true, or a span held across a beginning.

## What it finds
Relation claims stated as facts on one subject, property and value (the
same entity, or a spelling variant of it), where:
- two claims give the relation's beginning (`began`) at different times
  ("a partner since 2019" against "joined in April 2021"), and no claim says
  it ended (`ended`, `valid_until`) or denies it between them;
- two claims give its end (`ended`) at different times, and no claim says
  it began again between them;
- one claim gives a beginning (or an end) and another says the relation
  held from before it to after it (a span with both ends given), so it
  cannot have begun (or ended) then.

A beginning is compatible with any claim that the relation held later: that
is what a beginning says. A claim held `as_of` a date may have held on any
day of it, so it never runs across a beginning. `valid_from` says only that
the relation held from then, so two `valid_from` dates never conflict; use
`began` when the source says when it began.

## Why it matters
A relation begins once: a membership that began in 2019 did not begin in
April 2021, unless it ended between. Until a reviewer decides which date
stands, a timeline built from either claim is wrong.

## Example
```yaml
# claims/consortium/dalvary-partner-since-2019.yaml   # claims/consortium/dalvary-joined-2021-04.yaml
subject: dalvary                                      subject: dalvary
property: member_of                                   property: member_of
value: rail-consortium                                value: rail-consortium
began: '2019'                                         began: '2021-04'
```

## How to resolve
Decide from the evidence which beginning stands and set the other claim to
`refuted` with a `review.note` saying why (or both `disputed`); the finding
is then acknowledged. When the relation did end and begin again, add the
claim that says when it ended.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.beginnings import Edge, edge, edge_conflicts
from claimtrack.engine.compare import describe_value, validity
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import pair_acknowledged, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.claims import AnyClaim, RelationClaim
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.partial_dates import spoken

CODE = "CT217"
NAME = "conflicting-beginnings"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "{subject} {property} {value}: {first} says it {edge} {date}, but {second} {against}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def _against(which: Edge, second: AnyClaim, across: bool) -> str:
    assert isinstance(second, RelationClaim)
    if across:
        span = validity(second)
        return f"says it held {'' if span is None else spoken(span)}, from before that to after it"
    date = edge(second, which)
    return f"says it {which.value} {'' if date is None else spoken(date)}, and no claim says it {_other(which)} between"


def _other(which: Edge) -> str:
    return "ended" if which is Edge.BEGAN else "began again"


def check(index: ClaimIndex) -> Iterator[Finding]:
    claims = {claim_id: item.model for claim_id, item in index.claims.items()}
    for (subject, property_id), group in index.groups.items():
        for found in edge_conflicts(claims, group, index.graph, index.corrected):
            first, second = claims[found.first], claims[found.second]
            assert isinstance(first, RelationClaim)
            date = edge(first, found.edge)
            yield FINDING.at(
                index.claims[found.first],
                (found.edge.value,),
                state=State.ACKNOWLEDGED if pair_acknowledged(first, second) else State.OPEN,
                claims=(found.first, found.second),
                subject=subject,
                property=property_id,
                resolution=resolution_note([first, second]),
                value=describe_value(first),
                first=found.first,
                edge=found.edge.value,
                date="" if date is None else spoken(date),
                second=found.second,
                against=_against(found.edge, second, found.across),
            )
