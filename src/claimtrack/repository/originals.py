"""Validating a source's archived original (the saved page or PDF its text was extracted from).

The original is checked as the archived text is: it must lie inside sources/,
exist, have a recorded sha256, and still have it. An original without an
extracted text, or an extractor named without an original, is incomplete.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.model.sources import Source
from claimtrack.repository.limits import limit
from claimtrack.repository.workspace import Located, Workspace, confined_text_path


def _at(item: Located[Source], code: str, key: str, **params: object) -> Diagnostic:
    pos = item.position(key)
    return diagnostic(code, item.path, pos.line, pos.column, **params)


def check_original(workspace: Workspace, item: Located[Source]) -> Iterator[Diagnostic]:
    source = item.model
    if source.original is None:
        for key in ("original_sha256", "extracted_with"):
            if getattr(source, key) is not None:
                yield _at(item, "CT130", key, reason=f"{key} given but no archived original named in 'original'")
        return
    if source.text is None:
        yield _at(item, "CT130", "original", reason="an original is archived but no extracted text named in 'text'")
    target = confined_text_path(workspace.root, item.path, source.original)
    if target is None:
        yield _at(item, "CT116", "original", text=source.original)
        return
    raw = workspace.archive_bytes(target)
    if raw is None and not target.is_file():
        yield _at(item, "CT130", "original", reason=f"archived original '{source.original}' does not exist")
        return
    size, largest = target.stat().st_size if raw is None else len(raw), limit("max_text_bytes")
    if size > largest:
        reason = f"archived original is {size} bytes, more than the limit of {largest} (CLAIMTRACK_MAX_TEXT_BYTES)"
        yield _at(item, "CT130", "original", reason=reason)
        return
    if source.original_sha256 is None:
        reason = "archived original has no original_sha256; record it so changes are caught"
        yield _at(item, "CT130", "original", reason=reason)
        return
    if raw is None:
        yield _at(item, "CT130", "original", reason=f"archived original '{source.original}' cannot be read")
        return
    digest = hashlib.sha256(raw).hexdigest()
    if digest != source.original_sha256:
        yield _at(item, "CT131", "original_sha256", original=source.original, actual=digest)
