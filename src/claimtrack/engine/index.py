"""The claim index: claims grouped by subject and property and by source, and the relations
between claims that several rules share (conflicting values, order violations, origins).

Every rule reads the index instead of comparing all pairs of claims: claims
are only ever compared within one (subject, property) group or one subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from claimtrack.engine.anchoring import FindAnchor, QuoteAnchors
from claimtrack.engine.compare import (
    COMPARABLE,
    FACT_MODALITIES,
    Agreement,
    EntityGraph,
    comparison_key,
    kept_apart,
    spans_overlap,
    surely_held,
    value_entails,
    values_agreement,
)
from claimtrack.engine.compare import values_compatible as _values_compatible
from claimtrack.engine.components import ClaimClass as ClaimClass
from claimtrack.engine.components import Conflict as Conflict
from claimtrack.engine.components import GroupKey as GroupKey
from claimtrack.engine.components import components
from claimtrack.engine.corrections import CorrectedClaim, corrected_claims, corrected_passages
from claimtrack.engine.passages import PassageIndex, WordsOf
from claimtrack.model.claims import AnyClaim, AssessmentClaim, EventClaim, Modality, RelationClaim, Stance, Status
from claimtrack.model.partial_dates import PartialDate
from claimtrack.model.vocabulary import Property
from claimtrack.repository.discover import is_draft
from claimtrack.repository.workspace import Located, Workspace
from claimtrack.text.mentions import words
from claimtrack.text.quotes import Anchor, NormalisedText


@dataclass(frozen=True)
class OrderViolation:
    """Claims dated entirely before claims that, by the vocabulary, they may not precede."""

    subject: str
    later: ClaimClass
    """The claims whose date comes too early (e.g. the ratification), all with one date."""
    earlier: ClaimClass
    """The claims they may not precede (e.g. the signing), all with one date."""


def entities_named_by(claim: AnyClaim) -> list[str]:
    """The entities a claim names: its subject, place, participants, assessment holder and relation value."""
    named = [claim.subject]
    if claim.place is not None:
        named.append(claim.place)
    if isinstance(claim, RelationClaim):
        named.append(claim.value)
    if isinstance(claim, EventClaim):
        named.extend(claim.participants)
    if isinstance(claim, AssessmentClaim) and claim.holder is not None:
        named.append(claim.holder)
    if claim.said is not None:
        named.append(claim.said.by)
    return named


def sources_used_by(claim: AnyClaim) -> list[str]:
    """The sources a claim's evidence names, in the order written, each once."""
    return list(dict.fromkeys(link.source for link in claim.evidence))


