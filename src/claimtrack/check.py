"""The check stage: validate the repository, index its claims, and run every rule.

The rules run on whatever loaded, so a repository with a broken file still
gets its findings; the result carries the validation problems beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimtrack.cache import ParseCache
from claimtrack.diagnostics import Severity
from claimtrack.findings import Finding, State
from claimtrack.index import ClaimIndex
from claimtrack.load import Progress
from claimtrack.rules import RULES, RuleModule
from claimtrack.validate import ValidationResult, validate_repository


@dataclass
class CheckResult:
    validation: ValidationResult
    findings: list[Finding] = field(default_factory=list)
    index: ClaimIndex | None = None

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


def run_rules(index: ClaimIndex, rules: Iterable[RuleModule] | None = None) -> list[Finding]:
    """Every finding of the given rules (all by default), sorted and without repeats."""
    found: set[Finding] = set()
    for rule in RULES.values() if rules is None else rules:
        found.update(rule.check(index))
    return sorted(found)


def check_repository(root: Path, *, cache: ParseCache | None = None, progress: Progress | None = None) -> CheckResult:
    validation = validate_repository(root, cache=cache, progress=progress)
    if validation.workspace is None:
        return CheckResult(validation)
    index = ClaimIndex(validation.workspace)
    return CheckResult(validation, run_rules(index), index)
