"""What a sentence needs that the vocabulary lacks: the names it gives (entity candidates) and a property.

A name is a run of capitalised words ("Los Angeles Auto Show", "Bank of
England"), cut at the words that only open a sentence or a clause ("The",
"After"), at month and weekday names, and at a possessive ("Toyota's" is
Toyota). A single capitalised word opening the sentence is a name only when
the source writes it capitalised elsewhere too, not at a sentence's start:
"Officials said" is no name, "Nissan said" is when Nissan appears again.
A function word is never a name, nor a quoted title of a work ("“Takin’ It
to the Streets”"), nor a name joined to a lower-case word ("Washington-based").

Each name gets a kind from the words in and around it, the first that fits:
a title before it ("President", "Mr.", "spokesman") makes a person; its last
word an organisation ("Bank", "Ministry", "Inc."), a place ("County",
"River"), an event ("Show", "Summit") or a treaty ("Treaty", "Act"); "in"
before it a place; two or three plain words beside "said" a person; else
``other``, a thing, for a person to set. Across a source each name takes the
kind its strongest evidence gives (``source_kinds``). A name beside a verb of
saying is a speaker: the sentence is about something else when it names
anything else.

A property is proposed when none of the vocabulary fits: for a date, from the
verb before it ("opened on" for "opens ... on Friday", "launched on" for
"will launch ... in May"); for a count, from the noun it counts.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

from claimtrack.drafting.speakers import SAYING, TITLES, speaks
from claimtrack.model.claims import ClaimType
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.countries import is_demonym
from claimtrack.text.date_words import is_calendar_word
from claimtrack.text.datelines import dateline_end
from claimtrack.text.places import settled_kind
from claimtrack.text.quantity_words import CURRENCY_SIGNS
from claimtrack.text.stems import FUNCTION_WORDS

_NAME = re.compile(r"\b[A-Z][\w’'&.-]*(?:\s+(?:(?:of|de|and|&)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*")
OPENING_WORDS = frozenset([
    "The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "And", "Or", "But", "As", "This", "These",
    "That", "Those", "It", "Its", "It’s", "It's", "Their", "His", "Her", "He", "She", "They", "We", "I", "You",
    "Our", "After", "Before", "Since", "During", "Following", "According", "Also", "However", "When", "While",
    "Next", "Last", "Meanwhile", "Yet", "Then", "There", "Here", "Some", "Many", "Most", "Such", "If", "Although",
    "Though", "Because", "Despite", "Until", "Under", "Over", "Across", "Both", "Each", "Every", "All", "No",
    "Not", "Other", "Another", "One", "Two", "Three", "Now", "Still", "Even", "Only", "Just", "So", "Why", "How",
    "What", "Who", "Where", "Which", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "To"
])  # fmt: skip
"""Capitalised words that open a sentence or a clause and are no part of a name."""

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
_COUNTRIES = frozenset(["U.S.", "US", "U.K.", "UK", "UAE", "USA"])
_PRONOUNS = frozenset(["He", "She", "It", "They", "We"])
"""Pronouns that are also given names or surnames: "He Jianxiong" is a person, "He said" a pronoun."""
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][\w.’']*(?:-[A-Z][\w.’']*)*-[a-z]+")
"""A name joined to a word in lower case is an adjective: "Washington-based", "World Cup-style", "Paris-born"."""
_TITLE_QUOTE = re.compile(r"[“\"]([^“”\"]{3,80})[”\"]")
_TITLE_SMALL = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by"])
_STATE_CODE = re.compile(r"[A-Z]{2}")
_DATELINE = re.compile(r"[A-Z][\w.,’' ]{1,40}?(?: \([A-Z]+\))? [–—-] |[A-Z][A-Z .,]{1,40}: ")
"""A news page's dateline before its first sentence ("Indianapolis – ", "SAN FRANCISCO (AP) — ", "NEW DELHI: "):
the word after it opens the sentence."""


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
    strength: int = 0
    """How strongly the words around it tell its kind (``_kind``): the strongest across a source wins."""


def _words(span: str) -> list[str]:
    return span.split()


def _plain(word: str) -> str:
    return word.lower().strip(".,")


def _pieces(match: re.Match[str]) -> list[tuple[int, str]]:
    """The name's words cut at opening words, calendar words and possessives, as (start, words) pieces."""
    pieces: list[tuple[int, str]] = []
    current: list[tuple[int, str]] = []
    raws = match.group().split()
    for index, word in enumerate(re.finditer(r"\S+", match.group())):
        raw = word.group()
        possessive = re.search(r"[’']s$", raw)
        text = raw[: possessive.start()] if possessive else raw
        text = text.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", text) else text
        given = index == 0 and text in _PRONOUNS and len(raws) > 1 and raws[1] not in OPENING_WORDS
        lone = (text in OPENING_WORDS and not given) or is_calendar_word(text) or _plain(text) in TITLES or not text
        if _COMPOUND_ADJECTIVE.fullmatch(text):
            current = []  # the whole run is the adjective's: "World Cup-style"
            continue
        plural_acronym = re.fullmatch(r"[A-Z]{2,}s", text) is not None
        if lone or plural_acronym:
            if current:
                pieces.append((current[0][0], " ".join(w for _, w in current)))
            current = []
            continue
        current.append((match.start() + word.start(), text))
        if possessive:
            owners = [i for i, (_, w) in enumerate(current) if w == "and"][-1:]
            if owners:  # "Lund and Oster’s Anna Berg": Lund and Oster are two names
                pieces.append((current[0][0], " ".join(w for _, w in current[: owners[0]])))
                current = current[owners[0] + 1 :]
            pieces.append((current[0][0], " ".join(w for _, w in current)))
            current = []
    if current:
        pieces.append((current[0][0], " ".join(w for _, w in current)))
    # "of" or "and" left at either end of a piece joins nothing.
    trimmed = []
    for start, text in pieces:
        words = text.split()
        while words and words[0] in ("of", "de", "and", "&", "the"):
            start += len(words.pop(0)) + 1
        while words and words[-1] in ("of", "de", "and", "&", "the"):
            words.pop()
        if words:
            trimmed.append((start, " ".join(words)))
    return trimmed


