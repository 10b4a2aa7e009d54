"""What a sentence needs that the vocabulary lacks: the names it gives (entity candidates) and a property.

A name is a run of capitalised words ("Los Angeles Auto Show", "Bank of
England"), cut at the words that only open a sentence or a clause ("The",
"After"), at month and weekday names, and at a possessive ("Toyota's" is
Toyota). A single capitalised word opening the sentence is a name only when
the source writes it capitalised elsewhere too, not at a sentence's start:
"Officials said" is no name, "Nissan said" is when Nissan appears again.

Each name gets a kind from the words in and around it, the first that fits:
a title before it ("President", "Mr.", "spokesman") makes a person; its last
word an organisation ("Bank", "Ministry", "Inc."), a place ("County",
"River"), an event ("Show", "Summit") or a treaty ("Treaty", "Act"); "in"
before it a place; two or three plain words beside "said" a person; else
``other``, a thing, for a person to set. A name beside a verb of saying is a
speaker: the sentence is about something else when it names anything else.

A property is proposed when none of the vocabulary fits: for a date, from the
verb before it ("opened on" for "opens ... on Friday", "launched on" for
"will launch ... in May"); for a count, from the noun it counts.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from claimtrack.model.claims import ClaimType
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.date_words import is_calendar_word
from claimtrack.text.stems import FUNCTION_WORDS

_NAME = re.compile(r"\b[A-Z][\w’'&.-]*(?:\s+(?:(?:of|de|and)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*")
OPENING_WORDS = frozenset([
    "The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "And", "Or", "But", "As", "This", "These",
    "That", "Those", "It", "Its", "It’s", "It's", "Their", "His", "Her", "He", "She", "They", "We", "I", "You",
    "Our", "After", "Before", "Since", "During", "Following", "According", "Also", "However", "When", "While",
    "Next", "Last", "Meanwhile", "Yet", "Then", "There", "Here", "Some", "Many", "Most", "Such", "If", "Although",
    "Though", "Because", "Despite", "Until", "Under", "Over", "Across", "Both", "Each", "Every", "All", "No",
    "Not", "Other", "Another", "One", "Two", "Three", "Now", "Still", "Even", "Only", "Just", "So", "Why", "How",
    "What", "Who", "Where", "Which", "Earlier", "Later", "Today", "Yesterday", "Tomorrow"
])  # fmt: skip
"""Capitalised words that open a sentence or a clause and are no part of a name."""

_TITLES = frozenset([
    "mr", "mrs", "ms", "dr", "sir", "dame", "president", "vice", "senator", "sen", "rep", "gov", "governor",
    "minister", "secretary", "judge", "justice", "mayor", "chancellor", "prince", "princess", "king", "queen",
    "pope", "general", "gen", "col", "lt", "sgt", "capt", "ceo", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "professor", "prof", "coach", "chairman", "chairwoman", "chair", "executive", "analyst",
    "lawyer", "attorney", "founder", "author", "actor", "actress", "singer", "officer", "inspector", "detective",
    "commissioner", "ambassador", "envoy", "premier", "deputy", "lord", "lady"
])  # fmt: skip
_ORGANISATION_WORDS = frozenset([
    "inc", "corp", "corporation", "co", "company", "companies", "ltd", "llc", "plc", "group", "bank", "ministry",
    "department", "agency", "university", "college", "school", "council", "party", "association", "institute",
    "commission", "committee", "court", "foundation", "bureau", "office", "police", "army", "navy", "forces",
    "force", "service", "services", "authority", "union", "organization", "organisation", "club", "airlines",
    "airways", "league", "parliament", "senate", "congress", "assembly", "government", "administration", "board",
    "fund", "reserve", "motors", "media", "news", "times", "post", "journal", "press", "network", "team",
    "hospital", "clinic", "church", "museum", "studios", "labs", "systems", "technologies", "industries",
    "holdings", "partners", "capital", "securities", "exchange", "brigade", "regiment", "guard", "shipyard", "shipyards"
])  # fmt: skip
_PLACE_WORDS = frozenset([
    "city", "county", "state", "province", "region", "street", "avenue", "road", "river", "lake", "island",
    "islands", "mountain", "mountains", "valley", "bay", "sea", "ocean", "coast", "district", "square", "park",
    "airport", "station", "harbour", "harbor", "bridge", "republic", "kingdom", "peninsula", "desert", "strait",
    "gulf", "canyon", "village", "town"
])  # fmt: skip
_EVENT_WORDS = frozenset([
    "show", "summit", "games", "olympics", "cup", "festival", "conference", "election", "elections", "war",
    "championship", "championships", "expo", "fair", "forum", "marathon", "awards", "crisis", "revolution",
    "referendum", "tournament", "series", "prix", "regatta", "congress"
])  # fmt: skip
_TREATY_WORDS = frozenset([
    "treaty", "agreement", "accord", "accords", "act", "convention", "pact", "protocol", "deal", "charter"
])  # fmt: skip
_ADJECTIVES = frozenset([
    "American", "British", "Chinese", "French", "German", "Russian", "Japanese", "Indian", "Italian", "Spanish",
    "Canadian", "Mexican", "Australian", "Israeli", "Palestinian", "Iranian", "Iraqi", "Syrian", "Turkish",
    "Ukrainian", "Korean", "European", "African", "Asian", "Arab", "Brazilian", "Saudi", "Egyptian", "Pakistani",
    "Afghan", "Dutch", "Swedish", "Norwegian", "Polish", "Greek", "Irish", "Scottish", "Welsh", "English",
    "Democratic", "Republican", "Democrat", "Christian", "Muslim", "Jewish", "Catholic", "Western", "Eastern",
    "Northern", "Southern", "Internet", "Web", "Latin", "Nordic", "Swiss", "Belgian", "Danish", "Finnish",
])  # fmt: skip
"""Words of nations, faiths and sides, capitalised but no entity when they stand alone ("a German car")."""
_PLACE_BEFORE = frozenset(["in", "near", "across", "outside", "throughout", "inside"])
_SAYING = frozenset(["said", "says", "told", "tells", "added", "explained", "noted", "wrote", "stated", "claimed"])
_SAYING_BEFORE = re.compile(r"(?:\b(?:said|says|told|according to|added|wrote)\s+(?:\w+\s+){0,3})$")
_COUNTRIES = frozenset(["U.S.", "US", "U.K.", "UK", "UAE", "USA"])


@dataclass(frozen=True)
class EntityCandidate:
    """An entity a sentence names that the vocabulary lacks, with the line that adds it."""

    id: str
    kind: EntityKind
    label: str

    def command(self) -> str:
        return f"claimtrack entity add --id {self.id} --kind {self.kind.value} --label {shlex.quote(self.label)}"


@dataclass(frozen=True)
class PropertyCandidate:
    """A property none of the vocabulary's fits, with the line that adds it."""

    id: str
    label: str
    claim_type: ClaimType
    unit: str | None = None

    def command(self) -> str:
        unit = "" if self.unit is None else f" --unit {shlex.quote(self.unit)}"
        return (
            f"claimtrack property add --id {self.id} --label {shlex.quote(self.label)} "
            f"--claim-type {self.claim_type.value}{unit}"
        )


