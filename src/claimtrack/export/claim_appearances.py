"""The claim a ClaimReview reviews, as its consumers read it: who made it, when, and where it appeared.

A fact-check feed files a review under its claimant (``itemReviewed.author``) and dates it by when the claim
entered public discourse (``itemReviewed.datePublished``); a search engine links the claim to the pages
that carry it (``appearance``, and ``firstAppearance`` for the earliest). Everything here is read from the
repository: the claim's speaker, its supporting sources, and the originals those republish. What cannot
be said is left out and reported as an ``Omission``, never guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from claimtrack.engine.index import ClaimIndex
from claimtrack.model.claims import AnyClaim, AssessmentClaim, AttributionClaim
from claimtrack.model.partial_dates import PartialDate
from claimtrack.model.sources import Source, SourceKind
from claimtrack.model.vocabulary import EntityKind

LEFT_OUT = "left out"


@dataclass(frozen=True, order=True)
class Omission:
    """What a review goes without, or writes other than it would wish, as ``CLAIM: FIELD REASON``: the
    reason starts with LEFT_OUT when the field is not written (for ``review``, when the review is not)."""

    claim: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.claim}: {self.field} {self.reason}"


def plain_date(date: PartialDate | None) -> str | None:
    """The narrowest schema.org Date (a day, a month or a year) that holds all of ``date``: '2018-05/2018-12'
    is '2018', '2025-01-22/2025-01-31' is '2025-01'. None for an open interval (nothing bounds it), one that
    spans years, and an uncertain or approximate date (it may lie outside its own text)."""
    if date is None or date.lower is None or date.upper is None or any(mark in date.text for mark in "~?%"):
        return None
    lower, upper = date.lower, date.upper
    if lower == upper:
        return lower.isoformat()
    if (lower.year, lower.month) == (upper.year, upper.month):
        return f"{lower.year:04d}-{lower.month:02d}"
    return f"{lower.year:04d}" if lower.year == upper.year else None


def _start(source: Source) -> dt.date:
    date = source.published
    return date.lower if date is not None and date.lower is not None else dt.date.max


def _originals(index: ClaimIndex, source: Source) -> list[Source]:
    """The sources a republication republishes, followed back to those that republish nothing (or are not
    republications): where its words first appeared. Any other source is its own original."""
    found: list[Source] = []
    seen: set[str] = set()
    stack = [source]
    while stack:
        current = stack.pop()
        if current.id in seen:
            continue
        seen.add(current.id)
        parents = [index.workspace.sources[p].model for p in current.derived_from if p in index.workspace.sources]
        if current.kind is SourceKind.REPUBLICATION and parents:
            stack.extend(parents)
        else:
            found.append(current)
    return found


@dataclass(frozen=True)
class Appearances:
    """Where a claim appeared: its supporting sources and the originals they republish, earliest first."""

    sources: list[Source]

    @classmethod
    def of(cls, index: ClaimIndex, claim: AnyClaim) -> Appearances:
        supporters = [
            index.workspace.sources[s].model for s in index.supporters(claim.id) if s in index.workspace.sources
        ]
        everything: dict[str, Source] = {}
        republished: set[str] = set()
        for source in supporters:
            for original in _originals(index, source):
                everything.setdefault(original.id, original)
                if original.id != source.id:
                    republished.add(source.id)
            everything.setdefault(source.id, source)
        ordered = sorted(everything.values(), key=lambda s: (_start(s), s.id))
        # A republication comes after the original it republishes, whatever the dates say: it is never first.
        first = next((s for s in ordered if s.id not in republished), None)
        if first is not None:
            ordered = [first, *(s for s in ordered if s is not first)]
        return cls(ordered)

    @property
    def first(self) -> Source | None:
        return self.sources[0] if self.sources else None


def _entity_author(index: ClaimIndex, entity_id: str) -> dict[str, Any] | None:
    item = index.workspace.entities.get(entity_id)
    if item is None:
        return None
    kind = "Person" if item.model.kind is EntityKind.PERSON else "Organization"
    return {"@type": kind, "name": item.model.label}


def speaker(claim: AnyClaim) -> str | None:
    """Whose words the claim gives, as an entity id: ``said.by``, an attribution's subject (the model's
    speaker), or an assessment's holder."""
    if claim.said is not None:
        return claim.said.by
    if isinstance(claim, AttributionClaim):
        return claim.subject
    if isinstance(claim, AssessmentClaim):
        return claim.holder
    return None


def claimant(
    index: ClaimIndex, claim: AnyClaim, appearances: Appearances, omissions: list[Omission]
) -> dict[str, Any] | None:
    """The claim's author: its speaker; else the authors of the earliest appearance that names any (the first
    of several, as consumers read one claimant); else that appearance's publisher, or the periodical or site it
    appeared in."""
    spoken_by = speaker(claim)
    if spoken_by is not None:
        author = _entity_author(index, spoken_by)
        if author is not None:
            return author
    for source in appearances.sources:
        if source.authors:
            if len(source.authors) > 1:
                omissions.append(
                    Omission(
                        claim.id,
                        "itemReviewed.author",
                        f"names one of {source.id}'s {len(source.authors)} authors, {source.authors[0]}: "
                        "consumers read one claimant",
                    )
                )
            return {"@type": "Person", "name": source.authors[0]}
        outlet = source.publisher or source.container
        if outlet:
            return {"@type": "Organization", "name": outlet}
    return None


def claim_date(claim: AnyClaim, appearances: Appearances) -> tuple[str | None, str]:
    """When the claim was made or entered public discourse, and what that date is (for a warning when there is
    none): when its speaker said it, else when its first appearance was published."""
    if claim.said is not None and claim.said.on is not None:
        said_on = plain_date(claim.said.on)
        if said_on is not None:
            return said_on, f"said on {claim.said.on.text}"
    first = appearances.first
    if first is None:
        return None, "it has no supporting source"
    published = plain_date(first.published)
    if published is not None:
        return published, f"{first.id} published {first.published}"
    if first.published is None:
        return None, f"its first appearance, {first.id}, has no publication date"
    return None, f"its first appearance, {first.id}, was published '{first.published.text}', which no plain date holds"


def work(source: Source, url: str) -> dict[str, Any]:
    """A source as the CreativeWork a claim appears in."""
    creative: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if source.title:
        creative["name"] = source.title
    published = plain_date(source.published)
    if published is not None:
        creative["datePublished"] = published
    if source.authors:
        creative["author"] = [{"@type": "Person", "name": name} for name in source.authors]
    outlet = source.publisher or source.container
    if outlet:
        creative["publisher"] = {"@type": "Organization", "name": outlet}
    if source.language:
        creative["inLanguage"] = source.language
    return creative
