"""What a pronoun, or a description of someone named before, stands for, read as a careful reader reads it:

- "He", "She", "I" (and "his", "her", "my") stand for a person: a name of a person's kind, else one of no known
  kind written as a person's name is ("Anna Berg"), else one of no known kind that is no place; never a place,
  a firm or a country;
- "They" and "We" for a group: an organisation, or a name of no known kind that is no place; not a person;
- "The company", "The show" for the last organisation or show named; "The 45-year-old", "The man" for the last
  person named, and for nobody the page has named when none was (``described``, ``person_noun``).

"It" is left as it was read: it stands for a happening the sentence before told as often as for a thing it
named ("It was the first step of her career"). The subject of the sentence before is taken when it may agree,
else the latest name that surely agrees, else the latest that may (``Context.recent``);
a name of no known kind that is a country, a state or a capital is a place (``kind_of``).
"""

from __future__ import annotations

import re

from claimtrack.drafting.descriptions import is_place
from claimtrack.drafting.sentence_context import Context, Subject
from claimtrack.model.vocabulary import EntityKind

PERSON_LIKE = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}")
"""A name that may be a person's when nothing told its kind ("Anna Berg"): what "the 45-year-old" names."""
_PERSONAL = frozenset(["he", "she", "his", "her", "him", "i", "me", "my"])
_GROUP = frozenset(["they", "their", "them", "we", "our", "us"])
KIND_NOUNS: dict[str, EntityKind] = {
    **dict.fromkeys(["treaty", "agreement", "deal", "accord", "pact", "convention", "law", "act"], EntityKind.TREATY),
    **dict.fromkeys(
        ["company", "firm", "group", "bank", "ministry", "agency", "carmaker", "automaker", "party", "government",
         "organisation", "organization", "court", "council", "union", "team", "club"],
        EntityKind.ORGANISATION,
    ),
    **dict.fromkeys(["city", "town", "region", "province", "state", "village", "island"], EntityKind.PLACE),
    **dict.fromkeys(["country", "nation"], EntityKind.COUNTRY),
    **dict.fromkeys(
        ["show", "summit", "election", "festival", "war", "event", "conference", "games", "tournament"],
        EntityKind.EVENT,
    ),
    **dict.fromkeys(
        ["man", "woman", "minister", "president", "official", "leader", "spokesman", "boss", "manager", "coach",
         "player", "star", "executive", "founder", "singer", "actor", "governor", "senator", "mayor", "year-old"],
        EntityKind.PERSON,
    ),
    **dict.fromkeys(
        ["giant", "retailer", "utility", "carrier", "airline", "insurer", "lender", "maker", "startup", "operator",
         "chain", "broadcaster", "publisher", "developer", "side"],
        EntityKind.ORGANISATION,
    ),
}  # fmt: skip
"""Nouns that name a kind of entity: "the company" is the last organisation named."""


def kind_of(subject: Subject) -> EntityKind | None:
    """A subject's kind, a name of no known kind that is a country, state or capital a place's."""
    if subject.kind in (None, EntityKind.OTHER) and is_place(subject.label, None):
        return EntityKind.PLACE
    return subject.kind


def _pronoun(word: str) -> str:
    """The pronoun of a word as written: "They’ll" is "they", "It's" "it"."""
    return re.split(r"[’']", word.strip('"“‘(').lower())[0]


def _agrees(pronoun: str, subject: Subject, strict: bool) -> bool:
    """``subject`` is what ``pronoun`` may stand for; ``strict``: surely so, not only for want of better."""
    kind = kind_of(subject)
    untold = kind is EntityKind.OTHER or kind is None
    if pronoun in _PERSONAL:
        person_like = untold and PERSON_LIKE.fullmatch(subject.label) is not None
        return kind is EntityKind.PERSON or person_like or (not strict and untold)
    if pronoun in _GROUP:
        return kind is EntityKind.ORGANISATION or untold
    return True


def is_personal(word: str) -> bool:
    """The word is a pronoun of a person or of a group."""
    return _pronoun(word) in _PERSONAL | _GROUP


def antecedent(word: str, context: Context) -> Subject | None:
    """What the pronoun ``word`` stands for: the subject of the sentence before when it may, else the latest name
    that surely agrees, else the latest that may; None when nothing named agrees."""
    pronoun = _pronoun(word)
    previous = context.previous
    if previous is not None and not previous.standby and _agrees(pronoun, previous, strict=False):
        return previous
    for strict in (True, False):
        found = next((s for s in context.recent if _agrees(pronoun, s, strict)), None)
        if found is not None:
            return found
    return None


def person_noun(referring: str) -> str | None:
    """The description of a person a definite description opening a sentence is ("55-year-old" of "The
    55-year-old", "Portuguese boss" of "The Portuguese boss"): its words up to the noun of a person; None when
    it names no person, or is an owner's ("The company's boss")."""
    words = referring.split()
    for index, word in enumerate(words[1:], start=1):
        noun = word.lower()
        if re.search(r"[’']s?$", noun):
            return None  # "The company’s boss": the company's, whose boss speaks
        if KIND_NOUNS.get("year-old" if noun.endswith("-year-old") else noun) is EntityKind.PERSON:
            return " ".join(words[1 : index + 1])
    return None


def _person_before(context: Context) -> Subject | None:
    """The subject of the sentence before when it is surely a person, else the last person named, else the last
    name of two or three plain words whose kind nothing told ("Anna Berg")."""
    if context.previous is not None and not context.previous.standby and _agrees("he", context.previous, strict=True):
        return context.previous
    found = next((s for s in context.recent if s.kind is EntityKind.PERSON), None)
    return found or next((s for s in context.recent if _agrees("he", s, strict=True)), None)


def described(referring: str, context: Context) -> tuple[Subject | None, str]:
    """The entity a definite description ("The show", "the company") names: the last one named before whose
    name ends with the noun, or whose kind the noun names; for a person ("The 56-year-old"), the subject of the
    sentence before when it is one (``_person_before``)."""
    words = referring.split()
    if len(words) < 2 or words[0].lower() not in ("the", "this", "that"):
        return None, ""
    for noun in (w.lower() for w in words[1:]):
        for subject in context.recent:
            if subject.label and subject.label.split()[-1].lower() == noun:
                return subject, noun
        kind = KIND_NOUNS.get("year-old" if noun.endswith("-year-old") else noun)
        if kind is EntityKind.PERSON:  # the person the sentence before was about, else the last one named
            found = _person_before(context)
        else:
            found = next((s for s in context.recent if kind is not None and s.kind is kind), None)
        if found is not None:
            return found, noun
    return None, ""
