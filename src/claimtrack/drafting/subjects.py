"""Whom a sentence is about: an entity of the vocabulary it names, one it names that the vocabulary lacks
(a candidate, with the line that adds it), or, when it opens with a pronoun or a definite description ("It",
"The treaty") or names nothing at all ("A total of 28 people were quarantined"), the subject of the sentence
before, with a note saying so.

With entities of the vocabulary named, the subject is one of them: for an event, a happening or a treaty
before anything else; otherwise the one named nearest the value. With none named, it is the first name
that is not a speaker ("..., Jane Smith said"), for an event a happening or a treaty first. A place before a
noun of a person ("a Fort Worth girl") is read as a description of the person, "The incident" after a person or a
firm does not take their place, and "The suspect, Michael Webb," is Michael Webb (``descriptions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.authoring.new_files import slug
from claimtrack.drafting.antecedents import KIND_NOUNS, antecedent, described, is_personal, kind_of, person_noun
from claimtrack.drafting.candidates import EntityCandidate, Name, find_names
from claimtrack.drafting.clause_subjects import aged, clause_subject, first_person, opens_with_time, unnamed_age
from claimtrack.drafting.descriptions import appositive, described_people, new_referent, objects_left_out
from claimtrack.drafting.nationalities import country_names
from claimtrack.drafting.page_lines import POST_SIGNATURE, is_credit, page_names, unread_end
from claimtrack.drafting.sentence_context import NO_CONTEXT as NO_CONTEXT  # read by propose and the tests
from claimtrack.drafting.sentence_context import Context as Context
from claimtrack.drafting.sentence_context import Subject as Subject
from claimtrack.drafting.short_names import full_name
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.countries import is_demonym
from claimtrack.text.datelines import dateline_end
from claimtrack.text.mentions import EntityNames, Mention, fold

_REFERRING = re.compile(
    r"[\"“‘(]?(?:(?:It|He|She|They|Its|His|Her|Their)\b(?!\s+[A-Z])|(?:The|This|That|These|Those)(?:\s+[a-z][\w’'-]*){1,3})"
)
"""A sentence opening with a pronoun, or with "The" and a word in lower case: it speaks of what the
sentence before spoke of. A pronoun before a capitalised word is a name's ("He Jianxiong said")."""
_DESCRIBED_PERSON = re.compile(r"[\"“‘(]?(?:The|This|That)\s+(?:\d+-year-old|([A-Z][a-z]+)(?:\s+[a-z][\w’'-]*){1,2})\b")
"""A description of someone named before by their age or people ("The 56-year-old", "The Portuguese boss",
"The Chinese e-commerce giant")."""
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;—–] )(?:he|she|they|it|we)\s+[a-z]")
"""A pronoun opening a clause inside the sentence (", he said he pressed"): the clause is about what the
sentence before was about, not about a place it names ("in the Cabinet Room")."""
_DATES_SAYING = re.compile(
    r"\b(?:said|says|told|added|announced|wrote)\s+(?:(?:on|at|in|during)\s+(?:(?:an?|the|his|her|its|their)\s+)?"
    r"(?:[a-z]+\s+){0,2})?$"
)
"""A date right after a verb of saying dates the saying ("said on Monday", "said at a Nov. 6 event", "said in a
speech last week")."""
_SEGMENT_EDGE = re.compile(r"[,;:—–]\s")
_LOCATIVE = frozenset(["in", "at", "into", "near", "inside", "outside", "across", "throughout", "from", "to"])


_CAPITALISED = re.compile(r"[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}")


@dataclass(frozen=True)
class Reading:
    """The names of a sentence: the vocabulary's, the others, and the candidates made of the others."""

    mentions: list[Mention]
    names: list[Name]
    """Names the vocabulary lacks, near misses of a known name left out (a note suggests the known one)."""
    candidates: dict[str, EntityCandidate]
    """By the name's text."""
    near_misses: list[tuple[str, str, str]]
    """(name written, known name, its entity) for each name close to one of the vocabulary."""
    descriptions: frozenset[str] = frozenset()
    """The names that are descriptions of a person nobody names ("Fort Worth girl": ``descriptions``)."""


