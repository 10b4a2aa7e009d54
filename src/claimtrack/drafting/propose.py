"""Proposed claims for one sentence: each date and quantity it gives, with a subject, a property and a modality.

A date proposes an event claim, a quantity a quantity claim. The property is
the one of that type whose label and description share the most words with
the sentence (word stems, so "ratified" meets "ratification"; words of
entities' names do not count, or "ratified by Uzbekistan on" would fit every
sentence naming Uzbekistan). When no event property's words are in the
sentence, the property is the one most claims of the repository give
entities of the subject's kind, if there is one, else a new one named after
the verb the date dates ("opened on"), proposed with its ``property add``
line. A quantity's property must count the noun the sentence counts (its
``unit``, of one word or several), or, when no noun follows the number ("rose
to 36 in 2017"), one the sentence names elsewhere; when none does, one
counting the noun is proposed. A rate ("four crossings a day") keeps its
``per`` unless the property's label already names the period ("crossings a
day"): the period is then said once, by the property, as claims of it write
their values. The subject is read by ``subjects``: an entity
of the vocabulary, a name the vocabulary lacks (proposed with its ``entity
add`` line), or the subject of the sentence before for "It" or "The treaty".
Names that are not in the vocabulary are reported, with the closest known
name when one is close ("did you mean"). A question proposes nothing: it
asserts no value; nor do the values of a quoted question (``text.questions``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from claimtrack.drafting.candidates import EntityCandidate, PropertyCandidate, event_verb
from claimtrack.drafting.modality import absolute_of, modality_of, speaker_of
from claimtrack.drafting.property_names import age_property, count_property, event_property
from claimtrack.drafting.subjects import (
    NO_CONTEXT,
    Context,
    Reading,
    Subject,
    named,
    read_names,
    subject_in,
    subject_of,
)
from claimtrack.model.claims import Absolute, AnyClaim, ClaimType, EventClaim, Modality
from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.model.vocabulary import Entity, EntityKind, Property
from claimtrack.text.clauses import Clauses
from claimtrack.text.counted_years import counts_not_year
from claimtrack.text.date_mentions import DateMention
from claimtrack.text.date_reader import find_dates
from claimtrack.text.mentions import EntityNames
from claimtrack.text.periods import Keeper
from claimtrack.text.quantity_reader import QuantityMention, find_quantities
from claimtrack.text.quantity_words import PERIODS
from claimtrack.text.questions import questions
from claimtrack.text.rates import counts_rate, rated
from claimtrack.text.stems import WORD, singular, word_stems
from claimtrack.text.story_day import from_told_day
from claimtrack.text.story_years import StoryTime
from claimtrack.text.tense import tense_before
from claimtrack.text.today import names_the_day

_EVENT_KINDS = (EntityKind.EVENT, EntityKind.TREATY)
_PRONOUN_LAST = re.compile(r"\b(?:he|she|they|we|it)\W*$", re.IGNORECASE)
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
    label_stems: dict[str, set[str]] = field(default_factory=dict)
    """The same of each property's label alone."""
    """Each property's words (label and description) that are in no entity's name: "ratified by Uzbekistan
    on" is about ratifying, and a sentence naming Uzbekistan is not therefore about it."""
    usual_events: dict[EntityKind, str] = field(default_factory=dict)
    """The event property most of the repository's claims give entities of each kind (and at least
    ``USUAL_AT_LEAST`` of them): the guess when no event property's words are in the sentence."""

    @classmethod
    def of(cls, properties: list[Property], entities: list[Entity], claims: Iterable[AnyClaim] = ()) -> Vocabulary:
        names = word_stems(" ".join(n for e in entities for n in (e.label, *e.aliases)))
        stems = {p.id: word_stems(f"{p.label} {p.description or ''}") - names for p in properties}
        labels = {p.id: word_stems(p.label) - names for p in properties}
        by_id = {e.id: e for e in entities}
        used: Counter[tuple[EntityKind, str]] = Counter(
            (by_id[c.subject].kind, c.property) for c in claims if isinstance(c, EventClaim) and c.subject in by_id
        )
        per_kind = Counter(kind for kind, _ in used.elements())
        usual: dict[EntityKind, str] = {}
        for (kind, property_id), count in sorted(used.items(), key=lambda item: (-item[1], item[0][1])):
            if count >= USUAL_AT_LEAST and 2 * count > per_kind[kind]:
                usual.setdefault(kind, property_id)
        return cls(properties, by_id, EntityNames(entities), stems, labels, usual)


