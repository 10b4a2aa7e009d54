"""Everything claimtrack keeps between runs to be fast, behind one door.

The domain (models, parsing, validation, the workspace, the index, the rules, the reports) never
imports this package; it takes what it needs as a plain function or a small protocol with a direct
default. This package supplies the fast versions: parses kept by content, quote anchors and the
words of archived texts kept by text, a fingerprint of the repository with trusted file statuses, the reuse of the last
check's result and the incremental re-check of a few changed claim files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimtrack.engine.results import CheckResult
    from claimtrack.repository.discover import RepoFile
    from claimtrack.repository.load import Progress
    from claimtrack.repository.validation import ValidationResult

CACHE_DIR = ".claimtrack_cache"
"""The cache's folder, at the repository's root."""

FEW_FILES = 200
"""A validation of fewer named files than this looks up each file's kept parse alone rather than read them all."""


def check(
    root: Path,
    *,
    cached: bool = True,
    with_index: bool = False,
    progress: Progress | None = None,
    settle_seconds: int | None = None,
) -> CheckResult:
    """The check of the repository at ``root``: what every command and format asks for, in one call.

    ``with_index`` asks for the claim index beside the findings, as the reports, exports and diff need: on a
    repository unchanged since the last check its findings are given again and only the index is built (from
    the kept parses), with no rule run.

    With ``cached`` (the default), the last check's result is given again when nothing it read has
    changed, only the subjects touched are checked again when a few claim files changed, and parses
    and quote anchors are kept between runs; the result is the same as without (tests hold them equal).

    A file whose status (size, times, inode) is the one recorded when it was last read is not read again
    if it had been left unchanged for ``settle_seconds`` before that reading (by default the
    ``settle_seconds`` setting). A negative value trusts every recorded status at once, a very large one
    none: tests use both to see both paths without waiting.
    """
    if not cached:
        from claimtrack.engine.check import check_repository

        return check_repository(root, progress=progress)
    from claimtrack.cache.reuse import check_with_reuse

    return check_with_reuse(root, progress, settle_seconds, with_index=with_index)


def validate(
    root: Path, files: list[RepoFile] | None = None, *, cached: bool = True, listing: list[RepoFile] | None = None
) -> ValidationResult:
    """The validation of ``files`` (all by default) against the whole repository, their quotes against their
    sources' texts included, with the parses kept between runs unless ``cached`` is False."""
    from claimtrack.engine.quote_validation import validate_with_quotes

    if not cached:
        return validate_with_quotes(root, files, listing=listing)
    from claimtrack.cache.loader import CachedLoader
    from claimtrack.cache.parses import ParseCache
    from claimtrack.cache.store import Store

    store = Store.open(root)
    if store is None:
        return validate_with_quotes(root, files, listing=listing)
    try:
        parses = ParseCache(store, read_all=files is None or len(files) >= FEW_FILES)
        result = validate_with_quotes(root, files, listing=listing, loader=CachedLoader(parses))
        parses.stage(complete=files is None)
        store.save()
    finally:
        store.close()
    return result


def clear(root: Path) -> bool:
    """Remove the repository's cache folder; True when there was one (a link in its place is removed, never
    what it points to)."""
    from claimtrack.cache.folders import clear as clear_folder

    return clear_folder(root)
