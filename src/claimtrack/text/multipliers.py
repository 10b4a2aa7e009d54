"""Multiples: a number of times another amount, a quantity whose unit is ``times``.

"18 times the number of tuft cells", "nine times higher than the expected rate", "10 times as many cases",
"2.5 times greater than", "three times that of 2018", "over 10 times more calories" (its bound is the
number's). The number counts how many times, not what follows: "10 times as many cases" is 10 ``times``, no
count of cases.

Near misses keep their reading: "three times" alone, "three times that week" and "three times the following
year" count occasions (``time``), and "twice" is read by ``occasions``.
"""

from __future__ import annotations

import re

_WHEN = r"(?:week|day|month|year|night|morning|evening|afternoon|season|game|match|time|weekend)s?"
_MULTIPLE = re.compile(
    r"\s+times\s+(?:"
    r"as\b|(?:more|less|fewer|higher|lower|larger|bigger|greater|faster|slower|smaller|longer|wider|heavier"
    r"|stronger|cheaper|likelier|costlier|deadlier|worse|better)\b|\w+er\s+than\b"
    rf"|the\s+(?!(?:following|previous|past|next|last|first|same|{_WHEN})\b)"
    rf"|that\s+(?!{_WHEN}\b)|what\b|those\s+of\b"
    r")",
    re.IGNORECASE,
)
UNIT = "times"
"""The unit of a multiple, as the gold set's conventions name it ("nine times higher": 9 ``times``)."""


def multiple_ends(sentence: str, end: int) -> int | None:
    """Where the word "times" ends when the number ending at ``end`` is a multiple of another amount, or
    None."""
    found = _MULTIPLE.match(sentence, end)
    return None if found is None else sentence.index("times", end, found.end()) + len("times")
