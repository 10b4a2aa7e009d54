"""Mixed numbers: a whole number and a fraction, one value ("12 1/2 feet" is 12.5 feet, "1 1/2 cups" 1.5, "3½
miles" 3.5), with its bound and the noun it counts as any number has. A fraction alone ("1/4 cup", "a 6/8 feel")
stays no quantity, and so do a date ("11/19/2019") and a score or a ratio ("3/20").
"""

from __future__ import annotations

import re

from claimtrack.text.counted_nouns import counted_words
from claimtrack.text.quantity_bounds import bound_before
from claimtrack.text.quantity_mentions import QuantityMention
from claimtrack.text.stems import singular

_MIXED = re.compile(
    r"(?<![\d/.,:-])(?P<whole>\d{1,4})(?:\s+|-)(?P<top>\d{1,2})/(?P<bottom>2|3|4|8|16|10|100)(?![\d/])"
    r"|(?<![\d/.,:-])(?P<whole2>\d{1,4})\s?(?P<glyph>[½¼¾⅓⅔⅛])"
)
_GLYPHS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}


def mixed_numbers(sentence: str) -> list[QuantityMention]:
    """The mixed numbers of ``sentence``, each one quantity: see the module."""
    found: list[QuantityMention] = []
    for match in _MIXED.finditer(sentence):
        if match["glyph"] is not None:
            number = int(match["whole2"]) + _GLYPHS[match["glyph"]]
        elif int(match["top"]) < int(match["bottom"]):
            number = int(match["whole"]) + int(match["top"]) / int(match["bottom"])
        else:
            continue
        words, _ = counted_words(sentence, match.end())
        nouns = tuple(singular(word) for word in words)
        bound, start = bound_before(sentence, match.start())
        value = {bound: round(number, 3)}
        text = sentence[start : match.end()]
        found.append(QuantityMention(start, match.end(), text, value, nouns[-1] if nouns else None, nouns))
    return found