@dataclass(frozen=True)
class Name:
    """A name written in a sentence: where, the words, the kind it seems to be, and whether it speaks."""

    start: int
    end: int
    text: str
    kind: EntityKind
    speaker: bool = False


def _words(span: str) -> list[str]:
    return span.split()


def _plain(word: str) -> str:
    return word.lower().strip(".,")


def _pieces(match: re.Match[str]) -> list[tuple[int, str]]:
    """The name's words cut at opening words, calendar words and possessives, as (start, words) pieces."""
    pieces: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    for word in re.finditer(r"\S+", match.group()):
        raw = word.group()
        possessive = re.search(r"[’']s$", raw)
        text = raw[: possessive.start()] if possessive else raw
        text = text.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", text) else text
        lone = text in OPENING_WORDS or is_calendar_word(text) or _plain(text) in _TITLES or not text
        plural_acronym = re.fullmatch(r"[A-Z]{2,}s", text) is not None
        if lone or plural_acronym:
            if current:
                pieces.append((current[0][0], " ".join(w for _, w in current)))
            current = []
            continue
        current.append((match.start() + word.start(), text))
        if possessive:
            pieces.append((current[0][0], " ".join(w for _, w in current)))
            current = []
    if current:
        pieces.append((current[0][0], " ".join(w for _, w in current)))
    # "of" or "and" left at either end of a piece joins nothing.
    trimmed = []
    for start, text in pieces:
        words = text.split()
        while words and words[0] in ("of", "de", "and", "the"):
            start += len(words.pop(0)) + 1
        while words and words[-1] in ("of", "de", "and", "the"):
            words.pop()
        if words:
            trimmed.append((start, " ".join(words)))
    return trimmed


