"""A sentence's clauses, and how each puts what it says: done, planned, forecast, reported, or denied.

A sentence is cut into clauses at semicolons, at a comma or dash before a
conjunction ("…, and it will…", "…, but…", "…, while…"), and before "that",
"which" and "who" ("signed a deal on Tuesday that will reopen the link": the
signing is done, the reopening planned). In a
clause, cue words decide, the strongest first: a negation makes a denial,
words of intent or schedule a plan ("will", "plans to", "is expected to"),
words of likelihood a forecast. Attribution ("said", "according to",
"allegedly", "accused of") is the whole sentence's: "the port bought 12
boats and will buy 20 more, the minister said" reports the purchase and
plans the rest. A clause with no cue of its own, in a sentence with no
attribution, asserts.

Dates use the same reading: a weekday or a bare month in a planned or
forecast clause lies ahead of the publication, not behind it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from claimtrack.model.claims import Modality

_CUT = re.compile(
    r";\s*|[,–—]\s+(?=(?:and|but|while|whereas|although|though|which|who|yet|or)\b)|\s+(?=(?:but|whereas|that|which|who)\s)",
    re.IGNORECASE,
)
_CLAUSE_CUES: list[tuple[Modality, re.Pattern[str]]] = [
    (
        Modality.DENIED,
        re.compile(
            r"\b(?:did not|didn[’']t|does not|doesn[’']t|do not|don[’']t|has not|hasn[’']t|have not|haven[’']t"
            r"|had not|was not|wasn[’']t|were not|weren[’']t|is not|isn[’']t|are not|aren[’']t|never|denied"
            r"|denies|deny|rejected (?:reports|claims)|no longer)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Modality.PLANNED,
        re.compile(
            r"\b(?:will|won[’']t|shall|plans? to|planned|planning to|intends? to|intention to|(?:is|are|was|were)"
            r" expected to|scheduled|set to|is to|are to|aims? to|going to|to be held|roadmap|would|upcoming)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Modality.PREDICTED,
        re.compile(
            r"\b(?:is likely to|are likely to|likely|could|may|might|forecasts?|predicts?|projected|estimates? that)\b"
        ),
    ),
]
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reportedly|reported|claimed|announced|stated|quoted|allegedly"
    r"|alleged|accused of|accuses|accusing)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    modality: Modality
    cue: str | None
    """The words that decided the modality; None for an assertion."""


class Clauses:
    """The clauses of one sentence, to ask the modality at any place in it (in logarithmic time)."""

    def __init__(self, sentence: str) -> None:
        attribution = _ATTRIBUTION.search(sentence)
        self.clauses: list[Clause] = []
        start = 0
        for cut in (*_CUT.finditer(sentence), None):
            end = len(sentence) if cut is None else cut.start()
            self.clauses.append(_clause(sentence, start, end, attribution))
            start = len(sentence) if cut is None else cut.end()
        self._starts = [clause.start for clause in self.clauses]

    def at(self, position: int) -> Clause:
        """The clause holding ``position`` (a character of the sentence)."""
        return self.clauses[max(0, bisect_right(self._starts, position) - 1)]


def _clause(sentence: str, start: int, end: int, attribution: re.Match[str] | None) -> Clause:
    for modality, pattern in _CLAUSE_CUES:
        match = pattern.search(sentence, start, end)
        if match:
            return Clause(start, end, modality, match.group())
    if attribution is not None:
        return Clause(start, end, Modality.REPORTED, attribution.group())
    return Clause(start, end, Modality.ASSERTED, None)


def looks_ahead(clause: Clause) -> bool:
    """The clause plans or forecasts: its weekdays and bare months lie after the publication."""
    return clause.modality in (Modality.PLANNED, Modality.PREDICTED)
