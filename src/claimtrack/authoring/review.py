"""`claimtrack review`: record a reviewer's verdict (status, and who decided, when and why) on a claim file.

An option left out keeps what the file has: a new reviewer or date never drops the note, and a note can be
added without restating the verdict. A verdict that needs a reason (a refutation) is refused without one,
and a new verdict or a new reviewer brings a note of its own rather than inheriting another's. The file is
edited with ruamel.yaml's round-trip mode, so every other line (comments included) stays as it was; the
result is laid out by fmt, validated by the claim models, and written atomically. What changed is returned,
field by field, for the command to print.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ruamel.yaml.comments import CommentedMap

from claimtrack.authoring.fmt import format_text, round_trip_yaml
from claimtrack.authoring.new_files import AuthoringError, UnknownIdError, read_repository_text, write_repository_text
from claimtrack.model.claims import Status
from claimtrack.model.partial_dates import coerce_partial_date
from claimtrack.repository.discover import FileKind
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace

NEEDS_NOTE = {Status.REFUTED: "says why", Status.MISLEADING: "says what the statement leaves out"}
"""Verdicts that say the claim is wrong or misleads, and what their note must say: readers of the report and
of a fact-check need the reason."""

REVIEW_FIELDS = ("by", "on", "note")


def today() -> str:
    return dt.date.today().isoformat()


@dataclass(frozen=True)
class ReviewRequest:
    """What the reviewer gave; None is "keep what the file has"."""

    status: str | None = None
    by: str | None = None
    note: str | None = None
    on: str | None = None

    def is_empty(self) -> bool:
        return self.status is None and self.by is None and self.note is None and self.on is None


@dataclass(frozen=True)
class FieldChange:
    """One field the review changed: ``status``, ``review.by``, ``review.on`` or ``review.note``."""

    name: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class RecordedReview:
    path: Path
    changes: tuple[FieldChange, ...]


def _given(text: str | None) -> str | None:
    return None if text is None or not text.strip() else text


def planned_review(
    current_status: Status, current: dict[str, str], request: ReviewRequest, on_default: str
) -> tuple[Status, dict[str, str]]:
    """The status and review fields after ``request``, from the file's; raises AuthoringError on a verdict the
    rules refuse. An empty review dict is "no review" (a claim made unreviewed again without a reviewer)."""
    if request.is_empty():
        raise AuthoringError("nothing to record: give --status, --review-by, --review-note or --review-on")
    try:
        status = current_status if request.status is None else Status(request.status)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise AuthoringError(f"'{request.status}' is not a status: use one of {choices}") from None
    if status is Status.UNREVIEWED and request.by is None and request.note is None and request.on is None:
        return status, {}
    by = request.by if request.by is not None else current.get("by")
    if not _given(by):
        raise AuthoringError(f"a {status.value} verdict names its reviewer: give --review-by")
    new_verdict = status is not current_status or by != current.get("by")
    note = _given(request.note) if request.note is not None else current.get("note")  # "" removes the note
    if status in NEEDS_NOTE and (not _given(note) or (new_verdict and request.note is None)):
        kept = f" (the note on file is {current['by']}'s)" if _given(current.get("note")) and current.get("by") else ""
        raise AuthoringError(f"a {status.value} verdict {NEEDS_NOTE[status]}: give --review-note{kept}")
    changed = new_verdict or note != current.get("note") or not current
    on = request.on if request.on is not None else (on_default if changed else current.get("on", on_default))
    try:
        coerce_partial_date(on)
    except ValueError as error:
        raise AuthoringError(f"--review-on: {error}") from None
    review = {"by": str(by), "on": on}
    if _given(note):
        review["note"] = str(note)
    return status, review


def _review_of(data: Any) -> dict[str, str]:
    review = data.get("review")
    if not isinstance(review, dict):
        return {}
    return {key: str(review[key]) for key in REVIEW_FIELDS if review.get(key) is not None}


def review_changes(
    status_before: Status, before: dict[str, str], status_after: Status, after: dict[str, str]
) -> tuple[FieldChange, ...]:
    changes = [FieldChange("status", status_before.value, status_after.value)] if status_before != status_after else []
    changes += [
        FieldChange(f"review.{key}", before.get(key), after.get(key))
        for key in REVIEW_FIELDS
        if before.get(key) != after.get(key)
    ]
    return tuple(changes)


def record_review(workspace: Workspace, claim_id: str, request: ReviewRequest) -> RecordedReview:
    """Apply ``request`` to the claim's file (``on`` defaults to today for a new verdict, reviewer or note)."""
    located = workspace.claims.get(claim_id)
    if located is None:
        raise UnknownIdError(f"unknown claim '{claim_id}'{close_match(claim_id, workspace.claims)}")
    relative = PurePosixPath(located.path)
    path = workspace.root / relative
    yaml = round_trip_yaml()
    data = yaml.load(read_repository_text(workspace.root, path))
    status_before = Status(str(data.get("status", Status.UNREVIEWED.value)))
    before = _review_of(data)
    status, review = planned_review(status_before, before, request, today())
    data["status"] = status.value
    if not review:
        data.pop("review", None)
    else:
        data["review"] = CommentedMap(review)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    try:
        text = format_text(buffer.getvalue(), relative, FileKind.CLAIM)
    except ValueError as error:
        raise AuthoringError(f"cannot record the review: {error}") from None
    write_repository_text(workspace.root, path, text)
    return RecordedReview(path, review_changes(status_before, before, status, review))
