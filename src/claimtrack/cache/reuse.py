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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.cache.fingerprint import Settled, clock, fingerprint, still_same
from claimtrack.cache.parses import ParseCache, by_column, from_columns
from claimtrack.diagnostics import Diagnostic
from claimtrack.findings import Finding
from claimtrack.results import CheckResult, ValidationResult

if TYPE_CHECKING:
    from claimtrack.load import Progress

RESULT_FILE = "check-v1.json"


def _encode(key: str, result: CheckResult, rows: dict[int, Any] | None = None) -> dict[str, Any]:
    """The payload of ``result``; ``rows`` holds the rows already made of some of its findings and problems,
    by object (those an incremental check kept from the last result, which come back as they went)."""
    known = rows or {}
    return {
        "key": key,
        "files": result.validation.files_checked,
        "claims": result.claims_checked,
        "diagnostics": [
            row if (row := known.get(id(d))) is not None else d.to_row() for d in result.validation.diagnostics
        ],
        "findings": [row if (row := known.get(id(f))) is not None else f.to_row() for f in result.findings],
    }


def _rows_of(result: CheckResult, payload: dict[str, Any]) -> dict[int, Any]:
    """The rows ``result`` was decoded from, by object (valid while ``result`` lives)."""
    pairs = zip(
        [*result.validation.diagnostics, *result.findings], [*payload["diagnostics"], *payload["findings"]], strict=True
    )
    return {id(item): row for item, row in pairs}


def _decode(payload: dict[str, Any]) -> CheckResult:
    diagnostics = [Diagnostic.from_row(row) for row in payload["diagnostics"]]
    findings = [Finding.from_row(row) for row in payload["findings"]]
    return CheckResult(ValidationResult(int(payload["files"]), diagnostics), findings, claims=int(payload["claims"]))


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


_SETTLED_COLUMNS = ("sizes", "mtimes", "ctimes", "inodes", "shares")


def _read_settled(cache: ParseCache) -> dict[str, Settled]:
    """The statuses recorded when files were last read (empty when none are kept, or they are damaged)."""
    payload = cache.read_signed(SETTLED_FILE)
    try:
        return {} if payload is None else from_columns(payload, _SETTLED_COLUMNS)
    except (KeyError, TypeError, ValueError):
        return {}


def _write_settled(cache: ParseCache, settled: dict[str, Settled]) -> None:
    cache.write_signed(SETTLED_FILE, by_column(settled, _SETTLED_COLUMNS))


def check_with_reuse(root: Path, cache: ParseCache | None, progress: Progress | None = None) -> CheckResult:
    """The check of ``root``: the last one's result when nothing it read has changed; when only a few claim
    files changed, a check of the subjects they touch (``incremental``); else a full check.

    A reused or incremental result has no index (not every claim is loaded): it serves what ``check``
    prints, not the report.
    """
    if cache is None or not cache.enabled:
        from claimtrack.check import check_repository

        return check_repository(root, cache=cache, progress=progress)
    known = _read_settled(cache)
    began = _clock(cache)
    first = fingerprint(root, known, began)
    if first.settled != known:
        _write_settled(cache, first.settled)
    payload = cache.read_signed(RESULT_FILE)
    previous, previous_key = None, None
    try:
        previous = None if payload is None else _decode(payload)
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
        outcome = check_changed(root, state, previous, first, progress)
    rows = None
    if outcome is None:
        from claimtrack.check import check_repository

        result = check_repository(root, cache=cache, progress=progress, everything=first.files, snapshot=first.snapshot)
        new_state = state_of(first.key, first.others, first.claims, result)
    else:
        result, new_state = outcome
        rows = None if payload is None or previous is None else _rows_of(previous, payload)
    # Kept only when it is the result for exactly the bytes fingerprinted: the files that did not come from the
    # fingerprint's snapshot (they were not read then, or could not be kept) must not have changed meanwhile.
    if still_same(root, first, first.snapshot.missed):
        cache.write_signed(RESULT_FILE, _encode(first.key, result, rows))
        if new_state is not None:
            write_state(cache, new_state)
    return result
