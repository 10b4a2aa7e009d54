"""A claim whose supporting sources look independent but all come from one origin.

## What it finds
Claims supported by two or more sources that all share one origin: one
republishes or rewrites another (`derived_from`, followed transitively), both
derive from a common source, or one cites another that supports the same
claim (`cites`, as an essay's footnotes do) and so may have taken the fact
from it. The report gives every claim's count of independent supporting
sources, computed the same way.

## Why it matters
Corroboration is the number of independent witnesses, not of articles. A wire
story republished by three sites is one source, and a claim resting on it is
no stronger for being repeated.

## Example
```yaml
# sources/tca-2017-helicopters.yaml: derived_from: [kucera-2017-original]
evidence:
  - source: tca-2017-helicopters
    stance: supports
    quote: ...
  - source: kucera-2017-original
    stance: supports
    quote: ...
```

## How to resolve
Look for a source that is truly independent and add it, or record in
`review.note` that the claim rests on one origin (which acknowledges the
finding). If the sources are in fact independent, correct `derived_from` or
`cites`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import has_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT208"
NAME = "single-origin"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = "{count} supporting sources ({names}) share one origin: 1 independent source"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_id, item in index.claims.items():
        claim = item.model
        supporters = index.supporters(claim_id)
        if len(supporters) < 2 or len(index.origins(claim_id)) != 1:
            continue
        yield FINDING.at(
            item,
            ("evidence",),
            state=State.ACKNOWLEDGED if has_note(claim) else State.OPEN,
            claims=(claim_id,),
            sources=supporters,
            subject=claim.subject,
            property=claim.property,
            resolution=claim.review.note if claim.review is not None else None,
            count=len(supporters),
            names=listing(list(supporters)),
        )
