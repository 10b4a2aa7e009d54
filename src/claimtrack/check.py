"""The check stage: validate the repository, index its claims, and run every rule.

The rules run on whatever loaded, so a repository with a broken file still
gets its findings; the result carries the validation problems beside them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimtrack.cache.anchors import AnchorCache
from claimtrack.cache.parses import ParseCache
from claimtrack.discover import RepoFile
from claimtrack.findings import Finding, ordered
from claimtrack.index import ClaimIndex
from claimtrack.load import Progress
from claimtrack.reading import Snapshot
from claimtrack.results import CheckResult
from claimtrack.rules import RULES, RuleModule
from claimtrack.validate import validate_repository


def run_rules(index: ClaimIndex, rules: Iterable[RuleModule] | None = None) -> list[Finding]:
    """Every finding of the given rules (all by default), sorted and without repeats."""
    found: set[Finding] = set()
    for rule in RULES.values() if rules is None else rules:
        found.update(rule.check(index))
    return ordered(found)


def check_repository(
    root: Path,
    *,
    cache: ParseCache | None = None,
    progress: Progress | None = None,
    everything: list[RepoFile] | None = None,
    snapshot: Snapshot | None = None,
) -> CheckResult:
    """Check every file of ``root`` (listed, unless ``everything`` lists them already; read, unless
    ``snapshot`` holds them)."""
    validation = validate_repository(root, cache=cache, progress=progress, everything=everything, snapshot=snapshot)
    if validation.workspace is None:
        return CheckResult(validation)
    anchors = None if cache is None or not cache.enabled else AnchorCache(cache)
    index = ClaimIndex(validation.workspace, anchors)
    findings = run_rules(index)
    if anchors is not None:
        anchors.save()
    return CheckResult(validation, findings, index)
