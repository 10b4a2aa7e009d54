"""`claimtrack review CLAIM --history`: how a claim's status and review changed, commit by commit, in git.

Each commit that touched the claim's file is read with `git show`, and the verdict fields are compared with
the commit before; uncommitted changes in the working tree come last. Only the verdict is followed (status
and review); `claimtrack diff` compares everything else.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from claimtrack.authoring.new_files import AuthoringError, UnknownIdError
from claimtrack.authoring.review import FieldChange, review_changes
from claimtrack.model.claims import Status
from claimtrack.repository.confined import Escape, read_text_inside
from claimtrack.repository.limits import limit
from claimtrack.repository.reading import NotAFile, TooLarge
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace

UNCOMMITTED = "uncommitted"


@dataclass(frozen=True)
class HistoryEntry:
    """The verdict fields one commit changed (``commit`` is UNCOMMITTED for the working tree)."""

    commit: str
    date: str
    author: str
    changes: tuple[FieldChange, ...]


def _git(root: Path, *args: str) -> str:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=limit("git_timeout_seconds"),
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise AuthoringError(f"cannot read the history: git {args[0]} failed ({error})") from None
    if completed.returncode != 0:
        reason = completed.stderr.strip().splitlines()
        raise AuthoringError(f"cannot read the history: {reason[-1] if reason else 'git failed'}")
    return completed.stdout


def _verdict(text: str | None) -> tuple[Status, dict[str, str]]:
    """The status and review fields of one version of a claim file (unreviewed, none, when unreadable)."""
    data: Any = None
    if text is not None:
        try:
            data = YAML(typ="safe").load(text)
        except YAMLError:
            data = None
    if not isinstance(data, dict):
        return Status.UNREVIEWED, {}
    try:
        status = Status(str(data.get("status", Status.UNREVIEWED.value)))
    except ValueError:
        status = Status.UNREVIEWED
    review = data.get("review")
    fields = {k: str(review[k]) for k in ("by", "on", "note") if isinstance(review, dict) and review.get(k) is not None}
    return status, fields


def review_history(workspace: Workspace, claim_id: str) -> list[HistoryEntry]:
    """Every change to the claim's verdict, oldest first."""
    located = workspace.claims.get(claim_id)
    if located is None:
        raise UnknownIdError(f"unknown claim '{claim_id}'{close_match(claim_id, workspace.claims)}")
    root, relative = workspace.root, located.path
    log = _git(root, "log", "--reverse", "--format=%H%x00%ad%x00%an", "--date=short", "--", relative)
    entries: list[HistoryEntry] = []
    previous = _verdict(None)
    for line in log.splitlines():
        commit, date, author = line.split("\0")
        try:
            text: str | None = _git(root, "show", f"{commit}:./{relative}")
        except AuthoringError:
            text = None  # the commit deleted the file
        current = _verdict(text)
        changes = review_changes(*previous, *current)
        if changes:
            entries.append(HistoryEntry(commit[:12], date, author, changes))
        previous = current
    try:
        on_disk = _verdict(read_text_inside(root, root / relative, limit("max_file_bytes")))
    except (Escape, NotAFile, TooLarge, OSError, UnicodeDecodeError) as error:
        raise AuthoringError(f"{relative} cannot be read: {error}") from None
    changes = review_changes(*previous, *on_disk)
    if changes:
        entries.append(HistoryEntry(UNCOMMITTED, "", "", changes))
    return entries
