"""`claimtrack dismiss`: record that a sentence of a source states no claim, so that `draft` stops proposing it.

Deleting a wrong draft is forgotten at the next `draft`, which proposes the sentence again. A dismissal is
kept where the sentence lives: in the source's metadata, under ``not_claims`` (the sentence's words and why it
is no claim), beside ``corrects``, which likewise quotes the source's own text. It validates with the source's
model, is laid out by fmt and in the JSON Schema; coverage counts the sentence apart (dismissed) and `draft`,
which reads only the sentences coverage leaves to quote, proposes nothing from it. CT220 reports a dismissal
whose words the text does not hold.

A dismissal is of a sentence, not of one value: drafting stops at a sentence once any claim quotes it, so a
sentence with one right value and one wrong is kept by accepting the right draft, and one with none is
dismissed. The source file is edited in place (every other line and comment kept) and written atomically,
then the draft is removed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimtrack.authoring.fmt import format_text, round_trip_yaml
from claimtrack.authoring.new_files import (
    AuthoringError,
    UnknownIdError,
    confine,
    read_repository_text,
    write_repository_text,
)
from claimtrack.drafting.acceptance import draft_path, remove_empty_drafts_folder
from claimtrack.model.diagnostics import Severity
from claimtrack.repository.discover import FileKind, is_draft
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import close_match
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import normalise, normalise_text, occurrences


@dataclass
class Dismissal:
    source_path: str
    """The source's metadata file, relative to the repository."""
    recorded: bool
    """False when the source already listed the sentence."""
    removed: str | None = None
    """The draft removed, relative to the repository."""
    also: list[str] = field(default_factory=list)
    """Other drafts quoting the same sentence, left for the reviewer to dismiss or delete."""


def dismiss_draft(workspace: Workspace, draft_id: str, why: str) -> Dismissal:
    """Record the sentence the draft quotes as no claim of its source, then remove the draft."""
    relative = draft_path(workspace, draft_id)
    located = workspace.claims.get(draft_id)
    if located is None or located.path != relative:
        raise AuthoringError(f"{relative} does not validate ('claimtrack validate' says why): delete it instead")
    link = located.model.evidence[0]
    outcome = dismiss_sentence(workspace, link.source, link.quote, why)
    root = workspace.root
    confine(root, root / relative)
    (root / relative).unlink()
    remove_empty_drafts_folder(root)
    outcome.removed = relative
    outcome.also = [path for path in outcome.also if path != relative]
    return outcome


def dismiss_sentence(workspace: Workspace, source_id: str, quote: str, why: str) -> Dismissal:
    """Record ``quote`` (words of the source's archived text) under the source's ``not_claims``, with ``why``."""
    if not why.strip():
        raise AuthoringError("--why: say why the sentence is no claim, for the next reviewer")
    item = workspace.sources.get(source_id)
    if item is None:
        raise UnknownIdError(f"unknown source '{source_id}'{close_match(source_id, workspace.sources)}")
    text = workspace.archived_text(source_id)
    if text is None:
        raise AuthoringError(f"source {source_id} has no archived text to dismiss a sentence of")
    needle = normalise_text(quote)
    if not needle or not occurrences(normalise(text).text, needle):
        raise AuthoringError(f"--quote: not in the archived text of {source_id}; copy the words exactly")
    also = [
        c.path
        for c in workspace.claims.values()
        if is_draft(c.path) and any(link.source == source_id and link.quote == quote for link in c.model.evidence)
    ]
    known = [normalise_text(not_claim.quote) for not_claim in item.model.not_claims]
    if any(needle in dismissed for dismissed in known):  # a sentence, or words of one, dismissed already
        return Dismissal(item.path, recorded=False, also=also)
    path = workspace.root / item.path
    original = read_repository_text(workspace.root, path)
    updated = _with_not_claim(original, PurePosixPath(item.path), quote, why)
    write_repository_text(workspace.root, path, updated)
    return Dismissal(item.path, recorded=True, also=also)


def _with_not_claim(original: str, relative: PurePosixPath, quote: str, why: str) -> str:
    """The source file with ``{quote, why}`` added to its ``not_claims``, laid out by fmt and validated."""
    yaml = round_trip_yaml()
    data = yaml.load(original)
    if not isinstance(data, CommentedMap):
        raise AuthoringError(f"{relative} holds no source; fix it with 'claimtrack validate' first")
    listed = data.get("not_claims")
    if not isinstance(listed, CommentedSeq):
        listed = CommentedSeq()
        data["not_claims"] = listed
    listed.append(CommentedMap([("quote", quote), ("why", why)]))
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    try:
        text = format_text(buffer.getvalue(), relative, FileKind.SOURCE)
    except ValueError as error:
        raise AuthoringError(f"{relative} would not load, so it is not written: {error}") from None
    document = parse_document(text.encode("utf-8"), relative.as_posix(), FileKind.SOURCE.value)
    problems = [document] if not isinstance(document, Document) else validate_document(document, FileKind.SOURCE)[1]
    errors = [p for p in problems if p.severity is Severity.ERROR and p.code != "CT013"]
    if errors:
        raise AuthoringError("; ".join(f"{p.location()}: {p.code} {p.message}" for p in errors))
    return text


__all__ = ["Dismissal", "dismiss_draft", "dismiss_sentence"]
