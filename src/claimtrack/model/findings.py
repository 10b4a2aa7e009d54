"""Findings are values: one frozen, sortable record per discrepancy the rules find.

A finding is about the claims and sources, not a defect of the files: it is
*open* until the claims involved record a reviewer's decision about it, and
*acknowledged* after.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter

from claimtrack.model.diagnostics import Severity


class State(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"


@dataclass(frozen=True, order=True)
class Finding:
    """One discrepancy, located at the claim (or source) that shows it best."""

    path: str
    line: int
    column: int
    code: str
    message: str
    rule: str
    severity: Severity
    state: State = State.OPEN
    subject: str | None = None
    property: str | None = None
    claims: tuple[str, ...] = ()
    """The claims involved, most relevant first."""
    sources: tuple[str, ...] = ()
    """Sources the finding is about, beyond those behind its claims."""
    resolution: str | None = None
    """The reviewer's note that acknowledges the finding."""

    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"

    def is_open_error(self) -> bool:
        return self.state is State.OPEN and self.severity is Severity.ERROR

    def identity(self) -> tuple[str | None, ...]:
        """What the finding is about, whatever its wording, place and state: the same discrepancy found in
        two revisions has one identity (``diff`` matches findings by it; SARIF fingerprints it)."""
        about = "" if self.claims else self.message
        return (self.code, self.subject, self.property, *sorted(self.claims), "|", *self.sources, "|", about)


FINDING_ORDER = attrgetter(*(f.name for f in fields(Finding)))
"""A key that sorts findings as the class orders them (every field in turn), compared without Python code."""


def ordered(found: Iterable[Finding]) -> list[Finding]:
    """The findings without repeats, sorted as the class orders them (a key of every field in turn gives the
    same order, compared without calling Python code for each pair)."""
    return sorted(set(found), key=FINDING_ORDER)
