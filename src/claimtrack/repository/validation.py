"""What the validate stage returns: a plain value, light to import.

A validation given again by the cache builds this without loading a claim, so this module imports neither the
models nor the loader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimtrack.model.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from claimtrack.model.claims import AnyClaim
    from claimtrack.repository.workspace import Workspace


@dataclass
class ValidationResult:
    """What validating files found: how many were checked, every problem, and the workspace they built."""

    files_checked: int
    diagnostics: list[Diagnostic] = field(default_factory=list)
    workspace: Workspace | None = None
    """The valid models by id; None in a result given again without loading the files."""
    claim_models: dict[str, AnyClaim | None] = field(default_factory=dict)
    """Each claim file loaded, by path, with its model (None when it is not valid), including a file
    whose id another file already took and which the workspace therefore leaves out."""

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def success(self) -> bool:
        return self.errors == 0
