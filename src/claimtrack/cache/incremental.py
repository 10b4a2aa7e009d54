"""Checking again after a few claim files changed: only the subjects they touch are checked.

Every rule but three looks at the claims of one subject, or at one claim with its sources and the
vocabulary (``Scope.SUBJECT``); two others ask what the whole repository names, and one reads the
sources alone (``Scope.REPOSITORY``: their findings are found again every time). So a check keeps, beside its result (which holds every file's problems and
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

from bisect import bisect_left
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, cast

from claimtrack.cache.fingerprint import Fingerprint
from claimtrack.cache.loader import CachedLoader
from claimtrack.cache.parses import ParseCache
from claimtrack.cache.rows import columns, from_columns
from claimtrack.cache.store import Store
from claimtrack.cache.word_lists import StoredWords
from claimtrack.engine.check import run_rules
from claimtrack.engine.index import ClaimIndex, entities_named_by, sources_used_by
from claimtrack.engine.passages import WordsOf
from claimtrack.engine.results import CheckResult
from claimtrack.engine.rules import RULES
from claimtrack.engine.rules.base import Scope
from claimtrack.model.claims import AnyClaim
from claimtrack.model.diagnostics import Diagnostic, ordered
from claimtrack.model.findings import FINDING_ORDER, Finding
from claimtrack.model.findings import ordered as ordered_findings
from claimtrack.repository.discover import YAML_SUFFIXES, FileKind, RepoFile, stem_of
from claimtrack.repository.load import Progress, load_files
from claimtrack.repository.validate import validate_repository
from claimtrack.repository.validation import ValidationResult
from claimtrack.repository.workspace import Workspace, compared_claim_files

TABLE, ROW = "checks", "facts"
"""The value of the store, kept in parts (``Store.put_parts``), holding what the last check learned of each
claim file."""

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
    """By path: sorted after a full check; after an incremental one, in the order read (a file added last), so
    that the parts of the state that did not change are those read, and are not written again."""


def read_state(store: Store, key: str) -> CheckState | None:
    """The state kept with the result whose fingerprint key is ``key``, or None (none kept, kept with
    another result, or of another shape)."""
    kept = store.parts(TABLE, ROW)
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
        store.delete_parts(TABLE, ROW)
    else:
        store.put_parts(
            TABLE, ROW, {"key": state.key, "others": state.others, **columns(state.files, ClaimFileFacts._fields)}
        )


def state_of(key: str, others: str, digests: dict[str, str], result: CheckResult) -> CheckState | None:
    """What a full check learned, or None when the files it loaded are not those fingerprinted."""
    models = result.validation.claim_models
    if models.keys() != digests.keys():
        return None  # a claim file came or went between the fingerprint and the loading
    return CheckState(key, others, {path: facts_of(digests[path], models[path]) for path in sorted(digests)})


@dataclass
class _Touched:
    """What the claim files checked again are about: their subjects, their ids and the stems of their file
    names. Another file sharing any of these must be checked with them (a duplicate id or file name decides
    which of two files the workspace keeps)."""

    subjects: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)

    def add(self, path: str, claim_id: str | None, subject: str | None) -> None:
        """Count the file at ``path``, with the id and subject it had or has, among those checked again."""
        self.stems.add(stem_of(path))
        if claim_id is not None:
            self.ids.add(claim_id)
        if subject is not None:
            self.subjects.add(subject)

    def sharing(self, files: dict[str, ClaimFileFacts]) -> list[str]:
        """The paths of ``files`` sharing a subject, an id or a file name with what was added, sorted.

        A scan, not an index: usually the second scan finds nothing, and two scans cost less than building
        indexes of every file."""
        names = {f"{stem}{suffix}" for stem in self.stems for suffix in YAML_SUFFIXES}
        return sorted(
            path
            for path, facts in files.items()
            if facts.subject in self.subjects or facts.claim_id in self.ids or path.rpartition("/")[2] in names
        )


def _touched_by_changes(state: CheckState, changed: dict[str, AnyClaim | None]) -> _Touched:
    """What the changed files were about before the change and are about after it."""
    touched = _Touched()
    for path, model in changed.items():
        old = state.files.get(path)
        if old is not None:
            touched.add(path, old.claim_id, old.subject)
        touched.add(path, None if model is None else model.id, None if model is None else model.subject)
    return touched


def _affected(
    state: CheckState, changed: dict[str, AnyClaim | None], digests: dict[str, str]
) -> tuple[set[str], set[str]]:
    """The claim files to check again (the changed ones that exist, and every file sharing a subject, an
    id or a file name with one of them, transitively), and the subjects they are about."""
    touched = _touched_by_changes(state, changed)
    selected = {path for path in changed if path in digests}
    unchanged = {path: facts for path, facts in state.files.items() if path not in changed}
    while added := touched.sharing(unchanged):
        for path in added:
            facts = unchanged.pop(path)
            selected.add(path)
            touched.add(path, facts.claim_id, facts.subject)
    return selected, touched.subjects


class _IndexOfChanged(ClaimIndex):
    """An index of the claims checked again that answers the repository-wide questions (which sources and
    entities some claim names) for every claim, with what the files not checked again name."""

    def __init__(
        self, workspace: Workspace, sources: frozenset[str], entities: frozenset[str], words_of: WordsOf
    ) -> None:
        super().__init__(workspace, words_of=words_of)
        self._sources_elsewhere, self._entities_elsewhere = sources, entities

    def sources_used(self) -> set[str]:
        return super().sources_used() | self._sources_elsewhere

    def entities_named(self) -> set[str]:
        return super().entities_named() | self._entities_elsewhere


def _changed_paths(before: dict[str, ClaimFileFacts], digests: dict[str, str]) -> set[str]:
    """The claim files whose bytes changed since the last check, that came, or that went."""
    changed = {
        path for path, digest in digests.items() if (facts := before.get(path)) is None or facts.digest != digest
    }
    return changed | (before.keys() - digests.keys())


def _too_many(changed_paths: set[str], digests: dict[str, str]) -> bool:
    """Whether so many claim files changed that a full check is as quick."""
    return len(changed_paths) > max(20, MOST_CHANGED * len(digests))


def _load_changed(root: Path, fingerprint: Fingerprint, changed_paths: set[str]) -> dict[str, AnyClaim | None]:
    """Each changed claim file, with its claim now (None when it is gone or is not a valid claim).

    They are loaded again by ``_validate_selected``, with the files they touch: their bytes stay in the
    snapshot until then."""
    present = [RepoFile(path, FileKind.CLAIM) for path in sorted(changed_paths) if path in fingerprint.claim_digests]
    changed: dict[str, AnyClaim | None] = dict.fromkeys(changed_paths)
    for item in load_files(root, present, CachedLoader(None, fingerprint.snapshot, keep_bytes=True)):
        changed[item.file.posix] = cast("AnyClaim | None", item.model)
    return changed


def _validate_selected(
    root: Path, store: Store, fingerprint: Fingerprint, selected: set[str], progress: Progress | None
) -> ValidationResult | None:
    """The validation of the claim files ``selected``, every source and the vocabulary; None when it did
    not load exactly those claim files (a full check is due).

    Every source and vocabulary file is loaded again: they are few, and one claim's findings need them.
    The files sharing a name with a file checked again are checked again too (``_affected``), so the files
    checked are all the listing the duplicate-name check needs. The parses of the sources and the
    vocabulary come from the cache; the few claim files are parsed again, which costs less than reading the
    whole cache of parses."""
    to_check = [RepoFile(path, FileKind.CLAIM) for path in sorted(selected)]
    to_check += [file for file in fingerprint.files if file.kind is not FileKind.CLAIM]
    parses = ParseCache(store, read_all=False)
    loader = CachedLoader(parses, fingerprint.snapshot)
    validation = validate_repository(root, to_check, listing=to_check, loader=loader, progress=progress)
    parses.stage(complete=False)
    loaded_as_listed = validation.workspace is not None and validation.claim_models.keys() == selected
    return validation if loaded_as_listed else None


def _kept_diagnostics(
    previous: CheckResult, not_checked_again: dict[str, ClaimFileFacts], before: Container[str], now: Container[str]
) -> list[Diagnostic]:
    """The problems of the last check that still stand: those of the claim files not checked again and of
    every file that was a claim file neither then (``before``) nor now (``now``): sources and vocabulary,
    whose problems do not depend on claims and whose bytes have not changed. The claim files checked now,
    and those gone since, keep none."""

    def still_stands(path: str) -> bool:
        never_a_claim_file = path not in before and path not in now
        return path in not_checked_again or never_a_claim_file

    return [d for d in previous.validation.diagnostics if still_stands(d.path)]


def _kept_findings(previous: CheckResult, subjects: set[str]) -> list[Finding]:
    """The findings of the last check that still stand: those of the rules about one subject, on the
    subjects no file checked again is about. The repository-wide rules' findings are all found again."""
    return [f for f in previous.findings if f.code in _SUBJECT_CODES and f.subject not in subjects]