def _kind(sentence: str, start: int, end: int, text: str, speaker: bool) -> EntityKind:
    before = sentence[:start].split()
    previous = _plain(before[-1]) if before else ""
    words = text.split()
    last = _plain(words[-1])
    if previous in _TITLES or (len(before) > 1 and _plain(before[-2]) in _TITLES and previous in FUNCTION_WORDS):
        return EntityKind.PERSON
    if text in _COUNTRIES:
        return EntityKind.COUNTRY
    for vocabulary, kind in (
        (_ORGANISATION_WORDS, EntityKind.ORGANISATION),
        (_PLACE_WORDS, EntityKind.PLACE),
        (_EVENT_WORDS, EntityKind.EVENT),
        (_TREATY_WORDS, EntityKind.TREATY),
    ):
        if last in vocabulary or (len(words) > 2 and words[1] == "of" and _plain(words[0]) in vocabulary):
            return kind  # "Dalmor Shipyards", "Treaty of Oster"
    if re.fullmatch(r"[A-Z]{2,6}", text):
        return EntityKind.ORGANISATION
    if previous in _PLACE_BEFORE:
        return EntityKind.PLACE
    plain_words = all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words)
    if speaker and plain_words and 2 <= len(words) <= 3:
        return EntityKind.PERSON
    return EntityKind.OTHER


def _speaks(sentence: str, start: int, end: int) -> bool:
    after = sentence[end:].split()
    following = _plain(after[0]) if after else ""
    if following in _SAYING or (following == "," and len(after) > 1):
        return True
    if re.match(r",? (?:who|a|an|the) ", sentence[end:]) and "said" in sentence[end:]:
        return True
    return _SAYING_BEFORE.search(sentence[:start]) is not None


def find_names(sentence: str, elsewhere: frozenset[str] = frozenset()) -> list[Name]:
    """The names ``sentence`` gives, in order; ``elsewhere`` holds the names the source writes capitalised
    inside a sentence, which makes a single capitalised word at a sentence's start a name too."""
    names: list[Name] = []
    for match in _NAME.finditer(sentence):
        for start, text in _pieces(match):
            end = start + len(text)
            opening = not sentence[:start].strip(" \"“‘'(")
            if opening and len(text.split()) == 1 and text not in elsewhere:
                continue
            if len(text) < 2 or text.isdigit() or text in _ADJECTIVES:
                continue
            speaker = _speaks(sentence, start, end)
            names.append(Name(start, end, text, _kind(sentence, start, end, text, speaker), speaker))
    return names


def names_inside(sentences: list[str]) -> frozenset[str]:
    """The names written capitalised inside the sentences (not at their start): the source's own names."""
    found = set()
    for sentence in sentences:
        for name in find_names(sentence):
            if sentence[: name.start].strip(" \"“‘'("):
                found.add(name.text)
    return frozenset(found)


