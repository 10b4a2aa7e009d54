"""The check stage: validate the repository, index its claims, and run every rule.

The rules run on whatever loaded, so a repository with a broken file still
gets its findings; the result carries the validation problems beside them.
Commands do not call this directly: ``claimtrack.cache.check`` does, and reuses
what it can of the last check.
"""

from __future__ import annotations

from collections.abc import Iterable
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


def run_rules(index: ClaimIndex, rules: Iterable[RuleModule] | None = None) -> list[Finding]:
    """Every finding of the given rules (all by default), sorted and without repeats."""
    found: set[Finding] = set()
    for rule in RULES.values() if rules is None else rules:
        found.update(rule.check(index))
    return ordered(found)


def check_repository(
    root: Path,
    *,
    listing: list[RepoFile] | None = None,
    loader: Loader = DIRECT,
    find_anchor: FindAnchor | None = None,
    words_of: WordsOf | None = None,
    progress: Progress | None = None,
) -> CheckResult:
    """Check every file of ``root`` (``listing`` is its files when they are listed already; ``loader``,
    ``find_anchor`` and ``words_of`` say how files are read and parsed, quotes found and texts' words had)."""
    validation = validate_repository(root, listing=listing, loader=loader, progress=progress)
    assert validation.workspace is not None  # a validation builds one; only a result given again has none
    index = ClaimIndex(validation.workspace, find_anchor, words_of)
    return CheckResult(validation, run_rules(index), index)
