"""`claimtrack new`: a claim file covering the whole claim format, checked as `validate` checks it first.

The claim is built from a spec, laid out as fmt lays it out, and run through the same checks as a file
in the repository: the claim models (CT1xx with line and column in the file to be written), references
to the vocabulary and the sources with "did you mean" (CT112-CT115), and every quote against its
source's archived text, with the closest passage when it is not there. Only a claim without a problem
is written; nothing is ever overwritten.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ruamel.yaml import YAML

from claimtrack.authoring.fmt import format_text
from claimtrack.authoring.new_files import AuthoringError, _identifier, _write_new, confine, parse_quantity, slug
from claimtrack.authoring.review import today
from claimtrack.model.claims import AnyClaim, ClaimType, Status
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.repository.discover import CLAIMS_DIR, FileKind, is_draft
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.references import check_claim
from claimtrack.repository.validate_models import validate_document
from claimtrack.repository.workspace import Located, Workspace
from claimtrack.text.quotes import anchor, closest_passage, normalise


@dataclass
class EvidenceSpec:
    source: str
    stance: str
    quote: str
    prefix: str | None = None
    suffix: str | None = None
    note: str | None = None

    @classmethod
    def parse(cls, text: str) -> EvidenceSpec:
        """SOURCE:STANCE:QUOTE (the quote may hold colons)."""
        parts = text.split(":", 2)
        if len(parts) != 3 or not all(p.strip() for p in parts):
            raise AuthoringError(f"evidence '{text}' is not SOURCE:STANCE:QUOTE (stance: supports or contradicts)")
        return cls(parts[0].strip(), parts[1].strip(), parts[2])


@dataclass
class ClaimSpec:
    subject: str
    property: str
    value: str
    statement: str
    evidence: list[EvidenceSpec]
    modality: str = "asserted"
    id: str | None = None
    topic: str | None = None
    place: str | None = None
    as_of: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    began: str | None = None
    ended: str | None = None
    absolute: str | None = None
    said_by: str | None = None
    """The speaker, when the source gives the claim as somebody's words (with ``said_setting``, ``said_on``)."""
    said_setting: str | None = None
    said_on: str | None = None
    participants: list[str] = field(default_factory=list)
    holder: str | None = None
    status: str = "unreviewed"
    review_by: str | None = None
    review_note: str | None = None
    review_on: str | None = None
    tags: list[str] = field(default_factory=list)
    unit: str | None = None
    """A quantity's unit, for a property without a fixed one (a property's own unit is the default)."""
    allow_value_mismatch: bool = False
    """Write the claim even when a quote states a date or number that cannot be its value (CT219)."""


def claim_value(workspace: Workspace, property_id: str, text: str, unit: str | None = None) -> Any:
    """The value as the file writes it: a quantity's mapping in ``unit`` (default: the property's), else the text."""
    prop = workspace.properties.get(property_id)
    if prop is not None and prop.model.claim_type is ClaimType.QUANTITY:
        chosen = unit or prop.model.unit
        if chosen is None:
            raise AuthoringError(f"property '{property_id}' has no fixed unit: give the value's unit with --unit")
        return parse_quantity(text, chosen)
    return text


def _value_words(text: str, value: Any) -> str:
    """The value in an id's words: a quantity as read ('Around 1,500' is 'about 1500'), else as typed."""
    if not isinstance(value, dict):
        return text
    words = [f"{'' if key == 'exactly' else key.replace('_', ' ')} {number}" for key, number in value.items()]
    return " ".join(word for key, word in zip(value, words, strict=True) if key != "unit")


def default_id(subject: str, property_id: str, value_text: str, value: Any) -> str:
    """The id `new` gives a claim (and `accept` a draft): its subject, property and value in words."""
    return slug(subject, property_id, _value_words(value_text, value))


def claim_type(workspace: Workspace, property_id: str) -> str:
    prop = workspace.properties.get(property_id)
    return prop.model.claim_type.value if prop is not None else ClaimType.EVENT.value


def claim_data(workspace: Workspace, spec: ClaimSpec) -> dict[str, Any]:
    value = claim_value(workspace, spec.property, spec.value, spec.unit)
    data: dict[str, Any] = {
        "id": spec.id or default_id(spec.subject, spec.property, spec.value, value),
        "type": claim_type(workspace, spec.property),
        "statement": spec.statement,
        "subject": spec.subject,
        "property": spec.property,
        "value": value,
    }
    optional = {
        "place": spec.place,
        "participants": spec.participants,
        "holder": spec.holder,
        "as_of": spec.as_of,
        "valid_from": spec.valid_from,
        "valid_until": spec.valid_until,
        "began": spec.began,
        "ended": spec.ended,
        "absolute": spec.absolute,
    }
    data |= {key: value for key, value in optional.items() if value}
    data["modality"] = spec.modality
    if spec.said_by:
        said = {"by": spec.said_by, "setting": spec.said_setting, "on": spec.said_on}
        data["said"] = {key: value for key, value in said.items() if value}
    data["status"] = spec.status
    data["evidence"] = [
        {key: value for key, value in vars(link).items() if value is not None} for link in spec.evidence
    ]
    if spec.status != Status.UNREVIEWED.value or spec.review_by or spec.review_note:
        review = {"by": spec.review_by, "on": spec.review_on or today(), "note": spec.review_note}
        data["review"] = {key: value for key, value in review.items() if value is not None}
    if spec.tags:
        data["tags"] = spec.tags
    return data


