"""Words that describe whom a value is about, read as a reader reads them:

- a place written before a noun of a person ("a Fort Worth girl", "the Texas senator", "a Minneapolis police
  officer") says where the person is from; the person is who the sentence speaks of, not the place. The place
  and the noun become one description ("Fort Worth girl", a person), which the subject is read from as from a
  name; a draft about it says that nobody is named. A plural ("three Minneapolis officers") is a count of the
  place's, and stays the place's. A noun of a person's office ("senator", "judge") takes only a name known to be
  a place (a country, a state or province, a capital, or a name the source writes as a place): "the Velmar
  boss" is the boss of a firm;
- a definite description opening a sentence ("The incident", "The new patient") that names a kind of thing
  other than what the sentence before was about starts a new referent: it does not take that subject;
- a name set off by commas right after such a description ("The suspect, Michael Webb, 34, was arrested") is
  whom it describes: the sentence is about the name (not when the name speaks: "The firm's boss, Anna Berg,
  said").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimtrack.drafting.candidates import Name
from claimtrack.drafting.speakers import SAYING, speaks
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.mentions import Mention
from claimtrack.text.places import known_places

_RESIDENTS = frozenset([
    "girl", "boy", "man", "woman", "teen", "teenager", "toddler", "child", "baby", "infant", "resident", "native",
    "mother", "father", "grandmother", "grandfather", "son", "daughter", "couple", "family", "student", "pupil",
    "retiree", "pensioner", "widow", "widower", "homeowner", "motorist", "pedestrian", "cyclist", "schoolgirl",
    "schoolboy",
])  # fmt: skip
"""Nouns of a person that a name before them can only place ("a Fort Worth girl")."""
_OFFICES = frozenset([
    "senator", "judge", "lawmaker", "legislator", "mayor", "governor", "official", "officer", "policeman",
    "policewoman", "congressman", "congresswoman", "sheriff", "prosecutor", "attorney", "lawyer", "doctor", "nurse",
    "teacher", "pastor", "priest", "firefighter", "soldier", "businessman", "businesswoman", "politician",
    "activist", "farmer", "worker", "driver", "pilot", "suspect", "victim", "patient", "councilman",
    "councilwoman", "commissioner", "representative", "minister", "premier", "president", "leader", "spokesman",
    "spokeswoman", "executive", "coach", "player",
])  # fmt: skip
"""Nouns of a person's office or part that a name before them may own as well as place ("the Velmar boss"): a
place's only when the name is known to be one."""
_EVENTS = frozenset([
    "incident", "accident", "crash", "collision", "derailment", "attack", "fire", "blaze", "shooting", "stabbing",
    "explosion", "blast", "storm", "hurricane", "earthquake", "flood", "outbreak", "protest", "rally", "riot",
    "hearing", "trial", "ceremony", "raid", "bombing",
])  # fmt: skip
"""Nouns of a happening: "The incident" is no person, firm or place named before."""
_DETERMINER = re.compile(
    r"\b(?i:a|an|the|another|one|this|that)\s+(?:(?:\w+-[\w-]+|former|longtime|young|local|retired|elderly|late"
    r"|veteran|prominent|top|senior|junior|popular|famous|new|then)\s+){0,2}$"
)
"""An article before the place, with up to two words between ("the former Texas senator", "a 12-year-old
Fort Worth girl")."""
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)(?![\w’'-])")
"""Each word after the place, up to the noun of a person ("police officer")."""
_PLACE_KINDS = (EntityKind.PLACE, EntityKind.COUNTRY)


def is_place(text: str, kind: EntityKind | None) -> bool:
    """The name is a place: of a place's kind, or a country, state, province or capital by name."""
    return kind in _PLACE_KINDS or text in known_places()


def described_people(
    sentence: str, mentions: list[Mention], names: list[Name], kinds: Mapping[str, EntityKind]
) -> tuple[list[Mention], list[Name], list[Name]]:
    """The mentions and names of the sentence with each place that describes a person ("a Fort Worth girl")
    taken out, and the descriptions that take their place (as names of a person, "Fort Worth girl"). A
    description set off after a name ("George Floyd, the 46-year-old Texas man") is the name's: a mention or name
    of it in the description's place; one before a name ("the Texas senator Ted Cruz", "the Ontario premier, Anna
    Berg,") leaves the name alone to be whom it describes."""
    found: list[Name] = []
    found_mentions: list[Mention] = []
    kept_mentions, kept_names = list(mentions), list(names)
    written_all: list[Name | Mention] = [*mentions, *names]
    for written in written_all:
        opening = _DETERMINER.search(sentence[: written.start])
        end = None if opening is None else _person_noun_end(sentence, written, kinds)
        if opening is None or end is None or re.match(r"[’']s\b", sentence[end:]):
            continue  # "a Fort Worth girl’s mother" is the mother's
        if isinstance(written, Mention):
            kept_mentions.remove(written)
        else:
            kept_names.remove(written)
        if any(n.start == end + 1 for n in written_all) or appositive(sentence, end, written_all) is not None:
            continue  # "the Texas senator Ted Cruz", "the Ontario premier, Anna Berg,": the name is the person
        owner = _set_off_after(sentence, opening.start(), written_all)
        if isinstance(owner, Mention):  # "George Floyd, the 46-year-old man": Floyd
            found_mentions.append(Mention(written.start, end, owner.text, owner.entity))
        elif owner is not None:
            kept_names.append(Name(written.start, end, owner.text, owner.kind, owner.speaker, owner.strength))
        else:
            text = f"{written.text} {sentence[written.end : end].strip()}"
            found.append(Name(written.start, end, text, EntityKind.PERSON, speaks(sentence, written.start, end)))
    by_start = sorted([*kept_mentions, *found_mentions], key=lambda m: m.start)
    return by_start, sorted(kept_names, key=lambda n: n.start), found


def _person_noun_end(sentence: str, written: Name | Mention, kinds: Mapping[str, EntityKind]) -> int | None:
    """Where the noun of a person after the name ends ("Fort Worth girl", "Brindle police officer"), when the name
    can describe that person: any name but an organisation's, an event's or a treaty's a resident, only a place an
    office; None otherwise."""
    kind = kinds.get(written.text, written.kind if isinstance(written, Name) else None)
    position = written.end
    for _ in range(3):  # "a Brindle high school student"
        word = _WORD_AFTER.match(sentence, position)
        if word is None or not word.group(1).islower():
            return None
        noun, position = word.group(1), word.end()
        if noun in _RESIDENTS and kind not in (EntityKind.ORGANISATION, EntityKind.EVENT, EntityKind.TREATY):
            return position
        if noun in _OFFICES:
            return position if is_place(written.text, kind) else None
    return None


def _set_off_after(sentence: str, start: int, written: Sequence[Name | Mention]) -> Name | Mention | None:
    """The name a description starting at ``start`` is set off after ("George Floyd, the 46-year-old man")."""
    return next((n for n in written if n.end == start - 2 and sentence.startswith(", ", n.end)), None)


_NOUN_KINDS: dict[str, EntityKind] = {
    **dict.fromkeys(_RESIDENTS | _OFFICES, EntityKind.PERSON),
    **dict.fromkeys(_EVENTS, EntityKind.EVENT),
}


def new_referent(referring: str, previous: EntityKind | None) -> str | None:
    """The noun of a definite description ("The incident", "The new patient") when it names a happening or a
    person and ``previous``, the kind of the sentence before's subject, is another (a country's and a place's are
    one); None when it does not, or either kind is unknown. Not "The organization" after a person: a name's kind
    is often a guess from a verb of saying beside it ("Amnesty International said"), a person's."""
    if previous is None or previous is EntityKind.OTHER:
        return None
    for word in referring.lower().split()[1:]:
        kind = _NOUN_KINDS.get(word)
        if kind is None:
            continue
        same = kind is previous or {kind, previous} <= set(_PLACE_KINDS)
        return None if same else word
    return None


def appositive(sentence: str, end: int, written: Sequence[Name | Mention]) -> Name | Mention | None:
    """The name set off by commas right after a description ending at ``end`` ("The suspect, Michael Webb,
    34, was"), when it does not speak."""
    if not sentence.startswith(", ", end):
        return None
    name = next((n for n in written if n.start == end + 2), None)
    if name is None:
        return None
    closing = re.match(r"(?:,\s+\d{1,3})?,\s+([\w’'-]+)", sentence[name.end :])
    if closing is None or closing.group(1).lower() in SAYING:
        return None
    if isinstance(name, Name) and name.speaker:
        return None
    return name


_CLAUSE_START = re.compile(r"(?:^|[,;:—–]|\b(?:and|but|while|when|after|as|because|that)\s*)[\s\"“‘(]*$", re.IGNORECASE)


def objects_left_out(sentence: str, names: list[Name], described: frozenset[str], at: int) -> list[Name]:
    """The names without the descriptions that are no subject of a value at ``at``: one that is the object of a
    verb or a preposition ("pleaded guilty to threatening a U.S. official") when the sentence names someone else,
    unless it holds the value ("a 12-year-old Fort Worth girl")."""
    kept = []
    for name in names:
        opening = _DETERMINER.search(sentence[: name.start]) if name.text in described else None
        if opening is None or opening.start() <= at < name.end or _CLAUSE_START.search(sentence[: opening.start()]):
            kept.append(name)
    return kept if any(n.text not in described for n in kept) else names