def read_names(sentence: str, names: EntityNames, entity_ids: set[str], context: Context) -> Reading:
    from rapidfuzz import fuzz, process

    mentions = [m for m in names.find(sentence) if m.start >= unread_end(sentence)]  # no byline's, no dateline's
    known = names.names()
    unknown: list[Name] = []
    near: list[tuple[str, str, str]] = []
    candidates: dict[str, EntityCandidate] = {}
    found = page_names(sentence, find_names(sentence, context.elsewhere), context.elsewhere)
    for name in sorted([*found, *country_names(sentence, found)], key=lambda n: n.start):
        if any(m.start < name.end and name.start < m.end for m in mentions):
            continue
        country = names.entity_named(name.text) if name.kind is EntityKind.COUNTRY else None
        if country is not None:  # "Russian" of a Russia the vocabulary knows
            mentions.append(Mention(name.start, name.end, name.text, country))
            continue
        close = process.extractOne(fold(name.text), known, scorer=fuzz.ratio, score_cutoff=85) if known else None
        if close is not None:
            written = names.written[close[0]]
            near.append((name.text, written, names.entity_named(written) or ""))
            continue
        full = full_name(name.text, context.kinds)  # "Mourinho" after "Jose Mourinho"
        person = None if full is None else names.entity_named(full)
        if person is not None:
            mentions.append(Mention(name.start, name.end, name.text, person))
            continue
        unknown.append(name)
        whole = name if full is None else Name(name.start, name.end, full, name.kind, name.speaker, name.strength)
        candidates.setdefault(name.text, candidate_for(whole, entity_ids, context.kinds.get(whole.text)))
    mentions, unknown, people = described_people(sentence, mentions, unknown, context.kinds)
    for description in people:  # "a Fort Worth girl": the girl, not the town
        candidates.setdefault(description.text, candidate_for(description, entity_ids, EntityKind.PERSON))
    unknown = sorted([*unknown, *people], key=lambda n: n.start)
    described = frozenset(description.text for description in people)
    return Reading(sorted(mentions, key=lambda m: m.start), unknown, candidates, near, described)


def candidate_for(name: Name, entity_ids: set[str], kind: EntityKind | None = None) -> EntityCandidate:
    """The entity a name proposes; ``kind`` is the source's for the name, when known (``Context.kinds``)."""
    base = slug(name.text)
    entity_id, number = base, 1
    while entity_id in entity_ids:
        number += 1
        entity_id = f"{base}-{number}"
    return EntityCandidate(entity_id, kind or name.kind, name.text)


def referring_word(sentence: str, mentions: list[Mention], names: list[Name] | None = None) -> str | None:
    """The pronoun or definite description the sentence opens with, unless it names an entity: among its
    words (a ``mention`` of the vocabulary's, "The harbour authority") or right after them, a name its one word
    describes ("The northern Sierra Nevada", "The embattled Velmar Corp"). A dateline before it is passed by."""
    opening = dateline_end(sentence)  # "OSTERBY (AP) — The 45-year-old said"
    match = _REFERRING.match(sentence, opening)
    person = _DESCRIBED_PERSON.match(sentence, opening)
    if person is not None and (person.group(1) is None or is_demonym(person.group(1))):
        match = person  # "The 56-year-old", "The Portuguese boss"
    if match is None or opens_with_time(sentence):
        return None  # "The next year, the Taliban released": a time, no description
    if match.group().lstrip('"“‘(')[0] == "T" and mentions and mentions[0].start <= match.end():
        return None  # "The harbour authority said": a description naming an entity
    if _modifies_a_name(match.group(), match.end(), names or []):
        return None  # "The northern Sierra Nevada has seen": the word describes the name after it
    if appositive(sentence, match.end(), [*mentions, *(names or [])]) is not None:
        return None  # "The suspect, Michael Webb, 34, was arrested": the sentence names whom it describes
    return match.group().lstrip('"“‘(')


def _modifies_a_name(opening: str, end: int, names: list[Name]) -> bool:
    """The opening is "The" and one word that describes the name right after it ("The northern Sierra Nevada",
    "The embattled Oster Corp"), not a noun of a kind ("The company Oster"), nor words with a verb ("The
    couple hired Ford", "The president announced the Phase 1 deal")."""
    words = opening.lstrip('"“‘(').split()
    if len(words) != 2 or words[0] != "The" or words[1] in KIND_NOUNS:
        return False
    return any(n.start == end + 1 for n in names)


def subject_of(
    sentence: str,
    reading: Reading,
    kinds_of: dict[str, EntityKind],
    context: Context,
    *,
    at: int = 0,
    preferred: tuple[EntityKind, ...] = (),
) -> Subject | None:
    """The subject of a value written at ``at``: see the module's docstring."""
    if POST_SIGNATURE.match(sentence):
        return None  # "— Velmar Corp (@velmar) May 3, 2019": a post's signature; the next line is not about it
    if is_credit(sentence):  # "By Anna Berg, Osterby Times": kept only for a story's opening that names nothing
        return None if context.previous is not None else _standby(sentence, kinds_of, context)
    subject = _subject_of(sentence, reading, kinds_of, context, at, preferred)
    if subject is not None and subject.candidate is not None and subject.label in reading.descriptions:
        note = f"'{subject.label}' describes someone the sentence does not name: name them, if the page does"
        return Subject(subject.id, subject.candidate, note, subject.label, subject.kind)
    return subject