@dataclass(frozen=True)
class Proposal:
    """A claim proposed for a sentence: complete (a draft) when it has a subject and a property, of the
    vocabulary or proposed for it (``new_entity``, ``new_property``)."""

    claim_type: ClaimType
    value: Any
    """An EDTF string for an event; a quantity mapping (with ``unit`` once a property counts it)."""
    value_text: str
    subject: str | None
    property_id: str | None
    modality: Modality
    notes: tuple[str, ...] = field(default=())
    new_entity: EntityCandidate | None = None
    """The subject, when the vocabulary lacks it: ``entity add`` it first."""
    new_property: PropertyCandidate | None = None
    """The property, when none of the vocabulary fits: ``property add`` it first."""
    said_by: str | None = None
    """The entity whose words the sentence gives the value as (``said.by``), when it names them."""
    new_speaker: EntityCandidate | None = None
    """The speaker, when the vocabulary lacks them: ``entity add`` them first."""
    absolute: Absolute | None = None
    """An absolute statement of the value's clause ("for the first time"): a relation claim's ``absolute``."""

    def is_complete(self) -> bool:
        return self.subject is not None and self.property_id is not None


def _best_property(
    candidates: list[Property], stems: set[str], vocabulary: Vocabulary, counted: frozenset[str] = frozenset()
) -> tuple[Property | None, bool]:
    """The candidate sharing most words with the sentence, its label's words first, and whether it fits: a
    word of its label is in the sentence, or two of its description ("the sum of money" is no founding).
    The words of what a quantity counts (``counted``) are no label word: "people" in "people killed" does
    not make "28 people were put under quarantine" a death toll."""
    best, score = None, (-1, -1)
    for prop in candidates:
        label = len((stems - counted) & vocabulary.label_stems[prop.id])
        shared = (label, len(stems & vocabulary.property_stems[prop.id]) - label)
        if shared > score:
            best, score = prop, shared
    return best, score[0] >= 1 or score[1] >= 2


def _name_notes(reading: Reading, subject: Subject | None, speaker: EntityCandidate | None) -> list[str]:
    """Notes for the names the vocabulary lacks: a near miss of a known name, or the line that adds it
    (the subject's and the speaker's are the draft's own "needs" lines, not a note saying them again)."""
    notes = [f"'{name}' is not in the vocabulary; did you mean '{known}' ({entity})?" for name, known, entity in
             reading.near_misses]  # fmt: skip
    for name in reading.names:
        candidate = reading.candidates[name.text]
        if candidate != speaker and (subject is None or candidate != subject.candidate):
            notes.append(f"'{name.text}' is not in the vocabulary: add it with {candidate.command()}")
    return list(dict.fromkeys(notes))


def next_context(sentence: str, vocabulary: Vocabulary, context: Context = NO_CONTEXT) -> Context:
    """The context the sentence passes on to the next one: what it is about, before any value, and what it
    names."""
    reading = read_names(sentence, vocabulary.names, set(vocabulary.entities), context)
    kinds = _kinds(vocabulary)
    subject = subject_of(sentence, reading, kinds, context)
    known = [Subject(m.entity, label=vocabulary.names.labels[m.entity], kind=kinds[m.entity]) for m in reading.mentions]
    return context.after(subject, [*known, *(named(reading, name) for name in reading.names)])


def _kinds(vocabulary: Vocabulary) -> dict[str, EntityKind]:
    return {entity_id: entity.kind for entity_id, entity in vocabulary.entities.items()}


