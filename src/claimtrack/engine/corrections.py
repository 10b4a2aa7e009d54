"""Corrections and retractions: which passages of which sources a later source corrected, and which claims
rest only on them.

A source lists under ``corrects`` the passages it corrects or retracts, each quoted from the source it
corrects (itself, for a correction in the same article) and, for a correction, the words of its own text
that stand instead. A claim *rests on* a corrected passage when every link supporting it quotes words that
lie within (or overlap) such a passage. Such a claim is no rival of the correction: the engine leaves it
out of the conflicts, and CT216 reports it instead, naming the correction and the claims its replacement
supports.

The passages a source dismisses as no claim (its ``not_claims``) are located here too: like a corrected
passage, a dismissed one is accounted for, and no rule asks for it to be quoted; of a passage one value is
dismissed from, only that value is accounted for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from claimtrack.engine.anchoring import QuoteAnchors
from claimtrack.model.claims import AnyClaim, Stance
from claimtrack.model.sources import Correction, CorrectionKind
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import anchor, normalise_text

Span = tuple[int, int]
"""Where words lie in a source's text in normal form: [start, end)."""


@dataclass(frozen=True)
class CorrectedPassage:
    """A passage of ``source`` that ``by`` corrected (with ``replacement``) or retracted."""

    source: str
    by: str
    correction: Correction
    spans: tuple[Span, ...]
    """Where the passage lies in the corrected source's text; empty when it is not found there."""
    replacement_spans: tuple[Span, ...]
    """Where the replacement lies in the correcting source's text."""

    @property
    def retracted(self) -> bool:
        return self.correction.kind is CorrectionKind.RETRACTION

    @property
    def by_itself(self) -> bool:
        """The source corrects its own words."""
        return self.source == self.by


@dataclass(frozen=True)
class CorrectedClaim:
    """A claim every supporting link of which quotes a corrected or retracted passage."""

    claim: str
    passages: tuple[CorrectedPassage, ...]
    """The corrections its links rest on, one per correction, in the order the sources list them."""

    @property
    def retracted(self) -> bool:
        """Some passage it rests on was retracted (nothing stands in its place)."""
        return any(p.retracted for p in self.passages)


def _spans(text: str | None, quote: str) -> tuple[Span, ...]:
    if text is None:
        return ()
    length = len(normalise_text(quote))
    return tuple((start, start + length) for start in anchor(text, quote).occurrences)


def corrected_passages(workspace: Workspace) -> list[CorrectedPassage]:
    """Every correction any source declares, located in the texts, in the order of the sources' ids."""
    normalised: dict[str, str | None] = {}

    def text_of(source_id: str) -> str | None:
        if source_id not in normalised:
            text = workspace.archived_text(source_id)
            normalised[source_id] = None if text is None else normalise_text(text)
        return normalised[source_id]

    found = []
    for source_id, item in sorted(workspace.sources.items()):
        for correction in item.model.corrects:
            replaced = () if correction.replacement is None else _spans(text_of(source_id), correction.replacement)
            found.append(
                CorrectedPassage(
                    correction.source,
                    source_id,
                    correction,
                    _spans(text_of(correction.source), correction.quote),
                    replaced,
                )
            )
    return found


def _overlaps(span: Span, spans: tuple[Span, ...]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in spans)


def _link_spans(anchors: QuoteAnchors, claim: AnyClaim, position: int) -> tuple[Span, ...] | None:
    """Where the link's quote lies (its selected occurrences, else all); None without a text or when not found."""
    found = anchors.anchor(claim, position)
    if found is None or not found.found:
        return None
    length = len(normalise_text(claim.evidence[position].quote))
    return tuple((start, start + length) for start in (found.selected or found.occurrences))


def _rests_on(anchors: QuoteAnchors, claim: AnyClaim, position: int, passage: CorrectedPassage) -> bool:
    link = claim.evidence[position]
    if link.source != passage.source:
        return False
    spans = _link_spans(anchors, claim, position)
    if spans is None or not passage.spans:
        # Without a text to place them in, the words themselves tell: one quote holds the other.
        quote, corrected = normalise_text(link.quote), normalise_text(passage.correction.quote)
        return quote in corrected or corrected in quote
    return all(_overlaps(span, passage.spans) for span in spans)


