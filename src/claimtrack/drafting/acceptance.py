"""`claimtrack accept`: a reviewed draft becomes a claim, out of claims/drafts/ and under the id its fields give.

A draft's id was made when it was drafted, from what the draft then said; a reviewer who corrects its subject,
property or value (`claimtrack edit`, which never changes an id) would otherwise keep an id that says
something else (``china-occurred-on-2019-11-08`` for a claim about the Hanoi summit). Accepting a draft:

1. checks it as it stands, as `new` checks a claim it writes: the claim models (at the draft's own line and
   column), the vocabulary and sources it names, every quote in its source, and (unless allowed) a quote
   that states a date or number that cannot be the value (CT219);
2. gives it the id `new` would give (``default_id``) and the topic `new` would choose (``topic_among``, which
   never answers drafts/), refusing an id another claim file has;
3. drops the comment lines `draft` wrote above its fields ("Draft from …", "needs: …", how the subject and the
   modality were read), and a "needs: …" line a hand edit left anywhere else (a draft that still needed
   something would be refused), but keeps, above the value, a note of how the value was read ("'last Tuesday'
   read as 2022-05-31 from …") while it is true of the claim (``reading_holds``); and lays the file out as fmt
   does, every other line kept;
4. refuses, with every draft of the run checked and before anything is written, a draft whose claim would
   be in an open CT201 (``accept_conflicts``), unless allowed;
5. writes claims/<topic>/<id>.yaml atomically, never over a file, and only then removes the draft: a crash
   between the two leaves the claim twice (CT111 says so), never lost.

Nothing else needs rewriting: no field of the repository's format names a claim by its id (claims name
sources, entities and properties; sources name sources), so a draft's old id is referred to nowhere.
Each draft is accepted or refused on its own, in the order given; one accepted earlier in the run counts for
the topics and ids of the ones after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from claimtrack.authoring.draft_comments import is_reading, reading_holds, without_needs
from claimtrack.authoring.fmt import format_text
from claimtrack.authoring.new_claim import default_id, quote_problems, topic_among, value_problems
from claimtrack.authoring.new_files import (
    AuthoringError,
    UnknownIdError,
    _identifier,
    _write_new,
    confine,
    read_repository_text,
)
from claimtrack.drafting.accept_conflicts import Planned, conflicts_opened
from claimtrack.drafting.citations import cite_lines
from claimtrack.model.claims import AnyClaim
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.repository.discover import CLAIMS_DIR, DRAFTS_DIR, FileKind, is_draft
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import check_claim, close_match
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Located, Workspace

DRAFT_HEADER = "# Draft from "
"""How the first comment line `draft` writes above a draft's fields begins (drafting/drafts.py)."""


@dataclass(frozen=True)
class Accepted:
    draft: str
    """The draft's path, relative to the repository."""
    claim: str
    """The claim's path, relative to the repository."""


@dataclass(frozen=True)
class Refused:
    draft: str
    problems: tuple[str, ...]
    """Each reason, one line each: a diagnostic as ``path:line:column: CODE message``, or a sentence."""


@dataclass
class Acceptance:
    accepted: list[Accepted] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)


def draft_ids(workspace: Workspace) -> list[str]:
    """Every draft's id (its file's stem), in path order: what ``--all`` accepts."""
    return sorted(stem for stem, paths in workspace.claim_stems.items() if any(is_draft(p) for p in paths))


def draft_path(workspace: Workspace, draft_id: str) -> str:
    """claims/drafts/<id>.yaml, when it exists; UnknownIdError naming the closest draft, or where the claim is."""
    relative = f"{DRAFTS_DIR}/{draft_id}.yaml"
    paths = workspace.claim_stems.get(draft_id, [])
    if relative in paths:
        return relative
    if paths:
        raise UnknownIdError(f"{draft_id} is no draft: it is {paths[0]}, out of {DRAFTS_DIR}/ already")
    closest = close_match(draft_id, draft_ids(workspace)) or close_match(draft_id, workspace.claim_stems)
    raise UnknownIdError(f"unknown draft '{draft_id}'{closest}")


