"""Whether two claims' values can both be true, and over which span of time each claim holds.

Values are compared as the sets of possibilities they describe: a partial
date is an interval of days ("2018" and "2018-03" agree), a quantity an
interval of numbers with a unit ("more than 300" and "312" agree), and an
entity agrees with itself, with an entity that shares one of its names, and
with what contains it or lies within it (a range inside its province).

Two places (or organisations, groups, events) that are neither the same nor
one within the other may still overlap when the vocabulary does not say
where they lie: they are known to exclude each other only when the
vocabulary makes it so (see ``EntityGraph.agreement``). Otherwise their
agreement is *unknown*, and the rules say what the vocabulary lacks.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from claimtrack.model.claims import AnyClaim, EventClaim, Modality, QuantityClaim, RelationClaim
from claimtrack.model.partial_dates import PartialDate, spoken
from claimtrack.model.quantities import AnyQuantity, in_unit_of, quantities_compatible, quantity_within
from claimtrack.model.units import readings
from claimtrack.model.vocabulary import Entity, EntityKind
from claimtrack.model.wording import noun

FACT_MODALITIES = (Modality.ASSERTED, Modality.REPORTED)
"""Claims stated as done or as true; plans, forecasts and denials are not compared as facts."""

COMPARABLE = (EventClaim, QuantityClaim, RelationClaim)
"""Claim types whose values can contradict each other; attributions and assessments are texts."""


class Agreement(StrEnum):
    """Whether two values can both be true."""

    COMPATIBLE = "compatible"
    INCOMPATIBLE = "incompatible"
    UNKNOWN = "unknown"
    """The vocabulary does not say: two places neither of which is known to lie within or outside the other."""


CONTAINING_KINDS = frozenset(
    {
        EntityKind.PLACE,
        EntityKind.COUNTRY,
        EntityKind.ORGANISATION,
        EntityKind.GROUP,
        EntityKind.EVENT,
        EntityKind.OTHER,
    }
)
"""Kinds of entity that can lie within one another, so that two of them may overlap. People, treaties and
posts cannot: two different ones always differ."""


def _name_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


@dataclass(frozen=True)
class EntityGraph:
    """The entities' part_of hierarchy and the names they are known by."""

    entities: Mapping[str, Entity]

    @cached_property
    def _by_name(self) -> dict[str, frozenset[str]]:
        names: dict[str, set[str]] = {}
        for entity in self.entities.values():
            for name in (entity.label, *entity.aliases):
                key = _name_key(name)
                if key:
                    names.setdefault(key, set()).add(entity.id)
        return {key: frozenset(ids) for key, ids in names.items()}

    def ancestors(self, entity_id: str) -> tuple[str, ...]:
        """The entities containing this one, nearest first; stops at a cycle or an unknown entity."""
        chain: list[str] = []
        current = self.entities.get(entity_id)
        while current is not None and current.part_of is not None and current.part_of not in chain:
            if current.part_of == entity_id:
                break
            chain.append(current.part_of)
            current = self.entities.get(current.part_of)
        return tuple(chain)

    def same(self, a: str, b: str) -> bool:
        """The same entity, or two entries sharing a name or alias (a spelling variant)."""
        if a == b:
            return True
        first, second = self.entities.get(a), self.entities.get(b)
        if first is None or second is None:
            return False
        keys = {_name_key(n) for n in (first.label, *first.aliases)}
        return any(_name_key(n) in keys for n in (second.label, *second.aliases))

    def compatible(self, a: str, b: str) -> bool:
        """Both can be true: the same entity, one within the other, or a relation the vocabulary leaves open."""
        return self.agreement(a, b) is not Agreement.INCOMPATIBLE

    def agreement(self, a: str, b: str) -> Agreement:
        """Compatible when ``a`` and ``b`` are the same entity or one lies within the other; incompatible when
        the vocabulary says they share no part; unknown when it does not say.

        Two entities share no part when either is of a kind that cannot overlap another (a person, a treaty,
        a post); when one of them, or an entity containing it, lists the other (or an entity containing it)
        as ``disjoint``; when each lies (through ``part_of``) in a different country; or when each lies in a
        different part of one parent: two entities whose ``part_of`` names the same entity are taken as
        distinct parts of it.
        """
        if self.same(a, b) or a in self.ancestors(b) or b in self.ancestors(a):
            return Agreement.COMPATIBLE
        first, second = self.entities.get(a), self.entities.get(b)
        if first is None or second is None:
            return Agreement.INCOMPATIBLE
        if first.kind not in CONTAINING_KINDS or second.kind not in CONTAINING_KINDS:
            return Agreement.INCOMPATIBLE
        chain_a = [first, *(self.entities[e] for e in self.ancestors(a) if e in self.entities)]
        chain_b = [second, *(self.entities[e] for e in self.ancestors(b) if e in self.entities)]
        for x in chain_a:
            for y in chain_b:
                if self.same(x.id, y.id):
                    continue
                if y.id in x.disjoint or x.id in y.disjoint:
                    return Agreement.INCOMPATIBLE
                if x.kind is EntityKind.COUNTRY and y.kind is EntityKind.COUNTRY:
                    return Agreement.INCOMPATIBLE
                if x.part_of is not None and x.part_of == y.part_of:
                    return Agreement.INCOMPATIBLE
        return Agreement.UNKNOWN


