"""Beginnings and ends of relations: when two of them cannot both be true, and when a span held runs across one.

A relation's ``began`` says more than ``valid_from``: it did not hold just before. So two beginnings of
one relation (one subject, property and value) at different times cannot both be true, unless the
relation ended between them (a member who left and rejoined); the same holds for two ends, unless it
began again between them. A span the relation surely held across a beginning (from before its earliest
day to after its latest) contradicts it too. A span held *after* a beginning never does: that is what a
beginning says.

Only relations stated as facts are compared, and only where the dates decide: a claim held "as of" a
date may have held on any day of it, so it never runs across a beginning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from claimtrack.engine.compare import FACT_MODALITIES, EntityGraph
from claimtrack.model.claims import AnyClaim, Modality, RelationClaim
from claimtrack.model.partial_dates import PartialDate


class Edge(StrEnum):
    """Which end of a relation's span a claim dates."""

    BEGAN = "began"
    ENDED = "ended"


@dataclass(frozen=True)
class EdgeConflict:
    """Two claims on one relation that cannot both be true: ``first`` dates an edge (a beginning or an end)
    that ``second`` contradicts, by another edge of the same kind or by a span held across it."""

    edge: Edge
    first: str
    second: str
    across: bool
    """``second`` holds across ``first``'s edge (rather than giving another edge of the same kind)."""


def edge(claim: RelationClaim, which: Edge) -> PartialDate | None:
    return claim.began if which is Edge.BEGAN else claim.ended


def _day_before(day: dt.date) -> dt.date:
    return day if day == dt.date.min else day - dt.timedelta(days=1)


def held_across(held: RelationClaim, which: Edge, at: PartialDate) -> bool:
    """``held`` surely holds on a day before and a day after every day the edge ``at`` may be, so that the
    relation cannot have begun (or ended) then. Only a span with both a start and an end given (a
    beginning or ``valid_from``, an end or ``valid_until``) is sure of its days."""
    start, end = held.valid_from or held.began, held.valid_until or held.ended
    if start is None or end is None or at.lower is None or at.upper is None:
        return False
    surely_from, surely_until = start.upper, end.lower
    if surely_from is None or surely_until is None or surely_from > surely_until:
        return False
    if which is Edge.BEGAN:
        # Began on day d: not held on d - 1. Held from before the earliest d to the latest d: no such day.
        return surely_from <= _day_before(at.lower) and surely_until >= at.upper
    return surely_from <= at.lower and surely_until > at.upper


def _between(date: PartialDate | None, earlier: PartialDate, later: PartialDate) -> bool:
    """The date may lie from the earlier edge to the later one."""
    if date is None:
        return False
    after_earlier = date.upper is None or earlier.lower is None or date.upper >= earlier.lower
    before_later = date.lower is None or later.upper is None or date.lower <= later.upper
    return after_earlier and before_later


def _interrupted(which: Edge, earlier: PartialDate, later: PartialDate, relation: Iterable[RelationClaim]) -> bool:
    """Some claim on the relation says it ended (between two beginnings) or began (between two ends), or
    denies it over a span that may lie between them. ``valid_until`` and ``valid_from`` count as an end and a
    beginning here: a span given as held until a date may well have ended then, and no finding is better
    than a false one."""
    for claim in relation:
        if claim.modality is Modality.DENIED:
            span = claim.as_of or claim.valid_from or claim.valid_until
            if _between(span, earlier, later):
                return True
            continue
        start, end = claim.valid_from or claim.began, claim.valid_until or claim.ended
        other = end if which is Edge.BEGAN else start
        if _between(other, earlier, later):
            return True
    return False


def edges_conflict(which: Edge, first: RelationClaim, second: RelationClaim, relation: Iterable[RelationClaim]) -> bool:
    """Two edges of one kind at different times, with nothing in ``relation`` saying it ended or began again
    between them."""
    a, b = edge(first, which), edge(second, which)
    if a is None or b is None or a.overlaps(b):
        return False
    earlier, later = (a, b) if a.ends_before(b) else (b, a)
    return not _interrupted(which, earlier, later, relation)


def edge_conflicts(
    claims: dict[str, AnyClaim], group: list[str], graph: EntityGraph, corrected: Iterable[str] = ()
) -> Iterator[EdgeConflict]:
    """The edge conflicts among one (subject, property) group's claims, each pair once: two edges with the
    earlier first, an edge and a span with the edge first. Claims resting on corrected passages
    (``corrected``) take no part."""
    left_out = set(corrected)
    relations: dict[str, RelationClaim] = {}
    for claim_id in group:
        claim = claims[claim_id]
        if claim_id not in left_out and isinstance(claim, RelationClaim):
            relations[claim_id] = claim
    facts = [c for c, claim in relations.items() if claim.modality in FACT_MODALITIES]
    for i, first_id in enumerate(facts):
        first = relations[first_id]
        if first.began is None and first.ended is None:
            continue  # only a claim with an edge is compared: a group of spans alone costs one pass
        same = {c: claim for c, claim in relations.items() if graph.same(first.value, claim.value)}
        for which in Edge:
            at = edge(first, which)
            if at is None:
                continue
            for j, second_id in enumerate(facts):
                second = relations[second_id]
                if second_id == first_id or second_id not in same:
                    continue
                other = edge(second, which)
                if other is not None:
                    if j > i and edges_conflict(which, first, second, same.values()):
                        earlier_first = at.ends_before(other)
                        pair = (first_id, second_id) if earlier_first else (second_id, first_id)
                        yield EdgeConflict(which, *pair, across=False)
                elif held_across(second, which, at):
                    yield EdgeConflict(which, first_id, second_id, across=True)
