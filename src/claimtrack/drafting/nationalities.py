"""A country a sentence names by its people's word: "Russian troops", "the Afghan government freed", "nearly
150 Indians returned" are about Russia, Afghanistan and India (``text.countries`` knows the words).

The word names the country when it stands for it, not when it describes someone or is part of a name:
not after "a" or "an" ("an American and an Australian" are two people), not before a capitalised word
("Russian President Vladimir Putin", "American Airlines") or a name's description ("French duo Herbert and
Mahut"), and not in a description of someone ("The Portuguese boss", "The Chinese e-commerce giant", "the British
royal": whom the sentence before named); a description opening the sentence is the country's only when it
describes the country's state, people or economy ("The Afghan government", "The Chinese economy").
"""

from __future__ import annotations

import itertools
import re

from claimtrack.drafting.candidates import Name
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.countries import country_of_people

_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?![\w’'-])")
"""A capitalised word, alone or with the next ("South Korean", "New Zealanders")."""
STATE_NOUNS = frozenset([
    "government", "authorities", "army", "troops", "forces", "military", "police", "navy", "officials",
    "ministry", "embassy", "people", "citizens", "nationals", "parliament", "economy", "soldiers", "regime",
    "border", "territory", "capital", "state", "war", "election", "elections", "market", "markets", "currency",
    "public", "population", "voters", "exports", "imports", "team", "squad", "national",
])  # fmt: skip
"""What a people's word describes that is its country's own: "the Afghan government" is Afghanistan."""
_VERB = re.compile(r"(?:have|has|had|are|were|will|would|could|said|say|[a-z]+ed)")
"""A verb after the people's word: it is the noun ("The Swiss exported", "The Chinese have bought")."""
WHO_NOUNS = frozenset([
    "royal", "boss", "star", "giant", "duo", "pair", "trio", "player", "striker", "goalkeeper", "manager",
    "coach", "champion", "leader", "firm", "company", "carmaker", "automaker", "retailer", "lender", "bank",
    "group", "man", "woman", "boy", "girl", "teenager", "student", "singer", "actor", "actress", "writer",
    "author", "director", "billionaire", "tycoon", "businessman", "businesswoman", "journalist", "tourist",
    "athlete", "driver", "brand", "startup", "maker", "band", "rapper", "artist", "chain", "airline", "operator",
])  # fmt: skip
"""Who a people's word describes, a person or a company: "the British royal" is no country."""


def country_names(sentence: str, names: list[Name]) -> list[Name]:
    """The countries ``sentence`` names by their people's words outside ``names``, as names of the country
    written where the word is ("Russia" at "Russian")."""
    found: list[Name] = []
    for match in _WORD.finditer(sentence):
        start = match.start()
        pair = re.match(r"[A-Z][a-z]+ [A-Z][a-z]+(?![\w’'-])", sentence[start:])
        word = pair.group() if pair and country_of_people(pair.group()) else match.group()
        country, end = country_of_people(word), start + len(word)
        taken = [*names, *found]
        if country is None or any(n.start < end and start < n.end for n in taken):
            continue
        before = sentence[:start].split()[-1:]
        after = sentence[end:].split()[:2]
        if before and before[0].lower() in ("a", "an"):
            continue  # "an American": a person
        if after and after[0][:1].isupper():
            continue  # "Russian President Vladimir Putin", "American Airlines"
        own = bool(after) and (after[0].lower().strip(",.;:") in STATE_NOUNS or _VERB.fullmatch(after[0]) is not None)
        nouns = [w.strip(",.;:") for w in itertools.takewhile(str.islower, sentence[end:].split()[:3])]
        if (describes(sentence, start) and not own) or any(n in WHO_NOUNS for n in nouns):
            continue  # "The Portuguese boss", "the British royal": someone named before
        if plural(word):
            found.append(Name(start, end, country, EntityKind.COUNTRY, strength=2))
            continue  # "150 Indians", "North Koreans met Swiss officials": the people, never a description
        if len(after) > 1 and after[0].islower() and after[1][:1].isupper():
            continue  # "French duo Herbert and Mahut": who they are
        found.append(Name(start, end, country, EntityKind.COUNTRY, strength=2))
    return found


def plural(word: str) -> bool:
    """The people's word is a plural noun ("Indians"), not an adjective ("Indian")."""
    return word.endswith("s") and country_of_people(word[:-1]) == country_of_people(word)


def describes(sentence: str, start: int) -> bool:
    """The word at ``start`` is inside a description opening the sentence: "The", "This", "That" or "Its"
    and words in lower case before it."""
    opening = sentence[:start].lstrip(' "“‘(')
    return re.fullmatch(r"(?:The|This|That|These|Those|Its|Their)(?: [a-z][\w’'-]*)* ", opening) is not None
