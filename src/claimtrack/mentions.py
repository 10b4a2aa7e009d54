"""Where a text names the vocabulary's entities, by label or alias.

Names are matched as whole words, longest first (so "Russian Federation" is
not read as "Russia"), ignoring case except for short names written in
capitals ("US", "CIS"), which must match as written. One matcher serves
drafting (which entities a sentence names) and the linked-passages rule
(which sentences of which sources name an entity), built once per run. The
rule also reads an entity's id as a name when the id is a slug of several
words or has a digit (``treaty-mtc-2016``); an id of one word is a word of the
language as often as a name ("exercise"), and its label says it anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimtrack.models import Entity

_ACRONYM = re.compile(r"^[A-Z0-9.]{1,5}$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str
    """The entity's id."""


class EntityNames:
    """Every label and alias of the vocabulary, compiled into one pattern."""

    def __init__(self, entities: Iterable[Entity], *, ids: bool = False) -> None:
        self.by_name: dict[str, str] = {}
        self.exact: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.written: dict[str, str] = {}
        """Each name in lower case, as the vocabulary writes it."""
        for entity in entities:
            self.labels[entity.id] = entity.label
            slug = ids and ("-" in entity.id or any(ch.isdigit() for ch in entity.id))
            for name in (entity.label, *entity.aliases, *([entity.id] if slug else [])):
                name = " ".join(name.split())
                if len(name) < 2:
                    continue
                self.written.setdefault(name.casefold(), name)
                if _ACRONYM.match(name):
                    self.exact.setdefault(name, entity.id)
                else:
                    self.by_name.setdefault(name.casefold(), entity.id)
        names = sorted({*self.by_name, *(n.casefold() for n in self.exact)}, key=len, reverse=True)
        alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE) if names else None

    def names(self) -> list[str]:
        """Every name in lower case (for near-miss suggestions; ``written`` gives each as the vocabulary has it)."""
        return list(self.written)

    def entity_named(self, name: str) -> str | None:
        """The entity a name (in any case) belongs to."""
        return self.exact.get(name) or self.by_name.get(name.casefold()) or self.exact.get(self.written.get(name, ""))

    def find(self, text: str) -> list[Mention]:
        """The entities ``text`` names, in order."""
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            written = " ".join(match.group().split())
            entity = self.exact.get(written)
            if entity is None:
                entity = self.by_name.get(written.casefold())
            if entity is None:
                continue  # an acronym written in another case ("us" is not "US")
            found.append(Mention(match.start(), match.end(), match.group(), entity))
        return found