def merged(in_order: list[Finding], more: list[Finding]) -> list[Finding]:
    """The findings of both lists as ``findings.ordered`` gives them, when ``in_order`` is so already (the last
    check's findings kept are): each of ``more`` is put where it belongs, instead of thousands sorted again."""
    both = list(in_order)
    for finding in ordered_findings(more):
        at = bisect_left(both, FINDING_ORDER(finding), key=FINDING_ORDER)
        if at == len(both) or both[at] != finding:
            both.insert(at, finding)
    return both


def _claims_kept(not_checked_again: dict[str, ClaimFileFacts]) -> list[ClaimFileFacts]:
    """The facts of each claim the workspace keeps from the files not checked again: one file per id, the
    first by path, and no drafts (``ClaimIndex.claims`` leaves them out)."""
    ids = {path: facts.claim_id for path, facts in not_checked_again.items()}
    return [not_checked_again[path] for path in compared_claim_files(ids)]


def _index_of_changed(
    validation: ValidationResult, claims_kept: list[ClaimFileFacts], words_of: WordsOf
) -> _IndexOfChanged:
    """The index of the claims checked again, told what the claims kept name."""
    assert validation.workspace is not None  # _validate_selected gives no result without one
    index = _IndexOfChanged(
        validation.workspace,
        frozenset(source for facts in claims_kept for source in facts.sources),
        frozenset(entity for facts in claims_kept for entity in facts.entities),
        words_of,
    )
    # A file sharing an id with a file checked again is checked again too (``_affected``).
    kept_ids = {facts.claim_id for facts in claims_kept}
    assert kept_ids.isdisjoint(index.claims), "a claim id is both kept and checked again"
    return index


