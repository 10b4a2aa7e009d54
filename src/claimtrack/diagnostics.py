"""Diagnostics are values: every problem found is one frozen, sortable record."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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