def propose(
    sentence: str,
    vocabulary: Vocabulary,
    published: dt.date | None,
    *,
    year: int | None = None,
    context: Context = NO_CONTEXT,
    keeper: Keeper | None = None,
    listed: int | None = None,
    story: StoryTime | None = None,
    told: dt.date | None = None,
) -> list[Proposal]:
    """Every claim the sentence can be drafted into, in the order its values are written; ``published`` is
    the source's publication day, ``year`` its year when the day is not known, ``context`` what the rest
    of the source tells (the subject of the sentence before, the source's names), ``keeper`` whose fiscal years
    it speaks of (``periods.fiscal_keeper``), ``listed`` the year of a schedule's line (``schedule_lines``),
    ``story`` the last date the story told before the sentence (``story_times``: "By December, they worsened"
    after "November 2016"), ``told`` the day the story tells from when it is the day before the publication
    (``story_day``: a quoted "today" said that day)."""
    asked = questions(sentence)
    if asked == [(0, len(sentence))]:
        return []  # a question asserts nothing: "Who will win in 2024?"
    found = find_dates(sentence, published, year=year, keeper=keeper, sport=context.sport, listed=listed, story=story)
    dates = [  # "today" of the present age ("plague is rare today") dates nothing
        d for d in from_told_day(sentence, found, published, told)
        if (d.text.lower() != "today" or names_the_day(sentence, d.start, d.end))
        and not counts_not_year(sentence, d.start, d.end)  # "1576 cases recovered"
    ]  # fmt: skip
    quantities = find_quantities(sentence, [(d.start, d.end) for d in dates], context.sport)
    if asked:  # nor a quoted one: "“What if the rockets are late by 2024?” she asked."
        dates = [d for d in dates if not any(start <= d.start < end for start, end in asked)]
        quantities = [q for q in quantities if not any(start <= q.start < end for start, end in asked)]
    if not dates and not quantities:
        return []
    reading = read_names(sentence, vocabulary.names, set(vocabulary.entities), context)
    clauses = Clauses(sentence)
    kinds = _kinds(vocabulary)
    stems = word_stems(sentence)
    proposals: list[Proposal] = []
    events = [p for p in vocabulary.properties if p.claim_type is ClaimType.EVENT]
    ahead: dict[int, int] = {}
    """The clauses (by start) a date after the publication makes plans of, with where the first such date
    stands: the quantities written after it in the clause are planned too ("opens on Friday in 14 cities";
    but "tapped three firms to send landers next year" tells a past act before the date)."""
    for date in dates:
        modality, cue = modality_of(
            clauses,
            at=date.start,
            after_publication=date.after_publication or _scheduled_that_day(sentence, clauses, date, published),
            before_publication=_before(date.value, published),
        )
        if date.after_publication and cue is None and modality is Modality.PLANNED:
            ahead.setdefault(clauses.at(date.start).start, date.start)
        subject = subject_of(sentence, reading, kinds, context, at=date.start, preferred=_EVENT_KINDS)
        notes = [n for n in (date.note, _cue_note(modality, cue), None if subject is None else subject.note) if n]
        how = _how_said(sentence, clauses, date.start, reading, notes)
        prop, fits = _best_property(events, stems, vocabulary)
        property_id, new_property = prop.id if prop else None, None
        if prop is None or not fits:
            property_id, new_property, note = _event_property(sentence, date.start, subject, events, vocabulary)
            notes.append(note)
        proposals.append(
            Proposal(
                ClaimType.EVENT,
                date.value,
                date.text,
                None if subject is None else subject.id,
                property_id,
                modality,
                (*notes, *_name_notes(reading, subject, how[1])),
                None if subject is None else subject.candidate,
                new_property,
                *how,
            )
        )
    counted = [p for p in vocabulary.properties if p.claim_type is ClaimType.QUANTITY]
    for quantity in quantities:
        modality, cue = modality_of(clauses, at=quantity.start, count=True)
        if (
            modality is Modality.ASSERTED
            and ahead.get(clauses.at(quantity.start).start, len(sentence)) < quantity.start
        ):
            modality, cue = Modality.PLANNED, None  # "launches tomorrow in 14 countries"
        side = None if quantity.holder is None else subject_in(sentence, reading, kinds, quantity.holder)
        subject = side or subject_of(sentence, reading, kinds, context, at=quantity.start)
        notes = [n for n in (_cue_note(modality, cue), None if subject is None else subject.note) if n]
        notes += quantity.notes  # how a result or a record was read, and whose number it is
        how = _how_said(sentence, clauses, quantity.start, reading, notes)
        fitting = [p for p in counted if _counts(p.unit, quantity, sentence)]
        counted_stems = frozenset(word_stems(quantity.noun or ""))
        clause = clauses.at(quantity.start)  # its own clause's words first: "3 were killed and 30 were hurt"
        prop, fits = _best_property(fitting, word_stems(sentence[clause.start : clause.end]), vocabulary, counted_stems)
        if not fits:
            prop, fits = _best_property(fitting, stems, vocabulary, counted_stems)
        if prop is not None and not fits and len(fitting) > 1 and quantity.kind != "money" and quantity.noun:
            prop = None  # several count the noun and none shares a word with the sentence: propose, not guess
        value = dict(quantity.value)
        if quantity.per is not None and not (prop is not None and _names_period(prop, quantity.per)):
            value["per"] = quantity.per  # a rate: "7.5 million a year"; "crossings a day" says it once
        new_property = None
        if prop is not None:
            value["unit"] = prop.unit or rated(quantity.currency, quantity.per_unit)
        elif quantity.noun is None:
            notes.append("the number counts no noun the sentence names, and no quantity property fits")
        else:
            unit = rated(quantity.noun, quantity.per_unit) or quantity.noun
            new_property = age_property() if quantity.kind == "age" else count_property(unit)
            value["unit"] = unit
            notes.append(f"no quantity property counts '{quantity.noun}': proposed {new_property.id}")
        proposals.append(
            Proposal(
                ClaimType.QUANTITY,
                value,
                quantity.text,
                None if subject is None else subject.id,
                prop.id if prop else None if new_property is None else new_property.id,
                modality,
                (*notes, *_name_notes(reading, subject, how[1])),
                None if subject is None else subject.candidate,
                new_property,
                *how,
            )
        )
    return proposals


