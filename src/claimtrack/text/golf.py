"""Golf's scores, read in a sentence of golf (told by the sentence or its source): counts of ``stroke``.

- A round, "shot a sterling 65", "carded a 68", "settled for a 67", "a final-round 66", "a round of 64": the
  strokes of it (a round of golf takes 55 to 95).
- A score against par, "9-under-par", "two over par": ``stroke under par`` or ``stroke over par``; a total after it,
  "9-under-par 275", or "a 72-hole total of 275": strokes.
- One stroke written in words, "one shot behind", "a one-stroke lead": 1 (other numbers of strokes are counts
  of their own: "a two-shot victory").
Near misses: "a 4-foot putt", "the par-4 ninth" (a hole's par, a label), "No. 12" (a hole), "shot 65 photos" (a
noun follows), and the same words in any other sport.
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_FOLLOWS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in|on|to|after|before|for|and|with|as|while|that|which|when|despite|including"
    r"|the|a|an|his|her|their|its|but|or|Sunday|Saturday|Friday|Thursday)\b)"
)
_ROUND = re.compile(
    r"\b(?:shot|shoots|shooting|carded|cards|carding|fired|fires|firing|signed for|settled for|posted|posts"
    r"|closed with|opened with|finished with|returned)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?P<n>\d{2})\b(?![-\w%/]|[.,]\d)"
    rf"{_FOLLOWS}"
    r"|\b(?:(?:final|closing|opening|first|second|third|fourth)-round|round of)\s+(?P<m>\d{2})\b(?![-\w%/]|[.,]\d)",
    re.IGNORECASE,
)
_PAR = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(_WORDS)})(?:-(?P<side>under|over)(?:-par)?|\s+(?P<side2>under|over)[- ]par)\b"
    r"(?:\s+(?P<total>\d{3})\b(?![-\w%/]|[.,]\d))?",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:\d{2}-hole\s+)?total\s+of\s+(?P<t>\d{3})\b(?![-\w%/]|[.,]\d)", re.IGNORECASE)
_ONE = re.compile(r"\b(?P<n>one)[- ](?:shot|stroke)s?\b(?![-\w])", re.IGNORECASE)


def golf_numbers(sentence: str, sport: str | None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The rounds, scores against par, totals and single strokes of a sentence of golf (see the module)."""
    if sport != "golf":
        return []
    found: list[ScoreNumber] = []
    for match in _ROUND.finditer(sentence):
        group = "n" if match["n"] is not None else "m"
        if 55 <= int(match[group]) <= 95:
            found.append(_number(match, group, int(match[group]), "stroke", f"a round of {match[group]} strokes"))
    for match in _PAR.finditer(sentence):
        side = (match["side"] or match["side2"]).lower()
        value = _WORDS.get(match["n"].lower()) or int(match["n"])
        found.append(_number(match, "n", value, f"stroke {side} par", f"{value} strokes {side} par"))
        if match["total"] is not None:
            found.append(_number(match, "total", int(match["total"]), "stroke", f"a total of {match['total']} strokes"))
    for match in _TOTAL.finditer(sentence):
        found.append(_number(match, "t", int(match["t"]), "stroke", f"a total of {match['t']} strokes"))
    for match in _ONE.finditer(sentence):
        found.append(_number(match, "n", 1, "stroke", "one stroke"))
    return [n for n in found if taken is None or taken.find(1, n.start, n.end) < 0]


def _number(match: re.Match[str], group: str, value: int, unit: str, note: str) -> ScoreNumber:
    return ScoreNumber(*match.span(group), value, unit, "count", None, note, match.span(group))
