"""A number written twice side by side, in words and in digits: one value, counting the noun after both.

Legal and official prose writes a number in words and then in digits in brackets ("forty-three thousand four
hundred and forty-seven (43,447) stay over visitors", "four (4) size options"), or the other way round ("12
(twelve) months"): one value, with the noun written after the brackets. Near misses that stay two values: a
number and another in brackets ("about 2,300 tons (2,095 metric tons)", a restatement in other units, kept by
``carried_bounds``), a reference ("three studies (4)") and two numbers that differ ("five (6)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.text.counted_nouns import counted_words
from claimtrack.text.quantity_mentions import QuantityMention
from claimtrack.text.stems import singular

_OPEN = re.compile(r"\s*\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def written_once(sentence: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The ``mentions`` (in the order of the sentence) with each number written again in brackets right after it
    (in digits after words, or in words after digits) made one, counting what follows the brackets."""
    found: list[QuantityMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        close = None if second is None else _CLOSE.match(sentence, second.end)
        if second is None or close is None or not _twice(sentence, first, second):
            found.append(first)
            index += 1
            continue
        words, _ = counted_words(sentence, close.end())
        nouns = tuple(singular(w) for w in words) or first.nouns or second.nouns
        noun = nouns[-1] if nouns else None
        found.append(replace(first, noun=noun, nouns=nouns) if first.noun is None else first)
        index += 2
    return found


def _twice(sentence: str, first: QuantityMention, second: QuantityMention) -> bool:
    """``second`` is ``first`` again, in brackets right after it, in the other way of writing numbers."""
    if _OPEN.match(sentence[first.end : second.start]) is None or first.value != second.value:
        return False
    return first.text[-1:].isdigit() != second.text[-1:].isdigit() and second.noun is None
