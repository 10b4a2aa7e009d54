"""A claim stated as done that its sources state only as planned or predicted, or on which they disagree.

## What it finds
For each claim stated as a fact (`asserted` or `reported`), the claims on the
same subject and property with compatible values that are `planned` or
`predicted`. When every source supporting the fact also supports such a plan,
the fact rests only on sources that call it a plan. Otherwise the sources
disagree only where time says they do: a source that states it as planned
conflicts with a source that states it as done when the planning source was
published at or after the reporting one (it still calls planned what the
other reports done), or after the day the event itself happened, or when
the plan's own date lies after the reporting source's publication. A plan published before the report is its fulfilment,
not a conflict; so is a plan published before the date the fact gives.
Without publication dates the order is unknown, and the finding stands.
Attributions and assessments are not compared.

Both orders, for a drill and two articles:

| planning source | reporting source | finding |
|---|---|---|
| March: "a drill will be held in May" | June: "the drill was held" | none: the plan, then its fulfilment |
| June: "a drill is planned" | March: "the drill was held" | CT206: a later source still calls it a plan |
| March: "a drill is planned for August" | June: "the drill was held" | CT206: done before its planned date |
| 20 May: "a drill will be held in May" | June: "the drill was held on 14 May" | CT206: written after the drill |

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

from claimtrack.engine.compare import (
    COMPARABLE,
    FACT_MODALITIES,
    comparison_key,
    dated_at,
    kept_apart,
)
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import classes_acknowledged, has_note, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import AnyClaim, EventClaim, Modality
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.partial_dates import PartialDate
from claimtrack.model.wording import agree

CODE = "CT206"
NAME = "plan-as-fact"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "stated as done ({modality}), but {detail}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
_PLANS = (Modality.PLANNED, Modality.PREDICTED)


def _published(index: ClaimIndex, source_id: str) -> PartialDate | None:
    item = index.workspace.sources.get(source_id)
    return None if item is None else item.model.published


def _written_before(index: ClaimIndex, source_id: str, when: PartialDate | None) -> bool:
    published = _published(index, source_id)
    return when is not None and published is not None and published.ends_before(when)


def _written_after_the_event(index: ClaimIndex, source_id: str, fact: AnyClaim) -> bool:
    """The source was published after the day the event happened, so it could not still announce it."""
    published = _published(index, source_id)
    return isinstance(fact, EventClaim) and published is not None and fact.value.ends_before(published)


def _conflict_in_time(index: ClaimIndex, planner: str, reporter: str, plans: list[AnyClaim]) -> bool:
    """A source calling it planned disagrees with one calling it done unless the plan came first and
    was due by the report."""
    planned_on, reported_on = _published(index, planner), _published(index, reporter)
    if planned_on is None or reported_on is None:
        return True
    if not planned_on.ends_before(reported_on):
        return True
    due = [dated_at(p) for p in plans if planner in index.supporters(p.id)]
    return any(d is not None and reported_on.ends_before(d) for d in due)


def _by_value(index: ClaimIndex, claims: list[AnyClaim]) -> list[list[AnyClaim]]:
    """Claims grouped by value and span: each group is compared once."""
    groups: dict[tuple[str, ...], list[AnyClaim]] = {}
    for claim in claims:
        groups.setdefault(comparison_key(claim), []).append(claim)
    return list(groups.values())


def check(index: ClaimIndex) -> Iterator[Finding]:
    for claim_ids in index.groups.values():
        claims = [index.claim(c) for c in claim_ids if isinstance(index.claim(c), COMPARABLE)]
        plan_classes = _by_value(index, [c for c in claims if c.modality in _PLANS])
        if not plan_classes:
            continue
        for facts in _by_value(index, [c for c in claims if c.modality in FACT_MODALITIES]):
            matching = [
                p
                for cls in plan_classes
                if not kept_apart(facts[0], cls[0], index.graph) and index.values_compatible(facts[0].id, cls[0].id)
                for p in cls
            ]
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
            reporters = sorted(supporters - plan_sources)
            disagreeing = sorted(
                s
                for s in plan_sources
                if not _written_before(index, s, when)
                and (
                    _written_after_the_event(index, s, fact)
                    or any(_conflict_in_time(index, s, r, matching) for r in reporters)
                )
            )
            if not disagreeing:
                continue
            detail = (
                f"sources disagree: {listing(reporters)} {agree(len(reporters), 'states', 'state')} it as done, "
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