def span_ends(claim: RelationClaim) -> tuple[PartialDate | None, PartialDate | None]:
    """A relation's start and end: held from ``valid_from`` or since it ``began``, until ``valid_until`` or
    until it ``ended``. A beginning is also a start, so it compares as "held from then" with other claims."""
    return claim.valid_from or claim.began, claim.valid_until or claim.ended


def validity(claim: AnyClaim) -> PartialDate | None:
    """The span over which a claim holds; None when it holds at any time."""
    if isinstance(claim, RelationClaim):
        start, end = span_ends(claim)
        if start is not None or end is not None:
            return PartialDate(
                f"{start or '..'}/{end or '..'}",
                None if start is None else start.lower,
                None if end is None else end.upper,
            )
        return claim.as_of
    if isinstance(claim, QuantityClaim):
        return claim.as_of
    return None


def surely_held(claim: AnyClaim) -> PartialDate | None:
    """The span over which a claim surely holds: for a relation with ``valid_from``/``valid_until``, from the
    last day its start may be to the first day its end may be. "From 2009 to 2018" may have ended on any day
    of 2018, so it does not clash with a successor's "since March 2018". Two such spans overlap (as
    ``PartialDate.overlaps`` reads them, even when one is inverted, as "from 2018 to 2018" is) exactly when
    the claims hold on a common day however their partial dates resolve. Otherwise ``validity``."""
    start, end = span_ends(claim) if isinstance(claim, RelationClaim) else (None, None)
    if start is not None or end is not None:
        return PartialDate(
            f"{start or '..'}/{end or '..'}",
            None if start is None else start.upper,
            None if end is None else end.lower,
        )
    return validity(claim)


def dated_at(claim: AnyClaim) -> PartialDate | None:
    """When the claimed fact happened or began: an event's date, a relation's start, an as_of."""
    if isinstance(claim, EventClaim):
        return claim.value
    if isinstance(claim, RelationClaim):
        return claim.valid_from or claim.began or claim.as_of
    return claim.as_of


def kept_apart(a: AnyClaim, b: AnyClaim, graph: EntityGraph) -> bool:
    """Two claims about different occasions, so neither is compared with the other (as a rival value, an
    outcome or a plan): events whose participants are known to be different entities ("Aurenia's
    parliament voted" and "Dalvary ratified"), or claims whose places the vocabulary keeps apart. A claim
    that names no participant, or no place, may be about any."""
    if isinstance(a, EventClaim) and isinstance(b, EventClaim) and a.participants and b.participants:
        pairs = ((x, y) for x in a.participants for y in b.participants)
        if all(graph.agreement(x, y) is Agreement.INCOMPATIBLE for x, y in pairs):
            return True
    if a.place is None or b.place is None:
        return False
    return graph.agreement(a.place, b.place) is Agreement.INCOMPATIBLE


def qualifiers_key(claim: AnyClaim) -> str:
    """The claim's place and participants as text: claims grouped into one class must share them, since
    they decide what a claim is compared with (``kept_apart``)."""
    participants = sorted(claim.participants) if isinstance(claim, EventClaim) else []
    return f"{claim.place or ''}|{','.join(participants)}"


def comparison_key(claim: AnyClaim, *extra: str) -> tuple[str, ...]:
    """What the claims of one class share, so that rules compare a class once: type, value, span, place and
    participants, and whatever ``extra`` the caller adds (how the claim is stated, its date)."""
    return (type(claim).__name__, value_key(claim), str(validity(claim)), qualifiers_key(claim), *extra)


def spans_overlap(a: PartialDate | None, b: PartialDate | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def values_agreement(a: AnyClaim, b: AnyClaim, graph: EntityGraph) -> Agreement:
    """Whether both values can be true at once; values of different types are not comparable (compatible)."""
    if isinstance(a, EventClaim) and isinstance(b, EventClaim):
        return Agreement.COMPATIBLE if a.value.overlaps(b.value) else Agreement.INCOMPATIBLE
    if isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim):
        return Agreement.COMPATIBLE if quantities_compatible(a.value, b.value) else Agreement.INCOMPATIBLE
    if isinstance(a, RelationClaim) and isinstance(b, RelationClaim):
        return graph.agreement(a.value, b.value)
    return Agreement.COMPATIBLE


