"""What `claimtrack validate` checks: the files against the models and each other, and every claim's quotes
against its sources' archived texts.

A quote that is not in its source is a broken reference, like a source id that names no file: the
validate hook, which is all some repositories run, must not let one through. Finding a quote takes the
text wing's normal form (quotes, dashes, case, spacing), which the repository wing below it cannot
import, so the engine adds it here, through the CT203 rule itself: validate and check say the same words
at the same line and column. `check` reports it among its findings, not twice.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules import quote_not_found
from claimtrack.model.diagnostics import Diagnostic, ordered
from claimtrack.repository.discover import RepoFile
from claimtrack.repository.load import DIRECT, Loader
from claimtrack.repository.validate import validate_repository
from claimtrack.repository.validation import ValidationResult


def validate_with_quotes(
    root: Path,
    files: list[RepoFile] | None = None,
    *,
    listing: list[RepoFile] | None = None,
    loader: Loader = DIRECT,
) -> ValidationResult:
    """``validate_repository``, with each quote of the validated claims (drafts aside, as `check` leaves
    them) that is not in its source's archived text reported as CT203, with the closest passage."""
    validation = validate_repository(root, files, listing=listing, loader=loader)
    if validation.workspace is None:
        return validation
    selected = None if files is None else {f.posix for f in files}
    unquoted = [
        Diagnostic(f.path, f.line, f.column, f.code, f.message, f.severity)
        for f in quote_not_found.check(ClaimIndex(validation.workspace))
        if selected is None or f.path in selected
    ]
    if not unquoted:
        return validation
    return replace(validation, diagnostics=ordered([*validation.diagnostics, *unquoted]))
