"""Whom a value is about when its own words say so, before the sentence's opening or the sentence before:

- an age set off by commas after a name is the name's ("Anna Berg, 45, said", "said Singh Lund, 24, from
  Oster"), even when the name speaks, and so is one written before it ("killed 42-year-old Tom Reed");
- a clause of its own with a name as its subject ("They were close to a deal when President Lund scuttled the
  talks in September", "It is for that reason that NASA on Monday enlisted 14 firms"): the name, not what the
  opening pronoun stands for;
- an age of somebody the sentence does not name ("shot a 42-year-old man") is a person to name, not a name
  nearby;
- a quotation in the first person ("“I boarded a flight on May 15”") is about who speaks: the speaker the
  sentence names, else the one the sentence before was about (whom "said Singh Lund, 24" made its subject);
- a time opening the sentence ("The next year", "That night", "The following day") is no description of an
  entity: the sentence's names are looked at as if it opened with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from claimtrack.drafting.speakers import VERBS_AFTER

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
    """The name an age written at ``at`` belongs to: the one right before ", " or " (" ("Anna Berg, 45,"), or
    right after "-year-old" ("killed 42-year-old Tom Reed")."""
    year_old = re.match(r"\d{1,3}-year-old\s+", sentence[at:])
    if year_old is not None:
        return next((n for n in named if n.start == at + year_old.end()), None)
    if not _AGE_AFTER_NAME.match(sentence[at:]):
        return None
    before = re.search(r"(?:, |\s\()$", sentence[:at])
    if before is None:
        return None
    return next((n for n in named if n.end == before.start()), None)


def unnamed_age(sentence: str, at: int, named: Sequence[Named]) -> str | None:
    """The description of somebody an age at ``at`` belongs to whom the sentence does not name ("42-year-old
    man" of "shot a 42-year-old man"): an indefinite article, the age and a word in small letters that no name
    follows; None otherwise."""
    before = re.search(r"(?:^[\"“‘(]?|(?<![,(])\s)(?:A|An|a|an)\s+$", sentence[:at])  # not "Lund, a 42-year-old,"
    described = re.match(r"\d{1,3}-year-old(?:\s+[a-z]+)?", sentence[at:])
    if before is None or described is None:
        return None
    end = at + described.end()
    if any(end < n.start <= end + 1 for n in named):
        return None  # "a 42-year-old Tom Reed"
    return described.group()


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


_OPENING_QUOTE = re.compile(r"\s*[“\"]([^”\"]*)")
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|my|me)\b")


def first_person(sentence: str, at: int, named: Sequence[Named]) -> bool:
    """The value at ``at`` is in a quotation opening the sentence, in a part of it (after its last comma or full
    stop) whose subject is "I": no name is the subject of a verb there ("“I think Oster will sell 5 cars”" is
    Oster's). At 0, whether the sentence opens with a quotation in the first person."""
    quote = _OPENING_QUOTE.match(sentence)
    if quote is None or at > quote.end():
        return False
    if at == 0:
        return _FIRST_PERSON.search(quote.group(1)) is not None
    part_start = max((m.end() for m in re.finditer(r"[.,;:!?]\s", sentence[:at])), default=quote.start(1))
    part = sentence[part_start:at]
    person = _FIRST_PERSON.search(part)
    if person is None:
        return False
    for name in named:
        if part_start + person.start() < name.start < at:
            following = sentence[name.end :].split()[:1]
            if following and (following[0] in VERBS_AFTER or re.fullmatch(r"[a-z]{3,}(?:ed|s)", following[0])):
                return False
    return True
