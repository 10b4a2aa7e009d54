"""`claimtrack review`: record a reviewer's verdict (status, and who decided, when and why) on a claim file.

The file is edited with ruamel.yaml's round-trip mode, so every other line (comments included) stays as it
was; the result is laid out by fmt, validated by the claim models, and written atomically.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path, PurePosixPath

from ruamel.yaml.comments import CommentedMap

from claimtrack.authoring.fmt import format_text, round_trip_yaml
from claimtrack.authoring.new_files import AuthoringError
from claimtrack.model.claims import Status
from claimtrack.model.partial_dates import coerce_partial_date
from claimtrack.repository.atomic import write_atomically
from claimtrack.repository.discover import FileKind
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace


def today() -> str:
    return dt.date.today().isoformat()


def record_review(
    workspace: Workspace, claim_id: str, status: str, by: str | None, note: str | None, on: str | None = None
) -> Path:
    """Set the claim's status and its review (``on`` defaults to today); returns the file written."""
    located = workspace.claims.get(claim_id)
    if located is None:
        raise AuthoringError(f"unknown claim '{claim_id}'{close_match(claim_id, workspace.claims)}")
    try:
        verdict = Status(status)
    except ValueError:
        raise AuthoringError(f"'{status}' is not a status: use one of {', '.join(s.value for s in Status)}") from None
    if verdict is not Status.UNREVIEWED and not (by and by.strip()):
        raise AuthoringError("a verdict names its reviewer: give --review-by")
    if verdict is Status.MISLEADING and not (note and note.strip()):
        raise AuthoringError("a misleading verdict says what the statement leaves out: give --review-note")
    when = on or today()
    try:
        coerce_partial_date(when)
    except ValueError as error:
        raise AuthoringError(f"--review-on: {error}") from None
    relative = PurePosixPath(located.path)
    path = workspace.root / relative
    yaml = round_trip_yaml()
    data = yaml.load(path.read_text(encoding="utf-8"))
    data["status"] = verdict.value
    if verdict is Status.UNREVIEWED and not by:
        data.pop("review", None)
    else:
        review = CommentedMap({"by": by, "on": when})
        if note:
            review["note"] = note
        data["review"] = review
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    try:
        text = format_text(buffer.getvalue(), relative, FileKind.CLAIM)
    except ValueError as error:
        raise AuthoringError(f"cannot record the review: {error}") from None
    write_atomically(path, text)
    return path
