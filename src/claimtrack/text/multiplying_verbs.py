"""Multiples said by a verb: "tripled the maximum" is 3 ``times``, "to double the lead" 2, "more than double"
more than 2, "prices quadrupled" 4 (the unit of ``multipliers``, as the gold sets name it).

The verb says it when it is one: in the past ("tripled the fee", "sales doubled."), or after "to" or a bound ("to double his
advantage", "more than double than the rival's"), and followed
by what it multiplies, "than" or the clause's end. Near misses that stay silent: "doubled down", "double as
cabins", "doubles as a display" and "the doubles match" (other senses), "a leadoff double" and "a double
entendre" (nouns), "triple-double", "double-digit" and "triple taillights" (adjectives).
"""

from __future__ import annotations

import re

from claimtrack.text.multipliers import UNIT
from claimtrack.text.quantity_bounds import bound_before
from claimtrack.text.quantity_mentions import QuantityMention

_VERB = re.compile(r"\b(?P<root>doubl|tripl|quadrupl)(?P<form>ed|e|ing)\b(?![-‐‑])", re.IGNORECASE)
_FACTOR = {"doubl": 2, "tripl": 3, "quadrupl": 4}
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|its|his|her|their|our|my|your|that|this|these|those|than|what)\b|\s*(?:[.,;:!?]|$)", re.IGNORECASE
)
_LEAD_BEFORE = re.compile(
    r"\b(?:to|more\s+than|nearly|almost|roughly|about|at\s+least|over|than)\s+$",
    re.IGNORECASE,
)
"""Before the verb's base: "to double the lead", "more than triple that figure" (but "will double the lead" of a
goal still to come is left to ``occasions``, which reads no count there)."""
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def with_multiples(sentence: str, mentions: list[QuantityMention], taken: bytearray) -> list[QuantityMention]:
    """The ``mentions`` with each verb of multiplying in ``sentence`` (outside what is ``taken``) added as a number
    of ``times`` where the verb is written, its bound the words' before it ("more than double")."""
    found = []
    for match in _VERB.finditer(sentence):
        start, end = match.span()
        if taken.find(1, start, end) >= 0 or not _OBJECT_AFTER.match(sentence, end):
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue  # read already ("more than double": ``occasions``)
        before = sentence[max(0, start - 16) : start]
        past = match["form"].lower() == "ed" and not _NOUN_BEFORE.search(before)
        if past or _LEAD_BEFORE.search(before):
            bound, at = bound_before(sentence, start)
            value = {bound: _FACTOR[match["root"].lower()]}
            found.append(QuantityMention(at, end, sentence[at:end], value, UNIT, (UNIT,)))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions
