"""Whom a value is about when its own words say so, before the sentence's opening or the sentence before:

- an age set off by commas after a name is the name's ("Anna Berg, 45, said", "said Singh Lund, 24, from
  Oster"), even when the name speaks;
- a clause of its own with a name as its subject ("They were close to a deal when President Lund scuttled the
  talks in September", "It is for that reason that NASA on Monday enlisted 14 firms"): the name, not what the
  opening pronoun stands for;
- a time opening the sentence ("The next year", "That night", "The following day") is no description of an
  entity: the sentence's names are looked at as if it opened with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

_AGE_AFTER_NAME = re.compile(r"\d{1,3}(?=,|\)| and\b| [–—-] |\.?$)")
_CLAUSE_OPENING = re.compile(
    r"\b(?:when|after|before|because|while|until|that|where|whereas|once|if|since)\s+(?=\S*[A-Za-z])"
)
"""A word opening a clause of its own inside the sentence."""
_PREPOSITIONS = frozenset(
    ["in", "at", "to", "from", "by", "of", "for", "with", "on", "into", "near", "against", "about", "told", "than"]
)
TIME_OPENING = re.compile(
    r"[\"“‘(]?(?:The|That|This|Those|These)\s+(?:(?:next|following|same|previous|first|last|whole|entire|"
    r"other)\s+)?(?:day|days|week|weeks|month|months|year|years|night|nights|morning|afternoon|evening|weekend|"
    r"season|decade|century|hour|hours|time)\b(?![’']s)"
)
"""A time opening a sentence: "The next year, the band released...", "That night" (not "The year's budget")."""


class Named(Protocol):
    """A name or a mention of the vocabulary's: where it is written."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


N = TypeVar("N", bound=Named)


def aged(sentence: str, at: int, named: Sequence[N]) -> N | None:
    """The name an age written at ``at`` belongs to: the one right before ", " or " (" ("Anna Berg, 45,")."""
    if not _AGE_AFTER_NAME.match(sentence[at:]):
        return None
    before = re.search(r"(?:, |\s\()$", sentence[:at])
    if before is None:
        return None
    return next((n for n in named if n.end == before.start()), None)


def clause_subject(sentence: str, at: int, named: Sequence[N], speakers: Sequence[Named] = ()) -> N | None:
    """The name that is the subject of the clause of its own the value at ``at`` is in: the first name of the
    clause that is no object of a preposition, no owner ("Oster’s report") and does not speak; None when the
    value's clause has none, or is no clause of its own (a comma or a dash between its opening word and the
    value closes the clause)."""
    openings = list(_CLAUSE_OPENING.finditer(sentence[:at]))
    if not openings:
        return None
    start = openings[-1].end()
    if re.search(r"[,;:—–]|\s-\s", sentence[start:at]):
        return None  # the clause ended before the value: "that Lund performs — a hit — began 10 years ago"
    for name in sorted(named, key=lambda n: n.start):
        if not start <= name.start < at or any(s.start == name.start for s in speakers):
            continue
        previous = sentence[start : name.start].split()[-1:]
        if previous and previous[0].lower() in _PREPOSITIONS:
            continue
        if re.match(r"[’']s\b", sentence[name.end :]):
            continue
        return name
    return None


def opens_with_time(sentence: str) -> bool:
    """The sentence opens with a time ("The next year", "That night"), not with a description."""
    return TIME_OPENING.match(sentence) is not None
