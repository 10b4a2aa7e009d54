"""`claimtrack edit`: change fields of a claim that exists, checked as `new` checks a claim it writes.

An option left out keeps what the file has; an empty one ("") removes an optional field. The value is read
by `new`'s own reader (``claim_value``), in the claim's unit unless told another. The file is edited with
ruamel.yaml's round-trip mode and laid out by fmt, so every other line stays; a comment line that was
attached to a field that changed or went is put back before the next field. The result is checked as
`new` checks a claim (the models with line and column, references with "did you mean", every quote in its
source, and CT219 unless allowed) and written atomically only when nothing is wrong; every problem is
returned otherwise. The claim's id, and so its file's name, never change: other claims, reviews and
exports refer to it.

A verdict is about what the claim asserted. A change of what it asserts (subject, property, value, place,
dates, modality, speaker: ``MEANING_FIELDS``) leaves a verdict on the old claim, so the edit is refused
unless the reviewer says what becomes of it: ``ReviewChoice.KEEP`` (a typo the verdict saw through) or
``ReviewChoice.RESET`` (unreviewed again; the old verdict stays in git, as `review --history` shows). A new
wording of the statement, a summary or new tags leave the verdict as it is.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path, PurePosixPath

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimtrack.authoring.draft_comments import outgrown_lines_dropped
from claimtrack.authoring.edit_changes import field_changes
from claimtrack.authoring.edit_quote import set_quote
from claimtrack.authoring.fmt import CLAIM_ORDER, format_text, round_trip_yaml
from claimtrack.authoring.new_claim import claim_value, quote_problems, value_problems
from claimtrack.authoring.new_files import AuthoringError, UnknownIdError, read_repository_text, write_repository_text
from claimtrack.authoring.review import FieldChange
from claimtrack.model.claims import AnyClaim, ClaimType, QuantityClaim, Status
from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import check_claim, close_match
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Located, Workspace

REQUIRED = ("statement", "subject", "property", "modality")
"""Fields every claim has: an empty option cannot remove them."""
OPTIONAL = ("summary", "place", "holder", "as_of", "valid_from", "valid_until", "began", "ended", "absolute")
LISTS = ("participants", "tags")
SAID = ("said_by", "said_setting", "said_on")

MEANING_FIELDS = frozenset(
    {"type", "subject", "property", "value", "place", "participants", "holder", "as_of", "valid_from",
     "valid_until", "began", "ended", "absolute", "modality", "said.by", "said.setting", "said.on"}
)  # fmt: skip
"""Fields whose change makes the claim assert something else, so that a verdict on it no longer applies."""

VALUE_FIELDS = frozenset({"type", "property", "value", "quote"})
"""Fields a quote's value is read against (CT219): a mismatch accepted on file is read again only when one
changes, as `cite` reads only its new link."""


class ReviewChoice(StrEnum):
    """What becomes of a verdict when the claim it judged changes what it asserts."""

    REFUSE = "refuse"
    KEEP = "keep"
    RESET = "reset"


@dataclass(frozen=True)
class ClaimEdit:
    """The fields to change: None keeps the file's; "" (or a list of one "") removes an optional one."""

    value: str | None = None
    unit: str | None = None
    statement: str | None = None
    summary: str | None = None
    subject: str | None = None
    property: str | None = None
    modality: str | None = None
    place: str | None = None
    holder: str | None = None
    as_of: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    began: str | None = None
    ended: str | None = None
    absolute: str | None = None
    said_by: str | None = None
    said_setting: str | None = None
    said_on: str | None = None
    participants: tuple[str, ...] | None = None
    tags: tuple[str, ...] | None = None
    quote: str | None = None
    """The words of the claim's first supporting evidence, in place of its quote."""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True)
