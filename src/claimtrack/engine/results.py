"""What the check stage returns: a plain value, light to import.

A check whose result the cache gives again builds this without loading a claim, so this module imports
neither the models nor the rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.repository.validation import ValidationResult

if TYPE_CHECKING:
    from claimtrack.engine.index import ClaimIndex


@dataclass(frozen=True)
class CheckResult:
    """What a check found: every file's problems, every finding (sorted), how many claims were checked, and,
    when the command asked for it, the claim index the reports describe.

    Every command gets this one type, whatever produced it: a fresh check, the last check's result given
    again, or an incremental check. Once a command has it, nothing in it changes or runs again. A command
    that describes claims (a report, an export, a diff) asks for the index when it asks for the check
    (``claimtrack.cache.check(..., with_index=True)``); a fresh check always has one.
    """

    validation: ValidationResult
    findings: list[Finding]
    claim_count: int
    index: ClaimIndex | None = None

    def require_index(self) -> ClaimIndex:
        """The index of every claim; raises ValueError for a result asked for without one."""
        if self.index is None:
            raise ValueError("this check result was asked for without its index (with_index=False)")
        return self.index

    @property
    def open_errors(self) -> int:
        return sum(1 for f in self.findings if f.is_open_error())

    @property
    def success(self) -> bool:
        return self.validation.success and self.open_errors == 0

    def count(self, *, state: State | None = None, severity: Severity | None = None) -> int:
        return sum(
            1
            for f in self.findings
            if (state is None or f.state is state) and (severity is None or f.severity is severity)
        )
