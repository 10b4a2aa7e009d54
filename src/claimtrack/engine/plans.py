"""Plans and their outcomes: what became of each claim a source states as planned.

A promise tracker's question, asked of the claims: for every `planned` claim,
the claims about the same subject and property stated as done (`asserted` or
`reported`), and not set aside by a reviewer, are its possible outcomes. An event's outcome is any such claim (its
value is the date it happened); another claim's outcome is one whose date
(`as_of`, a relation's span) overlaps the plan's, or that has none. A claim
kept apart from the plan (other participants, another place: ``kept_apart``)
is never its outcome: Dalvary's ratification is no outcome of Aurenia's vote.

- *fulfilled*: an outcome's value agrees with the plan's;
- *late*: no outcome agrees, but the planned event happened (or the planned
  relation began, with the planned value) after the plan's date: carried out
  late, by the delay shown (CT213 reports it);
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
    comparison_key,
    dated_at,
    kept_apart,
    span_ends,
    spans_overlap,
    validity,
    value_entails,
)
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import is_set_aside
from claimtrack.model.claims import AnyClaim, EventClaim, Modality, RelationClaim
from claimtrack.model.partial_dates import PartialDate


class Outcome(StrEnum):
    FULFILLED = "fulfilled"
    LATE = "late"
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
    """The claims stated as done that decide the outcome: those that agree when fulfilled, those done after
    the due date when late, else every one."""
    delay: Delay | None = None
    """How late it was carried out, when late."""


@dataclass(frozen=True)
class Delay:
    """Days from the plan's date to when it was done: at least ``least``, at most ``most`` (the dates are
    partial: "due in April, done on 14 July" is 75 to 104 days)."""

    least: int
    most: int | None
    """None when the plan's date has no start."""

    def __str__(self) -> str:
        if self.most is None or self.most == self.least:
            return f"{'at least ' if self.most is None else ''}{_days(self.least)}"
        return f"{self.least} to {_days(self.most)}"


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def delay(due: PartialDate, done: PartialDate) -> Delay | None:
    """How late ``done`` is against ``due``; None unless it lies wholly after it."""
    if not due.ends_before(done) or due.upper is None or done.lower is None:
        return None
    least = (done.lower - due.upper).days
    most = None if due.lower is None or done.upper is None else (done.upper - due.lower).days
    return Delay(least, most)


def newest_publication(index: ClaimIndex) -> PartialDate | None:
    """The publication date of the newest source in the repository (by its earliest possible day)."""
    dates = [s.model.published for s in index.workspace.sources.values() if s.model.published is not None]
    dated = [d for d in dates if d.lower is not None]
    return max(dated, key=lambda d: (d.lower, d.upper or d.lower), default=None)


def _is_outcome(index: ClaimIndex, plan: AnyClaim, fact: AnyClaim) -> bool:
    if type(plan) is not type(fact) or kept_apart(plan, fact, index.graph):
        return False
    if isinstance(plan, EventClaim):
        return True
    return spans_overlap(validity(plan), validity(fact)) and spans_overlap(dated_at(plan), dated_at(fact))


def _late_by(index: ClaimIndex, plan: AnyClaim, fact: AnyClaim) -> Delay | None:
    """How late ``fact`` carried out ``plan``: an event that happened after the planned date, or a relation
    with the planned value that began after the planned start. None when it is not that."""
    due, done = dated_at(plan), dated_at(fact)
    if due is None or done is None or type(plan) is not type(fact) or kept_apart(plan, fact, index.graph):
        return None
    if isinstance(plan, RelationClaim) and isinstance(fact, RelationClaim):
        if span_ends(fact)[0] is None or not spans_overlap(validity(plan), validity(fact)):
            return None
        if not index.values_compatible(plan.id, fact.id):
            return None
    elif not isinstance(plan, EventClaim):
        return None
    return delay(due, done)


def _denies(index: ClaimIndex, plan: AnyClaim, denial: AnyClaim) -> bool:
    """The denial says that what was planned did not happen (or hold) over the plan's own date."""
    return _is_outcome(index, plan, denial) and value_entails(plan, denial, index.graph)


@dataclass(frozen=True)
class PlanClassOutcome:
    """Plans of one group that give the same value over the same span, and what became of them."""

    plans: tuple[str, ...]
    subject: str
    property: str
    outcome: Outcome
    due: PartialDate | None
    outcomes: tuple[str, ...]
    delay: Delay | None = None


def _classes(index: ClaimIndex, claim_ids: list[str]) -> list[tuple[str, ...]]:
    """Claims giving one value over one span, each class compared once (as ClaimIndex's conflicts do)."""
    classes: dict[tuple[str, ...], list[str]] = {}
    for claim_id in claim_ids:
        claim = index.claim(claim_id)
        classes.setdefault(comparison_key(claim, str(dated_at(claim))), []).append(claim_id)
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
            outcomes = [cls for cls in fact_classes if _is_outcome(index, plan, index.claim(cls[0]))]
            agreeing = tuple(c for cls in outcomes if index.values_compatible(plan.id, cls[0]) for c in cls)
            late = [(d, cls) for cls in fact_classes if (d := _late_by(index, plan, index.claim(cls[0]))) is not None]
            due = dated_at(plan)
            late_by = min((d for d, _ in late), key=lambda d: d.least, default=None)
            if agreeing:
                outcome, deciding = Outcome.FULFILLED, agreeing
            elif late:
                outcome, deciding = Outcome.LATE, tuple(c for _, cls in late for c in cls)
            elif outcomes:
                outcome, deciding = Outcome.DIFFERS, tuple(c for cls in outcomes for c in cls)
            elif denied := tuple(c for c in denials if _denies(index, plan, index.claim(c))):
                outcome, deciding = Outcome.NOT_DONE, denied
            elif due is not None and newest is not None and due.ends_before(newest):
                outcome, deciding = Outcome.OVERDUE, ()
            else:
                outcome, deciding = Outcome.PENDING, ()
            shown_delay = late_by if outcome is Outcome.LATE else None
            found.append(
                PlanClassOutcome(plan_class, subject, property_id, outcome, due, tuple(sorted(deciding)), shown_delay)
            )
    return found


def plan_outcomes(index: ClaimIndex) -> list[PlanOutcome]:
    """Every planned claim with its outcome, in the order of the claims' ids."""
    found = [
        PlanOutcome(plan_id, cls.subject, cls.property, cls.outcome, cls.due, cls.outcomes, cls.delay)
        for cls in plan_classes(index)
        for plan_id in cls.plans
    ]
    return sorted(found, key=lambda p: p.plan)
