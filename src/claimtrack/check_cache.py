"""Reusing a whole check: when no file a check could read has changed, its result is given again.

A pre-commit hook runs ``claimtrack check`` on every commit, most often on a repository
that has not changed since the last run. The fingerprint is a digest of the bytes of every
file under claims/, sources/ (archived texts included) and vocabulary/, of the limits and
of claimtrack's version: anything that can change a finding. A file larger than every limit
counts by its size alone, since it is refused whatever it holds; a link counts by what it
points to. The result is kept beside the parse cache, signed the same way, and only the
latest one is kept. Any change at all falls back to the full check, with unchanged files
still coming from the parse cache.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimtrack.cache import ParseCache
from claimtrack.diagnostics import Diagnostic, Severity
from claimtrack.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR
from claimtrack.findings import Finding, State
from claimtrack.limits import SETTINGS, limit
from claimtrack.reading import NotAFile, TooLarge, read_regular
from claimtrack.results import CheckResult, ValidationResult

if TYPE_CHECKING:
    from claimtrack.load import Progress

RESULT_FILE = "check-v1.json"


def _file_digest(path: str, largest: int) -> bytes:
    """What a file contributes to the fingerprint: its bytes' digest, or its size when no limit admits it."""
    try:
        return hashlib.sha256(read_regular(path, largest)).digest()
    except NotAFile:
        return b"not a file"
    except TooLarge as large:
        return b"large:%d" % large.size
    except OSError as error:
        return b"unreadable:%d" % (error.errno or 0)


def _walk(folder: str, relative: str, digest: Any, largest: int) -> None:
    """Add every file under ``folder`` (shown as ``relative``) in name order; links to folders are not followed."""
    pending = [(folder, relative)]  # a stack, not recursion: folders may nest deeper than Python recurses
    while pending:
        current, shown_folder = pending.pop()
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            shown = f"{shown_folder}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                folders.append((entry.path, shown))
                continue
            digest.update(b"\0" + shown.encode("utf-8", "surrogateescape") + b"\0")
            if entry.is_symlink():
                try:
                    target = os.readlink(entry.path).encode("utf-8", "surrogateescape")
                except OSError:
                    target = b"?"
                digest.update(b"link:" + target + b"\0")
            digest.update(_file_digest(entry.path, largest))
        digest.update(b"\0end of " + shown_folder.encode("utf-8", "surrogateescape"))
        pending.extend(reversed(folders))


def fingerprint(root: Path) -> str:
    """A digest of everything a check of ``root`` reads: paths and bytes of its files, the limits, the version."""
    from claimtrack import __version__

    digest = hashlib.sha256(__version__.encode())
    for setting in SETTINGS:
        digest.update(f"\0{setting.name}={limit(setting.name)}".encode())
    largest = max(limit("max_file_bytes"), limit("max_text_bytes"))
    for top in (CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR):
        _walk(os.path.join(os.fspath(root), top), top, digest, largest)
    return digest.hexdigest()


def _encode(key: str, result: CheckResult) -> dict[str, Any]:
    return {
        "key": key,
        "files": result.validation.files_checked,
        "claims": result.claims_checked,
        "diagnostics": [d.to_row() for d in result.validation.diagnostics],
        "findings": [
            [
                f.path,
                f.line,
                f.column,
                f.code,
                f.message,
                f.rule,
                f.severity.value,
                f.state.value,
                f.subject,
                f.property,
                list(f.claims),
                list(f.sources),
                f.resolution,
            ]
            for f in result.findings
        ],
    }


def _decode(payload: dict[str, Any]) -> CheckResult:
    diagnostics = [Diagnostic.from_row(row) for row in payload["diagnostics"]]
    findings = [
        Finding(
            path,
            line,
            column,
            code,
            message,
            rule,
            Severity(severity),
            State(state),
            subject,
            prop,
            tuple(claims),
            tuple(sources),
            resolution,
        )
        for path, line, column, code, message, rule, severity, state, subject, prop, claims, sources, resolution in (
            payload["findings"]
        )
    ]
    return CheckResult(ValidationResult(int(payload["files"]), diagnostics), findings, claims=int(payload["claims"]))


def check_with_reuse(root: Path, cache: ParseCache | None, progress: Progress | None = None) -> CheckResult:
    """The check of ``root``: the last one's result when nothing it read has changed, else a full check.

    A reused result has no index (the claims are not loaded): it serves what ``check`` prints,
    not the report.
    """
    key = None if cache is None or not cache.enabled else fingerprint(root)
    payload = None if cache is None or key is None else cache.read_signed(RESULT_FILE)
    if payload is not None and payload.get("key") == key:
        try:
            return _decode(payload)
        except (KeyError, TypeError, ValueError):
            pass  # damaged in a way the signature cannot see (a bug, not an attack): check again
    from claimtrack.check import check_repository  # only now: a reused result needs no model and no rule

    if cache is None or key is None:
        return check_repository(root, cache=cache, progress=progress)
    result = check_repository(root, cache=cache, progress=progress)
    # Kept only when nothing changed while the check ran: it must be the result for exactly these bytes.
    if fingerprint(root) == key:
        cache.write_signed(RESULT_FILE, _encode(key, result))
    return result
