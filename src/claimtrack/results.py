"""What the validate and check stages return: plain values, light to import.

A reused check (``check_cache``) builds these without loading a claim, so this module
imports neither the models nor the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimtrack.diagnostics import Diagnostic, Severity
from claimtrack.findings import Finding, State

if TYPE_CHECKING:
    from claimtrack.index import ClaimIndex
    from claimtrack.models.claims import AnyClaim
    from claimtrack.workspace import Workspace


@dataclass
class ValidationResult:
    files_checked: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    workspace: Workspace | None = None
    claim_models: dict[str, AnyClaim | None] = field(default_factory=dict)
    """Each claim file loaded, by path, with its model (None when it is not valid), including a file
    whose id another file already took and which the workspace therefore leaves out."""

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def success(self) -> bool:
        return self.errors == 0


@dataclass
class CheckResult:
    validation: ValidationResult
    findings: list[Finding] = field(default_factory=list)
    index: ClaimIndex | None = None
    claims: int | None = None
    """How many claims were checked, when there is no index (a reused result)."""

    @property
    def claims_checked(self) -> int:
        return len(self.index.claims) if self.index is not None else self.claims or 0

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
