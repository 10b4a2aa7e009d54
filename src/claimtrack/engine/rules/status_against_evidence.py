"""A claim's status that its own evidence, or the claims it conflicts with, do not bear out.

## What it finds
- a status other than `unreviewed` with no `review` (who decided, and when);
- `supported` while a source linked with `stance: contradicts` stands and no
  `review.note` says why the claim holds anyway;
- `supported` while a conflicting claim (see `conflicting-values`) is also
  `supported` or `disputed`, rather than refuted;
- `refuted` with nothing against it: no contradicting evidence, no
  conflicting claim that stands, no order violation;
- `disputed` with nothing in dispute: no contradicting evidence and no
  conflicting claim;
- `misleading` without a `review.note` saying what the statement leaves out.

## Why it matters
A status is a reviewer's verdict, and readers take it at its word. A verdict
the evidence does not bear out, or one nobody signed, is worse than none.

## Example
```yaml
status: refuted
evidence:
  - source: azizov-shoigu-2018
    stance: supports
    quote: Since the parties signed the Treaty on Military-Technical Cooperation (MTC) in 2016
# nothing contradicts the claim, yet it is refuted
```

## How to resolve
Add the evidence the verdict rests on (a contradicting link with its quote),
correct the status, or write in `review.note` why the claim holds despite
the evidence against it. Every reviewed status needs `review.by` and
`review.on`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import has_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import AnyClaim, Status
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT205"
NAME = "status-against-evidence"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "status '{status}' {reason}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


_STANDING = frozenset({Status.SUPPORTED, Status.DISPUTED})
_NOT_REFUTED = frozenset(Status) - {Status.REFUTED}


def _reasons(index: ClaimIndex, claim: AnyClaim) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each reason the status does not hold, with the other claims it involves."""
    if claim.status is Status.UNREVIEWED:
        return
    if claim.review is None:
        yield "has no review: add review.by and review.on (and a note saying why)", ()
    against = index.contradictors(claim.id)
    if claim.status is Status.SUPPORTED:
        if against and not has_note(claim):
            yield f"while {listing(list(against))} contradicts it and no review.note says why it stands", ()
        count, rivals = index.rivals(claim.id, _STANDING)
        if count:
            described = [f"{p} ({index.claim(p).status})" for p in rivals]
            more = f" and {count - len(rivals)} more" if count > len(rivals) else ""
            yield f"while conflicting claim(s) {', '.join(described)}{more} are not refuted", tuple(rivals)
    elif claim.status is Status.REFUTED:
        standing, _ = index.rivals(claim.id, _NOT_REFUTED)
        if not against and not standing and claim.id not in index.out_of_order:
            yield "with nothing against it: no contradicting evidence, conflicting claim or order violation", ()
    elif claim.status is Status.DISPUTED and not against and not index.rivals(claim.id)[0]:
        yield "with nothing in dispute: no contradicting evidence and no conflicting claim", ()
    elif claim.status is Status.MISLEADING and not has_note(claim):
        yield "needs a review.note saying what the statement leaves out that changes its meaning", ()


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_id, item in index.claims.items():
        claim = item.model
        for reason, others in _reasons(index, claim):
            yield FINDING.at(
                item,
                ("status",) if "status" in claim.model_fields_set else ("id",),
                claims=(claim_id, *others),
                subject=claim.subject,
                property=claim.property,
                status=claim.status.value,
                reason=reason,
            )