def _kind(sentence: str, start: int, end: int, text: str, speaker: bool) -> tuple[EntityKind, int]:
    """The kind a name seems to be, and how strong the evidence is: 3 for a title before it or a word of its
    own ("President", "Inc.", "River"), 2 for a known country or a state's code after a town ("Austin, TX"),
    1 for a guess from the words around it ("in", a verb of saying, an acronym), 0 for none (``other``)."""
    before = sentence[:start].split()
    previous = _plain(before[-1]) if before else ""
    words = text.split()
    last = _plain(words[-1])
    if previous in TITLES or (len(before) > 1 and _plain(before[-2]) in TITLES and previous == "and"):
        return EntityKind.PERSON, 3  # "President Lund", "Mr. and Mrs. Lund"; not "the director for Oster"
    if text in _COUNTRIES:
        return EntityKind.COUNTRY, 2
    for vocabulary, kind in (
        (_ORGANISATION_WORDS, EntityKind.ORGANISATION),
        (_PLACE_WORDS, EntityKind.PLACE),
        (_EVENT_WORDS, EntityKind.EVENT),
        (_TREATY_WORDS, EntityKind.TREATY),
    ):
        if last in vocabulary or (len(words) > 2 and words[1] == "of" and _plain(words[0]) in vocabulary):
            return kind, 3  # "Dalmor Shipyards", "Treaty of Oster"
    if _STATE_CODE.fullmatch(text) and re.search(r"[A-Z][\w.’']*, $", sentence[:start]):
        return EntityKind.PLACE, 2  # a state's or province's code after its town: "Velmar Springs, NV"
    if re.fullmatch(r"[A-Z][A-Z&]{2,5}", text):  # also "PG&E", "AT&T"
        return EntityKind.ORGANISATION, 1  # an acronym of two letters is as often a thing ("EP", "GT")
    if previous in _PLACE_BEFORE:
        return EntityKind.PLACE, 1
    plain_words = all(re.fullmatch(r"[A-Z][a-z’'-]+", w) for w in words)
    if speaker and plain_words and 2 <= len(words) <= 3:
        return EntityKind.PERSON, 1
    return EntityKind.OTHER, 0