def accept_drafts(
    workspace: Workspace,
    ids: list[str],
    topic: str | None = None,
    *,
    allow_value_mismatch: bool = False,
    allow_conflict: bool = False,
) -> Acceptance:
    """Accept each draft of ``ids`` (checked first: an unknown one stops all before anything moves). A draft
    whose claim would give a value that cannot stand beside another claim's (CT201, open) is refused unless
    ``allow_conflict``: with every draft of the run it is checked before anything is written."""
    if topic is not None:
        _identifier("topic", topic)
        if f"{CLAIMS_DIR}/{topic}" == DRAFTS_DIR:
            raise AuthoringError(f"--topic {topic}: {DRAFTS_DIR}/ holds drafts; give the claims' own topic")
    paths = [draft_path(workspace, draft_id) for draft_id in dict.fromkeys(ids)]
    claims = [(c.model.subject, c.model.property, c.path) for c in workspace.claims.values()]
    stems = {stem: list(where) for stem, where in workspace.claim_stems.items()}  # as files move, where ids are
    result = Acceptance()
    planned: list[Planned] = []
    for relative in paths:
        outcome = _plan(workspace, relative, topic, claims, stems, allow_value_mismatch)
        if isinstance(outcome, Refused):
            result.refused.append(outcome)
        else:
            planned.append(outcome)
    conflicts = {} if allow_conflict else conflicts_opened(workspace, planned)
    for plan in planned:
        if plan.draft in conflicts:
            result.refused.append(Refused(plan.draft, conflicts[plan.draft]))
            continue
        moved = _move(workspace.root, plan)
        if isinstance(moved, Refused):
            result.refused.append(moved)
        else:
            result.accepted.append(moved)
    if result.accepted:
        remove_empty_drafts_folder(workspace.root)
    return result


def remove_empty_drafts_folder(root: Path) -> None:
    """Remove claims/drafts/ once the last draft has left it: git keeps no empty folder, but a person sees one
    and wonders what is left to review. A folder holding anything (a file of the user's) stays."""
    folder = root / DRAFTS_DIR
    try:
        confine(root, folder)
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    except (AuthoringError, OSError):
        return  # it stays: nothing is lost, and the drafts it held are gone already


def _plan(
    workspace: Workspace,
    relative: str,
    topic: str | None,
    claims: list[tuple[str, str, str]],
    stems: dict[str, list[str]],
    allow_value_mismatch: bool,
) -> Planned | Refused:
    """The claim the draft becomes and where, or why it cannot; ``claims`` and ``stems`` take it in."""
    root = workspace.root
    try:
        original = read_repository_text(root, root / relative)
    except AuthoringError as error:
        return Refused(relative, (str(error),))
    item, problems = _checked(workspace, original, relative, allow_value_mismatch)
    if item is None or problems:
        return Refused(relative, tuple(f"{p.location()}: {p.code} {p.message}" for p in problems))
    claim = item.model
    value = item.document.data.get("value")
    claim_id = default_id(claim.subject, claim.property, str(value), value)
    chosen = topic or topic_among(claims, claim.subject, claim.property)
    try:
        _identifier("topic", chosen)
        _identifier("claim id", claim_id)
    except AuthoringError as error:
        return Refused(relative, (f"{error}: accept it with --topic, or write it with 'claimtrack new --id'",))
    target = PurePosixPath(CLAIMS_DIR, chosen, f"{claim_id}.yaml")
    others = [p for p in stems.get(claim_id, []) if p != relative]
    if others and is_draft(others[0]):
        return Refused(
            relative,
            (
                f"claim id '{claim_id}' is the id of another draft ({others[0]}): if both say one thing, keep one "
                "(delete or dismiss the other); else edit the fields that make them two claims",
            ),
        )
    if others:
        return Refused(relative, _says_what_exists(workspace, claim_id, others[0], claim))
    claims.append((claim.subject, claim.property, target.as_posix()))
    stems[PurePosixPath(relative).stem].remove(relative)
    stems.setdefault(claim_id, []).append(target.as_posix())
    return Planned(relative, item, claim_id, target.as_posix(), _accepted_text(original, claim_id, target, claim))


