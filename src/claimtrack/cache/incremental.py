"""Checking again after a few claim files changed: only the subjects they touch are checked.

Every rule but two looks at the claims of one subject, or at one claim with its sources and the
vocabulary (``Scope.SUBJECT``); the other two ask what the whole repository names
(``Scope.REPOSITORY``). So a check keeps, beside its result (which holds every file's problems and
every finding), what it learned of each claim file: the digest of its bytes, its id and subject, and
the sources and entities it names (``CheckState``). When a later check finds that only claim files
changed (no source, archived text, vocabulary file, limit or version), it:

1. loads the changed files, to learn their new ids and subjects;
2. adds every file that digests a subject, an id or a file name with a changed file (before or after
   the change), and again for the files added, until nothing more is added: a duplicate id or file
   name decides which of two files the workspace keeps, so those files must be looked at together;
3. validates those files, every source and the vocabulary, and runs every rule on them, the
   repository-wide rules told what the other claim files name (``_IndexOfChanged``);
4. keeps the other files' problems and the other subjects' findings from the last check.

The result equals a full check's (a property test edits random repositories to hold it to that).
A change to anything but claim files, or to many claim files at once, is checked in full.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, cast

from claimtrack.cache.fingerprint import Fingerprint
from claimtrack.cache.loader import CachedLoader
from claimtrack.cache.parses import ParseCache
from claimtrack.cache.store import Store, columns, from_columns
from claimtrack.check import run_rules
from claimtrack.diagnostics import ordered
from claimtrack.discover import YAML_SUFFIXES, FileKind, RepoFile, is_draft, stem_of
from claimtrack.findings import ordered as ordered_findings
from claimtrack.index import ClaimIndex, entities_named_by, sources_used_by
from claimtrack.load import Progress, load_files
from claimtrack.models.claims import AnyClaim
from claimtrack.results import CheckResult, ValidationResult
from claimtrack.rules import RULES
from claimtrack.rules.base import Scope
from claimtrack.validate import validate_repository
from claimtrack.workspace import Workspace

TABLE, ROW = "checks", "facts"
"""The row of the store holding what the last check learned of each claim file."""

MOST_CHANGED = 0.1
"""When more than this share of the claim files changed, a full check (with the parse cache) is as quick."""

_SUBJECT_CODES = frozenset(code for code, rule in RULES.items() if rule.SCOPE is Scope.SUBJECT)


class ClaimFileFacts(NamedTuple):
    """What a check learned of one claim file."""

    digest: str
    """The digest of the file's bytes (its part of the fingerprint): the facts hold while it is the same."""
    claim_id: str | None
    """The id the file defines; None when it is not a valid claim."""
    subject: str | None
    sources: list[str]
    entities: list[str]


def facts_of(digest: str, model: AnyClaim | None) -> ClaimFileFacts:
    if model is None:
        return ClaimFileFacts(digest, None, None, [], [])
    named = list(dict.fromkeys(entities_named_by(model)))
    return ClaimFileFacts(digest, model.id, model.subject, sources_used_by(model), named)


@dataclass
class CheckState:
    """What a check learned of each claim file, kept beside its result for the next check to start from.

    The result (``reuse.TABLE``) holds the findings and every file's problems; this holds the rest, and
    names the result it belongs with by the fingerprint's key. Both are written in one transaction."""

    key: str
    others: str
    """The fingerprint's digest of everything but the claim files."""
    files: dict[str, ClaimFileFacts]


def read_state(store: Store, key: str) -> CheckState | None:
    """The state kept with the result whose fingerprint key is ``key``, or None (none kept, kept with
    another result, or of another shape)."""
    kept = store.row(TABLE, ROW)
    try:
        if kept is None or kept["key"] != key or not isinstance(kept["others"], str):
            return None
        files = {path: ClaimFileFacts._make(row) for path, row in from_columns(kept, ClaimFileFacts._fields).items()}
    except (KeyError, TypeError, ValueError):
        return None  # of another shape (a bug, not an attack: rows are signed): a full check rebuilds it
    return CheckState(key, kept["others"], files)


def stage_state(store: Store, state: CheckState | None) -> None:
    """Stage ``state`` in the store (None: a state that could not be had removes the last one)."""
    if state is None:
        store.delete(TABLE, [ROW])
    else:
        store.put(
            TABLE, {ROW: {"key": state.key, "others": state.others, **columns(state.files, ClaimFileFacts._fields)}}
        )


def _winners(files: dict[str, ClaimFileFacts]) -> dict[str, str]:
    """Each claim id, with the file the workspace keeps for it: the first valid file by path."""
    kept: dict[str, str] = {}
    for path in sorted(files):
        claim_id = files[path].claim_id
        if claim_id is not None and claim_id not in kept:
            kept[claim_id] = path
    return kept


def state_of(key: str, others: str, digests: dict[str, str], result: CheckResult) -> CheckState | None:
    """What a full check learned, or None when the files it loaded are not those fingerprinted."""
    models = result.validation.claim_models
    if models.keys() != digests.keys():
        return None  # a claim file came or went between the fingerprint and the loading
    return CheckState(key, others, {path: facts_of(digests[path], models[path]) for path in sorted(digests)})


