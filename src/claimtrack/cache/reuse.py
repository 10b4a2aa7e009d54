"""Reusing a check: when nothing a check reads has changed, its result is given again; when only
a few claim files changed, only the subjects they touch are checked (``incremental``).

A pre-commit hook runs ``claimtrack check`` on every commit, most often on a repository
that has not changed since the last run, or after an edit to a claim or two. What a check
reads is known by its ``fingerprint``. The result is kept in the store (``store.py``) with what the check
learned of each claim file; only the latest one is kept. Everything a run keeps is written at its end,
in one transaction.
Anything else falls back to the full check, with unchanged files still coming from the parse cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.cache.fingerprint import Fingerprint, Settled, clock, fingerprint, still_same
from claimtrack.cache.folders import make_folder
from claimtrack.cache.parses import ParseCache
from claimtrack.cache.rows import (
    columns,
    diagnostic_from_row,
    diagnostic_row,
    finding_from_row,
    finding_row,
    from_columns,
)
from claimtrack.cache.store import Store
from claimtrack.engine.results import CheckResult
from claimtrack.repository.validation import ValidationResult

if TYPE_CHECKING:
    from claimtrack.engine.check import CheckInputs
    from claimtrack.repository.load import Progress

TABLE = "checks"
"""Its value ``result``, kept in parts (``Store.put_parts``), holds the last check's result, by the key of its
fingerprint; its row ``statuses`` the status of each settled file when last written (``_stage_settled``)."""


def _encode(key: str, result: CheckResult) -> dict[str, Any]:
    return {
        "key": key,
        "files": result.validation.files_checked,
        "claims": result.claim_count,
        "diagnostics": [diagnostic_row(d) for d in result.validation.diagnostics],
        # In columns, a list per field: JSON reads and writes that faster than a list per finding.
        "findings": [list(field) for field in zip(*map(finding_row, result.findings), strict=True)],
    }


def _decode(payload: dict[str, Any]) -> CheckResult:
    diagnostics = [diagnostic_from_row(row) for row in payload["diagnostics"]]
    findings = [finding_from_row(row) for row in zip(*payload["findings"], strict=True)]
    validation = ValidationResult(int(payload["files"]), diagnostics)
    return CheckResult(validation, findings, int(payload["claims"]))


CHANGE_TIMES = os.name != "nt"
"""Whether a file's status has a change time that every write moves. On Windows it is the time the file
was created instead, so no status is trusted there and every file is read."""


def _clock(store: Store) -> int | None:
    """When the walk begins, by the file system's clock; None when statuses cannot be trusted."""
    if not CHANGE_TIMES:
        return None
    try:
        make_folder(store.folder)
    except OSError:
        return None
    return clock(store.folder)


_STATUS_FIELDS = ("sizes", "mtimes", "ctimes", "inodes", "digests")


def _read_settled(store: Store) -> dict[str, Settled]:
    """The statuses recorded when files were last read (empty when none are kept)."""
    kept = store.row(TABLE, "statuses")
    try:
        return {} if kept is None else from_columns(kept, _STATUS_FIELDS)
    except (KeyError, TypeError, ValueError):
        return {}  # of another shape (a bug, not an attack: rows are signed)


NEW_RECORDS_SHARE = 0.005
"""The statuses are written again when at least this share of the settled files (and at least one) have a new
record. A file without its record is read on every run (tens of microseconds), while writing the records
costs some 15 ms at 10,000 files: the file edited a moment ago, settling, waits for company."""


def _stage_settled(store: Store, known: dict[str, Settled], settled: dict[str, Settled]) -> None:
    """Stage the settled files' statuses when enough of them are new (a record left stale by an edit, or of a
    file gone, is harmless: no file's status is ever that again)."""
    new = sum(1 for path, record in settled.items() if known.get(path) != record)
    if new and new >= NEW_RECORDS_SHARE * len(settled):
        store.put(TABLE, {"statuses": columns(settled, _STATUS_FIELDS)})