def find_names(sentence: str, elsewhere: frozenset[str] = frozenset()) -> list[Name]:
    """The names ``sentence`` gives, in order; ``elsewhere`` holds the names the source writes capitalised
    inside a sentence, which makes a single capitalised word at a sentence's start a name too."""
    names: list[Name] = []
    titles = _titles(sentence)
    for match in _NAME.finditer(sentence):
        for start, text in _listed(sentence, _pieces(match)):
            people, _, rest = text.partition(" ")
            kind_words = _ORGANISATION_WORDS | _PLACE_WORDS | _EVENT_WORDS | _TREATY_WORDS
            if is_demonym(people) and len(rest.split()) > 1 and not {_plain(w) for w in rest.split()} & kind_words:
                # "Australian Tim Weeks"; not "Indian Ocean", "American Airlines Flight 11", "Chinese Communist Party"
                start, text = start + len(people) + 1, rest
            opening = not sentence[:start].strip(" \"“‘'(") or _DATELINE.fullmatch(sentence[:start]) is not None
            opening = opening or start == dateline_end(sentence)  # "OSTERBY (AP) — Researchers said"
            plural_of = re.match(r"[A-Z][a-z]+s of (?:the )?(?=[A-Z])", text) if opening else None
            if plural_of and text not in elsewhere:  # "Cases of Velmar Fever first appeared": the fever's
                start, text = start + plural_of.end(), text[plural_of.end() :]
            end = start + len(text)
            if opening and len(text.split()) == 1 and text not in elsewhere:
                continue
            adjective = text in _ADJECTIVES or is_demonym(text)  # a people's word: see ``nationalities``
            if len(text) < 2 or text.isdigit() or adjective or not _may_name(sentence, start, text):
                continue
            if any(left <= start and end <= right for left, right in titles):
                continue
            speaker = speaks(sentence, start, end)
            kind, strength = _kind(sentence, start, end, text, speaker)
            names.append(Name(start, end, text, kind, speaker, strength))
    return names


_LIST_BEFORE = re.compile(r"[A-Z][\w.’'-]*, $")
"""A name and a comma before a name: the names are items of a list ("in West Virginia, Oklahoma and Arizona")."""