class EditOutcome:
    path: Path
    changes: tuple[FieldChange, ...]
    problems: tuple[str, ...] = ()
    """What is wrong with an option itself (a value that is no quantity), as ``--option: why``."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """What is wrong with the claim the edit would write, each at its line and column in that text."""
    written: bool = False

    @property
    def refused(self) -> bool:
        return bool(self.problems) or any(d.severity is Severity.ERROR for d in self.diagnostics)


def edit_claim(
    workspace: Workspace,
    claim_id: str,
    edit: ClaimEdit,
    review: ReviewChoice = ReviewChoice.REFUSE,
    *,
    allow_value_mismatch: bool = False,
) -> EditOutcome:
    """Apply ``edit`` to the claim's file and write it when the claim it makes has no problem."""
    located = workspace.claims.get(claim_id)
    if located is None:
        raise UnknownIdError(f"unknown claim '{claim_id}'{close_match(claim_id, workspace.claims)}")
    relative = PurePosixPath(located.path)
    path = workspace.root / relative
    if edit.is_empty():
        return EditOutcome(path, ())
    original = read_repository_text(workspace.root, path)
    yaml = round_trip_yaml()
    data = yaml.load(original)
    if not isinstance(data, CommentedMap):
        raise AuthoringError(f"{relative} holds no claim; fix it with 'claimtrack validate' first")
    problems = _apply(workspace, data, edit, located.model)
    text, diagnostics, item = _drafted(yaml, data, original, relative)
    changes = field_changes(located.model, item.model) if item is not None else ()
    stale = [c.name for c in changes if c.name in MEANING_FIELDS]
    if stale and located.model.status is not Status.UNREVIEWED:
        if review is ReviewChoice.RESET:
            data["status"] = Status.UNREVIEWED.value
            data.pop("review", None)
            text, diagnostics, item = _drafted(yaml, data, original, relative)
            changes = field_changes(located.model, item.model) if item is not None else ()
        elif review is ReviewChoice.REFUSE:
            problems.append(_stale_verdict(located.model, stale))
    if item is not None:
        reads_value = not allow_value_mismatch and any(c.name in VALUE_FIELDS for c in changes)
        diagnostics += _repository_problems(workspace, item, reads_value)
    outcome = EditOutcome(path, changes, tuple(problems), tuple(sorted(diagnostics, key=_position)))
    if outcome.refused or not changes:
        return outcome
    written = text if item is None else outgrown_lines_dropped(text, item.model, workspace)  # a draft's "needs"
    write_repository_text(workspace.root, path, written)
    return EditOutcome(path, changes, written=True)


def _position(problem: Diagnostic) -> tuple[int, int]:
    return problem.line, problem.column


def _stale_verdict(claim: AnyClaim, stale: list[str]) -> str:
    who = f" by {claim.review.by} on {claim.review.on}" if claim.review is not None else ""
    return (
        f"{claim.id} has a {claim.status.value} verdict{who} on what it asserted before, and a new "
        f"{', '.join(stale)} makes it another claim: give --reset-review to make it unreviewed (the verdict "
        "stays in git: review --history), or --keep-review if the verdict holds for the new claim"
    )


def _apply(workspace: Workspace, data: CommentedMap, edit: ClaimEdit, before: AnyClaim) -> list[str]:
    """Set the fields ``edit`` gives in ``data``; what is wrong with an option itself, as ``--option: why``."""
    problems: list[str] = []
    for key in REQUIRED:
        given = getattr(edit, key)
        if given is not None and not given.strip():
            problems.append(f"--{key}: must not be blank")
        elif given is not None:
            _put(data, key, given)
    for key in OPTIONAL:
        _set_optional(data, key, getattr(edit, key))
    for key in LISTS:
        _set_list(data, key, getattr(edit, key))
    _set_said(data, edit)
    problems += set_quote(data, edit.quote)
    property_id = edit.property or before.property
    located = workspace.properties.get(property_id)
    claim_type = located.model.claim_type.value if located is not None else before.type
    if claim_type != before.type:
        data["type"] = claim_type
        if edit.value is None:
            problems.append(
                f"--value: property '{property_id}' takes {claim_type} claims, not {before.type} claims: "
                "give the value anew"
            )
    problems += _set_value(workspace, data, edit, before, claim_type)
    return problems


def _put(data: CommentedMap, key: str, value: object) -> None:
    """Set a field; a new one goes where fmt puts it, so that a problem's line is the line it will have."""
    if key in data or key not in CLAIM_ORDER:
        data[key] = value
        return
    rank = CLAIM_ORDER.index(key)
    later = [i for i, other in enumerate(data) if other in CLAIM_ORDER and CLAIM_ORDER.index(other) > rank]
    data.insert(later[0] if later else len(data), key, value)


def _set_optional(data: CommentedMap, key: str, given: str | None) -> None:
    if given is None:
        return
    if given.strip():
        _put(data, key, given)
    else:
        data.pop(key, None)


def _set_list(data: CommentedMap, key: str, given: tuple[str, ...] | None) -> None:
    if given is None:
        return
    items = [item for item in given if item.strip()]
    current = data.get(key)
    if not items:
        data.pop(key, None)
    elif isinstance(current, CommentedSeq):
        current[:] = items  # the list's own style (one line or one item a line) stays
    else:
        seq = CommentedSeq(items)
        seq.fa.set_flow_style()
        _put(data, key, seq)


def _set_said(data: CommentedMap, edit: ClaimEdit) -> None:
    if all(getattr(edit, key) is None for key in SAID):
        return
    if edit.said_by is not None and not edit.said_by.strip():
        data.pop("said", None)  # no speaker, so nothing said
        return
    said = data.get("said")
    if not isinstance(said, CommentedMap):
        said = CommentedMap()
        _put(data, "said", said)
    for key in SAID:
        _set_optional(said, key.removeprefix("said_"), getattr(edit, key))


