"""What reading one sentence of a source carries to the next: the subject it was about and the names it gave
(``Context``), and a sentence's subject as read (``Subject``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from claimtrack.drafting.candidates import EntityCandidate
from claimtrack.model.vocabulary import EntityKind


@dataclass(frozen=True)
class Subject:
    """A sentence's subject: an entity's id, the candidate when the vocabulary lacks it, and how it was read."""

    id: str
    candidate: EntityCandidate | None = None
    note: str | None = None
    label: str = ""
    kind: EntityKind | None = None
    standby: bool = False
    """Named only by a byline or a credit line before the story names anything: what a sentence naming nothing
    is filed under for want of better, never what a pronoun stands for (``drafting.page_lines``)."""


RECENT = 12
"""How many names back a definite description looks."""


@dataclass(frozen=True)
class Context:
    """What reading a sentence takes from the rest of its source."""

    previous: Subject | None = None
    """The subject of the sentence before."""
    elsewhere: frozenset[str] = frozenset()
    """Names the source writes capitalised inside a sentence (``candidates.names_inside``)."""
    recent: tuple[Subject, ...] = ()
    """What the last sentences named, the latest first: "The show" is the last named show."""
    sport: str | None = None
    """The sport the source's names tell (``text.sports.sport_of``): a result's unit ("2-0" in goals on a page
    naming UEFA)."""
    kinds: Mapping[str, EntityKind] = field(default_factory=dict, compare=False)
    """The kind of each name of the source (``candidates.source_kinds``): one per name, whichever sentence
    names it."""

    def after(self, subject: Subject | None, named: list[Subject]) -> Context:
        """The context of the next sentence, once this one has named ``named`` and was about ``subject``."""
        recent = tuple(dict.fromkeys([*reversed(named), *self.recent]))[:RECENT]
        return Context(subject or self.previous, self.elsewhere, recent, self.sport, self.kinds)


NO_CONTEXT = Context()
"""A sentence read alone."""