def check_changed(
    root: Path,
    store: Store,
    state: CheckState,
    previous: CheckResult,
    fingerprint: Fingerprint,
    progress: Progress | None = None,
) -> tuple[CheckResult, CheckState] | None:
    """The check of ``root`` when only claim files changed since the check that gave ``previous`` and
    ``state``; None when a full check is due. The result has no index: the door builds one when it is asked for.

    ``fingerprint`` is taken before this call; its list of files is the one checked.
    """
    digests = fingerprint.claim_digests
    if fingerprint.others != state.others:
        return None
    changed_paths = _changed_paths(state.files, digests)
    if _too_many(changed_paths, digests):
        return None
    changed = _load_changed(root, fingerprint, changed_paths)
    selected, subjects = _affected(state, changed, digests)
    validation = _validate_selected(root, store, fingerprint, selected, progress)
    if validation is None:
        return None
    not_checked_again = {p: facts for p, facts in state.files.items() if p not in selected and p not in changed_paths}
    claims_kept = _claims_kept(not_checked_again)
    words = StoredWords(store)
    index = _index_of_changed(validation, claims_kept, words)
    diagnostics = _kept_diagnostics(previous, not_checked_again, state.files.keys(), digests.keys())
    diagnostics += [d for d in validation.diagnostics if d.path in selected]
    findings = merged(_kept_findings(previous, subjects), run_rules(index))
    words.stage(complete=False)
    result = CheckResult(
        ValidationResult(len(fingerprint.files), ordered(diagnostics)),
        findings,
        len(claims_kept) + len(index.claims),
    )
    # In the order read, the files checked again in place (a file added, at the end): the parts of the state
    # that did not change are then equal to those read, and the store does not write them again.
    files = {path: facts for path, facts in state.files.items() if path in digests}
    files.update((path, facts_of(digests[path], validation.claim_models[path])) for path in sorted(selected))
    return result, CheckState(fingerprint.key, fingerprint.others, files)
