"""Where a text names the vocabulary's entities, by label or alias.

Names are matched as whole words, longest first (so "Russian Federation" is
not read as "Russia"), ignoring case except for short names written in
capitals ("US", "CIS"), which must match as written. One matcher serves
drafting (which entities a sentence names) and the linked-passages rule
(which sentences of which sources name an entity). The rule also reads an
entity's id as a name when the id is a slug of several words or has a digit
(``treaty-mtc-2016``); an id of one word is a word of the language as often
as a name ("exercise"), and its label says it anyway.

Names are looked up by their first word: only where a text has a word that
begins some name are the names beginning with it tried, so a vocabulary of
thousands of names costs a dictionary look-up per word, and the few names
tried at each place are put into a pattern the first time they are needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimtrack.model.vocabulary import Entity

_ACRONYM = re.compile(r"^[A-Z0-9.]{1,5}$")
_WORD = re.compile(r"(?<![\w-])(?:[\w-]+|[^\w\s-])")
"""Where a name may begin: a word (letters, digits and hyphens: "Mi-35M" is one), or a sign that is not
glued to one ("(" of "(RU)"). A name never begins inside a word: "Russia" is not in "Russia-Ukraine"."""
_RUN = re.compile(r"[\w-]+")


def fold(text: str) -> str:
    """``text`` in lower case as names are compared: casefolded, with the dot of a dotted capital I dropped
    ("İstanbul" casefolds to "i̇stanbul", whose combining dot is no letter and would split the word; a
    pattern ignoring case finds "istanbul" in "İstanbul", "Istanbul" and "ISTANBUL" alike)."""
    return text.casefold().replace("i\u0307", "i")


def words(text: str) -> set[str]:
    """Every word of ``text`` and every sign a name may begin with, in lower case: a text that lacks a word of
    each of ``name_words(entity)`` does not name the entity. (Split at spaces first, each distinct piece
    looked into once.)"""
    return {fold(word) for token in set(text.split()) for word in _WORD.findall(token)}


def first_word(text: str) -> str:
    """The first word of a name (or its first sign), in lower case: what the name is looked up by."""
    found = _WORD.search(text)
    return "" if found is None else fold(found.group())


def names_of(entity: Entity, *, ids: bool = False) -> list[str]:
    """The entity's label and aliases (and, with ``ids``, its id when a slug of several words or with a
    digit), each space a single one; a name of one character is too short to find."""
    slug = ids and ("-" in entity.id or any(ch.isdigit() for ch in entity.id))
    names = (" ".join(name.split()) for name in (entity.label, *entity.aliases, *([entity.id] if slug else [])))
    return [name for name in names if len(name) >= 2]


def name_words(entity: Entity, *, ids: bool = False) -> list[set[str]]:
    """The words of each of the entity's names, in lower case: a text naming the entity has every word of
    one of them (``words``)."""
    return [{fold(word) for word in _RUN.findall(name)} for name in names_of(entity, ids=ids)]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str
    """The entity's id."""


class EntityNames:
    """Every label and alias of the vocabulary, by first word."""

    def __init__(self, entities: Iterable[Entity], *, ids: bool = False) -> None:
        self.by_name: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.written: dict[str, str] = {}
        """Each name in lower case, as the vocabulary writes it."""
        for entity in entities:
            self.labels[entity.id] = entity.label
            for name in names_of(entity, ids=ids):
                self.written.setdefault(fold(name), name)
                if _ACRONYM.match(name):
                    self.exact.setdefault(name, entity.id)
                else:
                    self.by_name.setdefault(fold(name), entity.id)
        forms = {*self.by_name, *(fold(n) for n in self.exact)}
        # A name is also matched as the vocabulary writes it: "Großstadt" in lower case is "grossstadt", which
        # a pattern ignoring case does not find in "Großstadt".
        forms |= {written for folded, written in self.written.items() if written.lower() != folded}
        self._beginning: dict[str, list[str]] = {}
        """The names (in lower case, and as written) by their first word in lower case, longest first."""
        for name in sorted(forms, key=lambda n: (-len(n), n)):
            self._beginning.setdefault(first_word(name), []).append(name)
        self._patterns: dict[str, re.Pattern[str]] = {}

    def names(self) -> list[str]:
        """Every name in lower case (for near-miss suggestions; ``written`` gives each as the vocabulary has it)."""
        return list(self.written)

    def entity_named(self, name: str) -> str | None:
        """The entity a name (in any case) belongs to."""
        return self.exact.get(name) or self.by_name.get(fold(name)) or self.exact.get(self.written.get(name, ""))

    def find(self, text: str) -> list[Mention]:
        """The entities ``text`` names, in order."""
        found: list[Mention] = []
        end = 0
        for word in _WORD.finditer(text):
            if word.start() < end or fold(word.group()) not in self._beginning:
                continue
            match = self._pattern(fold(word.group())).match(text, word.start())
            if match is None:
                continue
            end = match.end()
            written = " ".join(match.group().split())
            entity = self.exact.get(written)
            if entity is None:
                entity = self.by_name.get(fold(written))
            if entity is None:
                continue  # an acronym written in another case ("us" is not "US")
            found.append(Mention(match.start(), match.end(), match.group(), entity))
        return found

    def _pattern(self, first: str) -> re.Pattern[str]:
        """The names beginning with the word ``first``, longest first, as one pattern: each word of a name
        matches in any case, each space any run of spaces, and the name must end where a word does."""
        pattern = self._patterns.get(first)
        if pattern is None:
            alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in self._beginning[first])
            pattern = self._patterns[first] = re.compile(rf"(?:{alternatives})(?![\w-])", re.IGNORECASE)
        return pattern