_PAST = {
    "began": "began", "begins": "began", "held": "held", "holds": "held", "met": "met", "meets": "met",
    "won": "won", "wins": "won", "became": "became", "fell": "fell", "rose": "rose", "sold": "sold",
    "sells": "sold", "bought": "bought", "buys": "bought", "paid": "paid", "struck": "struck",
    "strikes": "struck", "ran": "ran", "runs": "ran", "built": "built", "builds": "built", "opens": "opened",
    "closes": "closed", "starts": "started", "ends": "ended", "launches": "launched", "arrives": "arrived",
    "returns": "returned", "visits": "visited", "signs": "signed", "releases": "released", "debuts": "debuted",
    "dies": "died", "born": "born",
}  # fmt: skip
"""Verbs in the past or the present, and the past a property's label takes."""
_BASE_PAST = {
    "begin": "began", "hold": "held", "meet": "met", "win": "won", "sell": "sold", "buy": "bought",
    "strike": "struck", "run": "ran", "build": "built", "pay": "paid", "become": "became", "fall": "fell",
    "rise": "rose", "take": "took", "make": "made", "give": "gave", "go": "went", "come": "came", "get": "got",
    "see": "saw", "leave": "left", "lose": "lost", "send": "sent", "spend": "spent", "bring": "brought",
    "keep": "kept", "lead": "led", "put": "put", "set": "set", "cut": "cut", "shut": "shut", "write": "wrote",
    "speak": "spoke", "choose": "chose", "fly": "flew", "drive": "drove", "grow": "grew", "break": "broke",
}  # fmt: skip
"""Irregular verbs after "will" or "to"."""
_NOT_EVENTS = _SAYING | {"reported", "announced", "expected", "scheduled", "planned", "based", "needed", "used"}
_NOT_VERBS = frozenset(["red", "bed", "need", "speed", "seed", "feed", "hundred", "united", "limited", "related"])


def _past(word: str, after_auxiliary: bool) -> str | None:
    lower = word.lower()
    if lower in _NOT_EVENTS or lower in _NOT_VERBS or not lower.isalpha():
        return None
    if lower in _PAST:
        return _PAST[lower]
    if lower.endswith("ed") and len(lower) > 4:
        return lower
    if after_auxiliary and lower in _BASE_PAST:
        return _BASE_PAST[lower]
    if after_auxiliary and len(lower) > 2 and lower not in FUNCTION_WORDS and lower != "be":
        return lower + ("d" if lower.endswith("e") else "ed")
    return None


def event_verb(sentence: str, at: int) -> str | None:
    """The verb a date written at ``at`` dates, in the past tense ("opened" for "opens to the public on
    Friday"): the nearest verb among the twelve words before it; None when none is found."""
    words = re.findall(r"[A-Za-z’'-]+", sentence[:at])[-12:]
    for index in range(len(words) - 1, -1, -1):
        after_auxiliary = index > 0 and words[index - 1].lower() in ("will", "to", "would", "shall", "did")
        past = _past(words[index], after_auxiliary)
        if past is not None:
            return past
    return None


def id_of(text: str) -> str:
    """A property id made of words: lower-case letters and digits joined by _."""
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))[:100].strip("_")


def event_property(verb: str) -> PropertyCandidate:
    return PropertyCandidate(id_of(f"{verb} on"), f"{verb} on", ClaimType.EVENT)


def age_property() -> PropertyCandidate:
    """A person's age in years ("Ilse Marn, 58,")."""
    return PropertyCandidate("age", "age", ClaimType.QUANTITY, "year")


def count_property(unit: str) -> PropertyCandidate:
    if unit == "percent":
        return PropertyCandidate("share_percent", "share in percent", ClaimType.QUANTITY, "percent")
    return PropertyCandidate(id_of(f"{unit} count"), f"{unit} count", ClaimType.QUANTITY, unit)