def corrected_claims(
    claims: Mapping[str, AnyClaim], passages: list[CorrectedPassage], anchors: QuoteAnchors
) -> dict[str, CorrectedClaim]:
    """The claims resting only on corrected or retracted passages, by id."""
    by_source: dict[str, list[CorrectedPassage]] = {}
    for passage in passages:
        by_source.setdefault(passage.source, []).append(passage)
    found: dict[str, CorrectedClaim] = {}
    for claim_id, claim in claims.items():
        supporting = [i for i, link in enumerate(claim.evidence) if link.stance is Stance.SUPPORTS]
        rested: list[CorrectedPassage] = []
        for position in supporting:
            under = [
                p for p in by_source.get(claim.evidence[position].source, []) if _rests_on(anchors, claim, position, p)
            ]
            if not under:
                break
            rested.extend(p for p in under if p not in rested)
        else:
            if supporting:
                found[claim_id] = CorrectedClaim(claim_id, tuple(rested))
    return found


def replacement_supporters(
    claims: Mapping[str, AnyClaim], passage: CorrectedPassage, anchors: QuoteAnchors
) -> Iterator[str]:
    """The claims a link of which quotes words of the passage's replacement: the figure that stands."""
    for claim_id, claim in claims.items():
        for position, link in enumerate(claim.evidence):
            if link.source != passage.by or link.stance is not Stance.SUPPORTS:
                continue
            spans = _link_spans(anchors, claim, position)
            replacement = passage.correction.replacement or ""
            if spans is None or not passage.replacement_spans:
                quote = normalise_text(link.quote)
                stands = bool(replacement) and (
                    quote in normalise_text(replacement) or normalise_text(replacement) in quote
                )
            else:
                stands = any(_overlaps(span, passage.replacement_spans) for span in spans)
            if stands:
                yield claim_id
                break


def restatements(workspace: Workspace) -> dict[str, list[Span]]:
    """Where correcting sources repeat the words they correct ("Correction: an article said that ..."), by
    source: passages accounted for by the correction, which no claim needs to quote."""
    found: dict[str, list[Span]] = {}
    for source_id, item in workspace.sources.items():
        text = None
        for correction in item.model.corrects:
            if text is None:
                archived = workspace.archived_text(source_id)
                text = "" if archived is None else normalise_text(archived)
            found.setdefault(source_id, []).extend(_spans(text, correction.quote))
    return found


def dismissals(workspace: Workspace) -> dict[str, list[Span]]:
    """Where the sentences each source's ``not_claims`` dismiss whole lie (``claimtrack dismiss``), by source:
    a reviewer decided they state no claim, so no rule asks for them to be quoted."""
    return {source: [span for span, value in spans if value is None] for source, spans in _dismissed(workspace).items()}


def dismissed_values(workspace: Workspace) -> dict[str, list[tuple[Span, str]]]:
    """Where the sentences lie of which a source's ``not_claims`` dismiss one value, with the value's words in
    normal form ("$2.53"), by source: that value is no claim; the sentence's others still are."""
    return {
        source: [(span, value) for span, value in spans if value is not None]
        for source, spans in _dismissed(workspace).items()
    }


def _dismissed(workspace: Workspace) -> dict[str, list[tuple[Span, str | None]]]:
    found: dict[str, list[tuple[Span, str | None]]] = {}
    for source_id, item in workspace.sources.items():
        if not item.model.not_claims:
            continue
        archived = workspace.archived_text(source_id)
        text = None if archived is None else normalise_text(archived)
        for not_claim in item.model.not_claims:
            value = None if not_claim.value is None else normalise_text(not_claim.value)
            found.setdefault(source_id, []).extend((span, value) for span in _spans(text, not_claim.quote))
    return found
