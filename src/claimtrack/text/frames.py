"""A time as the frame of a comparison: "the hottest day this summer", "its biggest drop so far this year", "the
best month this season" compare within the span, they do not date anything, as "the year's best" does not (the
gold annotates none of them). The date reader reads the whole phrase first and gives it no date, so "this summer"
there is no season; "the hottest day since 2010" (an open interval), "the hottest day on Wednesday" and "the
latest figures this year" (no superlative) are read as before.
"""

from __future__ import annotations

import re

FRAME = re.compile(
    r"\b(?!(?:west|interest|forest|test|latest|rest|protest|request|honest|suggest|harvest|arrest|contest|invest"
    r"|digest|guest|chest|nest|quest|pest|vest|manifest)\b)"
    r"(?:[a-z]{3,}est|best|worst|most [a-z]+|least [a-z]+)\s+(?:[a-z]+\s+){0,2}(?:so far\s+)?"
    r"(?:this|last) (?:year|summer|winter|spring|autumn|fall|season|month|week)\b",
    re.IGNORECASE,
)
"""A superlative and the span it compares within."""


def frame(match: re.Match[str], reading: object) -> tuple[str, str | None] | None:
    """No date: the words compare within a span (``FRAME``), so the phrase is read and left undated."""
    del match, reading
    return None
