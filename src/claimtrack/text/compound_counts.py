"""Counts written as compound adjectives and counts of one, told from the names and set phrases that look like
them.

A count joined to its noun is a quantity: "22-inch wheels", "a 40-year stagnation", "a luxury four-door GT car"
(an acronym and a common noun after it make a kind of thing, not a product's name as in "the 13-inch MacBook
Pro"), "a one-year contract" (one of a unit of measure). A capitalised word made an adjective by its hyphen
("Turbine-style 22-inch wheels") is no name before the number.

Names and set phrases are none: a capitalised unit of measure before a capitalised word ("the Six-Day War",
"80 Day Obsession"); a compound naming a kind of policy or settlement ("a two-state solution", "the one-child
policy", "a two-party system"); a measure standing for the product it names ("the new 2.0-liter will deliver",
"the new 16-inch is faster": a compound after "the new" with no noun after it).

"One" counts when the words before it stress, bound or list it and a singular noun follows: "only one shot", "just
one problem", "exactly one unit", "at least one explanation", "two sons and one daughter" (after a count, never a
verb or a time: "two missions, one carrying", "two goals, and one day later"), "including one woman", "having one berth", "had one meeting". Elsewhere it is a
pronoun or an article ("one of the", "in one case", "one day", "as one analyst said") and no count; "with one"
is left too ("with one hand", "with one billionaire onstage" are no counts a claim is about). A charge's "one count
of murder" counts, as "two counts of fraud" do (but "by one count", "one count of the ballots" are no charge).
"""

from __future__ import annotations

import re

from claimtrack.text.measures import MEASURES
from claimtrack.text.quantity_words import NOT_A_NAME, NOT_UNITS, WORD_NUMBER
from claimtrack.text.stems import FUNCTION_WORDS, singular

_CAPITAL_UNIT = re.compile(r"[ -]([A-Z][a-z]+)\s+[A-Z]")
"""A capitalised word after the number and a capitalised word after it: "Six-Day War", "80 Day Obsession"."""
_KIND_HEADS = frozenset(["solution", "policy", "system", "doctrine", "formula", "framework"])
"""Nouns after which a compound count names a kind ("a two-state solution"), unless it counts a measure."""
_COMPOUND_HEAD = re.compile(r"-([a-z]+)\s+([a-z]+)\b")
_THE_NEW = re.compile(r"\bthe\s+(?:all-)?new\s+$", re.IGNORECASE)
_COMPOUND_ALONE = re.compile(r"-[a-z]+(?:\s+(\w+)|\s*[,.;:!?)]|$)")
_ACRONYM_THEN_NOUN = re.compile(r"-[a-z]+\s+[A-Z][A-Z0-9]{1,3}\s+([a-z]+)\b")
"""A compound, an acronym and a common noun: "a four-door GT car", "a 6-inch OLED display", "the same 5.0-liter
V8 engine" measure a kind of thing, where "the 13-inch MacBook Pro" measures a product's name."""
_HYPHEN_ADJECTIVE = re.compile(
    r"[A-Z][a-z]+-(?:style|like|based|type|made|sized|size|designed|inspired|shaped|built|owned|backed|led|themed)"
)
_STRESSED_ONE = re.compile(r"\b(?:only|just|exactly|at least|including|having|has|have|had)\s+$", re.IGNORECASE)
_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)*)\b")
_AFTER_A_COUNT = re.compile(
    rf"\b(?:\d[\d,]*|{WORD_NUMBER})\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+s\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I
)
"""A count of a plural noun and a comma or "and" before "one": "two sons and one daughter", "Two county warrants,
one out-of-county warrant" list counts."""
_CHARGE = re.compile(r"\s+count\s+of\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]")
"""After "one", a count of a charge: "one count of manslaughter"."""
_WHEN = frozenset(["day", "night", "morning", "evening", "afternoon", "week", "month", "year", "time", "hour"])
_NOT_COUNTED_ONE = frozenset(["thing", "way", "time", "point", "another", "such", "more", "other", "less"])
_PREPOSITIONS = frozenset(["against", "without", "toward", "towards", "across", "behind", "beyond", "like", "near"])
"""Words after "one" that make it a pronoun or an idiom ("just one thing", "had one more"), not a count."""


def named_measure(sentence: str, start: int, end: int) -> bool:
    """The number from ``start`` to ``end`` is part of a name or a set phrase (see the module's docstring)."""
    capital = _CAPITAL_UNIT.match(sentence, end)
    if capital is not None and singular(capital[1].lower()) in MEASURES:
        return True  # "the Six-Day War", "80 Day Obsession"
    head = _COMPOUND_HEAD.match(sentence, end)
    if head is not None and head[2] in _KIND_HEADS and singular(head[1]) not in MEASURES:
        return True  # "a two-state solution", "the one-child policy"
    alone = _COMPOUND_ALONE.match(sentence, end)
    if alone is not None and _THE_NEW.search(sentence, max(0, start - 16), start):
        word = (alone[1] or "").lower()
        return not word or word in FUNCTION_WORDS or word in NOT_UNITS  # "the new 2.0-liter will deliver"
    return False


def kind_of_thing(sentence: str, end: int) -> bool:
    """The compound ending the number at ``end`` measures a kind of thing, an acronym and a common noun after
    it ("a luxury four-door GT car"), not a product's name ("the 13-inch MacBook Pro")."""
    head = _ACRONYM_THEN_NOUN.match(sentence, end)
    return head is not None and head[1] not in FUNCTION_WORDS and head[1] not in NOT_UNITS


def hyphen_adjective(word: str) -> bool:
    """A capitalised word made an adjective by its hyphen's second part ("Turbine-style", "Apple-designed")
    is no name before a number."""
    return _HYPHEN_ADJECTIVE.fullmatch(word) is not None


def one_counts(sentence: str, start: int, end: int) -> bool:
    """The "one" from ``start`` to ``end`` is a count: joined to a unit of measure ("a one-year contract"), or
    stressed or listed before a singular noun ("only one shot", "including one woman")."""
    joined = re.match(r"-([a-z]+)\b", sentence[end : end + 20])
    if joined is not None:
        return singular(joined[1]) in MEASURES
    if _CHARGE.match(sentence, end):
        return True  # "one count of second degree murder"
    noun = _WORD.match(sentence, end)
    stressed = _STRESSED_ONE.search(sentence, max(0, start - 12), start) is not None
    listed = _AFTER_A_COUNT.search(sentence, max(0, start - 60), start) is not None
    if noun is None or not (stressed or listed):
        return False
    word = noun[1]
    known = (FUNCTION_WORDS, NOT_UNITS, NOT_A_NAME, _NOT_COUNTED_ONE, _PREPOSITIONS)
    plain = all(word not in words for words in known) and not word.endswith(("ly", "self", "selves"))
    verb_or_when = word.endswith(("ing", "ed")) or singular(word) in _WHEN  # "two missions, one carrying"
    return plain and singular(word) == word and not (listed and not stressed and verb_or_when)
