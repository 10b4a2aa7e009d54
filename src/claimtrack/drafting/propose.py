"""Proposed claims for one sentence: each date and quantity it gives, with a subject, a property and a modality.

A date proposes an event claim, a quantity a quantity claim. The property is
the one of that type whose label and description share the most words with
the sentence (word stems, so "ratified" meets "ratification"; words of
entities' names do not count, or "ratified by Uzbekistan on" would fit every
sentence naming Uzbekistan). When no event property's words are in the
sentence, the guess is the event property most claims of the repository give
entities of the subject's kind, if there is one. A quantity's property must
count the noun the sentence counts (its ``unit``, of one word or several), or,
when no noun follows the number ("rose to 36 in 2017"), one the sentence names
elsewhere. The subject is an entity the sentence names: for an event, a
happening or a treaty before anything else; otherwise the entity named
nearest the value. Names that are not in the vocabulary are reported, with
the closest known name when one is close ("did you mean").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimtrack.drafting.modality import modality_of
from claimtrack.model.claims import AnyClaim, ClaimType, EventClaim, Modality
from claimtrack.model.vocabulary import Entity, EntityKind, Property
from claimtrack.text.date_reader import find_dates, is_calendar_word
from claimtrack.text.mentions import EntityNames, Mention, fold
from claimtrack.text.quantity_reader import QuantityMention, find_quantities
from claimtrack.text.stems import WORD, singular, word_stems

_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+)*")
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "From",
        "By",
        "With",
        "And",
        "Or",
        "But",
        "As",
        "This",
        "These",
        "That",
        "Those",
        "It",
        "Its",
        "Their",
        "His",
        "Her",
        "After",
        "Before",
        "Since",
        "During",
        "Following",
        "According",
        "Also",
        "However",
        "When",
        "While",
        "Next",
        "Last",
        "Meanwhile",
        "Yet",
        "Then",
        "There",
        "Here",
        "Some",
        "Many",
        "Most",
    ]
)
_EVENT_KINDS = (EntityKind.EVENT, EntityKind.TREATY)
USUAL_AT_LEAST = 3
"""Claims enough to take an event property as the usual one for a kind of entity: one death recorded does
not make every date beside a person's name a death."""


@dataclass(frozen=True)
class Vocabulary:
    """What drafting reads from the repository's vocabulary."""

    properties: list[Property]
    entities: dict[str, Entity]
    names: EntityNames
    property_stems: dict[str, set[str]] = field(default_factory=dict)
    """Each property's words (label and description) that are in no entity's name: "ratified by Uzbekistan
    on" is about ratifying, and a sentence naming Uzbekistan is not therefore about it."""
    usual_events: dict[EntityKind, str] = field(default_factory=dict)
    """The event property most of the repository's claims give entities of each kind (and at least
    ``USUAL_AT_LEAST`` of them): the guess when no event property's words are in the sentence."""

    @classmethod
    def of(cls, properties: list[Property], entities: list[Entity], claims: Iterable[AnyClaim] = ()) -> Vocabulary:
        names = word_stems(" ".join(n for e in entities for n in (e.label, *e.aliases)))
        stems = {p.id: word_stems(f"{p.label} {p.description or ''}") - names for p in properties}
        by_id = {e.id: e for e in entities}
        used: Counter[tuple[EntityKind, str]] = Counter(
            (by_id[c.subject].kind, c.property) for c in claims if isinstance(c, EventClaim) and c.subject in by_id
        )
        per_kind = Counter(kind for kind, _ in used.elements())
        usual: dict[EntityKind, str] = {}
        for (kind, property_id), count in sorted(used.items(), key=lambda item: (-item[1], item[0][1])):
            if count >= USUAL_AT_LEAST and 2 * count > per_kind[kind]:
                usual.setdefault(kind, property_id)
        return cls(properties, by_id, EntityNames(entities), stems, usual)


@dataclass(frozen=True)
class Proposal:
    """A claim proposed for a sentence: complete (a draft) when it has a subject and a property."""

    claim_type: ClaimType
    value: Any
    """An EDTF string for an event; a quantity mapping (with ``unit`` once a property counts it)."""
    value_text: str
    subject: str | None
    property_id: str | None
    modality: Modality
    notes: tuple[str, ...] = field(default=())

    def is_complete(self) -> bool:
        return self.subject is not None and self.property_id is not None


def _best_property(candidates: list[Property], stems: set[str], vocabulary: Vocabulary) -> tuple[Property | None, int]:
    best, score = None, -1
    for prop in candidates:
        shared = len(stems & vocabulary.property_stems[prop.id])
        if shared > score:
            best, score = prop, shared
    return best, score