class ClaimIndex:
    """A workspace's claims indexed for the rules: by (subject, property), by subject and by supporting
    source, with the relations several rules share (conflicts, order violations, origins, quote anchors),
    each computed on first use.

    ``find_anchor`` says how a quote is found in a text (by default, by searching it), ``words_of`` how a
    text's words are had (by default, by reading it: ``mentions.words``).
    """

    def __init__(
        self, workspace: Workspace, find_anchor: FindAnchor | None = None, words_of: WordsOf | None = None
    ) -> None:
        self.workspace = workspace
        self.quote_anchors = QuoteAnchors(workspace, find_anchor)
        self._words_of = words if words_of is None else words_of
        everything = sorted(workspace.claims.items())
        # Drafts (claims/drafts/) are proposals nobody has reviewed: reported as drafts, compared with nothing.
        self.claims: dict[str, Located[AnyClaim]] = {k: v for k, v in everything if not is_draft(v.path)}
        self.drafts: dict[str, Located[AnyClaim]] = {k: v for k, v in everything if is_draft(v.path)}
        self.graph = EntityGraph({k: v.model for k, v in workspace.entities.items()})
        self.groups: dict[GroupKey, list[str]] = {}
        self.by_subject: dict[str, list[str]] = {}
        self.supported_by_source: dict[str, list[str]] = {}
        self._supporters: dict[str, tuple[str, ...]] = {}
        for claim_id, item in self.claims.items():
            claim = item.model
            self.groups.setdefault((claim.subject, claim.property), []).append(claim_id)
            self.by_subject.setdefault(claim.subject, []).append(claim_id)
            for source in self.supporters(claim_id):
                self.supported_by_source.setdefault(source, []).append(claim_id)
        self._members_by_status: dict[tuple[ClaimClass, frozenset[Status]], ClaimClass] = {}

    def claim(self, claim_id: str) -> AnyClaim:
        return self.claims[claim_id].model

    def sources_used(self) -> set[str]:
        """Every source named by some claim's evidence."""
        used: set[str] = set()
        for item in self.claims.values():
            used.update(link.source for link in item.model.evidence)
        return used

    def entities_named(self) -> set[str]:
        """Every entity some claim names."""
        named: set[str] = set()
        for item in self.claims.values():
            named.update(entities_named_by(item.model))
        return named

    def property(self, property_id: str) -> Property | None:
        item = self.workspace.properties.get(property_id)
        return None if item is None else item.model

    def supporters(self, claim_id: str) -> tuple[str, ...]:
        """The distinct sources whose evidence supports the claim, in the order written."""
        found = self._supporters.get(claim_id)
        if found is None:
            links = self.claims[claim_id].model.evidence
            found = tuple(dict.fromkeys(link.source for link in links if link.stance is Stance.SUPPORTS))
            self._supporters[claim_id] = found
        return found

    def contradictors(self, claim_id: str) -> tuple[str, ...]:
        links = self.claims[claim_id].model.evidence
        return tuple(dict.fromkeys(link.source for link in links if link.stance is Stance.CONTRADICTS))

    def values_compatible(self, a: str, b: str) -> bool:
        return _values_compatible(self.claim(a), self.claim(b), self.graph)

    def mapped_text(self, source_id: str) -> NormalisedText | None:
        """The source's text in normal form with a map back to the original (``QuoteAnchors.mapped_text``)."""
        return self.quote_anchors.mapped_text(source_id)

    def anchor(self, claim_id: str, position: int) -> Anchor | None:
        """Where the claim's evidence link at ``position`` lies in its source; None without a text."""
        return self.quote_anchors.anchor(self.claim(claim_id), position)

    def anchored_links(self) -> Iterator[tuple[Located[AnyClaim], int, Anchor]]:
        """Every evidence link whose source has an archived text, with where its quote lies in it."""
        for claim_id, item in self.claims.items():
            for position in range(len(item.model.evidence)):
                found = self.anchor(claim_id, position)
                if found is not None:
                    yield item, position, found

    @cached_property
    def passages(self) -> PassageIndex:
        """The archived texts' statements by the entities they name, each source read the first time a rule asks."""
        sources = {source_id: item.model for source_id, item in self.workspace.sources.items()}
        entities = {entity_id: item.model for entity_id, item in self.workspace.entities.items()}
        return PassageIndex(sources, entities, self.workspace.archived_text, self._words_of)

    @cached_property
    def corrected(self) -> dict[str, CorrectedClaim]:
        """The claims resting only on passages a source corrected or retracted (``corrections``), by id."""
        passages = corrected_passages(self.workspace)
        claims = {claim_id: item.model for claim_id, item in self.claims.items()}
        return corrected_claims(claims, passages, self.quote_anchors) if passages else {}

    # Conflicting values -------------------------------------------------------------------------

    def _classes(self, key: GroupKey) -> list[ClaimClass]:
        """The group's claims in classes that agree; a claim resting on a corrected passage is no rival."""
        classes: dict[tuple[str, ...], list[str]] = {}
        for claim_id in self.groups[key]:
            claim = self.claim(claim_id)
            stated = _STATED_AS.get(claim.modality)
            if isinstance(claim, COMPARABLE) and stated is not None and claim_id not in self.corrected:
                classes.setdefault(comparison_key(claim, stated), []).append(claim_id)
        return [tuple(members) for members in classes.values()]

    def _agreement(self, a: AnyClaim, b: AnyClaim, single_valued: bool) -> Agreement:
        """Whether two claims of one group can both stand: facts against facts and plans against plans
        (single-valued properties only), and any fact against a denial."""
        a_stated, b_stated = _STATED_AS[a.modality], _STATED_AS[b.modality]
        if not spans_overlap(surely_held(a), surely_held(b)) or kept_apart(a, b, self.graph):
            return Agreement.COMPATIBLE
        if {a_stated, b_stated} == {"fact", "denied"}:
            fact, denied = (a, b) if a_stated == "fact" else (b, a)
            return Agreement.INCOMPATIBLE if value_entails(fact, denied, self.graph) else Agreement.COMPATIBLE
        if a_stated != b_stated or a_stated == "denied" or not single_valued:
            # A plan against a fact is its outcome (CT213, CT206), not a rival value.
            return Agreement.COMPATIBLE
        return values_agreement(a, b, self.graph)

    @cached_property
    def conflicts(self) -> list[Conflict]:
        """Single-valued properties with incompatible values (facts with facts, plans with plans); and, for
        any property, a fact and its denial."""
        found: list[Conflict] = []
        for key in self.groups:
            prop = self.property(key[1])
            if prop is None:
                continue
            classes = self._classes(key)
            pairs: list[tuple[int, int]] = []
            unknown: set[tuple[int, int]] = set()
            for i in range(len(classes)):
                for j in range(i + 1, len(classes)):
                    agreement = self._agreement(
                        self.claim(classes[i][0]), self.claim(classes[j][0]), prop.single_valued
                    )
                    if agreement is not Agreement.COMPATIBLE:
                        pairs.append((i, j))
                    if agreement is Agreement.UNKNOWN:
                        unknown.add((i, j))
            found.extend(components(key, classes, pairs, unknown))
        return found

    @cached_property
    def _rival_classes(self) -> dict[str, list[ClaimClass]]:
        rivals: dict[str, list[ClaimClass]] = {}
        for conflict in self.conflicts:
            for first, second in conflict.class_pairs():
                for claim_id in first:
                    rivals.setdefault(claim_id, []).append(second)
                for claim_id in second:
                    rivals.setdefault(claim_id, []).append(first)
        return rivals

    def rivals(self, claim_id: str, statuses: frozenset[Status] | None = None, shown: int = 6) -> tuple[int, list[str]]:
        """How many claims conflict with this one (only those with ``statuses``, if given), and the first few."""
        count, first = 0, list[str]()
        for cls in self._rival_classes.get(claim_id, []):
            members = cls if statuses is None else self._with_status(cls, statuses)
            count += len(members)
            first.extend(members[: max(0, shown - len(first))])
        return count, first

    def _with_status(self, cls: ClaimClass, statuses: frozenset[Status]) -> ClaimClass:
        key = (cls, statuses)
        if key not in self._members_by_status:
            self._members_by_status[key] = tuple(c for c in cls if self.claim(c).status in statuses)
        return self._members_by_status[key]

    def class_supporters(self, cls: ClaimClass) -> set[str]:
        """The sources supporting any claim of the class."""
        return {source for claim_id in cls for source in self.supporters(claim_id)}

    # Order violations ---------------------------------------------------------------------------

    @cached_property
    def order_violations(self) -> list[OrderViolation]:
        found: list[OrderViolation] = []
        for subject, claim_ids in self.by_subject.items():
            # property -> date as written -> the claims giving it
            dated: dict[str, dict[str, list[str]]] = {}
            for claim_id in claim_ids:
                claim = self.claim(claim_id)
                if isinstance(claim, EventClaim) and claim.modality in FACT_MODALITIES:
                    dated.setdefault(claim.property, {}).setdefault(claim.value.text, []).append(claim_id)
            for property_id, later_dates in dated.items():
                prop = self.property(property_id)
                for earlier_property in () if prop is None else prop.not_before:
                    for later in later_dates.values():
                        for earlier in dated.get(earlier_property, {}).values():
                            later_date = self._date(later[0])
                            if later_date.ends_before(self._date(earlier[0])):
                                found.append(OrderViolation(subject, tuple(later), tuple(earlier)))
        return found

    def _date(self, claim_id: str) -> PartialDate:
        claim = self.claim(claim_id)
        assert isinstance(claim, EventClaim)
        return claim.value

    @cached_property
    def out_of_order(self) -> set[str]:
        """Every claim taking part in an order violation."""
        return {c for o in self.order_violations for c in (*o.later, *o.earlier)}

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


_STATED_AS = {
    Modality.ASSERTED: "fact",
    Modality.REPORTED: "fact",
    Modality.PLANNED: "plan",
    Modality.DENIED: "denied",
}
"""How a claim is compared with the others of its group, by modality. Predictions are not compared: forecasts
by different people differ by nature."""
