"""A proposed claim waiting under claims/drafts/ for a person to review it.

## What it finds
Claim files under `claims/drafts/`, where `claimtrack draft --write` puts the
claims it proposes. Drafts are validated like every claim (a broken draft is
an error like any broken file) but no rule compares them with other claims
until a person accepts them (`claimtrack accept`), which moves them out of
`claims/drafts/`.

## Why it matters
A draft is a machine's reading of a sentence: its subject, property, value
and modality are guesses until someone checks them against the source. Left
in the drafts folder it neither counts as a claim nor shows a disagreement.

## Example
```yaml
# claims/drafts/harbour-deal-signed-on-2021-03-02.yaml
# Draft from ledger-harbour, line 2: check every field ('claimtrack edit'), then 'claimtrack accept harbour-deal-signed-on-2021-03-02', or delete it.
id: harbour-deal-signed-on-2021-03-02
type: event
statement: The Port of Velmar signed a contract for 12 patrol boats on 2 March 2021, the harbour authority said.
subject: harbour-deal
property: signed_on
value: '2021-03-02'
modality: reported
status: unreviewed
```

## How to resolve
Check the draft against its quote, correct what is wrong (`claimtrack edit
ID`), then `claimtrack accept ID`: it drops the draft's comments, gives the
claim the id its fields give and moves it to its topic's folder under
`claims/`. Delete drafts that propose nothing worth tracking.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT215"
NAME = "draft-claim"
SEVERITY = Severity.NOTE
SCOPE = Scope.SUBJECT
MESSAGE = "draft {claim}: review it, then 'claimtrack accept {claim}', or delete it"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_id, item in sorted(index.drafts.items()):
        claim = item.model
        yield FINDING.at(
            item, ("id",), claims=(claim_id,), subject=claim.subject, property=claim.property, claim=claim_id
        )