def _kept_inputs(store: Store, first: Fingerprint | None) -> tuple[CheckInputs, Callable[[bool], None]]:
    """The check's inputs with the parses, anchors and texts' words kept in ``store`` (and the bytes and listing of
    the fingerprint ``first``, when given), and what stages what they read for the next run (told whether every
    file was read)."""
    from claimtrack.cache.anchors import AnchorCache, StoredAnchors
    from claimtrack.cache.loader import CachedLoader
    from claimtrack.cache.word_lists import StoredWords
    from claimtrack.engine.anchoring import TextAnchors
    from claimtrack.engine.check import CheckInputs

    parses = ParseCache(store, read_all=True)
    anchors = AnchorCache(store)
    words = StoredWords(store)
    inputs = CheckInputs(
        listing=None if first is None else first.files,
        loader=CachedLoader(parses, None if first is None else first.snapshot),
        find_anchor=StoredAnchors(anchors, TextAnchors()),
        words_of=words,
    )

    def stage(complete: bool) -> None:
        parses.stage(complete=complete)
        anchors.stage()
        words.stage(complete=complete)

    return inputs, stage


def full_check(root: Path, store: Store, progress: Progress | None, first: Fingerprint | None = None) -> CheckResult:
    """A check of every file, with what it parsed, anchored and read kept in ``store`` for the next run."""
    from claimtrack.engine.check import check_repository

    inputs, stage = _kept_inputs(store, first)
    result = check_repository(root, inputs, progress=progress)
    stage(True)
    return result


def _with_index(root: Path, store: Store, result: CheckResult, first: Fingerprint) -> CheckResult:
    """``result`` (given again, or from an incremental check) with the index of every claim, built from the kept
    parses without running a rule: the findings are the ones a full check would give (tests hold them equal)."""
    from claimtrack.engine.check import index_repository

    inputs, stage = _kept_inputs(store, first)
    _, index = index_repository(root, inputs)
    stage(True)
    return CheckResult(result.validation, result.findings, result.claim_count, index)


def check_with_reuse(
    root: Path, progress: Progress | None = None, settle_seconds: int | None = None, *, with_index: bool = False
) -> CheckResult:
    """The check of ``root``: the last one's result when nothing it read has changed; when only a few claim
    files changed, a check of the subjects they touch (``incremental``); else a full check. With ``with_index``
    the result carries the index of every claim. ``settle_seconds`` is as for ``claimtrack.cache.check``.
    """
    store = Store.open(root)
    if store is None:
        from claimtrack.engine.check import check_repository

        return check_repository(root, progress=progress)
    try:
        return _check(root, store, progress, settle_seconds, with_index)
    finally:
        store.close()


def _check(
    root: Path, store: Store, progress: Progress | None, settle_seconds: int | None, with_index: bool
) -> CheckResult:
    known = _read_settled(store)
    began = _clock(store)
    first = fingerprint(root, known, began, settle_seconds)
    _stage_settled(store, known, first.settled)
    kept = store.parts(TABLE, "result")
    previous, previous_key = None, None
    try:
        previous = None if kept is None else _decode(kept)
        previous_key = None if kept is None else str(kept["key"])
    except (KeyError, TypeError, ValueError):
        previous = None  # of another shape (a bug, not an attack: rows are signed): check again
    if previous is not None and previous_key == first.key:
        if with_index:
            previous = _with_index(root, store, previous, first)
        store.save()
        return previous
    # Only now: a reused result needs no model and no rule.
    from claimtrack.cache.incremental import check_changed, read_state, stage_state, state_of

    state = None if previous is None or previous_key is None else read_state(store, previous_key)
    outcome = None
    if state is not None and previous is not None:
        outcome = check_changed(root, store, state, previous, first, progress)
    if outcome is None:
        result = full_check(root, store, progress, first)
        new_state = state_of(first.key, first.others, first.claim_digests, result)
    else:
        result, new_state = outcome
        if with_index:
            result = _with_index(root, store, result, first)
    # Kept only when it is the result for exactly the bytes fingerprinted: the files that did not come from the
    # fingerprint's snapshot (they were not read then, or could not be kept) must not have changed meanwhile.
    if still_same(root, first, first.snapshot.missed):
        store.put_parts(TABLE, "result", _encode(first.key, result))
        stage_state(store, new_state)
    store.save()
    return result
