"""The passages of the archived sources, indexed by the entities they name: built once per run.

Each archived text is split into sentences as ``coverage`` splits them. A
sentence is a passage when it is a statement (headings, captions, credits and
numbered notes citing other works are not) and names an entity of the
vocabulary, by label, alias or slug id (``mentions``). ``naming(entity)``
gives the passages that name an entity, so that a rule looking for what the
sources say about one claim's subject reads those passages only, never every
sentence of every source again. A passage's dates and quantities are read,
with the drafting modules' readers, the first time they are asked for.

Each passage also knows where it lies in the source's text in normal form
(``quotes``), where evidence quotes are anchored, so that a rule can tell
whether a quote lies in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from claimtrack.coverage import is_note_line, is_statement, split_sentences
from claimtrack.drafting.dates import DateMention, find_dates, publication_day, publication_year
from claimtrack.drafting.quantities import QuantityMention, find_quantities
from claimtrack.mentions import EntityNames, Mention
from claimtrack.models import Source
from claimtrack.quotes import normalise_text


@dataclass(frozen=True)
class Passage:
    """A statement of an archived source that names at least one entity."""

    source: str
    line: int
    start: int
    end: int
    """Where the sentence lies in the archived text."""
    text: str
    mentions: tuple[Mention, ...]
    published: dt.date | None
    """The source's publication day, which weekdays and "last week" count from; None unless known to the day."""
    year: int | None
    """The source's publication year, which dates written without one take; None unless known."""
    normal: tuple[int, int] | None
    """Where the sentence lies in the text in normal form (where quotes are anchored); None if not found there."""

    def names(self, entity: str) -> bool:
        return any(m.entity == entity for m in self.mentions)


@dataclass
class PassageIndex:
    """Every passage of every archived text, by the entities it names."""

    by_entity: dict[str, list[Passage]] = field(default_factory=dict)
    _dates: dict[tuple[str, int], list[DateMention]] = field(default_factory=dict)
    _quantities: dict[tuple[str, int], list[QuantityMention]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        sources: dict[str, Source],
        names: EntityNames,
        text_of: Callable[[str], str | None],
    ) -> PassageIndex:
        """The index of ``sources`` (by id), their texts read with ``text_of``."""
        index = cls()
        for source_id in sorted(sources):
            text = text_of(source_id)
            if text is None:
                continue
            normal = normalise_text(text)
            day = publication_day(sources[source_id].published)
            year = publication_year(sources[source_id].published)
            lines = text.split("\n")
            cursor = 0
            for sentence in split_sentences(text):
                if is_note_line(lines[sentence.line - 1]) or not is_statement(sentence.text):
                    continue
                mentions = tuple(names.find(sentence.text))
                if not mentions:
                    continue
                needle = normalise_text(sentence.text)
                at = normal.find(needle, cursor)
                span = None if at < 0 else (at, at + len(needle))
                cursor = cursor if span is None else span[1]
                passage = Passage(
                    source_id, sentence.line, sentence.start, sentence.end, sentence.text, mentions, day, year, span
                )
                for entity in dict.fromkeys(m.entity for m in mentions):
                    index.by_entity.setdefault(entity, []).append(passage)
        return index

    def naming(self, entity: str) -> list[Passage]:
        """The passages naming ``entity``, by source and in the order written."""
        return self.by_entity.get(entity, [])

    def dates(self, passage: Passage) -> list[DateMention]:
        """The dates the passage gives (those without a year, or relative, read from its source's publication)."""
        key = (passage.source, passage.start)
        if key not in self._dates:
            self._dates[key] = find_dates(passage.text, passage.published, year=passage.year)
        return self._dates[key]

    def quantities(self, passage: Passage) -> list[QuantityMention]:
        """The quantities the passage gives, outside its dates."""
        key = (passage.source, passage.start)
        if key not in self._quantities:
            dates = [(d.start, d.end) for d in self.dates(passage)]
            self._quantities[key] = find_quantities(passage.text, dates)
        return self._quantities[key]