def _set_value(
    workspace: Workspace, data: CommentedMap, edit: ClaimEdit, before: AnyClaim, claim_type: str
) -> list[str]:
    quantity = claim_type == ClaimType.QUANTITY.value
    if edit.unit is not None and not quantity:
        return [f"--unit: a {claim_type} claim's value has no unit"]
    if edit.value is None:
        if edit.unit is not None and isinstance(data.get("value"), CommentedMap):
            data["value"]["unit"] = edit.unit  # the same number, in the unit it should have said
        return []
    if not edit.value.strip():
        return ["--value: must not be blank"]
    property_id = edit.property or before.property
    unit = edit.unit
    if unit is None and quantity and isinstance(before, QuantityClaim) and edit.property is None:
        unit = before.value.unit  # the claim's unit, which may differ from (and convert into) the property's
    try:
        data["value"] = claim_value(workspace, property_id, edit.value, unit)
    except AuthoringError as error:
        return [f"--value: {error}"]
    return []


def _drafted(
    yaml: YAML, data: CommentedMap, original: str, relative: PurePosixPath
) -> tuple[str, list[Diagnostic], Located[AnyClaim] | None]:
    """The file's text after the edit, what the claim models find in it, and the claim when they find none."""
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    text = buffer.getvalue()
    unformatted = None
    try:
        text = format_text(text, relative, FileKind.CLAIM)
    except ValueError as error:
        unformatted = diagnostic("CT014", relative.as_posix(), 1, 1, reason=str(error))
    text = with_comments_of(original, text)  # after fmt, which keeps a comment with the field above it
    document = parse_document(text.encode("utf-8"), relative.as_posix(), FileKind.CLAIM.value)
    if not isinstance(document, Document):
        return text, [document], None
    model, problems = validate_document(document, FileKind.CLAIM)
    problems = [p for p in problems if p.code != "CT013"]
    if model is None:
        return text, problems, None  # the models say what is wrong, at its line and column
    if unformatted is not None:
        problems.append(unformatted)
    return text, problems, Located(model, document)  # type: ignore[arg-type]


def _repository_problems(workspace: Workspace, item: Located[AnyClaim], reads_value: bool) -> list[Diagnostic]:
    """What `new` finds in a claim: references, quotes, and (when the value is new) CT219."""
    problems = list(check_claim(workspace, item))
    problems += quote_problems(workspace, item)
    if reads_value:
        problems += value_problems(workspace, item)
    return problems


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _is_comment(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith("#") and not stripped.startswith("# yaml-language-server:")


def _anchored_comments(original: str) -> list[tuple[str, str | None, bool]]:
    """Each comment line of ``original`` (stripped), the top-level field after it, and whether only comment
    and blank lines lie between them (a comment on that field, or on the fields after it)."""
    found: list[tuple[str, str | None, bool]] = []
    pending: list[tuple[int, str, bool]] = []  # (index in found, text, nothing but comments since)
    for line in original.splitlines():
        if _is_comment(line):
            pending.append((len(found), line.strip(), True))
            found.append((line.strip(), None, False))
            continue
        match = _TOP_KEY.match(line)
        for index, text, direct in pending:
            if match:
                found[index] = (text, match[1], direct)
        if match:
            pending = []
        elif line.strip():
            pending = [(index, text, False) for index, text, _ in pending]
    return found


def with_comments_of(original: str, edited: str) -> str:
    """``edited`` with the comment lines of ``original`` where they were: a comment line right before a
    top-level field is put right before it again, and one ``edited`` lacks before the next field there is.
    ruamel.yaml keeps a comment with the field above it, so an edit that removes, replaces or adds a field
    would take it away, or put it before another field."""
    keys = [match[1] for line in edited.splitlines() if (match := _TOP_KEY.match(line))]
    present = Counter(line.strip() for line in edited.splitlines() if _is_comment(line))
    original_keys = [match[1] for line in original.splitlines() if (match := _TOP_KEY.match(line))]
    moved: dict[str | None, list[str]] = {}
    taken: Counter[str] = Counter()
    for text, anchor, direct in _anchored_comments(original):
        if present[text] > 0 and not direct:
            present[text] -= 1
            continue  # inside a field that is still there: where ruamel.yaml keeps it
        if present[text] > 0:
            present[text] -= 1
            taken[text] += 1
        following = original_keys[original_keys.index(anchor) :] if anchor in original_keys else []
        target = next((key for key in following if key in keys), None)
        moved.setdefault(target, []).append(text)
    lines: list[str] = []
    for line in edited.splitlines():
        if _is_comment(line) and taken[line.strip()] > 0:
            taken[line.strip()] -= 1
            continue
        match = _TOP_KEY.match(line)
        if match:
            lines += moved.pop(match[1], [])
        lines.append(line)
    return "\n".join(lines + moved.pop(None, [])) + "\n"
