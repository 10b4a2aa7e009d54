"""Passages of the archived sources that bear on a claim and that no claim of its type on its subject quotes.

A passage (``passages``) bears on a claim giving a date, a number or an
entity when it names the claim's subject and gives a value of the claim's
type, read as ``draft`` reads sentences:

- for an event, a date. It *agrees* when it lies within the claim's date and
  is at least as precise ("29 November 2016" for ``2016-11-29``; "in 2016"
  says too little, and is passed over); it *disagrees* when the two cannot
  overlap, as CT201 compares dates;
- for a quantity, a number counting the claim's unit ("12 attack
  helicopters" for ``helicopter``, "7%" for ``percent``), compared as CT201
  compares quantities;
- for a relation, another entity of a kind the property takes (its
  ``value_kinds``, else the kind of the claim's value), compared as CT201
  compares entities; one the vocabulary does not relate to the claim's value
  is passed over.

A sentence naming two things and a date does not always state the claim's
fact, so a passage is passed over when:

- an evidence quote of a claim or a draft of the same type on the same subject
  lies in it, at least in part: it is linked already (a quantity claim quoting
  "reported its third case on Sunday after two others last week" for its count
  links none of its dates);
- the source's ``not_claims`` hold words of it (``claimtrack dismiss``): a
  reviewer decided it states no claim (an entry with a ``value`` passes over
  that value of the sentence only);
- its value is the one another claim on the subject gives for another
  property ("ratified in March 2017" beside a signing date): it is that
  claim's;
- it disagrees, or gives a relation's value, without a word of the property
  (of its id, label or description, such as "signed" or "ratified"): two names
  and a date in one sentence do not say that the source dates the signing;
- it disagrees on a property that is not single-valued: a second value is
  another fact there, not a rival;
- it disagrees, but gives another value that may be the claim's ("signed in
  2016, praised on 3 March 2017" for 29 November 2016);
- the claim holds over a span (``as_of``, ``valid_from``/``valid_until``) and
  the passage gives dates, none of them within it: it speaks of another time.

When a word of the property's name (its id or label: "reported" for
``reported_on``) opens or lies in some clauses of the sentence and they give
values, only their values are read: "reported its third case on Sunday after
two others were confirmed last week" dates the report on Sunday, and the week
of the other cases neither agrees nor may be the claim's.

Each claim gets at most one related passage per sentence: the first agreeing
value, else the first disagreeing one. Denials and drafts have none: what a
denial's value is compared with depends on how the passage puts it, and a
draft is compared with nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, cached_property
from typing import Any

from pydantic import TypeAdapter, ValidationError

from claimtrack.engine.compare import Agreement, describe_value, validity, value_key, values_agreement
from claimtrack.engine.corrections import dismissals, dismissed_values, restatements
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.passages import Passage
from claimtrack.model.claims import AnyClaim, EventClaim, Modality, QuantityClaim, RelationClaim
from claimtrack.model.partial_dates import parse_partial_date, spoken
from claimtrack.model.quantities import Quantity
from claimtrack.model.vocabulary import Property
from claimtrack.text.clauses import clause_bounds
from claimtrack.text.quotes import normalise_text
from claimtrack.text.stems import WORD, singular, word_stems


@cache
def _quantity() -> TypeAdapter[Any]:
    """Reads a quantity as a claim's value (made the first time a passage gives a number)."""
    return TypeAdapter(Quantity)


class Verdict(StrEnum):
    AGREES = "agrees"
    DISAGREES = "disagrees"


@dataclass(frozen=True)
class RelatedPassage:
    """A passage bearing on a claim: the words giving its value, the value read, and whether it agrees."""

    claim: str
    passage: Passage
    words: str
    """The value as the passage writes it ("November 29th, 2017", "12 Mi-35M attack helicopters", "Moscow")."""
    reading: str
    """The value as read, in the claim's terms ("29 November 2017", "12 helicopters", "russia")."""
    verdict: Verdict
    note: str | None = None
    """How a relative date was read, for a person to check."""
    also: tuple[str, ...] = ()
    """For a relation that agrees: the entities of the same kinds the passage also names and that cannot be
    the claim's value ("arms came from Europe, the United States or China" beside Russia)."""


