"""`claimtrack dismiss`: record that a value or a sentence of a source states no claim, so that `draft` stops
proposing it.

Deleting a wrong draft is forgotten at the next `draft`, which proposes the sentence again. A dismissal is
kept where the sentence lives: in the source's metadata, under ``not_claims`` (the sentence's words and why it
is no claim), beside ``corrects``, which likewise quotes the source's own text. It validates with the source's
model, is laid out by fmt and in the JSON Schema; coverage counts the sentence apart (dismissed) and `draft`,
which reads only the sentences coverage leaves to quote, proposes nothing from it. CT220 reports a dismissal
whose words the text does not hold.

A dismissal is of one value when its sentence gives others ("crossed it 12 times" beside a count the
reviewer keeps): the entry names the value's words as `draft` read them (``value``), `draft` proposes the
sentence's other values still, and `coverage` keeps counting the sentence until a claim quotes it. Dismissing
the last value `draft` reads from a sentence, or a draft with ``whole_sentence``, dismisses the sentence. The
source file is edited in place (every other line and comment kept) and written atomically, then the draft is
removed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

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
from claimtrack.drafting.citations import value_key
from claimtrack.drafting.drafts import sentence_proposals
from claimtrack.model.claims import AnyClaim, EventClaim, QuantityClaim
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
    """Other drafts quoting the same sentence, left for the reviewer to dismiss or delete (when the whole
    sentence was dismissed)."""
    value: str | None = None
    """The words of the one value dismissed; None when the whole sentence was."""
    last: bool = False
    """A value was asked to be dismissed, and it was the last `draft` reads from its sentence: the sentence was."""


def dismiss_draft(workspace: Workspace, draft_id: str, why: str, *, whole_sentence: bool = False) -> Dismissal:
    """Record the draft's value as no claim of its source (its whole sentence when ``whole_sentence``, or when it
    is the only value `draft` reads from it), then remove the draft."""
    relative = draft_path(workspace, draft_id)
    located = workspace.claims.get(draft_id)
    if located is None or located.path != relative:
        raise AuthoringError(f"{relative} does not validate ('claimtrack validate' says why): delete it instead")
    link = located.model.evidence[0]
    value = None if whole_sentence else _draft_value(workspace, link.source, link.quote, located.model)
    outcome = dismiss_sentence(workspace, link.source, link.quote, why, value=value)
    root = workspace.root
    confine(root, root / relative)
    (root / relative).unlink()
    remove_empty_drafts_folder(root)
    outcome.removed = relative
    outcome.also = [path for path in outcome.also if path != relative]
    return outcome


def dismiss_sentence(
    workspace: Workspace, source_id: str, quote: str, why: str, *, value: str | None = None
) -> Dismissal:
    """Record ``quote`` (words of the source's archived text) under the source's ``not_claims``, with ``why``;
    with ``value`` (words of a value `draft` reads from the quote's sentence), that value only, unless it is the
    sentence's last value to draft."""
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
    read = sentence_proposals(workspace, source_id, quote)
    sentence = quote if read is None else read[0]  # drafts quote their value's clause: any of the sentence's
    also = [
        c.path
        for c in workspace.claims.values()
        if is_draft(c.path)
        and any(link.source == source_id and _same_sentence(link.quote, sentence) for link in c.model.evidence)
    ]
    not_claims = item.model.not_claims
    known = [normalise_text(not_claim.quote) for not_claim in not_claims if not_claim.value is None]
    if any(needle in dismissed for dismissed in known):  # a sentence, or words of one, dismissed already
        return Dismissal(item.path, recorded=False, also=also)
    if value is not None and normalise_text(value) not in needle:
        raise AuthoringError("--value: not in the words of --quote; quote the sentence the value is in")
    if value is not None:
        sentence, words, left = _values_left(workspace, source_id, quote, value)
        written = normalise_text(value)
        if any(
            n.value is not None and normalise_text(n.value) == written and _same_sentence(n.quote, sentence)
            for n in not_claims
        ):
            return Dismissal(item.path, recorded=False, value=value)
        entry = None if not left else value
        last = not left and len(words) > 1  # of one value, the sentence is dismissed as it always was
    else:
        entry, last = None, False
    path = workspace.root / item.path
    original = read_repository_text(workspace.root, path)
    updated = _with_not_claim(original, PurePosixPath(item.path), quote, why, entry)
    write_repository_text(workspace.root, path, updated)
    return Dismissal(item.path, recorded=True, also=also if entry is None else [], value=entry, last=last)


def _values_left(workspace: Workspace, source_id: str, quote: str, value: str) -> tuple[str, list[str], list[str]]:
    """The sentence holding ``quote``, the words of the values `draft` reads from it, and of those that neither
    ``value`` nor the source's ``not_claims`` dismiss; refused when `draft` reads no value ``value`` there."""
    read = sentence_proposals(workspace, source_id, quote)
    if read is None:
        raise AuthoringError("--quote: the words are not inside one sentence; quote the sentence the value is in")
    sentence, proposals = read
    words = list(dict.fromkeys(normalise_text(p.value_text) for p in proposals))
    written = normalise_text(value)
    if written not in words:
        shown = ", ".join(f"'{p.value_text}'" for p in proposals) or "none"
        raise AuthoringError(f"--value: draft reads no value '{value}' from the sentence; it reads {shown}")
    dismissed = {
        normalise_text(n.value)
        for n in workspace.sources[source_id].model.not_claims
        if n.value is not None and _same_sentence(n.quote, sentence)
    }
    return sentence, words, [w for w in words if w != written and w not in dismissed]


def _same_sentence(quote: str, sentence: str) -> bool:
    """The quote is words of the sentence, or the sentence and more."""
    needle, words = normalise_text(quote), normalise_text(sentence)
    return bool(needle) and (needle in words or words in needle)


def _draft_value(workspace: Workspace, source_id: str, quote: str, draft: AnyClaim) -> str:
    """The words of the draft's value in its sentence, as `draft` read them: the value read from the sentence
    that equals the draft's (a quantity's number and bound, whatever its unit)."""
    if not isinstance(draft, EventClaim | QuantityClaim):
        raise AuthoringError(f"{draft.id} is no date or number drafted from its sentence: dismiss it with --sentence")
    wanted = _compared(draft.value if isinstance(draft, EventClaim) else draft.value.model_dump(exclude_defaults=True))
    read = sentence_proposals(workspace, source_id, quote)
    for proposal in [] if read is None else read[1]:
        if _compared(proposal.value) == wanted:
            return proposal.value_text
    raise AuthoringError(
        f"{draft.id}: its value is none that draft reads from its sentence (was it edited?): dismiss the whole "
        "sentence with --sentence, or delete the draft"
    )


def _compared(value: Any) -> str:
    """A value as a dismissal compares a draft's with what `draft` reads: a quantity without its unit."""
    return value_key({k: v for k, v in value.items() if k != "unit"} if isinstance(value, dict) else value)


def _with_not_claim(original: str, relative: PurePosixPath, quote: str, why: str, value: str | None) -> str:
    """The source file with ``{quote, value, why}`` added to its ``not_claims``, laid out by fmt and validated."""
    yaml = round_trip_yaml()
    data = yaml.load(original)
    if not isinstance(data, CommentedMap):
        raise AuthoringError(f"{relative} holds no source; fix it with 'claimtrack validate' first")
    listed = data.get("not_claims")
    if not isinstance(listed, CommentedSeq):
        listed = CommentedSeq()
        data["not_claims"] = listed
    value_item = [] if value is None else [("value", value)]
    listed.append(CommentedMap([("quote", quote), *value_item, ("why", why)]))
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