def _how_said(
    sentence: str, clauses: Clauses, at: int, reading: Reading, notes: list[str]
) -> tuple[str | None, EntityCandidate | None, Absolute | None]:
    """Who said the value at ``at`` (an entity, and the candidate when the vocabulary lacks it) and the
    absolute statement of its clause, each noted in ``notes``."""
    span = clauses.at(at).said_by
    if span is not None and _PRONOUN_LAST.search(sentence[span[0] : span[1]]):
        span = None  # "in the Cabinet Room, he said": the speaker is the pronoun's, not the room
    names = {(n.start, n.end): reading.candidates[n.text] for n in reading.names}
    speaker = speaker_of(span, reading.mentions, names)
    if speaker is not None and span is not None:
        notes.append(f"said by {speaker[0]}: '{sentence[span[0] : span[1]]}'")
    absolute = absolute_of(sentence, at)
    if absolute is not None:
        notes.append(
            f"absolute {absolute[0].value}, from '{absolute[1]}': as a relation claim, `absolute: {absolute[0].value}`"
        )
    return (
        None if speaker is None else speaker[0],
        None if speaker is None else speaker[1],
        None if absolute is None else absolute[0],
    )


def _event_property(
    sentence: str, at: int, subject: Subject | None, events: list[Property], vocabulary: Vocabulary
) -> tuple[str | None, PropertyCandidate | None, str]:
    """No event property's words are in the sentence: one made of the verb the date dates (proposed when new),
    else the one claims give the subject's kind most, else the first event property, as a guess."""
    entity = None if subject is None else vocabulary.entities.get(subject.id)
    kind = None if entity is None else entity.kind
    usual = None if kind is None else vocabulary.usual_events.get(kind)
    verb = event_verb(sentence, at)
    if verb is not None:
        proposed = event_property(verb)
        if any(p.id == proposed.id for p in events):
            return proposed.id, None, f"'{verb}' is the verb the date dates: {proposed.id}"
        return proposed.id, proposed, f"no event property's label matches the sentence: proposed {proposed.id}"
    if usual is not None and any(p.id == usual for p in events):
        return (
            usual,
            None,
            f"no event property's label matches the sentence; {usual} is the one claims give {kind}s most",
        )
    if events:
        return events[0].id, None, f"no event property's label matches the sentence; {events[0].id} is a guess"
    return None, None, "no event property fits, and the sentence has no verb to name one after"


def _counts(unit: str | None, quantity: QuantityMention, sentence: str) -> bool:
    """The quantity counts ``unit``: the words following it name it ("900 Russian joint ventures" counts
    ``joint venture``), it is a percentage of ``percent``, or, when no noun follows the number ("rose to 36
    in 2017"), the sentence names the unit elsewhere ("the number of collaborations"). A property without a
    unit takes sums of money, the currency as their unit ("amount")."""
    if quantity.per_unit is not None:  # a rate per another unit ("$2.52 a share") counts "USD per share"
        return counts_rate(unit, quantity.per_unit, quantity.nouns, money=quantity.kind == "money")
    if unit is None:
        return quantity.kind == "money"
    if quantity.noun == "percent":
        return unit == "percent"
    words = [singular(w) for w in unit.split()]
    if quantity.noun is None:
        written = {singular(w) for w in WORD.findall(sentence)}
        return all(w in written for w in words)
    return all(w in quantity.nouns for w in words)


def _names_period(prop: Property, per: str) -> bool:
    """The property's label names the rate's period ("crossings a day", "daily passengers"): its value is per
    that period already, and a ``per`` would say it twice."""
    words = {w.lower() for w in WORD.findall(prop.label)}
    return any(PERIODS.get(word) == per for word in words)


def _scheduled_that_day(sentence: str, clauses: Clauses, date: DateMention, published: dt.date | None) -> bool:
    """The date is the publication's own day and a verb of schedule in the present dates it ("the commission
    holds a hearing Wednesday" in a Wednesday paper, "the quay reopens today"): it is still to come."""
    if published is None or date.value != published.isoformat():
        return False
    return tense_before(sentence, clauses.at(date.start).start, date.start, date.end) == "ahead"


def _before(value: str, published: dt.date | None) -> bool:
    """The date ``value`` (EDTF) ends before the publication, or runs from before it to now ("since May"): what it
    dates has happened."""
    if published is None:
        return False
    read = parse_partial_date(value)
    return read.upper < published if read.upper is not None else read.lower is not None and read.lower < published


def _cue_note(modality: Modality, cue: str | None) -> str | None:
    if cue is None:
        return None if modality is Modality.ASSERTED else f"modality {modality.value}: the date is after publication"
    return f"modality {modality.value}, from '{cue}'"