@dataclass(frozen=True)
class _Found:
    words: str
    reading: str
    agreement: Agreement
    note: str | None = None
    start: int = 0
    """Where the value's words start in the passage."""


def not_looked_up(claim: AnyClaim) -> str | None:
    """Why no passage is looked up for the claim, or None when passages are looked up."""
    if not isinstance(claim, EventClaim | QuantityClaim | RelationClaim):
        return f"{claim.id} is an {claim.type} claim: passages are looked up for events, quantities and relations"
    if claim.modality is Modality.DENIED:
        return f"{claim.id} is a denial: whether a passage agrees with it depends on how the passage puts it"
    return None


class Relations:
    """Finds the passages related to claims of one index; what several claims share is worked out once."""

    def __init__(self, index: ClaimIndex) -> None:
        self.index = index
        self._linked: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = {}
        self._cues: dict[str, set[str]] = {}
        self._stems: dict[tuple[str, int], set[str]] = {}
        self._drafts: dict[str, list[AnyClaim]] = {}
        self._by_value: dict[tuple[str, ...], list[RelatedPassage]] = {}
        self._other_values: dict[tuple[str, str, str], list[AnyClaim]] = {}
        for item in index.drafts.values():
            self._drafts.setdefault(item.model.subject, []).append(item.model)

    @cached_property
    def _restated(self) -> dict[str, list[tuple[int, int]]]:
        """Where correcting sources repeat the passages they correct: accounted for, as if quoted."""
        return restatements(self.index.workspace)

    @cached_property
    def _dismissed(self) -> dict[str, list[tuple[int, int]]]:
        """Where the sentences a reviewer dismissed as no claim (a source's ``not_claims``) lie: decided on."""
        return dismissals(self.index.workspace)

    @cached_property
    def _dismissed_values(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Where the sentences lie of which a reviewer dismissed one value, with the value's words."""
        return dismissed_values(self.index.workspace)

    def _value_dismissed(self, passage: Passage, words: str) -> bool:
        """The reviewer dismissed this value of the passage ("$2.53" of a sentence whose other value counts)."""
        if passage.normal is None:
            return False
        written = normalise_text(words)
        return any(
            value == written and _overlaps(passage.normal, [span])
            for span, value in self._dismissed_values.get(passage.source, [])
        )

    @cached_property
    def _name_stems(self) -> set[str]:
        """The word stems of the entities' names: a property's word that is also in a name is no cue."""
        return word_stems(" ".join(n for e in self.index.graph.entities.values() for n in (e.label, *e.aliases)))

    def of(self, claim_id: str) -> list[RelatedPassage]:
        """The passages bearing on the claim that no claim of its type on its subject quotes, by source and line."""
        index = self.index
        claim = index.claim(claim_id)
        if not isinstance(claim, EventClaim | QuantityClaim | RelationClaim) or not_looked_up(claim) is not None:
            return []
        prop = index.property(claim.property)
        if prop is None or not index.passages.naming(claim.subject):
            return []
        # Claims giving one subject and property the same value over the same span have the same passages:
        # a subject crowded with thousands of claims of a few values costs a few looks at its passages.
        key = (claim.subject, claim.property, type(claim).__name__, value_key(claim), str(validity(claim)))
        if key not in self._by_value:
            self._by_value[key] = self._related(claim, prop)
        return [replace(found, claim=claim_id) for found in self._by_value[key]]

    def _related(self, claim: EventClaim | QuantityClaim | RelationClaim, prop: Property) -> list[RelatedPassage]:
        index = self.index
        kind = (claim.subject, claim.type)
        if kind not in self._linked:
            linked_spans = _linked_spans(index, claim.subject, self._drafts.get(claim.subject, []), claim.type)
            for source, spans in (*self._restated.items(), *self._dismissed.items()):
                linked_spans.setdefault(source, []).extend(spans)
            self._linked[kind] = linked_spans
        linked = self._linked[kind]
        cue = self._cue(prop)
        name_cue = self._name_cue(prop)
        others = self._others(claim)
        found: list[RelatedPassage] = []
        for passage in index.passages.naming(claim.subject):
            if passage.normal is not None and _overlaps(passage.normal, linked.get(passage.source, [])):
                continue
            if not _within_span(index, passage, claim):
                continue
            uses_cue = bool(cue & self._stems_of(passage))
            if isinstance(claim, RelationClaim) and not uses_cue:
                continue
            candidates = [
                c for c in _values(index, passage, claim, prop) if not self._value_dismissed(passage, c[0].words)
            ]
            candidates = _of_the_property(passage.text, candidates, name_cue)
            chosen = _choose(index, candidates, others, prop, uses_cue)
            if chosen is None:
                continue
            verdict = Verdict.AGREES if chosen.agreement is Agreement.COMPATIBLE else Verdict.DISAGREES
            also: tuple[str, ...] = ()
            if isinstance(claim, RelationClaim) and verdict is Verdict.AGREES:
                rivals = (f.reading for f, _ in candidates if f.agreement is Agreement.INCOMPATIBLE)
                also = tuple(dict.fromkeys(rivals))
            found.append(RelatedPassage(claim.id, passage, chosen.words, chosen.reading, verdict, chosen.note, also))
        return found

    def _others(self, claim: AnyClaim) -> list[AnyClaim]:
        """One claim per distinct value of each other property of the claim's type on its subject."""
        key = (claim.subject, claim.property, type(claim).__name__)
        if key not in self._other_values:
            distinct: dict[tuple[str, str], AnyClaim] = {}
            for other in (self.index.claim(c) for c in self.index.by_subject.get(claim.subject, [])):
                if other.property != claim.property and type(other) is type(claim):
                    distinct.setdefault((other.property, value_key(other)), other)
            self._other_values[key] = list(distinct.values())
        return self._other_values[key]

    def _cue(self, prop: Property) -> set[str]:
        """The word stems of the property (id, label, description) that are not in an entity's name."""
        if prop.id not in self._cues:
            words = f"{prop.id.replace('_', ' ')} {prop.label} {prop.description or ''}"
            self._cues[prop.id] = word_stems(words) - self._name_stems
        return self._cues[prop.id]

    def _name_cue(self, prop: Property) -> set[str]:
        """The word stems of the property's id and label that are not in an entity's name ("repor" of
        ``reported_on``): the words that say which clause of a sentence gives the property's value."""
        return word_stems(f"{prop.id.replace('_', ' ')} {prop.label}") - self._name_stems

    def _stems_of(self, passage: Passage) -> set[str]:
        key = (passage.source, passage.start)
        if key not in self._stems:
            self._stems[key] = word_stems(passage.text)
        return self._stems[key]


def _choose(
    index: ClaimIndex,
    candidates: list[tuple[_Found, AnyClaim]],
    others: list[AnyClaim],
    prop: Property,
    uses_cue: bool,
) -> _Found | None:
    """The first agreeing value; else, when no value could be the claim's, the first disagreeing one that is
    no other claim's and that the sentence puts as the property's."""
    for found, _ in candidates:
        if found.agreement is Agreement.COMPATIBLE:
            return found
    if not uses_cue or not prop.single_valued or any(f.agreement is Agreement.UNKNOWN for f, _ in candidates):
        return None  # "signed in 2016, praised on 3 March 2017": the signing date may be the vaguer one
    for found, as_claim in candidates:
        if found.agreement is not Agreement.INCOMPATIBLE:
            continue
        if any(values_agreement(as_claim, other, index.graph) is Agreement.COMPATIBLE for other in others):
            continue  # another property's value on this subject: that claim's, not a rival of this one
        return found
    return None


def _of_the_property(
    text: str, candidates: list[tuple[_Found, AnyClaim]], cue: set[str]
) -> list[tuple[_Found, AnyClaim]]:
    """The values of the clauses holding a word of the property's name, when they hold any; else every value."""
    clauses = {clause_bounds(text, word.start()) for word in WORD.finditer(text) if word_stems(word.group()) & cue}
    inside = [c for c in candidates if any(start <= c[0].start < end for start, end in clauses)]
    return inside or candidates


def _values(index: ClaimIndex, passage: Passage, claim: AnyClaim, prop: Property) -> Iterator[tuple[_Found, AnyClaim]]:
    """Each value of the claim's type the passage gives, with how it compares, and the claim as it would
    read with that value (to compare with the subject's other claims)."""
    if isinstance(claim, EventClaim):
        for date in index.passages.dates(passage):
            try:
                value = parse_partial_date(date.value)
            except ValueError:
                continue
            dated: AnyClaim = claim.model_copy(update={"value": value})
            if claim.value.contains(value):
                agreement = Agreement.COMPATIBLE
            elif claim.value.overlaps(value):
                agreement = Agreement.UNKNOWN  # vaguer than the claim ("2016" for 29 November 2016): too little
            else:
                agreement = Agreement.INCOMPATIBLE
            yield _Found(date.text, spoken(value), agreement, date.note, date.start), dated
    elif isinstance(claim, QuantityClaim):
        unit = singular(claim.value.unit)
        for quantity in index.passages.quantities(passage):
            counts = quantity.noun == "percent" if unit == "percent" else unit in quantity.nouns
            if not counts:
                continue
            try:
                value = _quantity().validate_python({**quantity.value, "unit": claim.value.unit})
            except ValidationError:
                continue
            counted: AnyClaim = claim.model_copy(update={"value": value})
            agreement = values_agreement(claim, counted, index.graph)
            yield _Found(quantity.text, describe_value(counted), agreement, start=quantity.start), counted
    elif isinstance(claim, RelationClaim):
        value_entity = index.graph.entities.get(claim.value)
        kinds = set(prop.value_kinds) or ({value_entity.kind} if value_entity is not None else set())
        for mention in passage.mentions:
            entity = index.graph.entities.get(mention.entity)
            if mention.entity == claim.subject or entity is None or entity.kind not in kinds:
                continue
            named: AnyClaim = claim.model_copy(update={"value": mention.entity})
            agreement = index.graph.agreement(claim.value, mention.entity)
            if agreement is not Agreement.UNKNOWN:
                yield _Found(mention.text, mention.entity, agreement, start=mention.start), named


def _within_span(index: ClaimIndex, passage: Passage, claim: AnyClaim) -> bool:
    """False when the claim holds over a span and the passage dates itself, never within it."""
    span = validity(claim)
    if span is None or isinstance(claim, EventClaim):
        return True
    dates = []
    for date in index.passages.dates(passage):
        try:
            dates.append(parse_partial_date(date.value))
        except ValueError:
            continue
    return not dates or any(span.overlaps(d) for d in dates)


def _linked_spans(
    index: ClaimIndex, subject: str, drafts: list[AnyClaim], claim_type: str
) -> dict[str, list[tuple[int, int]]]:
    """Where the evidence quotes of the claims and drafts of ``claim_type`` on ``subject`` lie, in each source's
    normal form."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for claim_id in index.by_subject.get(subject, []):
        if index.claim(claim_id).type != claim_type:
            continue
        for position, link in enumerate(index.claim(claim_id).evidence):
            found = index.anchor(claim_id, position)
            if found is not None:
                _add_spans(spans, link.source, found.selected or found.occurrences, link.quote)
    for draft in (d for d in drafts if d.type == claim_type):
        for position, link in enumerate(draft.evidence):
            found = index.quote_anchors.anchor(draft, position)
            if found is not None:
                _add_spans(spans, link.source, found.selected or found.occurrences, link.quote)
    return spans


def _add_spans(spans: dict[str, list[tuple[int, int]]], source: str, starts: tuple[int, ...], quote: str) -> None:
    length = len(normalise_text(quote))
    spans.setdefault(source, []).extend((start, start + length) for start in starts)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in others)