def _subject(mentions: list[Mention], vocabulary: Vocabulary, at: int, kinds: tuple[EntityKind, ...]) -> str | None:
    if not mentions:
        return None
    preferred = [m for m in mentions if vocabulary.entities[m.entity].kind in kinds] or mentions
    return min(preferred, key=lambda m: abs(m.start - at)).entity


def unknown_names(sentence: str, mentions: list[Mention], vocabulary: Vocabulary) -> list[str]:
    """Notes for names the sentence gives that the vocabulary does not know: a near miss, or a name to add."""
    from rapidfuzz import fuzz, process

    known = vocabulary.names.names()
    notes = []
    for match in _NAME.finditer(sentence):
        words = match.group().split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if not words or (match.start() == 0 and len(words) == 1):
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        if any(m.start <= start < m.end or start <= m.start < match.end() for m in mentions) or is_calendar_word(name):
            continue
        close = process.extractOne(fold(name), known, scorer=fuzz.ratio, score_cutoff=85) if known else None
        if close is not None:
            written = vocabulary.names.written[close[0]]
            entity = vocabulary.names.entity_named(written)
            notes.append(f"'{name}' is not in the vocabulary; did you mean '{written}' ({entity})?")
        else:
            notes.append(f"'{name}' is not in the vocabulary: add it with 'claimtrack entity add' if a claim needs it")
    return notes


def propose(
    sentence: str, vocabulary: Vocabulary, published: dt.date | None, *, year: int | None = None
) -> list[Proposal]:
    """Every claim the sentence can be drafted into, in the order its values are written; ``published`` is
    the source's publication day, ``year`` its year when the day is not known."""
    dates = find_dates(sentence, published, year=year)
    quantities = find_quantities(sentence, [(d.start, d.end) for d in dates])
    if not dates and not quantities:
        return []
    mentions = vocabulary.names.find(sentence)
    stems = word_stems(sentence)
    names = unknown_names(sentence, mentions, vocabulary)
    proposals: list[Proposal] = []
    events = [p for p in vocabulary.properties if p.claim_type is ClaimType.EVENT]
    for date in dates:
        modality, cue = modality_of(sentence, after_publication=date.after_publication)
        prop, score = _best_property(events, stems, vocabulary)
        notes = [n for n in (date.note, _cue_note(modality, cue)) if n]
        subject = _subject(mentions, vocabulary, date.start, _EVENT_KINDS)
        if prop is not None and score == 0:
            kind = None if subject is None else vocabulary.entities[subject].kind
            usual = vocabulary.usual_events.get(kind) if kind is not None else None
            if usual is not None and any(p.id == usual for p in events):
                prop = next(p for p in events if p.id == usual)
                notes.append(
                    f"no event property's label matches the sentence; {usual} is the one claims give {kind}s most"
                )
            else:
                notes.append(f"no event property's label matches the sentence; {prop.id} is a guess")
        proposals.append(
            Proposal(
                ClaimType.EVENT, date.value, date.text, subject, prop.id if prop else None, modality, (*notes, *names)
            )
        )
    counted = [p for p in vocabulary.properties if p.claim_type is ClaimType.QUANTITY]
    for quantity in quantities:
        modality, cue = modality_of(sentence)
        fitting = [p for p in counted if p.unit is not None and _counts(p.unit, quantity, sentence)]
        prop, _ = _best_property(fitting, stems, vocabulary)
        notes = [n for n in (_cue_note(modality, cue),) if n]
        value = dict(quantity.value)
        if prop is not None:
            value["unit"] = prop.unit
        else:
            noun = quantity.noun or "item"
            notes.append(
                f"no quantity property counts '{noun}': add one with 'claimtrack property add' if a claim needs it"
            )
            value["unit"] = noun
        subject = _subject(mentions, vocabulary, quantity.start, ())
        proposals.append(
            Proposal(
                ClaimType.QUANTITY, value, quantity.text, subject, prop.id if prop else None, modality, (*notes, *names)
            )
        )
    return proposals


def _counts(unit: str, quantity: QuantityMention, sentence: str) -> bool:
    """The quantity counts ``unit``: the words following it name it ("900 Russian joint ventures" counts
    ``joint venture``), it is a percentage of ``percent``, or, when no noun follows the number ("rose to 36
    in 2017"), the sentence names the unit elsewhere ("the number of collaborations")."""
    if quantity.noun == "percent":
        return unit == "percent"
    words = [singular(w) for w in unit.split()]
    if quantity.noun is None:
        written = {singular(w) for w in WORD.findall(sentence)}
        return all(w in written for w in words)
    return all(w in quantity.nouns for w in words)


def _cue_note(modality: Modality, cue: str | None) -> str | None:
    if cue is None:
        return None if modality is Modality.ASSERTED else f"modality {modality.value}: the date is after publication"
    return f"modality {modality.value}, from '{cue}'"
