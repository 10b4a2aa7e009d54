"""Checks between files: ids against file names, references to sources, properties and entities,
value types against properties, archived texts and their checksums, and reversed intervals."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from claimtrack.model.claims import (
    Absolute,
    AnyClaim,
    AssessmentClaim,
    EventClaim,
    Modality,
    QuantityClaim,
    RelationClaim,
)
from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.model.partial_dates import PartialDate
from claimtrack.model.sources import CorrectionKind, Source
from claimtrack.model.units import commensurable
from claimtrack.model.vocabulary import Entity
from claimtrack.repository.discover import stem_of
from claimtrack.repository.limits import limit
from claimtrack.repository.originals import check_original
from claimtrack.repository.workspace import Located, Workspace, confined_text_path

_SUGGESTIONS = 3
"""The most known names one "did you mean" offers."""
_NEAR_BEST = 0.1
"""How much less alike than the closest name another may be and still be offered: 'akipress-2016-11-3' is
one character from 'akipress-2016-11-30' and offers only that, not every other source of that day."""


def closest_names(name: str, known: Iterable[str]) -> list[str]:
    """The known names most like ``name`` (at most three, the closest first), or none when none is close."""
    import difflib  # only when a name is wrong

    scored = []
    for candidate in known:
        matcher = difflib.SequenceMatcher(None, name, candidate)
        if matcher.real_quick_ratio() >= 0.6 and matcher.quick_ratio() >= 0.6 and matcher.ratio() >= 0.6:
            scored.append((matcher.ratio(), candidate))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    best = scored[0][0] if scored else 0.0
    return [candidate for ratio, candidate in scored[:_SUGGESTIONS] if ratio >= best - _NEAR_BEST]


def close_match(name: str, known: Iterable[str]) -> str:
    """ "; did you mean 'x'?" (or "'x' or 'y'?", "'x', 'y' or 'z'?") for the known names closest to ``name``,
    or nothing: the one way every message about an unknown id suggests the known ones."""
    close = [f"'{candidate}'" for candidate in closest_names(name, known)]
    if not close:
        return ""
    listed = close[0] if len(close) == 1 else f"{', '.join(close[:-1])} or {close[-1]}"
    return f"; did you mean {listed}?"


_hint = close_match


def _at(item: Located[object], code: str, *loc: str | int, **params: object) -> Diagnostic:
    pos = item.position(*loc)
    return diagnostic(code, item.path, pos.line, pos.column, **params)


def check_id_matches_stem(item: Located[AnyClaim] | Located[Source]) -> Iterator[Diagnostic]:
    stem = stem_of(item.path)
    if item.model.id != stem:
        yield _at(item, "CT110", "id", id=item.model.id, stem=stem)


def check_duplicate_claim_files(workspace: Workspace, item: Located[AnyClaim]) -> Iterator[Diagnostic]:
    """Claim ids equal file stems, so two files with one stem are one id defined twice."""
    stem = stem_of(item.path)
    others = [p for p in workspace.claim_stems.get(stem, []) if p != item.path]
    loaded_elsewhere = workspace.claims.get(item.model.id)
    for other in others:
        if loaded_elsewhere is not None and loaded_elsewhere.path == other:
            continue  # reported when the workspace was built
        if other < item.path:
            yield _at(item, "CT111", "id", kind="claim", id=stem, other=other)


def _entity(workspace: Workspace, item: Located[object], entity_id: str, *loc: str | int) -> Iterator[Diagnostic]:
    if entity_id not in workspace.entities:
        yield _at(item, "CT114", *loc, id=entity_id, hint=_hint(entity_id, workspace.entities))


def _reversed(item: Located[object], date: PartialDate | None, *loc: str | int) -> Iterator[Diagnostic]:
    if date is not None and date.is_reversed:
        yield _at(item, "CT119", *loc, reason=f"interval '{date}' ends before it starts")


def check_claim(workspace: Workspace, item: Located[AnyClaim]) -> Iterator[Diagnostic]:
    claim = item.model
    yield from check_id_matches_stem(item)
    yield from check_duplicate_claim_files(workspace, item)
    yield from _entity(workspace, item, claim.subject, "subject")
    if claim.place is not None:
        yield from _entity(workspace, item, claim.place, "place")
    for index, link in enumerate(claim.evidence):
        if link.source not in workspace.source_stems:
            yield _at(
                item,
                "CT112",
                "evidence",
                index,
                "source",
                id=link.source,
                hint=_hint(link.source, workspace.source_stems),
            )
    if isinstance(claim, EventClaim):
        yield from _reversed(item, claim.value, "value")
        for index, participant in enumerate(claim.participants):
            yield from _entity(workspace, item, participant, "participants", index)
    if isinstance(claim, AssessmentClaim) and claim.holder is not None:
        yield from _entity(workspace, item, claim.holder, "holder")
    if claim.said is not None:
        yield from _entity(workspace, item, claim.said.by, "said", "by")
    if isinstance(claim, RelationClaim):
        yield from _entity(workspace, item, claim.value, "value")
        yield from check_span(item, claim)
    if isinstance(claim, QuantityClaim):
        interval = claim.value.interval()
        if interval.lower > interval.upper or (
            interval.lower == interval.upper and not (interval.lower_closed and interval.upper_closed)
        ):
            yield _at(item, "CT119", "value", reason="the quantity's lower bound is above its upper bound")
    yield from check_property(workspace, item)


_ABSOLUTE_NEEDS = {
    Absolute.NEVER: "modality: denied (never held)",
    Absolute.ALWAYS: "modality: asserted or reported (always held)",
    Absolute.FIRST: "a 'began' date (the first beginning)",
}


def check_span(item: Located[AnyClaim], claim: RelationClaim) -> Iterator[Diagnostic]:
    """A relation's span: a start and an end in order, a beginning or a start (not both), and an absolute
    statement with what it needs."""
    for begin_or_end, span_end in (("began", "valid_from"), ("ended", "valid_until")):
        if getattr(claim, begin_or_end) is not None and getattr(claim, span_end) is not None:
            reason = f"give '{begin_or_end}' (it {begin_or_end} then) or '{span_end}' (held then), not both"
            yield _at(item, "CT103", begin_or_end, field=begin_or_end, reason=reason)
    start, end = claim.valid_from or claim.began, claim.valid_until or claim.ended
    if start is not None and end is not None and end.ends_before(start):
        ending = "valid_until" if claim.valid_until is not None else "ended"
        beginning = "valid_from" if claim.valid_from is not None else "began"
        yield _at(item, "CT119", ending, reason=f"{ending} {end} is before {beginning} {start}")
    absolute = claim.absolute
    if absolute is not None:
        fits = {
            Absolute.NEVER: claim.modality is Modality.DENIED,
            Absolute.ALWAYS: claim.modality in (Modality.ASSERTED, Modality.REPORTED),
            Absolute.FIRST: claim.began is not None,
        }[absolute]
        if not fits:
            reason = f"'{absolute.value}' needs {_ABSOLUTE_NEEDS[absolute]}"
            yield _at(item, "CT103", "absolute", field="absolute", reason=reason)


def check_property(workspace: Workspace, item: Located[AnyClaim]) -> Iterator[Diagnostic]:
    claim = item.model
    located = workspace.properties.get(claim.property)
    if located is None:
        yield _at(item, "CT113", "property", id=claim.property, hint=_hint(claim.property, workspace.properties))
        return
    prop = located.model
    if prop.claim_type.value != claim.type:
        yield _at(
            item,
            "CT115",
            "type",
            reason=f"property '{prop.id}' takes {prop.claim_type.value} claims, not {claim.type} claims",
        )
        return
    if isinstance(claim, RelationClaim) and prop.value_kinds:
        entity = workspace.entities.get(claim.value)
        allowed = [kind.value for kind in prop.value_kinds]
        if entity is not None and entity.model.kind.value not in allowed:
            yield _at(
                item,
                "CT115",
                "value",
                reason=f"'{claim.value}' is a {entity.model.kind.value}; property '{prop.id}' takes {' or '.join(allowed)}",
            )
    if isinstance(claim, QuantityClaim) and prop.unit is not None and not commensurable(claim.value.unit, prop.unit):
        yield _at(
            item,
            "CT115",
            "value",
            "unit",
            reason=f"property '{prop.id}' is counted in '{prop.unit}', not '{claim.value.unit}'",
        )


def check_source(workspace: Workspace, item: Located[Source]) -> Iterator[Diagnostic]:
    source = item.model
    yield from check_id_matches_stem(item)
    for field_name in ("derived_from", "cites"):
        for index, other in enumerate(getattr(source, field_name)):
            if other not in workspace.source_stems:
                yield _at(item, "CT112", field_name, index, id=other, hint=_hint(other, workspace.source_stems))
    for index, correction in enumerate(source.corrects):
        if correction.source not in workspace.source_stems:
            hint = _hint(correction.source, workspace.source_stems)
            yield _at(item, "CT112", "corrects", index, "source", id=correction.source, hint=hint)
        retraction = correction.kind is CorrectionKind.RETRACTION
        if retraction == (correction.replacement is not None):
            reason = "a retraction has no replacement" if retraction else "a correction says what replaces the passage"
            yield _at(item, "CT103", "corrects", index, field="replacement", reason=reason)
    yield from check_archived_text(workspace, item)
    yield from check_original(workspace, item)


def check_archived_text(workspace: Workspace, item: Located[Source]) -> Iterator[Diagnostic]:
    source = item.model
    if source.text is None:
        if source.sha256 is not None:
            yield _at(item, "CT117", "sha256", reason="sha256 given but no archived text named in 'text'")
        return
    target = confined_text_path(workspace.root, item.path, source.text)
    if target is None:
        yield _at(item, "CT116", "text", text=source.text)
        return
    raw = workspace.archive_bytes(target)
    try:
        size = len(raw) if raw is not None else target.stat().st_size if target.is_file() else None
    except OSError as error:
        yield _at(item, "CT117", "text", reason=f"archived text '{source.text}' cannot be read: {error.strerror}")
        return
    if size is None:
        yield _at(item, "CT117", "text", reason=f"archived text '{source.text}' does not exist")
        return
    largest = limit("max_text_bytes")
    if size > largest:
        reason = f"archived text is {size} bytes, more than the limit of {largest} (CLAIMTRACK_MAX_TEXT_BYTES)"
        yield _at(item, "CT117", "text", reason=reason)
        return
    if source.sha256 is None:
        yield _at(item, "CT117", "text", reason="archived text has no sha256; record it so changes are caught")
        return
    if raw is None:
        yield _at(item, "CT117", "text", reason=f"archived text '{source.text}' cannot be read")
        return
    digest = hashlib.sha256(raw).hexdigest()
    if digest != source.sha256:
        yield _at(item, "CT118", "sha256", text=source.text, actual=digest)


def check_entity(workspace: Workspace, item: Located[Entity]) -> Iterator[Diagnostic]:
    entity = item.model
    for position, other in enumerate(entity.disjoint):
        if other not in workspace.entities:
            yield from _entity(workspace, item, other, "disjoint", position)
    if entity.part_of is None:
        return
    if entity.part_of not in workspace.entities:
        yield from _entity(workspace, item, entity.part_of, "part_of")
        return
    chain = [entity.id]
    current: str | None = entity.part_of
    while current is not None and current in workspace.entities:
        if current == entity.id:
            yield _at(item, "CT120", "part_of", id=entity.id, chain=" → ".join([*chain, current]))
            return
        if current in chain:
            return  # a cycle not through this entity: reported on its own members
        chain.append(current)
        current = workspace.entities[current].model.part_of


def check_references(workspace: Workspace, selected: set[str] | None = None) -> list[Diagnostic]:
    """All cross-file problems; ``selected`` limits the checks to the files at those paths."""
    problems: list[Diagnostic] = []
    for claim in workspace.claims.values():
        if selected is None or claim.path in selected:
            problems.extend(check_claim(workspace, claim))
    for source in workspace.sources.values():
        if selected is None or source.path in selected:
            problems.extend(check_source(workspace, source))
    for entity in workspace.entities.values():
        if selected is None or entity.path in selected:
            problems.extend(check_entity(workspace, entity))
    return problems