def _subject_of(
    sentence: str,
    reading: Reading,
    kinds_of: dict[str, EntityKind],
    context: Context,
    at: int,
    preferred: tuple[EntityKind, ...],
) -> Subject | None:
    if reading.descriptions:  # "pleaded guilty to threatening a U.S. official": no subject
        names = objects_left_out(sentence, reading.names, reading.descriptions, at)
        reading = Reading(reading.mentions, names, reading.candidates, reading.near_misses, reading.descriptions)
    referring = referring_word(sentence, reading.mentions, reading.names)
    written: list[Mention | Name] = [*reading.mentions, *reading.names]
    own = aged(sentence, at, written)  # "Anna Berg, 45, said"
    nobody = None if own is not None else unnamed_age(sentence, at, written)
    if nobody is not None:  # "shot a 42-year-old man": nobody named
        return _unnamed(nobody, nobody, kinds_of)
    if own is None and referring is not None:
        own = clause_subject(sentence, at, written, [n for n in reading.names if n.speaker])
    if own is not None:  # "It was close when President Lund scuttled the talks in May"
        return Subject(own.entity, kind=kinds_of[own.entity]) if isinstance(own, Mention) else named(reading, own)
    if first_person(sentence, at, written):  # "“I boarded a flight on May 15,” said Lund"
        speaker = next((n for n in reading.names if n.speaker), None)
        if speaker is not None:
            return named(reading, speaker)
        if context.previous is not None:
            return _read_as("I", antecedent("I", context) or context.previous, context)
    quoted = sentence.lstrip().startswith(('"', "“", "‘"))  # "“It’s hard,” Lund said": the speaker's words
    pronoun = referring is not None and is_personal(referring.split()[0]) and not quoted
    if referring is not None and pronoun:  # "He" is a person named before, "They" a group, "It" no person
        found = antecedent(referring.split()[0], context)
        if found is not None:
            return _read_as(referring.split()[0], found, context)
    elif referring is not None:
        thing, noun = described(referring, context)
        if thing is not None:
            words = referring.split()
            shown = " ".join(words[: [w.lower() for w in words].index(noun) + 1])
            note = f"'{shown}' read as {thing.id}, the last {noun} named before"
            return Subject(thing.id, thing.candidate, note, thing.label, thing.kind)
        if context.previous is not None and new_referent(referring, kind_of(context.previous)):
            context = Context(None, context.elsewhere, context.recent, context.sport, context.kinds)
        person = person_noun(referring)
        if person is not None and (context.previous is None or antecedent("he", context) is not context.previous):
            return _unnamed(referring, person, kinds_of)  # "The 55-year-old" after a hunter nobody named
        if context.previous is not None:  # "The incident" is no person named before: not the sentence before's
            previous = context.previous
            shown = " ".join(referring.split()[:2])
            note = f"'{shown}' read as {previous.id}, the subject of the sentence before"
            return Subject(previous.id, previous.candidate, note, previous.label, previous.kind, previous.standby)
    if reading.mentions:
        chosen = [m for m in reading.mentions if kinds_of[m.entity] in preferred] or reading.mentions
        entity = min(chosen, key=lambda m: abs(m.start - at)).entity
        return Subject(entity, kind=kinds_of[entity])
    chosen_names = _likely_subjects(sentence, reading.names, preferred, at)
    if chosen_names is None and context.previous is not None:
        word = re.findall(r"[a-z]+", next(_PRONOUN_SUBJECT.finditer(sentence[:at])).group())[0]
        return _read_as(word, antecedent(word, context) or context.previous, context)
    if chosen_names:
        return named(reading, chosen_names[0])
    if context.previous is not None:
        previous = context.previous  # "A total of 28 people were quarantined": still the story's subject
        before = "named by the byline before it" if previous.standby else "the subject of the sentence before"
        note = f"the sentence names nothing: read as {previous.id}, {before}"
        return Subject(previous.id, previous.candidate, note, previous.label, previous.kind, previous.standby)
    return None


def _standby(sentence: str, kinds_of: dict[str, EntityKind], context: Context) -> Subject | None:
    """The first name of a byline or a credit line, as what a sentence naming nothing after it is filed under for
    want of better (``Subject.standby``)."""
    name = next(iter(find_names(sentence, context.elsewhere)), None)
    if name is None:
        return None
    candidate = candidate_for(name, set(kinds_of), context.kinds.get(name.text))
    return Subject(candidate.id, candidate, None, candidate.label, candidate.kind, standby=True)


