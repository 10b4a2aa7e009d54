"""Which way from the publication a date without its own year or week lies, read from its own clause.

A weekday, a bare month, a season or a quarter named by its month ("the December quarter") has no year or week
of its own; a careful reader takes it from the tense and modality of the clause it dates, against the publication
day, in this order:

1. "since" before it looks back, always: "has been rising since May", "its fourth hike since March" (the latest
   such month at or before the publication); so does a run that "stretches back to" or "goes back to" it.
2. A forecast's participle after "with" looks ahead ("with snow expected through Thursday"); else the verb nearest
   before it, or the one right after it, when that verb tells (``tense``): "said on Tuesday",
   "was destroyed on Wednesday" (past), "will open on Friday", "opens on Friday" (ahead).
3. The clause plans or forecasts (``clauses``: "is forecast to", "are possible", "expects … to") or a modal
   stands before its verb ("should ease by Thursday"): ahead.
4. A verb in the past anywhere in the clause before the date, or among the few words after it: past ("prompted
   the bank to raise rates by 50 points in September", "inflation eased to 10 per cent in December from 12 per
   cent in November").
5. A deadline or an onset before it, in a clause with no verb in the past: ahead ("the road stays shut until
   Friday", "the toll applies with effect from Monday").
6. Nothing tells: no direction, and each kind keeps its default (a weekday the last one before the publication,
   a bare month the publication's year).

The publication day's own weekday is the publication day whatever the direction (``relative_days``).
"""

from __future__ import annotations

import re
from typing import Literal

from claimtrack.text.clauses import Clause, clause_bounds, looks_ahead
from claimtrack.text.date_direction import modal_ahead
from claimtrack.text.story_years import past_after
from claimtrack.text.tense import is_past_word, tense_before

Direction = Literal["past", "ahead"]

_SINCE = re.compile(
    r"\b(?:since|(?:stretch(?:es|ed|ing)?|go(?:es|ing)?|went|gone|extend(?:s|ed|ing)?) back to)\s+"
    r"(?:(?:the|early|mid|late|mid-)\s*)?$",
    re.IGNORECASE,
)
"""Before a date, "since" or a run that "stretches back to" it: from then on."""
_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|through|by|no later than|with effect from|effective(?: from| on)?)\s+$", re.IGNORECASE
)
"""A deadline or an onset, in a clause with no verb in the past: "stays shut until Friday", "applies with effect
from Monday" lie ahead."""
_WITH_FORECAST = re.compile(
    r"\bwith\b[^,;.]{0,60}\b(?:expected|forecast|predicted|projected|likely)\b[^,;.]{0,40}$", re.IGNORECASE
)
"""A forecast in a phrase of "with" ("with up to 2 feet of snow expected in some areas through Thursday"): its
participle is no past."""
_STATE = frozenset(["be", "stay", "stays", "remain", "remains", "seem", "seems", "become", "becomes", "get", "gets"])
"""Words before a participle that make it a state, no past: "to be signed", "stays shut"."""
_REACH = 200
"""How many characters around a date its clause's verbs are read in."""
_WORD = re.compile(r"[A-Za-z’']+")
_NOT_PAST_HERE = frozenset(["will", "shall", "’ll", "'ll", "would", "is", "are", "am", "being"])
"""Words that make the clause's participles no past: "will be held", "is scheduled", "are being built"."""


def since_before(sentence: str, start: int) -> bool:
    """ "since" stands right before the date at ``start`` ("since May", "since the mid-1950s"), or a run that
    "stretches back to" it ("a record at home which stretches back to February 2019")."""
    return _SINCE.search(sentence, max(0, start - 30), start) is not None


def direction(sentence: str, clause: Clause, start: int, end: int) -> Direction | None:
    """Which way the date written at ``start``..``end`` lies from the publication, ``clause`` being the clause
    that holds it (``clauses``: its modality); None when nothing in its clause tells. The verbs are read in the
    clause as conjunctions and punctuation cut it, whose verb a date after "until" or "to" still dates ("nobody
    saw it until Friday", "crews were told to finish by Monday")."""
    if since_before(sentence, start):
        return "past"
    if _WITH_FORECAST.search(sentence, max(0, start - 100), start):
        return "ahead"
    window = max(0, start - _REACH)  # a long sentence's every date reads a few words, never all of it
    first, last = clause_bounds(sentence[window : end + _REACH], start - window)
    first, last = max(window, min(window + first, clause.start)), max(window + last, min(clause.end, end + _REACH))
    tense = tense_before(sentence, first, start, end)
    if tense is not None:
        return tense
    if looks_ahead(clause) or modal_ahead(sentence, clause.start, start):
        return "ahead"
    if _past_in_clause(sentence, first, start) or past_after(sentence, end, last):
        return "past"
    if _BOUND_BEFORE.search(sentence, max(0, start - 30), start):
        return "ahead"
    return None


def _past_in_clause(sentence: str, start: int, at: int) -> bool:
    """A verb in the past stands in the clause before ``at`` (a capitalised word is a name's, never the verb;
    "will be held" is a plan's)."""
    words = [
        word[0].lower()
        for word in _WORD.finditer(sentence, start, at)
        if not (word[0][0].isupper() and word.start() > start)
    ]
    if any(word in _NOT_PAST_HERE for word in words):
        return False
    return any(
        is_past_word(word) and (index == 0 or words[index - 1] not in _STATE) for index, word in enumerate(words)
    )
