"""A game's score at a moment, after the words that set it, in a sentence of a sport (told by the sentence or its
source): each number a count of the sport's unit (``sports.SCORE_UNITS``).

- A tie written as one number: "tied it at 3", "knotted the game at 1", "levelled it at 2" (the number both sides
  had), "knot it at 103-all", "it was 2-all" ("N-all": N each).
- A pair that moved the score: "cut it to 110-109", "made it 2-0", "pulled within 88-85", "cut the deficit to
  3-2", "stretched the lead to 14-6": the two sides' numbers, as written.
Near misses: "tied it at the death" (no number), "cut costs to 20-25 percent" (no game's words), any of these with no
sport told ("made it 3-2 in the vote").
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber
from claimtrack.text.sports import SCORE_UNITS

_TIED = re.compile(
    r"\b(?:tied|ties|tying|tie|knotted|knots?|knotting|levell?ed|levels?|evened|evens?|drew|draw)\s+"
    r"(?:it|things|the\s+(?:game|score|match|contest|series))\s+(?:up\s+)?at\s+"
    r"(?P<n>\d{1,3})(?:[-–]all\b)?(?![-–]\d|[\w%.,]\d|\s*(?:%|percent\b))"
    r"|\b(?:it|the\s+score)\s+(?:was|is|stood|stands)\s+(?P<m>\d{1,3})[-–]all\b",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?:cut|cuts|cutting|made|makes|making|make|pulled|pulls|pulling|brought|brings|trimmed|trims|narrowed"
    r"|narrows|stretched|stretches|extended|extends|push(?:ed|es)?)\s+"
    r"(?:it|the\s+(?:lead|deficit|margin|gap|score|advantage)|their\s+(?:lead|deficit)|to)\s+(?:to\s+(?:within\s+)?|within\s+)?"
    r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w%/]|[.,:]\d|\s?[-–]\s?\d)(?!\s+(?:percent|per\s+cent|[a-z]+s)\b)",
    re.IGNORECASE,
)


def score_states(sentence: str, sport: str | None = None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The ties and the moved scores of ``sentence`` (outside ``taken``), number by number: see the module."""
    if sport is None or sport == "cricket":
        return []
    unit = SCORE_UNITS.get(sport, "point")
    found: list[ScoreNumber] = []
    for match in _TIED.finditer(sentence):
        group = "n" if match["n"] is not None else "m"
        note = f"a tie: {match[group]} {unit}s each"
        found.append(ScoreNumber(*match.span(group), int(match[group]), unit, "score", None, note, match.span(group)))
    for match in _MOVED.finditer(sentence):
        note = f"a score at a moment: {match['a']} {unit}s to {match['b']}"
        found += [ScoreNumber(*match.span(side), int(match[side]), unit, "score", None, note, match.span(side))
                  for side in "ab"]  # fmt: skip
    return [n for n in found if taken is None or taken.find(1, n.start, n.end) < 0]