def default_topic(workspace: Workspace, spec: ClaimSpec) -> str:
    """The folder most claims of this subject are in, else of this property (never another subject's), else the
    subject's id."""
    claims = ((c.model.subject, c.model.property, c.path) for c in workspace.claims.values())
    return topic_among(claims, spec.subject, spec.property)


def topic_among(claims: Iterable[tuple[str, str, str]], subject: str, property_id: str) -> str:
    """The folder under claims/ most of ``claims`` (subject, property, path) of this subject are in, else of this
    property, else the subject's id. Drafts are left out: claims/drafts/ holds what nobody has reviewed yet, so a
    property whose only claims are drafts gives no topic, and a claim written by a person never defaults there.

    A folder named after a subject whose claims it holds is that subject's (a repository filed by subject, as
    `init` lays it out): a new subject's claim never goes there because another subject has the property."""
    kept = [(s, p, path.split("/")[1]) for s, p, path in claims if path.count("/") == 2 and not is_draft(path)]
    owned = {folder for s, _, folder in kept if folder == s}
    for same in (
        [folder for s, _, folder in kept if s == subject],
        [folder for _, p, folder in kept if p == property_id and folder not in owned],
    ):
        if same:
            return Counter(same).most_common(1)[0][0]
    return subject


def _dump(data: dict[str, Any]) -> str:
    buffer = io.StringIO()
    yaml = YAML()
    yaml.width = 1_000_000
    yaml.dump(data, buffer)
    return buffer.getvalue()


def quote_problems(workspace: Workspace, item: Located[AnyClaim]) -> list[Diagnostic]:
    """Each quote not in its source's archived text (as CT203 reports it), with the closest passage."""
    problems = []
    for index, link in enumerate(item.model.evidence):
        text = workspace.archived_text(link.source)
        if text is None:
            continue
        source = normalise(text)
        found = anchor(source.text, link.quote, link.prefix, link.suffix)
        if found.selected:
            continue
        if found.found:
            detail = f": it occurs {len(found.occurrences)} time(s), but never with the given prefix/suffix"
        else:
            passage = closest_passage(text, source, link.quote)
            detail = (
                "; copy the words exactly"
                if passage is None
                else f"; closest passage ({passage.similarity:.0f}% similar, line {passage.line}): "
                f"'{' '.join(passage.text.split())}'"
            )
        position = item.position("evidence", index, "quote")
        problems.append(
            Diagnostic(item.path, position.line, position.column, "CT203", f"quote not found in {link.source}{detail}")
        )
    return problems


def value_problems(workspace: Workspace, item: Located[AnyClaim]) -> list[Diagnostic]:
    """Each supporting quote that states a date or number that cannot be the claim's value (as CT219 reads
    it), as an error: the claim is not written unless told to (``--allow-value-mismatch``)."""
    from claimtrack.engine.rules.value_against_quote import disagreement

    problems = []
    for index, link in enumerate(item.model.evidence):
        source = workspace.sources.get(link.source)
        if link.stance != "supports" or source is None:
            continue
        reading = disagreement(item.model, link.quote, source.model.published)
        if reading is not None:
            position = item.position("evidence", index, "quote")
            message = (
                f"the quote from {link.source} reads {reading}, which cannot be the value; correct the value, "
                "or give --allow-value-mismatch to write it anyway"
            )
            problems.append(Diagnostic(item.path, position.line, position.column, "CT219", message))
    return problems


@dataclass
class Drafted:
    relative: PurePosixPath
    text: str
    problems: list[Diagnostic]


def draft_claim(workspace: Workspace, spec: ClaimSpec) -> Drafted:
    """The claim's path and text, and every problem `validate` (and the quote rule) would find in it."""
    data = claim_data(workspace, spec)
    topic = spec.topic or default_topic(workspace, spec)
    _identifier("topic", topic)
    _identifier("claim id", data["id"])
    relative = PurePosixPath(CLAIMS_DIR, topic, f"{data['id']}.yaml")
    text = _dump(data)
    document = parse_document(text.encode("utf-8"), relative.as_posix(), FileKind.CLAIM.value)
    if not isinstance(document, Document):
        return Drafted(relative, text, [document])
    model, problems = validate_document(document, FileKind.CLAIM)
    problems = [p for p in problems if p.code != "CT013"]
    if model is None:
        return Drafted(relative, text, problems)
    text = format_text(text, relative, FileKind.CLAIM)
    document = parse_document(text.encode("utf-8"), relative.as_posix(), FileKind.CLAIM.value)
    assert isinstance(document, Document)
    item: Located[AnyClaim] = Located(model, document)  # type: ignore[arg-type]
    problems = [p for p in check_claim(workspace, item) if p.code not in ("CT110", "CT111")]
    if data["id"] in workspace.claims or data["id"] in workspace.claim_stems:
        problems.append(
            Diagnostic(
                relative.as_posix(), 2, 5, "CT111", f"claim id '{data['id']}' already exists; choose another with --id"
            )
        )
    problems += quote_problems(workspace, item)
    if not spec.allow_value_mismatch:
        problems += value_problems(workspace, item)
    return Drafted(relative, text, sorted(problems, key=lambda p: (p.line, p.column)))


def new_claim(workspace: Workspace, spec: ClaimSpec) -> tuple[Path | None, Drafted]:
    """Write the claim when it has no error; the draft either way."""
    drafted = draft_claim(workspace, spec)
    if any(p.severity is Severity.ERROR for p in drafted.problems):
        return None, drafted
    path = workspace.root / drafted.relative
    confine(workspace.root, path)
    _write_new(workspace.root, path, drafted.text.encode("utf-8"))
    return path, drafted
