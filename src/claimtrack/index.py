"""The claim index: claims grouped by subject and property and by source, and the relations
between claims that several rules share (conflicting values, order violations, origins).

Every rule reads the index instead of comparing all pairs of claims: claims
are only ever compared within one (subject, property) group or one subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from claimtrack.compare import (
    COMPARABLE,
    FACT_MODALITIES,
    EntityGraph,
    spans_overlap,
    validity,
    value_entails,
    value_key,
)
from claimtrack.compare import values_compatible as _values_compatible
from claimtrack.models import Property
from claimtrack.models.claims import AnyClaim, EventClaim, Modality, Stance
from claimtrack.quotes import Anchor, NormalisedText, anchor, normalise
from claimtrack.workspace import Located, Workspace

GroupKey = tuple[str, str]


@dataclass(frozen=True)
class Conflict:
    """Claims on one subject and single-valued property whose values cannot all be true."""

    subject: str
    property: str
    claims: tuple[str, ...]
    pairs: tuple[tuple[str, str], ...]
    """Each pair of claims that cannot both be true, in claim id order."""


@dataclass(frozen=True)
class OrderViolation:
    """A claim dated entirely before a claim that, by the vocabulary, it may not precede."""

    subject: str
    later: str
    """The claim whose date comes too early (e.g. the ratification)."""
    earlier: str
    """The claim it may not precede (e.g. the signing)."""


class ClaimIndex:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.claims: dict[str, Located[AnyClaim]] = dict(sorted(workspace.claims.items()))
        self.graph = EntityGraph({k: v.model for k, v in workspace.entities.items()})
        self.groups: dict[GroupKey, list[str]] = {}
        self.by_subject: dict[str, list[str]] = {}
        self.supported_by_source: dict[str, list[str]] = {}
        for claim_id, item in self.claims.items():
            claim = item.model
            self.groups.setdefault((claim.subject, claim.property), []).append(claim_id)
            self.by_subject.setdefault(claim.subject, []).append(claim_id)
            for source in self.supporters(claim_id):
                self.supported_by_source.setdefault(source, []).append(claim_id)
        self._normalised: dict[str, NormalisedText | None] = {}
        self._anchors: dict[tuple[str, int], Anchor | None] = {}

    def claim(self, claim_id: str) -> AnyClaim:
        return self.claims[claim_id].model

    def property(self, property_id: str) -> Property | None:
        item = self.workspace.properties.get(property_id)
        return None if item is None else item.model

    def supporters(self, claim_id: str) -> tuple[str, ...]:
        """The distinct sources whose evidence supports the claim, in the order written."""
        links = self.claims[claim_id].model.evidence
        return tuple(dict.fromkeys(link.source for link in links if link.stance is Stance.SUPPORTS))

    def contradictors(self, claim_id: str) -> tuple[str, ...]:
        links = self.claims[claim_id].model.evidence
        return tuple(dict.fromkeys(link.source for link in links if link.stance is Stance.CONTRADICTS))

    def values_compatible(self, a: str, b: str) -> bool:
        return _values_compatible(self.claim(a), self.claim(b), self.graph)

    def normalised_text(self, source_id: str) -> NormalisedText | None:
        if source_id not in self._normalised:
            text = self.workspace.archived_text(source_id)
            self._normalised[source_id] = None if text is None else normalise(text)
        return self._normalised[source_id]

    def anchor(self, claim_id: str, position: int) -> Anchor | None:
        """Where the claim's evidence link at ``position`` lies in its source; None without a text."""
        key = (claim_id, position)
        if key not in self._anchors:
            link = self.claim(claim_id).evidence[position]
            text = self.normalised_text(link.source)
            self._anchors[key] = None if text is None else anchor(text, link.quote, link.prefix, link.suffix)
        return self._anchors[key]

    def anchored_links(self) -> Iterator[tuple[Located[AnyClaim], int, Anchor]]:
        """Every evidence link whose source has an archived text, with where its quote lies in it."""
        for claim_id, item in self.claims.items():
            for position in range(len(item.model.evidence)):
                found = self.anchor(claim_id, position)
                if found is not None:
                    yield item, position, found

    # Conflicting values -------------------------------------------------------------------------

    def _fact_group(self, key: GroupKey) -> list[str]:
        return [
            c
            for c in self.groups[key]
            if isinstance(self.claim(c), COMPARABLE) and self.claim(c).modality in FACT_MODALITIES
        ]

    @cached_property
    def conflicts(self) -> list[Conflict]:
        """Single-valued properties with incompatible values; and, for any property, a fact and its denial."""
        found: list[Conflict] = []
        for key in self.groups:
            prop = self.property(key[1])
            if prop is None:
                continue
            pairs = self._denials(key)
            if prop.single_valued:
                pairs += self._incompatible(key)
            found.extend(_components(key, sorted(set(pairs))))
        return found

    def _denials(self, key: GroupKey) -> list[tuple[str, str]]:
        claims = [self.claim(c) for c in self.groups[key] if isinstance(self.claim(c), COMPARABLE)]
        denials = [c for c in claims if c.modality is Modality.DENIED]
        pairs = []
        for denied in denials:
            for fact in claims:
                if (
                    fact.modality in FACT_MODALITIES
                    and spans_overlap(validity(fact), validity(denied))
                    and value_entails(fact, denied, self.graph)
                ):
                    pairs.append((min(fact.id, denied.id), max(fact.id, denied.id)))
        return pairs

    def _incompatible(self, key: GroupKey) -> list[tuple[str, str]]:
        # Claims with the same value and span agree with each other: compare each distinct pair once.
        distinct: dict[tuple[str, str, str], list[str]] = {}
        for claim_id in self._fact_group(key):
            claim = self.claim(claim_id)
            span = validity(claim)
            distinct.setdefault((type(claim).__name__, value_key(claim), str(span)), []).append(claim_id)
        representatives = list(distinct.values())
        pairs: list[tuple[str, str]] = []
        for i, first in enumerate(representatives):
            a = self.claim(first[0])
            for second in representatives[i + 1 :]:
                b = self.claim(second[0])
                if not spans_overlap(validity(a), validity(b)) or self.values_compatible(a.id, b.id):
                    continue
                pairs.extend((min(x, y), max(x, y)) for x in first for y in second)
        return pairs

    @cached_property
    def conflicting(self) -> dict[str, set[str]]:
        """For each claim, the claims it conflicts with."""
        partners: dict[str, set[str]] = {}
        for conflict in self.conflicts:
            for a, b in conflict.pairs:
                partners.setdefault(a, set()).add(b)
                partners.setdefault(b, set()).add(a)
        return partners

    # Order violations ---------------------------------------------------------------------------

    @cached_property
    def order_violations(self) -> list[OrderViolation]:
        found: list[OrderViolation] = []
        for subject, claim_ids in self.by_subject.items():
            dated: dict[str, list[EventClaim]] = {}
            for claim_id in claim_ids:
                claim = self.claim(claim_id)
                if isinstance(claim, EventClaim) and claim.modality in FACT_MODALITIES:
                    dated.setdefault(claim.property, []).append(claim)
            for property_id, later_claims in dated.items():
                prop = self.property(property_id)
                for earlier_property in () if prop is None else prop.not_before:
                    for later in later_claims:
                        for earlier in dated.get(earlier_property, []):
                            if later.value.ends_before(earlier.value):
                                found.append(OrderViolation(subject, later.id, earlier.id))
        return found

    # Origins ------------------------------------------------------------------------------------

    def _derivation_roots(self, source_id: str) -> set[str]:
        """The sources this one derives from, transitively, that derive from nothing: its origins."""
        roots: set[str] = set()
        seen: set[str] = set()
        stack = [source_id]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            item = self.workspace.sources.get(current)
            parents = [] if item is None else item.model.derived_from
            if not parents:
                roots.add(current)
            stack.extend(parents)
        return roots

    def origins(self, claim_id: str) -> list[tuple[str, ...]]:
        """The claim's supporting sources grouped by common origin: each group counts once.

        Two sources share an origin when one derives (republishes or rewrites) from
        the other, both derive from a common source, or one cites the other: a
        source that cites another which supports the same claim may have taken
        the fact from it.
        """
        sources = self.supporters(claim_id)
        parent = {s: s for s in sources}

        def find(s: str) -> str:
            while parent[s] != s:
                parent[s] = parent[parent[s]]
                s = parent[s]
            return s

        def union(a: str, b: str) -> None:
            parent[find(a)] = find(b)

        roots = {s: self._derivation_roots(s) for s in sources}
        for i, a in enumerate(sources):
            item = self.workspace.sources.get(a)
            cited = set() if item is None else set(item.model.cites)
            for b in sources[i + 1 :]:
                other = self.workspace.sources.get(b)
                cited_back = set() if other is None else set(other.model.cites)
                if roots[a] & roots[b] or b in cited or a in cited_back:
                    union(a, b)
        groups: dict[str, list[str]] = {}
        for s in sources:
            groups.setdefault(find(s), []).append(s)
        return [tuple(g) for g in groups.values()]


def _components(key: GroupKey, pairs: list[tuple[str, str]]) -> Iterator[Conflict]:
    """Split a group's conflicting pairs into connected components, one conflict each."""
    links: dict[str, set[str]] = {}
    for a, b in pairs:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)
    seen: set[str] = set()
    for start in sorted(links):
        if start in seen:
            continue
        component: set[str] = set()
        stack = [start]
        while stack:
            current = stack.pop()
            if current not in component:
                component.add(current)
                stack.extend(links[current] - component)
        seen |= component
        yield Conflict(
            key[0],
            key[1],
            tuple(sorted(component)),
            tuple(p for p in pairs if p[0] in component),
        )