def _affected(
    state: CheckState, changed: dict[str, AnyClaim | None], digests: dict[str, str]
) -> tuple[set[str], set[str]]:
    """The claim files to check again (the changed ones that exist, and every file sharing a subject, an
    id or a file name with one of them, transitively), and the subjects they are about."""
    subjects: set[str] = set()
    ids: set[str] = set()
    stems: set[str] = set()

    def note(path: str, claim_id: str | None, subject: str | None) -> None:
        stems.add(stem_of(path))
        if claim_id is not None:
            ids.add(claim_id)
        if subject is not None:
            subjects.add(subject)

    for path, model in changed.items():
        old = state.files.get(path)
        if old is not None:
            note(path, old.claim_id, old.subject)
        note(path, None if model is None else model.id, None if model is None else model.subject)
    selected = {path for path in changed if path in digests}
    others = dict(state.files)
    for path in changed:
        others.pop(path, None)
    # Scans, not indexes: usually the second scan adds nothing, and two scans cost less than building
    # indexes of every file.
    while True:
        names = {f"{stem}{suffix}" for stem in stems for suffix in YAML_SUFFIXES}
        added = sorted(
            path
            for path, facts in others.items()
            if facts.subject in subjects or facts.claim_id in ids or path.rpartition("/")[2] in names
        )
        if not added:
            return selected, subjects
        for path in added:
            facts = others.pop(path)
            selected.add(path)
            note(path, facts.claim_id, facts.subject)


class _IndexOfChanged(ClaimIndex):
    """An index of the claims checked again that answers the repository-wide questions (which sources and
    entities some claim names) for every claim, with what the files not checked again name."""

    def __init__(self, workspace: Workspace, sources: frozenset[str], entities: frozenset[str]) -> None:
        super().__init__(workspace)
        self._sources_elsewhere, self._entities_elsewhere = sources, entities

    def sources_used(self) -> set[str]:
        return super().sources_used() | self._sources_elsewhere

    def entities_named(self) -> set[str]:
        return super().entities_named() | self._entities_elsewhere


def check_changed(
    root: Path,
    store: Store,
    state: CheckState,
    previous: CheckResult,
    fingerprint: Fingerprint,
    recheck: Callable[[], CheckResult],
    progress: Progress | None = None,
) -> tuple[CheckResult, CheckState] | None:
    """The check of ``root`` when only claim files changed since the check that gave ``previous`` and
    ``state``; None when a full check is due. ``recheck`` makes the full result's index when it is asked for.

    ``fingerprint`` is taken before this call; its list of files is the one checked.
    """
    digests, everything = fingerprint.claim_digests, fingerprint.files
    if fingerprint.others != state.others:
        return None
    before = state.files
    changed_paths = {p for p, digest in digests.items() if (facts := before.get(p)) is None or facts.digest != digest}
    changed_paths |= before.keys() - digests.keys()
    if len(changed_paths) > max(20, MOST_CHANGED * len(digests)):
        return None
    # The parses of the vocabulary and the sources come from the cache; the few claim files are parsed
    # again, which costs less than reading the whole cache of parses.
    parses = ParseCache(store, read_all=False)
    loader = CachedLoader(parses, fingerprint.snapshot)
    # ``digests`` holds exactly the claim files the fingerprint listed.
    present = [RepoFile(p, FileKind.CLAIM) for p in sorted(changed_paths) if p in digests]
    changed: dict[str, AnyClaim | None] = dict.fromkeys(changed_paths)
    # Loaded again below, with the files they touch: their bytes stay in the snapshot until then.
    for item in load_files(root, present, CachedLoader(None, fingerprint.snapshot, keep_bytes=True)):
        changed[item.file.posix] = cast("AnyClaim | None", item.model)
    selected, subjects = _affected(state, changed, digests)
    to_check = [RepoFile(p, FileKind.CLAIM) for p in sorted(selected)]
    # Every source and vocabulary file is loaded again: they are few, and one claim's findings need them.
    # Only the claim files' problems are taken: nothing the others hold has changed, and their problems do
    # not depend on claims, so the last check's stand.
    to_check += [file for file in everything if file.kind is not FileKind.CLAIM]
    # The files sharing a name with a file checked again are checked again too (``_affected``), so the
    # files checked are all the listing the duplicate-name check needs.
    validation = validate_repository(root, to_check, listing=to_check, loader=loader, progress=progress)
    parses.stage(complete=False)
    if validation.workspace is None or validation.claim_models.keys() != selected:
        return None
    # The files not checked again: every file of the last check but those checked now and those gone since.
    files = dict(state.files)
    for path in selected | changed_paths:
        files.pop(path, None)
    kept = _winners(files)
    # What drafts name does not count (``ClaimIndex.claims`` leaves them out).
    kept_facts = [files[path] for path in kept.values() if not is_draft(path)]
    index = _IndexOfChanged(
        validation.workspace,
        frozenset(source for facts in kept_facts for source in facts.sources),
        frozenset(entity for facts in kept_facts for entity in facts.entities),
    )
    findings = [f for f in previous.findings if f.code in _SUBJECT_CODES and f.subject not in subjects]
    # Problems of the files not checked again (claim files and the rest) are the previous check's; the claim
    # files checked now, and those gone since, have none from it.
    diagnostics = [
        d
        for d in previous.validation.diagnostics
        if d.path in files or (d.path not in before and d.path not in digests)
    ]
    diagnostics += [d for d in validation.diagnostics if d.path in selected]
    for path in selected:
        files[path] = facts_of(digests[path], validation.claim_models[path])
    # The files checked now share no id with the others, so each id's claim is either here or kept there.
    # Drafts are not claims checked (``ClaimIndex.claims`` leaves them out).
    claim_count = sum(1 for path in kept.values() if not is_draft(path)) + len(index.claims)
    # Kept and new findings are about different subjects (or, from the repository-wide rules, all new).
    findings = ordered_findings([*findings, *run_rules(index)])
    result = CheckResult(
        ValidationResult(len(everything), ordered(diagnostics)), findings, claim_count=claim_count, recheck=recheck
    )
    return result, CheckState(fingerprint.key, fingerprint.others, files)
