"""Plans and their outcomes: what became of each claim a source states as planned.

A promise tracker's question, asked of the claims: for every `planned` claim,
the claims about the same subject and property stated as done (`asserted` or
`reported`), and not set aside by a reviewer, are its possible outcomes. An event's outcome is any such claim (its
value is the date it happened); another claim's outcome is one whose date
(`as_of`, a relation's span) overlaps the plan's, or that has none.

- *fulfilled*: an outcome's value agrees with the plan's;
- *differs*: there are outcomes, and none agrees (CT213 reports it);
- *overdue*: no outcome, and the plan's date has passed by the publication of
  the newest source in the repository;
- *pending*: no outcome yet, and the plan is not overdue (or has no date).

Only the files decide: "overdue" is measured against the newest source, never
against today's date, so that two runs on one repository agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from claimtrack.compare import COMPARABLE, FACT_MODALITIES, dated_at, spans_overlap, validity
from claimtrack.index import ClaimIndex
from claimtrack.models.claims import AnyClaim, EventClaim, Modality
from claimtrack.partial_dates import PartialDate
from claimtrack.resolution import is_set_aside


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    DIFFERS = "differs"
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
    if type(plan) is not type(fact) or fact.modality not in FACT_MODALITIES or is_set_aside(fact):
        return False
    if isinstance(plan, EventClaim):
        return True
    return spans_overlap(validity(plan), validity(fact)) and spans_overlap(dated_at(plan), dated_at(fact))


def plan_outcomes(index: ClaimIndex) -> list[PlanOutcome]:
    """Every planned claim with its outcome, in the order of the claims' ids."""
    newest = newest_publication(index)
    found: list[PlanOutcome] = []
    for plan_id, item in index.claims.items():
        plan = item.model
        if plan.modality is not Modality.PLANNED or not isinstance(plan, COMPARABLE):
            continue
        facts = [
            c for c in index.groups[(plan.subject, plan.property)] if c != plan_id and _is_outcome(plan, index.claim(c))
        ]
        agreeing = tuple(c for c in facts if index.values_compatible(plan_id, c))
        due = dated_at(plan)
        if agreeing:
            outcome, deciding = Outcome.FULFILLED, agreeing
        elif facts:
            outcome, deciding = Outcome.DIFFERS, tuple(facts)
        elif due is not None and newest is not None and due.ends_before(newest):
            outcome, deciding = Outcome.OVERDUE, ()
        else:
            outcome, deciding = Outcome.PENDING, ()
        found.append(PlanOutcome(plan_id, plan.subject, plan.property, outcome, due, deciding))
    return found
