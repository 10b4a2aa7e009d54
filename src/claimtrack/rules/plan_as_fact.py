"""A claim stated as done that its sources state only as planned or predicted, or on which they disagree.

## What it finds
For each claim stated as a fact (`asserted` or `reported`), the claims on the
same subject and property with compatible values that are `planned` or
`predicted`. When every source supporting the fact also supports such a plan,
the fact rests only on sources that call it a plan; when only some do, the
sources disagree on modality. Attributions and assessments are not compared.

## Why it matters
"Plans to hold 36 joint exercises" is not "held 36 joint exercises". News
copy often turns a ministry's plan into an accomplishment, and a fact-check
that repeats it spreads the error.

## Example
```yaml
# claims/cooperation/collaborations-36.yaml    # claims/cooperation/collaborations-36-planned.yaml
property: military_collaborations              property: military_collaborations
value: {exactly: 36, unit: collaboration}      value: {exactly: 36, unit: collaboration}
modality: asserted                             modality: planned
```

## How to resolve
If no source reports it as done, change the fact's modality to `planned`, or
set it `unverifiable` or `refuted` with a `review.note`. If a source does
report it as done, add that evidence; when the sources simply disagree, the
reviewer's note on either claim records the decision.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.compare import COMPARABLE, FACT_MODALITIES, dated_at, validity, value_key
from claimtrack.diagnostics import Severity
from claimtrack.findings import Finding, State
from claimtrack.index import ClaimIndex
from claimtrack.models.claims import AnyClaim, Modality
from claimtrack.partial_dates import PartialDate
from claimtrack.resolution import classes_acknowledged, has_note, resolution_note
from claimtrack.rules.base import FindingTemplate, Scope, listing

CODE = "CT206"
NAME = "plan-as-fact"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "stated as {modality}, but {detail}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
_PLANS = (Modality.PLANNED, Modality.PREDICTED)


def _written_before(index: ClaimIndex, source_id: str, when: PartialDate | None) -> bool:
    item = index.workspace.sources.get(source_id)
    published = None if item is None else item.model.published
    return when is not None and published is not None and published.ends_before(when)


def _by_value(index: ClaimIndex, claims: list[AnyClaim]) -> list[list[AnyClaim]]:
    """Claims grouped by value and span: each group is compared once."""
    groups: dict[tuple[str, str], list[AnyClaim]] = {}
    for claim in claims:
        groups.setdefault((value_key(claim), str(validity(claim))), []).append(claim)
    return list(groups.values())


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_ids in index.groups.values():
        claims = [index.claim(c) for c in claim_ids if isinstance(index.claim(c), COMPARABLE)]
        plan_classes = _by_value(index, [c for c in claims if c.modality in _PLANS])
        if not plan_classes:
            continue
        for facts in _by_value(index, [c for c in claims if c.modality in FACT_MODALITIES]):
            matching = [p for cls in plan_classes if index.values_compatible(facts[0].id, cls[0].id) for p in cls]
            if matching:
                yield from _findings(index, facts, matching)


def _findings(index: ClaimIndex, facts: list[AnyClaim], matching: list[AnyClaim]) -> Iterator[Finding]:
    plan_sources = {s for p in matching for s in index.supporters(p.id)}
    plan_ids = listing([f"{p.id} ({p.modality})" for p in matching])
    for fact in facts:
        supporters = set(index.supporters(fact.id))
        settled = classes_acknowledged([fact], matching)
        if supporters <= plan_sources:
            detail = f"every source supporting it ({listing(sorted(supporters))}) states it as a plan: {plan_ids}"
        else:
            # A source written before the date could only announce the plan: no disagreement there.
            when = dated_at(fact)
            disagreeing = sorted(s for s in plan_sources if not _written_before(index, s, when))
            if not disagreeing:
                continue
            detail = (
                f"sources disagree: {listing(sorted(supporters - plan_sources))} state it as done, "
                f"{listing(disagreeing)} as a plan: {plan_ids}"
            )
            # Both can be true (a plan, then its outcome): a reviewer's note on the fact settles it.
            settled = settled or has_note(fact)
        yield FINDING.at(
            index.claims[fact.id],
            ("modality",),
            state=State.ACKNOWLEDGED if settled else State.OPEN,
            claims=(fact.id, *(p.id for p in matching)),
            subject=fact.subject,
            property=fact.property,
            resolution=resolution_note([fact, *matching]),
            modality=fact.modality.value,
            detail=detail,
        )
