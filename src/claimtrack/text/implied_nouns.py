"""What a number counts when the sentence says it without a noun after the number: a reader supplies it.

- A count of people by what befell them, as headlines write it: "At least seven killed", "30 injured", "two
  dead", "12 were arrested" count people (``person``).
- A unit written short: "a 43-yr sentence" counts years, "a 3-hr delay" hours.
- A number the clause says is "the number of" a thing ("The number of rental transactions fell from 12,335 to
  12,006": transactions), a population ("the town's population grew from 7,800 to 9,900": people) or an index's
  level ("the price index rose from 130.8 to 130.9": points, as the gold sets name it).
- A price of one currency in another ("The rupee closed at 62.15 per dollar": INR per USD).

Only a count with no noun of its own changes; near misses stay bare: a number with its noun ("seven people
killed" counts people already), "killed 3 and injured 30" (the verb before the number: the elided noun is
``elided_nouns``'), "the number of" after the number ("12, the number of seats"), and a rate per another unit
than a currency ("62 per game").
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.text.quantity_mentions import QuantityMention
from claimtrack.text.quantity_words import CURRENCY_NOUNS
from claimtrack.text.stems import singular

_BEFELL = re.compile(
    r"\s+(?:(?:were|are|was|have\s+been|had\s+been|feared|confirmed|reported|left|now)\s+)?"
    r"(?:killed|dead|died|injured|wounded|hurt|missing|drowned|arrested|detained|rescued|evacuated|displaced"
    r"|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
_BEFALLEN = frozenset(
    [
        "killed",
        "dead",
        "died",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "drowned",
        "arrested",
        "detained",
        "rescued",
        "evacuated",
        "displaced",
    ]
)
_SHORT = {"yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "wk": "week", "wks": "week", "mo": "month"}
_NUMBER_OF = re.compile(r"\b(?i:the|a|its|their)\s+(?:total\s+)?number\s+of\s+(?:(?:[a-z-]+)\s+){0,2}?([a-z-]+s)\b")
_POPULATION = re.compile(r"\bpopulation\b", re.IGNORECASE)
_INDEX = re.compile(r"\bindex\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|which|who)\b")
_CURRENCY_NAMED = re.compile(r"\b(" + "|".join(sorted(CURRENCY_NOUNS, key=len, reverse=True)) + r")s?\b", re.I)


def implied_nouns(sentence: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The ``mentions`` of the sentence, each bare count given the noun the sentence implies for it."""
    return [_implied(sentence, m) for m in mentions]


def _implied(sentence: str, mention: QuantityMention) -> QuantityMention:
    if mention.noun in _SHORT:
        unit = _SHORT[mention.noun]
        return replace(mention, noun=unit, nouns=(*mention.nouns[:-1], unit))  # "a 43-yr sentence"
    if mention.kind == "count" and mention.noun in _BEFALLEN and _BEFELL.match(sentence, mention.end):
        return replace(mention, noun="person", nouns=("person",))  # "nine killed as storm hits": no noun "killed"
    if mention.noun is not None or mention.kind != "count":
        return mention
    if mention.per_unit is not None:
        return _exchange_rate(sentence, mention)
    noun = None
    if _BEFELL.match(sentence, mention.end):
        noun = "person"  # "At least seven killed"
    else:
        before = _clause_before(sentence, mention.start)
        counted = _NUMBER_OF.search(before)
        if counted is not None:
            noun = singular(counted[1])  # "the number of rental transactions … from 12,335"
        elif _POPULATION.search(before):
            noun = "person"
        elif _INDEX.search(before):
            noun = "point"
    return mention if noun is None else replace(mention, noun=noun, nouns=(noun,))


def _clause_before(sentence: str, at: int) -> str:
    """The words of the clause before ``at``: from the last clause's end before it."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    return sentence[ends[-1] if ends else 0 : at]


def _exchange_rate(sentence: str, mention: QuantityMention) -> QuantityMention:
    """ "The rupee closed at 62.15 per dollar": a price in the currency the sentence names, per the other one."""
    per = CURRENCY_NOUNS.get((mention.per_unit or "").lower())
    if per is None:
        return mention
    named = [CURRENCY_NOUNS[m[1].lower()] for m in _CURRENCY_NAMED.finditer(sentence, 0, mention.start)]
    priced = next((code for code in reversed(named) if code != per), None)
    if priced is None:
        return mention
    return replace(mention, noun=priced, nouns=(priced.lower(),), kind="money", currency=priced, per_unit=per)
