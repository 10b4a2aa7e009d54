"""Diagnostics are values: every problem found is one frozen, sortable record."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter
from typing import Any


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

    def to_row(self) -> list[Any]:
        """The diagnostic as a JSON list, as the caches keep it."""
        return [self.path, self.line, self.column, self.code, self.message, self.severity.value]

    @classmethod
    def from_row(cls, row: list[Any], path: str | None = None) -> Diagnostic:
        """The diagnostic ``to_row`` kept (at ``path`` when given); raises ValueError or TypeError on another shape."""
        stored, line, column, code, message, severity = row
        return cls(stored if path is None else path, line, column, code, message, Severity(severity))


_ORDER = attrgetter(*(f.name for f in fields(Diagnostic)))


def ordered(problems: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The problems without repeats, sorted as the class orders them (a key of every field in turn gives the
    same order, compared without calling Python code for each pair)."""
    return sorted(set(problems), key=_ORDER)
