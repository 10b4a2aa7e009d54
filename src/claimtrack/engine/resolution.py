"""How reviewers' decisions, recorded in claim statuses, settle a finding.

A claim is *set aside* when a reviewer refuted it, found it unverifiable or
misleading, and wrote in ``review.note`` why. A discrepancy between two claims is
acknowledged when one of them is set aside or both are disputed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimtrack.model.claims import AnyClaim, Status

SET_ASIDE = (Status.REFUTED, Status.UNVERIFIABLE, Status.MISLEADING)


def has_note(claim: AnyClaim) -> bool:
    return claim.review is not None and bool(claim.review.note and claim.review.note.strip())


def is_set_aside(claim: AnyClaim) -> bool:
    return claim.status in SET_ASIDE and has_note(claim)


def pair_acknowledged(a: AnyClaim, b: AnyClaim) -> bool:
    return is_set_aside(a) or is_set_aside(b) or (a.status is Status.DISPUTED and b.status is Status.DISPUTED)


def classes_acknowledged(first: Sequence[AnyClaim], second: Sequence[AnyClaim]) -> bool:
    """Every claim of ``first`` against every claim of ``second`` is acknowledged (see pair_acknowledged)."""
    standing = [c for c in first if not is_set_aside(c)], [c for c in second if not is_set_aside(c)]
    if not standing[0] or not standing[1]:
        return True
    return all(c.status is Status.DISPUTED for side in standing for c in side)


def resolution_note(claims: Iterable[AnyClaim]) -> str | None:
    """The review notes of the claims whose status settles the finding, in order."""
    notes = [
        f"{c.id}: {c.review.note.strip()}"
        for c in claims
        if c.review is not None and c.review.note and (is_set_aside(c) or c.status is Status.DISPUTED)
    ]
    return " | ".join(notes) if notes else None
