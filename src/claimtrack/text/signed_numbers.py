"""Numbers below zero, one value with its sign: a number after "negative" or "minus" ("a head wind of negative 2.2
metres per second" is -2.2, "minus 15 degrees" -15), and a wind reading written with its sign ("23.91 seconds
(-2.6m/s)", "(+1.2 m/s)"), in ``metre per second``. A dash between numbers stays a range or a score ("3-5"), and a
ticker's "-5.44%" is left as it was (a page's table, no sentence's claim).
"""

from __future__ import annotations

import re

from claimtrack.text.counted_nouns import counted_words
from claimtrack.text.quantity_mentions import QuantityMention
from claimtrack.text.stems import singular

_WORDED = re.compile(r"\b(?:negative|minus)\s+(?P<n>\d+(?:\.\d+)?)\b(?![.,]\d)", re.IGNORECASE)
_WIND = re.compile(r"(?<=[(\s])(?P<sign>[-−+])(?P<n>\d+(?:\.\d+)?)\s?(?:m/s|mps)\b")
_PER_SECOND = re.compile(r"\s*(?:m/s|mps|met(?:re|er)s?\s+(?:per|a)\s+seconds?)\b", re.IGNORECASE)
_SPEED = "metre per second"


def signed_numbers(sentence: str) -> list[QuantityMention]:
    """The numbers below zero of ``sentence`` (and a wind reading's "+1.2 m/s"): see the module."""
    found: list[QuantityMention] = []
    for match in _WORDED.finditer(sentence):
        number = -float(match["n"])
        per_second = _PER_SECOND.match(sentence, match.end())
        nouns = (_SPEED,) if per_second else tuple(singular(w) for w in counted_words(sentence, match.end())[0])
        found.append(_mention(match, number, nouns))
    for match in _WIND.finditer(sentence):
        number = float(match["n"]) * (1 if match["sign"] == "+" else -1)
        found.append(_mention(match, number, (_SPEED,)))
    return found


def _mention(match: re.Match[str], number: float, nouns: tuple[str, ...]) -> QuantityMention:
    value = {"exactly": int(number) if number.is_integer() else number}
    return QuantityMention(match.start(), match.end("n"), match.group()[: match.end("n") - match.start()], value,
                           nouns[-1] if nouns else None, nouns)  # fmt: skip
