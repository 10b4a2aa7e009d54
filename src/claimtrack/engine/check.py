"""The check stage: validate the repository, index its claims, and run every rule.

The rules run on whatever loaded, so a repository with a broken file still gets its findings; the result
carries the validation problems beside them. How the files are listed and read, how a quote is found in its
text and how a text's words are had come in one ``CheckInputs``, whose default reads everything directly:
this module never knows whether anything was kept from an earlier run. Commands ask ``claimtrack.cache.check``,
which gives the check its kept inputs and reuses what it can of the last check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from claimtrack.engine.anchoring import FindAnchor
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.passages import WordsOf
from claimtrack.engine.results import CheckResult
from claimtrack.engine.rules import RULES, RuleModule
from claimtrack.model.findings import Finding, ordered
from claimtrack.repository.discover import RepoFile
from claimtrack.repository.load import DIRECT, Loader, Progress
from claimtrack.repository.validate import validate_repository
from claimtrack.repository.validation import ValidationResult


@dataclass(frozen=True)
class CheckInputs:
    """How a check reads the repository. Each field's default is the plain way; the cache gives kept ones."""

    listing: list[RepoFile] | None = None
    """The repository's files, when they are listed already (else they are listed)."""
    loader: Loader = DIRECT
    """How a file is read and parsed."""
    find_anchor: FindAnchor | None = None
    """How a quote is found in its archived text (None: searched in the text)."""
    words_of: WordsOf | None = None
    """Each archived text's words (None: read from the text)."""


PLAIN = CheckInputs()
"""Every file listed, read and parsed, every quote searched and every text's words read, directly."""


def run_rules(index: ClaimIndex, rules: Iterable[RuleModule] | None = None) -> list[Finding]:
    """Every finding of the given rules (all by default), sorted and without repeats."""
    found: set[Finding] = set()
    for rule in RULES.values() if rules is None else rules:
        found.update(rule.check(index))
    return ordered(found)


def index_repository(
    root: Path, inputs: CheckInputs = PLAIN, *, progress: Progress | None = None
) -> tuple[ValidationResult, ClaimIndex]:
    """Validate every file of ``root`` and index its claims, without running a rule."""
    validation = validate_repository(root, listing=inputs.listing, loader=inputs.loader, progress=progress)
    assert validation.workspace is not None  # a validation of the whole repository builds one
    return validation, ClaimIndex(validation.workspace, inputs.find_anchor, inputs.words_of)


def check_repository(root: Path, inputs: CheckInputs = PLAIN, *, progress: Progress | None = None) -> CheckResult:
    """Check every file of ``root``: validate, index, and run every rule."""
    validation, index = index_repository(root, inputs, progress=progress)
    return CheckResult(validation, run_rules(index), len(index.claims), index)