def _read_as(word: str, subject: Subject, context: Context) -> Subject:
    """``subject``, with a note saying that ``word`` was read as it."""
    shown = " ".join(word.split()[:2])
    which = "the subject of the sentence before" if subject == context.previous else "the last it agrees with"
    note = f"'{shown}' read as {subject.id}, {which}"
    return Subject(subject.id, subject.candidate, note, subject.label, subject.kind, subject.standby)


def _unnamed(referring: str, person: str, kinds_of: dict[str, EntityKind]) -> Subject:
    """A person the page describes ("The 55-year-old", "a 42-year-old man") and has not named before."""
    candidate = candidate_for(Name(0, len(person), person, EntityKind.PERSON), set(kinds_of), EntityKind.PERSON)
    shown = " ".join(referring.split()[:2])
    note = f"'{shown}' is someone the page has not named: name them, if it does"
    return Subject(candidate.id, candidate, note, candidate.label, candidate.kind)


def subject_in(
    sentence: str, reading: Reading, kinds_of: dict[str, EntityKind], span: tuple[int, int]
) -> Subject | None:
    """The first entity or name written inside ``span`` (the side a result's number is for); the span itself
    when it is all capitalised words ("Jets" of "Jets 2, Predators 1", though a sentence's first word); or None."""
    inside: list[tuple[int, Mention | Name]] = [
        (m.start, m) for m in reading.mentions if span[0] <= m.start and m.end <= span[1]
    ]
    inside += [(n.start, n) for n in reading.names if span[0] <= n.start and n.end <= span[1]]
    if not inside:
        text = sentence[span[0] : span[1]]
        if not _CAPITALISED.fullmatch(text):
            return None  # only a span that is a name exactly (a result line's), never words ending at a verb
        candidate = candidate_for(Name(span[0], span[1], text, EntityKind.ORGANISATION), set(kinds_of))
        return Subject(candidate.id, candidate, label=text, kind=candidate.kind)
    first = min(inside, key=lambda pair: pair[0])[1]
    if isinstance(first, Mention):
        return Subject(first.entity, kind=kinds_of[first.entity])
    return named(reading, first)


def _likely_subjects(sentence: str, names: list[Name], preferred: tuple[EntityKind, ...], at: int) -> list[Name] | None:
    """The names a value at ``at`` may be about, the likeliest first: not a speaker, not the owner of the next
    name ("Velmar’s Orion Coupe" is the coupe's), not a place after "in" or "at", not who was told; when only
    such names are there and a clause before the value opens with a pronoun (", he said"), None: the
    pronoun's. A date just after a verb of saying is the speaker's; the names of the value's own part of the
    sentence (between commas, dashes) come first."""

    def owner(name: Name) -> bool:
        return re.match(r"[’']s ", sentence[name.end :]) is not None and any(n.start == name.end + 3 for n in names)

    def placed(name: Name) -> bool:
        """A place: after "in", "at" ("at the Velmar Hall", "in Oster’s Velmar Hall"), or read as one."""
        before = [w.lower() for w in re.findall(r"[\w’'-]+", sentence[: name.start])[-3:]]
        before = [w for w in before if w != "the" and not re.search(r"[’']s$", w)][-1:]
        return name.kind is EntityKind.PLACE or (bool(before) and before[0] in _LOCATIVE)

    def told(name: Name) -> bool:
        return re.search(r"\b(?:told|tells|tell)\s+$", sentence[: name.start]) is not None  # who was told

    if _DATES_SAYING.search(sentence[:at]) and any(n.speaker for n in names):
        return [n for n in names if n.speaker]  # "Lund said on Monday": the day of the saying is the speaker's
    chosen = [n for n in names if not n.speaker and n.kind in preferred]
    plain = [n for n in names if not n.speaker and not owner(n) and not placed(n) and not told(n)]
    if not chosen and not plain and _PRONOUN_SUBJECT.search(sentence[:at]):
        return None
    chosen = chosen or plain or [n for n in names if not n.speaker] or names
    left = max((m.end() for m in _SEGMENT_EDGE.finditer(sentence[:at])), default=0)
    right = next((m.start() + at for m in _SEGMENT_EDGE.finditer(sentence[at:])), len(sentence))
    if re.search(r"\b(?:he|she|they|we)\s+[a-z]", sentence[left:at]):
        return chosen  # ", where they defeated Oster on Sunday": the part's names are objects
    return [n for n in chosen if left <= n.start < right] or chosen  # the value's own part of the sentence


def named(reading: Reading, name: Name) -> Subject:
    """The subject a name the vocabulary lacks makes."""
    candidate = reading.candidates[name.text]
    return Subject(candidate.id, candidate, label=candidate.label, kind=candidate.kind)
