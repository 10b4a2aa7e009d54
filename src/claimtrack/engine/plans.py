"""Plans and their outcomes: what became of each claim a source states as planned.

A promise tracker's question, asked of the claims: for every `planned` claim,
the claims about the same subject and property stated as done (`asserted` or
`reported`), and not set aside by a reviewer, are its possible outcomes. An event's outcome is any such claim (its
value is the date it happened); another claim's outcome is one whose date
(`as_of`, a relation's span) overlaps the plan's, or that has none.

- *fulfilled*: an outcome's value agrees with the plan's;
- *differs*: there are outcomes, and none agrees (CT213 reports it);
- *not done*: no outcome, and a `denied` claim denies what was planned over
  the plan's own date ("the island is still waiting for its ferry", of a
  route planned for April): the plan was not carried out (CT213 reports it);
- *overdue*: no outcome, and the plan's date has passed by the publication of
  the newest source in the repository;
- *pending*: no outcome yet, and the plan is not overdue (or has no date).

Only the files decide: "overdue" is measured against the newest source, never
against today's date, so that two runs on one repository agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimtrack.engine.compare import (
    COMPARABLE,
    FACT_MODALITIES,
    dated_at,
    spans_overlap,
    validity,
    value_entails,
    value_key,
)
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import is_set_aside
from claimtrack.model.claims import AnyClaim, EventClaim, Modality
from claimtrack.model.partial_dates import PartialDate


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    DIFFERS = "differs"
    NOT_DONE = "not done"
    OVERDUE = "overdue"
    PENDING = "pending"


@dataclass(frozen=True)
class PlanOutcome:
    """One planned claim and what became of it."""

    plan: str
    """The planned claim's id."""
    subject: str
    property: str
    outcome: Outcome
    due: PartialDate | None
    """The plan's own date (an event's value, an as_of or a span's start); None when it gives none."""
    outcomes: tuple[str, ...]
    """The claims stated as done that decide the outcome: those that agree when fulfilled, else every one."""


def newest_publication(index: ClaimIndex) -> PartialDate | None:
    """The publication date of the newest source in the repository (by its earliest possible day)."""
    dates = [s.model.published for s in index.workspace.sources.values() if s.model.published is not None]
    dated = [d for d in dates if d.lower is not None]
    return max(dated, key=lambda d: (d.lower, d.upper or d.lower), default=None)


def _is_outcome(plan: AnyClaim, fact: AnyClaim) -> bool:
    if type(plan) is not type(fact):
        return False
    if isinstance(plan, EventClaim):
        return True
    return spans_overlap(validity(plan), validity(fact)) and spans_overlap(dated_at(plan), dated_at(fact))


def _denies(index: ClaimIndex, plan: AnyClaim, denial: AnyClaim) -> bool:
    """The denial says that what was planned did not happen (or hold) over the plan's own date."""
    return _is_outcome(plan, denial) and value_entails(plan, denial, index.graph)


@dataclass(frozen=True)
class PlanClassOutcome:
    """Plans of one group that give the same value over the same span, and what became of them."""

    plans: tuple[str, ...]
    subject: str
    property: str
    outcome: Outcome
    due: PartialDate | None
    outcomes: tuple[str, ...]


def _classes(index: ClaimIndex, claim_ids: list[str]) -> list[tuple[str, ...]]:
    """Claims giving one value over one span, each class compared once (as ClaimIndex's conflicts do)."""
    classes: dict[tuple[str, str, str, str], list[str]] = {}
    for claim_id in claim_ids:
        claim = index.claim(claim_id)
        key = (type(claim).__name__, value_key(claim), str(validity(claim)), str(dated_at(claim)))
        classes.setdefault(key, []).append(claim_id)
    return [tuple(members) for members in classes.values()]


def plan_classes(index: ClaimIndex) -> list[PlanClassOutcome]:
    """Every class of planned claims with its outcome, in the order of the groups and of the classes' first ids.

    Plans and facts are grouped into classes of equal value and span first, so that a group of thousands of
    claims with a few distinct values costs a few comparisons."""
    newest = newest_publication(index)
    found: list[PlanClassOutcome] = []
    for (subject, property_id), claim_ids in sorted(index.groups.items()):
        comparable = [c for c in claim_ids if isinstance(index.claim(c), COMPARABLE)]
        plans = [c for c in comparable if index.claim(c).modality is Modality.PLANNED]
        if not plans:
            continue
        standing = [c for c in comparable if not is_set_aside(index.claim(c))]
        fact_classes = _classes(index, [c for c in standing if index.claim(c).modality in FACT_MODALITIES])
        denials = [c for c in standing if index.claim(c).modality is Modality.DENIED]
        for plan_class in _classes(index, plans):
            plan = index.claim(plan_class[0])
            outcomes = [cls for cls in fact_classes if _is_outcome(plan, index.claim(cls[0]))]
            agreeing = tuple(c for cls in outcomes if index.values_compatible(plan.id, cls[0]) for c in cls)
            due = dated_at(plan)
            if agreeing:
                outcome, deciding = Outcome.FULFILLED, agreeing
            elif outcomes:
                outcome, deciding = Outcome.DIFFERS, tuple(c for cls in outcomes for c in cls)
            elif denied := tuple(c for c in denials if _denies(index, plan, index.claim(c))):
                outcome, deciding = Outcome.NOT_DONE, denied
            elif due is not None and newest is not None and due.ends_before(newest):
                outcome, deciding = Outcome.OVERDUE, ()
            else:
                outcome, deciding = Outcome.PENDING, ()
            found.append(PlanClassOutcome(plan_class, subject, property_id, outcome, due, tuple(sorted(deciding))))
    return found


def plan_outcomes(index: ClaimIndex) -> list[PlanOutcome]:
    """Every planned claim with its outcome, in the order of the claims' ids."""
    found = [
        PlanOutcome(plan_id, cls.subject, cls.property, cls.outcome, cls.due, cls.outcomes)
        for cls in plan_classes(index)
        for plan_id in cls.plans
    ]
    return sorted(found, key=lambda p: p.plan)
