"""A dated claim that comes before a date it may not precede, by the vocabulary's constraints.

## What it finds
For each property with `not_before` in the vocabulary (a ratification is
`not_before: [signed_on]`), a claim of that property dated entirely before a
claim of the same subject with the named property. Dates are intervals, so a
ratification in `2017-03` and a signing in `2017` are not in conflict; a
ratification in `2017-03` and a signing on `2017-11-29` are. Only claims
stated as facts are compared.

## Why it matters
A treaty cannot be ratified before it is signed, a member cannot leave before
it joins. One of the two dates is wrong, and often it is the one a single
source gives.

## Example
```yaml
# claims/treaty/ratified.yaml                  # claims/treaty/signed.yaml
subject: treaty-mtc-2016                       subject: treaty-mtc-2016
property: ratified_by_uzbekistan_on            property: signed_on
value: 2017-03                                 value: '2017-11-29'
```

## How to resolve
Find which date is wrong and set that claim to `refuted` with a
`review.note`, or mark both `disputed`. If the order constraint itself is
wrong, change `not_before` in `vocabulary/properties.yaml`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import classes_acknowledged, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT202"
NAME = "order-violation"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "{subject}: {later_property} {later_value} ({later}) is before {earlier_property} {earlier_value} ({earlier})"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for violation in index.order_violations:
        later = [index.claim(c) for c in violation.later]
        earlier = [index.claim(c) for c in violation.earlier]
        settled = classes_acknowledged(later, earlier)
        yield FINDING.at(
            index.claims[violation.later[0]],
            ("value",),
            state=State.ACKNOWLEDGED if settled else State.OPEN,
            claims=(*violation.later, *violation.earlier),
            subject=violation.subject,
            property=later[0].property,
            resolution=resolution_note([*later, *earlier]),
            later_property=later[0].property,
            later_value=later[0].value,
            later=listing(list(violation.later)),
            earlier_property=earlier[0].property,
            earlier_value=earlier[0].value,
            earlier=listing(list(violation.earlier)),
        )
