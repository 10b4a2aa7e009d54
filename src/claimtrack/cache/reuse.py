"""Reusing a check: when nothing a check reads has changed, its result is given again; when only
a few claim files changed, only the subjects they touch are checked (``incremental``).

A pre-commit hook runs ``claimtrack check`` on every commit, most often on a repository
that has not changed since the last run, or after an edit to a claim or two. What a check
reads is known by its ``fingerprint``. The result is kept beside the parse cache, signed the
same way, with what the check learned of each claim file; only the latest one is kept.
Anything else falls back to the full check, with unchanged files still coming from the parse cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.cache.fingerprint import Fingerprint, Settled, clock, fingerprint, still_same
from claimtrack.cache.parses import ParseCache, by_column, from_columns
from claimtrack.diagnostics import Diagnostic
from claimtrack.findings import Finding
from claimtrack.results import CheckResult, ValidationResult

if TYPE_CHECKING:
    from claimtrack.load import Progress

RESULT_FILE = "check-v1.json"


def _encode(key: str, result: CheckResult) -> dict[str, Any]:
    return {
        "key": key,
        "files": result.validation.files_checked,
        "claims": result.claim_count,
        "diagnostics": [d.to_row() for d in result.validation.diagnostics],
        "findings": [f.to_row() for f in result.findings],
    }


def _decode(payload: dict[str, Any], recheck: Callable[[], CheckResult]) -> CheckResult:
    diagnostics = [Diagnostic.from_row(row) for row in payload["diagnostics"]]
    findings = [Finding.from_row(row) for row in payload["findings"]]
    validation = ValidationResult(int(payload["files"]), diagnostics)
    return CheckResult(validation, findings, claim_count=int(payload["claims"]), recheck=recheck)


SETTLED_FILE = "settled-v1.json"


CHANGE_TIMES = os.name != "nt"
"""Whether a file's status has a change time that every write moves. On Windows it is the time the file
was created instead, so no status is trusted there and every file is read."""


def _clock(cache: ParseCache) -> int | None:
    """When the walk begins, by the file system's clock; None when statuses cannot be trusted."""
    if not CHANGE_TIMES:
        return None
    try:
        cache.make_folder()
    except OSError:
        return None
    return clock(cache.folder)


_SETTLED_COLUMNS = ("sizes", "mtimes", "ctimes", "inodes", "digests")


def _read_settled(cache: ParseCache) -> dict[str, Settled]:
    """The statuses recorded when files were last read (empty when none are kept, or they are damaged)."""
    payload = cache.read_signed(SETTLED_FILE)
    try:
        return {} if payload is None else from_columns(payload, _SETTLED_COLUMNS)
    except (KeyError, TypeError, ValueError):
        return {}


def _write_settled(cache: ParseCache, settled: dict[str, Settled]) -> None:
    cache.write_signed(SETTLED_FILE, by_column(settled, _SETTLED_COLUMNS))


def full_check(
    root: Path, cache: ParseCache, progress: Progress | None, first: Fingerprint | None = None
) -> CheckResult:
    """A check of every file, with the parses and anchors kept in ``cache`` (and the bytes and listing of the
    fingerprint ``first``, when given); what it parsed and anchored is kept for the next run."""
    from claimtrack.anchoring import TextAnchors
    from claimtrack.cache.anchors import AnchorCache, StoredAnchors
    from claimtrack.cache.loader import CachedLoader
    from claimtrack.check import check_repository

    anchors = AnchorCache(cache)
    result = check_repository(
        root,
        listing=None if first is None else first.files,
        loader=CachedLoader(cache, None if first is None else first.snapshot),
        find_anchor=StoredAnchors(anchors, TextAnchors()),
        progress=progress,
    )
    cache.save(complete=True)
    anchors.save()
    return result


def check_with_reuse(root: Path, progress: Progress | None = None) -> CheckResult:
    """The check of ``root``: the last one's result when nothing it read has changed; when only a few claim
    files changed, a check of the subjects they touch (``incremental``); else a full check.

    A reused or incremental result makes its index on first use (``CheckResult.index``), by a full check.
    """
    cache = ParseCache(root)
    if not cache.enabled:
        from claimtrack.check import check_repository

        return check_repository(root, progress=progress)

    def recheck() -> CheckResult:
        return full_check(root, ParseCache(root), None)

    known = _read_settled(cache)
    began = _clock(cache)
    first = fingerprint(root, known, began)
    if first.settled != known:
        _write_settled(cache, first.settled)
    payload = cache.read_signed(RESULT_FILE)
    previous, previous_key = None, None
    try:
        previous = None if payload is None else _decode(payload, recheck)
        previous_key = None if payload is None else str(payload["key"])
    except (KeyError, TypeError, ValueError):
        previous = None  # damaged in a way the signature cannot see (a bug, not an attack): check again
    if previous is not None and previous_key == first.key:
        return previous
    # Only now: a reused result needs no model and no rule.
    from claimtrack.cache.incremental import check_changed, read_state, state_of, write_state

    state = None if previous is None or previous_key is None else read_state(cache, previous_key)
    outcome = None
    if state is not None and previous is not None:
        outcome = check_changed(root, state, previous, first, recheck, progress)
    if outcome is None:
        result = full_check(root, cache, progress, first)
        new_state = state_of(first.key, first.others, first.claim_digests, result)
    else:
        result, new_state = outcome
    # Kept only when it is the result for exactly the bytes fingerprinted: the files that did not come from the
    # fingerprint's snapshot (they were not read then, or could not be kept) must not have changed meanwhile.
    if still_same(root, first, first.snapshot.missed):
        cache.write_signed(RESULT_FILE, _encode(first.key, result))
        if new_state is not None:
            write_state(cache, new_state)
    return result
