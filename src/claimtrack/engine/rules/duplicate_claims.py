"""Two claims that say the same thing: same subject, property, value, modality and qualifiers.

## What it finds
Claims of the same type whose subject, property, value, modality, place and
time qualifiers (`as_of`, `valid_from`, `valid_until`) are all equal. One
finding per group of such claims, at the second of them by path.

## Why it matters
The same fact stated by several sources is one claim with several pieces of
evidence. Split over two files, its corroboration is undercounted, and a
reviewer may resolve one copy and not the other.

## Example
```yaml
# claims/a.yaml and claims/b.yaml, both:
subject: treaty-mtc-2016
property: signed_on
value: '2016-11-29'
modality: asserted
```

## How to resolve
Move the evidence of one claim into the other and delete the emptied file.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import validity, value_key
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import AnyClaim
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT210"
NAME = "duplicate-claim"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = "{count} claims say the same: {names}; merge their evidence into one claim"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def _key(claim: AnyClaim) -> tuple[str, ...]:
    return (claim.type, value_key(claim), claim.modality.value, str(claim.place), str(validity(claim)))


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_ids in index.groups.values():
        same: dict[tuple[str, ...], list[str]] = {}
        for claim_id in sorted(claim_ids, key=lambda c: index.claims[c].path):
            same.setdefault(_key(index.claim(claim_id)), []).append(claim_id)
        for group in same.values():
            if len(group) < 2:
                continue
            claim = index.claim(group[1])
            yield FINDING.at(
                index.claims[group[1]],
                ("id",),
                claims=tuple(group),
                subject=claim.subject,
                property=claim.property,
                count=len(group),
                names=listing([f"{c} ({index.claims[c].path})" for c in group]),
            )
