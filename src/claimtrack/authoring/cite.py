"""`claimtrack cite`: add an evidence link to a claim that exists, its quote checked as `validate` checks it.

The claim file is edited with ruamel.yaml's round-trip mode, so every other line (comments included) stays
as it was; the link is appended to ``evidence``, the result laid out by fmt, validated by the claim models,
its quote looked up in the source's archived text (with the closest passage when it is not there) and read
against the claim's value (CT219), and written atomically. Nothing is written when anything is wrong.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from claimtrack.authoring.fmt import format_text, round_trip_yaml
from claimtrack.authoring.new_claim import quote_problems, value_problems
from claimtrack.authoring.new_files import AuthoringError, UnknownIdError, read_repository_text, write_repository_text
from claimtrack.model.claims import AnyClaim, Stance
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import close_match
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Located, Workspace
from claimtrack.text.quotes import normalise


@dataclass
class Citation:
    claim: str
    source: str
    quote: str
    stance: str = "supports"
    prefix: str | None = None
    suffix: str | None = None
    note: str | None = None
    allow_value_mismatch: bool = False
    """Add it even when the quote states a date or number that cannot be the claim's value (CT219)."""


def cite(workspace: Workspace, citation: Citation) -> Path:
    """Append the evidence link to the claim's file; the file written."""
    located = workspace.claims.get(citation.claim)
    if located is None:
        raise UnknownIdError(f"unknown claim '{citation.claim}'{close_match(citation.claim, workspace.claims)}")
    if citation.source not in workspace.sources:
        raise UnknownIdError(f"unknown source '{citation.source}'{close_match(citation.source, workspace.sources)}")
    try:
        stance = Stance(citation.stance)
    except ValueError:
        raise AuthoringError(f"'{citation.stance}' is not a stance: use supports or contradicts") from None
    wanted = normalise(citation.quote).text
    for link in located.model.evidence:
        if link.source == citation.source and normalise(link.quote).text == wanted:
            raise AuthoringError(f"{citation.claim} already quotes these words from {citation.source}")
    relative = PurePosixPath(located.path)
    path = workspace.root / relative
    text = _with_link(read_repository_text(workspace.root, path), relative, citation, stance)
    item = _located(text, relative)
    position = len(item.model.evidence) - 1
    problems = [p for p in quote_problems(workspace, item) if (p.line, p.column) == _quote_at(item, position)]
    if not citation.allow_value_mismatch:
        problems += [p for p in value_problems(workspace, item) if (p.line, p.column) == _quote_at(item, position)]
    if problems:
        raise AuthoringError("; ".join(f"{p.code} {p.message}" for p in problems) + f"; {relative} not changed")
    write_repository_text(workspace.root, path, text)
    return path


def _with_link(original: str, relative: PurePosixPath, citation: Citation, stance: Stance) -> str:
    yaml = round_trip_yaml()
    data = yaml.load(original)
    if not isinstance(data, CommentedMap) or not isinstance(data.get("evidence"), CommentedSeq):
        raise AuthoringError(f"{relative} holds no 'evidence:' list; fix it with 'claimtrack validate' first")
    link = CommentedMap({"source": citation.source, "stance": stance.value, "quote": citation.quote})
    for key in ("prefix", "suffix", "note"):
        value = getattr(citation, key)
        if value:
            link[key] = value
    data["evidence"].append(link)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    try:
        return format_text(buffer.getvalue(), relative, FileKind.CLAIM)
    except ValueError as error:
        raise AuthoringError(f"cannot add the link: {error}") from None


def _located(text: str, relative: PurePosixPath) -> Located[AnyClaim]:
    document = parse_document(text.encode("utf-8"), relative.as_posix(), FileKind.CLAIM.value)
    if not isinstance(document, Document):
        raise AuthoringError(f"{document.location()}: {document.message}")
    model, problems = validate_document(document, FileKind.CLAIM)
    if model is None:
        raise AuthoringError("; ".join(f"{p.location()}: {p.code} {p.message}" for p in problems))
    return Located(model, document)  # type: ignore[arg-type]


def _quote_at(item: Located[AnyClaim], index: int) -> tuple[int, int]:
    position = item.position("evidence", index, "quote")
    return position.line, position.column
