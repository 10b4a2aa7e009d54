"""The passages of the archived sources, indexed by the entities they name.

Each archived text is split into sentences as a reader sees them (``sentences``). A
sentence is a passage when it is a statement (headings, captions, credits and
numbered notes citing other works are not) and names an entity of the
vocabulary, by label, alias or slug id (``mentions``). ``naming(entity)``
gives the passages that name an entity, so that a rule looking for what the
sources say about one claim's subject reads those passages only, never every
sentence of every source again. A source is read the first time an entity it
may name is asked about (it has every word of one of the entity's names),
once per run: a check of a few subjects reads the few sources naming them. A
passage's dates and quantities are read, with the drafting modules' readers,
the first time they are asked for; the readers (and the sentence splitter) are
imported only when a source is read, so a check whose sources name none of the
subjects it checks never loads them.

How a text's words are had is a plain function (``WordsOf``): ``mentions.words``
reads them, and a caller can pass another one that gives the same words (one
that keeps them between runs, say).

Each passage also knows where it lies in the source's text in normal form
(``quotes``), where evidence quotes are anchored, so that a rule can tell
whether a quote lies in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from claimtrack.model.sources import Source
from claimtrack.model.vocabulary import Entity
from claimtrack.text.mentions import EntityNames, Mention, name_words, words
from claimtrack.text.quotes import normalise_text

if TYPE_CHECKING:
    from claimtrack.text.date_mentions import DateMention
    from claimtrack.text.quantity_reader import QuantityMention

WordsOf = Callable[[str], set[str]]
"""The words of a text, as ``mentions.words`` gives them."""


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


class PassageIndex:
    """Every passage of every archived text, by the entities it names; each source read (split into
    sentences, the names in each found) the first time an entity it may name is asked about."""

    def __init__(
        self,
        sources: Mapping[str, Source],
        entities: Mapping[str, Entity],
        text_of: Callable[[str], str | None],
        words_of: WordsOf = words,
    ) -> None:
        """The index of ``sources`` by the ``entities`` they name (both by id), texts read with ``text_of`` and
        their words with ``words_of``."""
        self._sources = sources
        self._entities = entities
        self._text_of = text_of
        self._read_words = words_of
        self._with_word: dict[str, frozenset[str]] = {}
        self._by_source: dict[str, dict[str, list[Passage]]] = {}
        self._naming: dict[str, list[Passage]] = {}
        self._dates: dict[tuple[str, int], list[DateMention]] = {}
        self._quantities: dict[tuple[str, int], list[QuantityMention]] = {}

    def naming(self, entity: str) -> list[Passage]:
        """The passages naming ``entity``, by source and in the order written."""
        if entity not in self._naming:
            known = self._entities.get(entity)
            names = [] if known is None else name_words(known, ids=True)
            self._naming[entity] = [
                passage for source_id in self._may_name(names) for passage in self._passages(source_id).get(entity, [])
            ]
        return self._naming[entity]

    def _may_name(self, names: list[set[str]]) -> list[str]:
        """The sources whose texts have every word of one of ``names``, sorted by id."""
        found: set[str] = set()
        for name in names:
            found |= set(self._sources).intersection(*(self._having(word) for word in name))
        return sorted(found)

    def _having(self, word: str) -> frozenset[str]:
        """The sources whose texts have ``word``, found once per word (the vocabulary's names share words)."""
        if word not in self._with_word:
            self._with_word[word] = frozenset(source for source, found in self._source_words if word in found)
        return self._with_word[word]

    @cached_property
    def _source_words(self) -> list[tuple[str, set[str]]]:
        """Each source with the words of its text (``mentions.words``): a quick look before reading it for the
        names in each sentence."""
        found = []
        for source_id in self._sources:
            text = self._text_of(source_id)
            found.append((source_id, set() if text is None else self._read_words(text)))
        return found

    @cached_property
    def _names(self) -> EntityNames:
        return EntityNames(self._entities.values(), ids=True)

    def _passages(self, source_id: str) -> dict[str, list[Passage]]:
        """The source's passages by the entities they name."""
        if source_id in self._by_source:
            return self._by_source[source_id]
        by_entity: dict[str, list[Passage]] = {}
        text = self._text_of(source_id)
        if text is not None:
            for passage in passages_of(source_id, self._sources[source_id], text, self._names):
                for entity in dict.fromkeys(m.entity for m in passage.mentions):
                    by_entity.setdefault(entity, []).append(passage)
        self._by_source[source_id] = by_entity
        return by_entity

    def dates(self, passage: Passage) -> list[DateMention]:
        """The dates the passage gives (those without a year, or relative, read from its source's publication)."""
        from claimtrack.text.date_reader import find_dates

        key = (passage.source, passage.start)
        if key not in self._dates:
            self._dates[key] = find_dates(passage.text, passage.published, year=passage.year)
        return self._dates[key]

    def quantities(self, passage: Passage) -> list[QuantityMention]:
        """The quantities the passage gives, outside its dates."""
        from claimtrack.text.quantity_reader import find_quantities

        key = (passage.source, passage.start)
        if key not in self._quantities:
            dates = [(d.start, d.end) for d in self.dates(passage)]
            self._quantities[key] = find_quantities(passage.text, dates)
        return self._quantities[key]


def passages_of(source_id: str, source: Source, text: str, names: EntityNames) -> Iterator[Passage]:
    """The statements of one source's text that name an entity, in the order written."""
    from claimtrack.engine.coverage import is_note_line, is_statement
    from claimtrack.text.date_reader import publication_day, publication_year
    from claimtrack.text.sentences import spans_in_normal_form, split_sentences

    normal = normalise_text(text)
    day = publication_day(source.published)
    year = publication_year(source.published)
    lines = text.split("\n")
    sentences = split_sentences(text)
    for sentence, span in zip(sentences, spans_in_normal_form(sentences, normal), strict=True):
        if is_note_line(lines[sentence.line - 1]) or not is_statement(sentence.text):
            continue
        mentions = tuple(names.find(sentence.text))
        if not mentions:
            continue
        yield Passage(source_id, sentence.line, sentence.start, sentence.end, sentence.text, mentions, day, year, span)