def _listed(sentence: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces, a piece "B and C" ending a list of names ("West Virginia, Oklahoma and Arizona") cut into
    its two items; "Procter and Gamble" alone, or "the Bank of England and Wales", stays one name."""
    listed = []
    for start, text in pieces:
        left, joined, right = text.partition(" and ")
        if joined and " and " not in right and _LIST_BEFORE.search(sentence[:start]):
            listed += [(start, left), (start + len(left) + len(joined), right)]
        else:
            listed.append((start, text))
    return listed


def _may_name(sentence: str, start: int, text: str) -> bool:
    """A function word alone is no name, even where the source capitalises it ("To celebrate", a title's "To");
    nor an acronym after "a" or "an" ending the noun ("an EP.", "a new EP of songs"): a name takes no indefinite
    article; nor a currency's sign before its number ("Rs 300")."""
    if len(text.split()) == 1 and (text in OPENING_WORDS or text.lower() in FUNCTION_WORDS):
        return False
    if text.lower() in CURRENCY_SIGNS and re.match(r"\.?\s*\d", sentence[start + len(text) :]):
        return False  # "Rs 25 lakh": a currency's sign
    if re.fullmatch(r"(?:I|We|You|They|He|She|It|That|There)[’'][a-z]{1,2}", text):
        return False  # "We’re", "They’ve"
    before = [w.lower() for w in sentence[:start].split()[-2:]]
    article = bool(before) and (before[-1] in ("a", "an") or (before[0] in ("a", "an") and before[-1].isalpha()))
    after = sentence[start + len(text) :].split()[:1]
    modifies = bool(after) and after[0].isalpha() and after[0].islower() and after[0] not in FUNCTION_WORDS
    return not (re.fullmatch(r"[A-Z]{2,6}", text) and article and not modifies)  # "a NASA probe" is NASA's


def _titles(sentence: str) -> list[tuple[int, int]]:
    """Quoted words of two or more, each capitalised but the small ones: the title of a song, a book or a
    film (“Takin’ It to the Streets”), which names a work and is no entity of the claims."""
    spans = []
    for quote in _TITLE_QUOTE.finditer(sentence):
        words = re.findall(r"[\w’'-]+", quote.group(1))
        if len(words) >= 2 and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words):
            spans.append(quote.span(1))
    return spans


def source_kinds(sentences: list[str], elsewhere: frozenset[str] = frozenset()) -> dict[str, EntityKind]:
    """One kind for each name of a source: the one its strongest evidence gives (``Name.strength``; at equal
    strength, the first), so "China" is not a person in one sentence and a place in the next; a name the country
    data knows is a country or a place unless a title or a word of its own says otherwise (``text.places``)."""
    best: dict[str, tuple[int, EntityKind]] = {}
    for sentence in sentences:
        for name in find_names(sentence, elsewhere):
            if name.text not in best or name.strength > best[name.text][0]:
                best[name.text] = (name.strength, name.kind)
    return {text: settled_kind(text, kind, strength, best) for text, (strength, kind) in best.items()}


def names_inside(sentences: list[str]) -> frozenset[str]:
    """The names written capitalised inside the sentences (not at their start): the source's own names."""
    found = set()
    for sentence in sentences:
        for name in find_names(sentence):
            if sentence[: name.start].strip(" \"“‘'(") and name.start != dateline_end(sentence):
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
_NOT_EVENTS = SAYING | {"reported", "announced", "expected", "scheduled", "planned", "based", "needed", "used"}
_NOT_VERBS = frozenset(["red", "bed", "need", "speed", "seed", "feed", "hundred", "united", "limited", "related"])


_IRREGULAR_PAST = frozenset(_BASE_PAST.values()) - {"put", "set", "cut", "shut", "left", "saw", "got"}
"""Irregular past forms that are no other word too ("lost", "took"; not "left", "set")."""


def _past(word: str, after_auxiliary: bool) -> str | None:
    lower = word.lower()
    if lower in _NOT_EVENTS or lower in _NOT_VERBS or not lower.isalpha():
        return None
    if lower in _PAST:
        return _PAST[lower]
    if lower in _IRREGULAR_PAST:
        return lower
    if lower.endswith("ed") and len(lower) > 4:
        return lower
    if after_auxiliary and lower in _BASE_PAST:
        return _BASE_PAST[lower]
    if after_auxiliary and len(lower) > 2 and lower not in FUNCTION_WORDS and lower != "be":
        return lower + ("d" if lower.endswith("e") else "ed")
    return None


def event_verb(sentence: str, at: int) -> str | None:
    """The verb a date written at ``at`` dates, in the past tense ("opened" for "opens to the public on
    Friday"): the nearest verb among the twelve words before it; None when none is found. A word taken for a
    verb only because "to" is before it ("to life", "to work") gives way to a verb the words before it surely
    have: "sentenced Anna Berg to life on 3 May" dates the sentencing. A verb of saying nearest the date dates
    the saying ("said"), and no verb before it: "carried 1.2 million cars, the council said on Monday" is the
    day of the saying, not of the carrying."""
    written = re.findall(r"[A-Za-z’'-]+", sentence[:at])
    words = written[-12:]
    guessed = None
    for index in range(len(words) - 1, -1, -1):
        if words[index][0].isupper() and index + len(written) > len(words):
            continue  # a capitalised word inside the sentence is a name's, not a verb: "lost to Belgium on Monday"
        if words[index].lower() in SAYING:
            return guessed or "said"
        before = words[index - 1].lower() if index > 0 else ""
        past = _past(words[index], before in ("will", "to", "would", "shall", "did"))
        if past is not None and before == "to" and _past(words[index], False) is None:
            guessed = guessed or past
        elif past is not None:
            return past
    return guessed
