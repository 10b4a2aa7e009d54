"""What the validate and check stages return: plain values, light to import.

A check whose result is reused (``claimtrack.cache``) builds these without loading a claim, so
this module imports neither the models nor the rules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.repository.validation import ValidationResult

if TYPE_CHECKING:
    from claimtrack.engine.index import ClaimIndex


class CheckResult:
    """What a check found: every file's problems, every finding (sorted), how many claims were
    checked, and the claim index the reports describe.

    Every command gets this one type, whatever produced it: a fresh check, the last check's result
    given again, or an incremental check. A result that was not built from every claim has no index
    yet: ``index`` makes it on first use, by checking again (``recheck``), and from then on the
    result is that check's. A report asks for the index before the findings.
    """

    def __init__(
        self,
        validation: ValidationResult,
        findings: list[Finding],
        index: ClaimIndex | None = None,
        *,
        claim_count: int | None = None,
        recheck: Callable[[], CheckResult] | None = None,
    ) -> None:
        if index is None and (claim_count is None or recheck is None):
            raise ValueError("a result without an index needs its claim count and a way to check again")
        self.validation = validation
        self.findings = findings
        self._index = index
        self.claim_count = len(index.claims) if index is not None else claim_count or 0
        self._recheck = recheck

    @property
    def index(self) -> ClaimIndex:
        """The index of every claim, made on first use when the result was given without one."""
        if self._index is None:
            assert self._recheck is not None
            full = self._recheck()
            self.validation, self.findings, self.claim_count = full.validation, full.findings, full.claim_count
            self._index = full.index
        return self._index

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
