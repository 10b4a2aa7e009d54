"""Diagnostics are values: every problem found is one frozen, sortable record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem, pointing at a file, a 1-based line and a 1-based column."""

    path: str
    line: int
    column: int
    code: str
    message: str
    severity: Severity = Severity.ERROR

    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


_ORDER = attrgetter(*(f.name for f in fields(Diagnostic)))


def ordered(problems: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The problems without repeats, sorted as the class orders them (a key of every field in turn gives the
    same order, compared without calling Python code for each pair)."""
    return sorted(set(problems), key=_ORDER)
