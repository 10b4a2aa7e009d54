"""A part named by a pronoun counts what its whole counts: "He played 22 games, 12 of them as a starter" is 12
games, "More than 30 boats sank, 12 of which were ferries" 12 boats.

The whole is the nearest quantity before the part, in the same sentence, of its kind that counts a noun; a plural
right after the pronoun is the part's own noun ("About 50 passengers, 12 of them children": children). Near
misses: a number with no pronoun after it ("the Lakers won 12 of 13" is left to the sports readers), a whole
that counts nothing or another kind of thing ("$5 million, 2 of which was cash").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.text.carried_bounds import Quantity
from claimtrack.text.stems import singular

_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b(?:\s+(?P<own>[a-z]+)\b)?", re.IGNORECASE)


def nouns_of_parts(sentence: str, quantities: Sequence[Quantity]) -> list[tuple[str, ...]]:
    """The nouns each of ``quantities`` (in the order of the sentence) counts: its own, or, for a part named by
    "of them" that counts none, those of the quantity before it that counts some."""
    nouns: list[tuple[str, ...]] = []
    for index, quantity in enumerate(quantities):
        own = quantity.nouns
        part = None if own else _OF_THEM.match(sentence, quantity.end)
        if part is not None and part["own"] and singular(part["own"]) != part["own"].lower():
            own = (singular(part["own"]),)  # "12 of them children"
        elif part is not None:
            wholes = [q.nouns for q in quantities[:index] if q.nouns and q.kind == quantity.kind]
            own = wholes[-1] if wholes else own
        nouns.append(own)
    return nouns