def values_compatible(a: AnyClaim, b: AnyClaim, graph: EntityGraph) -> bool:
    """True when both values can be true at once, as far as the vocabulary says."""
    return values_agreement(a, b, graph) is not Agreement.INCOMPATIBLE


def value_entails(fact: AnyClaim, denied: AnyClaim, graph: EntityGraph) -> bool:
    """True when the fact's value lies within the denied value, so that the denial contradicts it."""
    if isinstance(fact, EventClaim) and isinstance(denied, EventClaim):
        return denied.value.contains(fact.value)
    if isinstance(fact, QuantityClaim) and isinstance(denied, QuantityClaim):
        return quantity_within(fact.value, denied.value)
    if isinstance(fact, RelationClaim) and isinstance(denied, RelationClaim):
        return graph.same(fact.value, denied.value) or denied.value in graph.ancestors(fact.value)
    return False


def value_as_written(claim: AnyClaim) -> str | dict[str, object]:
    """The value as the file gives it: a string, or a quantity's mapping."""
    if isinstance(claim, QuantityClaim):
        return claim.value.model_dump(exclude_none=True, exclude_defaults=False)
    return str(claim.value)


def describe_value(claim: AnyClaim, like: AnyClaim | None = None) -> str:
    """A short human rendering of the value: '2016-11-29', 'more than 300 students'; a quantity in another
    unit than ``like``'s is also given in that unit: '312 kilometres (193.9 miles)'."""
    if isinstance(claim, EventClaim):
        return spoken(claim.value)
    if not isinstance(claim, QuantityClaim):
        return str(claim.value)
    text = describe_quantity(claim.value)
    factor = in_unit_of(claim.value, like.value) if isinstance(like, QuantityClaim) else None
    if factor is not None and factor != 1.0 and isinstance(like, QuantityClaim):
        converted = describe_quantity(claim.value, factor, like.value)
        if converted != text:  # money is written in its currency's code already: 2,500,000,000 EUR
            text += f" ({converted})"
    return text


_BOUND_WORDS = {"exactly": "", "about": "about ", "more_than": "more than ", "at_least": "at least "}
_BOUND_WORDS |= {"less_than": "less than ", "at_most": "at most "}
_NUMBER_KEYS = tuple(_BOUND_WORDS)


def describe_quantity(quantity: AnyQuantity, factor: float = 1.0, unit_of: AnyQuantity | None = None) -> str:
    """'more than 300 students', '7.5 passengers a year'; with ``factor``, its numbers times it, in the unit
    and period of ``unit_of`` (four significant digits, as a conversion is only that exact)."""
    written = quantity.model_dump(exclude_none=True)
    shown = quantity if unit_of is None else unit_of
    numbers = {key: written[key] * factor for key in _NUMBER_KEYS if key in written}
    if factor != 1.0:
        numbers = {key: float(f"{number:.4g}") for key, number in numbers.items()}
    code, scale = currency_code(shown.unit)
    if code is not None and scale != 1.0:
        numbers = {key: number * scale for key, number in numbers.items()}  # 40 million euro: 40,000,000 EUR
    written_number = _money if code is not None else _number
    parts = [f"{_BOUND_WORDS[key]}{written_number(number)}" for key, number in numbers.items()]
    one = numbers == {"exactly": 1}
    text = " and ".join(parts) + f" {code or noun(shown.unit, 1 if one else 2)}"
    if shown.per is not None:
        text += f" {'an' if shown.per == 'hour' else 'a'} {shown.per}"
    tolerance = written.get("tolerance")
    if tolerance is not None and "about" in written and tolerance != 0.1:
        text += f" (±{_number(tolerance * 100)}%)"
    return text


def _number(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _money(number: float) -> str:
    """A sum as a reader reads it, in groups of three: 214,000,000; 2,500.5."""
    return f"{int(number):,}" if float(number).is_integer() else f"{number:,}"


def currency_code(unit: str) -> tuple[str | None, float]:
    """The ISO code of the currency ``unit`` names (``USD`` for "US dollars", "$" or "USD"), with the scale
    word's factor ("million euro": EUR, a million); a loosely named one ("dollars") is kept as written, with
    its sums grouped; (None, 1.0) for any other unit."""
    first = readings(unit)[0]
    if first.kind != "currency":
        return None, 1.0
    if first.base.isupper() and len(first.base) == 3:
        return first.base, first.factor
    return (noun(unit, 2), 1.0) if first.factor == 1.0 else (None, 1.0)


def value_key(claim: AnyClaim) -> str:
    """A canonical text of the value, equal for equal values."""
    written = value_as_written(claim)
    return json.dumps(written, sort_keys=True) if isinstance(written, dict) else written