def _says_what_exists(workspace: Workspace, claim_id: str, path: str, draft: AnyClaim) -> tuple[str, ...]:
    """Why a draft whose id a claim has is refused, with the `claimtrack cite` lines that add its quotes to the
    claim (issue 25: the reviewer had to write them from the draft)."""
    existing = workspace.claims.get(claim_id)
    lines = cite_lines(claim_id, draft.evidence, () if existing is None else existing.model.evidence)
    said = f"claim id '{claim_id}' exists ({path}): the draft says what that claim says"
    if not lines:
        return (f"{said}, quoting the same words: delete the draft, or edit the fields that make it another claim",)
    return (
        f"{said}: add its quote to that claim, then delete the draft (or edit the fields that make it another claim):",
        *(f"  {line}" for line in lines),
    )


def _move(root: Path, plan: Planned) -> Accepted | Refused:
    """Write the claim, never over a file, and only then remove the draft."""
    target = PurePosixPath(plan.target)
    try:
        confine(root, root / target)
        _write_new(root, root / target, plan.text.encode("utf-8"))
    except AuthoringError as error:
        return Refused(plan.draft, (str(error),))
    try:
        confine(root, root / plan.draft)
        (root / plan.draft).unlink()
    except (AuthoringError, OSError) as error:
        return Refused(plan.draft, (f"wrote {target}, but the draft stays ({error}): delete it",))
    return Accepted(plan.draft, plan.target)


def _checked(
    workspace: Workspace, text: str, relative: str, allow_value_mismatch: bool
) -> tuple[Located[AnyClaim] | None, list[Diagnostic]]:
    """The draft as it stands, and its errors as `new` finds them, at their lines in the draft's file."""
    document = parse_document(text.encode("utf-8"), relative, FileKind.CLAIM.value)
    if not isinstance(document, Document):
        return None, [document]
    model, problems = validate_document(document, FileKind.CLAIM)
    errors = [p for p in problems if p.severity is Severity.ERROR and p.code != "CT013"]
    if model is None or errors:
        return None, errors
    item: Located[AnyClaim] = Located(model, document)  # type: ignore[arg-type]
    # CT110 and CT111 are about the id, which accepting replaces.
    found = [p for p in check_claim(workspace, item) if p.code not in ("CT110", "CT111")]
    found += quote_problems(workspace, item)
    if not allow_value_mismatch:
        found += value_problems(workspace, item)
    return item, sorted((p for p in found if p.severity is Severity.ERROR), key=lambda p: (p.line, p.column))


_ID_LINE = re.compile(r"^id:.*$", re.MULTILINE)
_VALUE_LINE = re.compile(r"^value:", re.MULTILINE)


def _header(lines: list[str]) -> tuple[int, int]:
    """Where the comment lines `draft` wrote above the fields lie among ``lines``: from "# Draft from" to the
    first line that is no comment nor blank; (0, 0) when there are none."""
    start = next((i for i, line in enumerate(lines) if line.startswith(DRAFT_HEADER)), None)
    if start is None:
        return 0, 0
    end = start
    while end < len(lines) and (lines[end].lstrip().startswith("#") or not lines[end].strip()):
        end += 1  # a blank line a hand edit left inside the header is part of it
    return start, end


def without_draft_header(text: str) -> str:
    """``text`` without the comment lines `draft` wrote above the fields. A file without them is returned as it
    is."""
    lines = text.splitlines(keepends=True)
    start, end = _header(lines)
    return "".join(lines[:start] + lines[end:])


def _header_readings(text: str, claim: AnyClaim) -> str:
    """The reading notes of the draft's header still true of ``claim``, as the lines they are."""
    lines = text.splitlines(keepends=True)
    start, end = _header(lines)
    return "".join(line for line in lines[start:end] if is_reading(line) and reading_holds(line, claim))


def _accepted_text(original: str, claim_id: str, target: PurePosixPath, claim: AnyClaim) -> str:
    """The claim file: the draft without its header (but for the reading notes still true, put above the value),
    under its new id, laid out as fmt lays it out."""
    body = _ID_LINE.sub(f"id: {claim_id}", without_needs(without_draft_header(original)), count=1)
    readings = _header_readings(original, claim)
    if readings:
        body = _VALUE_LINE.sub(lambda value: readings + value.group(), body, count=1)
    return format_text(body, target, FileKind.CLAIM)


__all__ = [
    "Acceptance",
    "Accepted",
    "Refused",
    "accept_drafts",
    "draft_ids",
    "remove_empty_drafts_folder",
    "without_draft_header",
]
