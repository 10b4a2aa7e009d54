"""The timeline stage: a report's dated claims, one lane per subject, with the findings that involve each.

A lane's axis runs from its earliest to its latest known day, so that two dates
a few weeks apart stay apart even when the corpus spans decades. When a span on
the lane is open-ended, the axis runs on past the known days on that side (a
tenth of the lane, at least fifteen days), so that a span opening on the last
known day still has room to run off the axis. A mark is a
*conflict* when a finding about disagreeing values, an order violation or a
self-contradiction involves its claim: those are the dates that cannot all be
true. A claim a reviewer refuted is *refuted* instead, never a conflict: its
date is the one found wrong, and the dates that stand are the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.engine.report import ClaimView
from claimtrack.model.claims import Status
from claimtrack.model.findings import Finding

CONFLICT_CODES = frozenset({"CT201", "CT202", "CT209"})
"""conflicting-values, order-violation and self-contradiction: the rules that say dates cannot all hold."""

REFUTED = Status.REFUTED.value

_PADDING_DAYS = 15
"""Room on each side of a lane whose marks all fall on one day, and the least room beyond an open end."""


@dataclass(frozen=True)
class TimelineMark:
    claim: ClaimView
    findings: tuple[int, ...]
    """Positions (from 0) in the report's discrepancies of the findings that involve this claim."""
    conflict: bool
    """A finding says this date cannot hold with another, and no reviewer refuted it."""
    start: float
    end: float
    """Where the claim's span lies on its lane's axis, from 0.0 to 1.0."""
    open_start: bool = False
    open_end: bool = False
    """The span has no bound on that side and runs off the axis."""
    refuted: bool = False
    """A reviewer found the claim wrong (status refuted): a date that does not stand."""


@dataclass(frozen=True)
class TimelineLane:
    subject: str
    first: dt.date
    last: dt.date
    """The axis: the earliest and latest day any mark on the lane names."""
    marks: tuple[TimelineMark, ...]

    @property
    def conflicts(self) -> int:
        return sum(1 for m in self.marks if m.conflict)

    @property
    def refuted(self) -> int:
        return sum(1 for m in self.marks if m.refuted)

    @property
    def single_day(self) -> bool:
        """Every known day on the lane is one day."""
        return self.first == self.last


def _days(day: dt.date) -> int:
    return day.toordinal()


def build_timeline(claims: Sequence[ClaimView], findings: Sequence[Finding]) -> tuple[TimelineLane, ...]:
    """Lanes in order of their first day (then subject); marks in order of their start (then claim id)."""
    involved: dict[str, list[int]] = {}
    for position, finding in enumerate(findings):
        for claim_id in finding.claims:
            involved.setdefault(claim_id, []).append(position)
    by_subject: dict[str, list[ClaimView]] = {}
    for claim in claims:
        if claim.dated is not None and (claim.dated_from is not None or claim.dated_to is not None):
            by_subject.setdefault(claim.subject, []).append(claim)
    lanes = []
    for subject, dated in by_subject.items():
        days = [d for c in dated for d in (c.dated_from, c.dated_to) if d is not None]
        first, last = min(days), max(days)
        low, high = _axis(first, last, any(c.dated_from is None for c in dated), any(c.dated_to is None for c in dated))
        width = high - low
        marks = []
        for claim in sorted(dated, key=lambda c: (c.dated_from or c.dated_to or first, c.id)):
            positions = tuple(involved.get(claim.id, ()))
            refuted = claim.status == REFUTED
            start = low if claim.dated_from is None else _days(claim.dated_from)
            end = high if claim.dated_to is None else _days(claim.dated_to) + 1
            marks.append(
                TimelineMark(
                    claim=claim,
                    findings=positions,
                    conflict=not refuted and any(findings[p].code in CONFLICT_CODES for p in positions),
                    start=(start - low) / width,
                    end=(end - low) / width,
                    open_start=claim.dated_from is None,
                    open_end=claim.dated_to is None,
                    refuted=refuted,
                )
            )
        lanes.append(TimelineLane(subject, first, last, tuple(marks)))
    return tuple(sorted(lanes, key=lambda lane: (lane.first, lane.subject)))


def _axis(first: dt.date, last: dt.date, open_start: bool, open_end: bool) -> tuple[int, int]:
    """The lane's first and past-the-last day numbers: the known days, with room around one day alone and
    beyond an open side."""
    low, high = _days(first), _days(last) + 1
    room = max(_PADDING_DAYS, (high - low) // 10)
    single = first == last
    return low - (room if single or open_start else 0), high + (room if single or open_end else 0)
