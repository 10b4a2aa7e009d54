"""One source supporting two claims that cannot both be true.

## What it finds
A source whose evidence supports two claims that conflict (see
`conflicting-values`) or that violate an order constraint (see
`order-violation`). One finding per source and conflict.

## Why it matters
A source that contradicts itself is less reliable on everything it says, and
its contradiction is easily missed because each claim, on its own, is
supported by it. A reviewer weighing that source should know.

## Example
```yaml
# claims/treaty/signed-2016.yaml               # claims/treaty/signed-2017.yaml
value: '2016-11-29'                            value: '2017-11-29'
evidence:                                      evidence:
  - source: southey-2018-mtc-treaty              - source: southey-2018-mtc-treaty
    stance: supports                               stance: supports
```

## How to resolve
Decide which of the source's statements stands and refute the other with a
`review.note` (or mark both `disputed`); the finding remains in the report
as acknowledged, and in the source's scorecard.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import describe_value
from claimtrack.engine.index import ClaimClass, ClaimIndex
from claimtrack.engine.resolution import classes_acknowledged, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT209"
NAME = "self-contradiction"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "{source} supports claims that cannot all be true: {values}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def _contradictions(index: ClaimIndex) -> Iterator[tuple[str, str, str, list[tuple[ClaimClass, ClaimClass]]]]:
    """(subject, property, source, pairs of claim classes) for each source supporting both sides of a conflict."""
    groups = [(c.subject, c.property, list(c.class_pairs())) for c in index.conflicts]
    groups += [(o.subject, index.claim(o.later[0]).property, [(o.later, o.earlier)]) for o in index.order_violations]
    for subject, property_id, pairs in groups:
        by_source: dict[str, list[tuple[ClaimClass, ClaimClass]]] = {}
        for first, second in pairs:
            for source in sorted(index.class_supporters(first) & index.class_supporters(second)):
                by_source.setdefault(source, []).append(
                    (_supported_by(index, first, source), _supported_by(index, second, source))
                )
        for source in sorted(by_source):
            yield subject, property_id, source, by_source[source]


def _supported_by(index: ClaimIndex, cls: ClaimClass, source: str) -> ClaimClass:
    return tuple(c for c in cls if source in index.supporters(c))


def check(index: ClaimIndex) -> Iterator[Finding]:
    for subject, property_id, source, pairs in _contradictions(index):
        claim_ids = sorted({c for pair in pairs for cls in pair for c in cls}, key=lambda c: index.claims[c].path)
        claims = [index.claim(c) for c in claim_ids]
        settled = all(classes_acknowledged([index.claim(c) for c in a], [index.claim(c) for c in b]) for a, b in pairs)
        first = index.claims[claim_ids[0]]
        position = next(i for i, link in enumerate(first.model.evidence) if link.source == source)
        yield FINDING.at(
            first,
            ("evidence", position, "source"),
            state=State.ACKNOWLEDGED if settled else State.OPEN,
            claims=tuple(claim_ids),
            sources=(source,),
            subject=subject,
            property=property_id,
            resolution=resolution_note(claims),
            source=source,
            values=listing([f"{c.property} {describe_value(c)} ({c.id})" for c in claims]),
        )
