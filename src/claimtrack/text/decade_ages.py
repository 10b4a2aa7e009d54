"""Ages given by their decade: "women in their mid-50s" are 54 to 56 years old, "a man in his early thirties" 30 to
33, "in her late 20s" 27 to 29, "in their 40s" 40 to 49.

A part of a decade is a third of its ten years, as a part of a year is a third of its months (the gold set's
conventions): early (or lower) the first four, mid the middle three, late (or upper, high) the last three. Only after
"in" and a possessive ("in their", "in his"), which make it a person's age; a decade of the calendar ("the late 60s",
"in the mid-90s") and a level ("polls in the high forties") are no age, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TENS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80,
    "nineties": 90,
}  # fmt: skip
_PARTS = {"early": (0, 3), "lower": (0, 3), "mid": (4, 6), "late": (7, 9), "upper": (7, 9), "high": (7, 9)}
_DECADE_AGE = re.compile(
    r"\bin\s+(?:their|his|her|my|our|your)\s+(?:(?P<part>early|lower|mid|late|upper|high)[- ]?)?"
    rf"(?P<decade>[2-9]0['’]?s|{'|'.join(_TENS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DecadeAge:
    """An age given by its decade: where its words are, and the years it spans."""

    start: int
    end: int
    low: int
    high: int


def decade_ages(sentence: str) -> list[DecadeAge]:
    """Every age of ``sentence`` given by its decade ("in their mid-50s": 54 to 56)."""
    found = []
    for match in _DECADE_AGE.finditer(sentence):
        written = match["decade"].lower()
        tens = _TENS.get(written) or int(written[:2])
        first, last = _PARTS[match["part"].lower()] if match["part"] else (0, 9)
        start = match.start("part") if match["part"] else match.start("decade")
        found.append(DecadeAge(start, match.end(), tens + first, tens + last))
    return found
