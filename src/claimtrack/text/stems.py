"""Words as drafting and the linked-passages rule compare them: the words that carry no content of their
own (left out when a sentence's words are matched with a property's, and when the noun after a number is
taken as its unit), a noun's singular, and the stems a sentence's words are matched by."""

from __future__ import annotations

import re
from functools import cache

import inflection

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
"""A word as drafting reads one: letters, with apostrophes and hyphens after the first."""

FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "every",
        "for",
        "from",
        "had",
        "has",
        "have",
        "her",
        "his",
        "in",
        "including",
        "into",
        "is",
        "it",
        "its",
        "may",
        "might",
        "of",
        "on",
        "one",
        "or",
        "other",
        "our",
        "over",
        "per",
        "shall",
        "should",
        "since",
        "than",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "to",
        "under",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "would",
        "your",
    ]
)


_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "oxen": "ox",
}  # fmt: skip
"""Plurals by their singular (inflection leaves "feet" and "teeth" as they are)."""
_F_PLURALS = {
    "knives": "knife", "lives": "life", "wives": "wife", "wolves": "wolf", "halves": "half", "shelves": "shelf",
    "leaves": "leaf", "thieves": "thief", "calves": "calf", "loaves": "loaf", "selves": "self", "elves": "elf",
    "scarves": "scarf", "hooves": "hoof", "wharves": "wharf", "sheaves": "sheaf",
}  # fmt: skip
"""The few plurals in -ves of a word in -f or -fe; every other -ves drops its s ("saves", "waves", "drives"),
where inflection's rule would make "safe", "wafe" and "drife"."""


@cache
def singular(word: str) -> str:
    """A plural noun's singular, lower case (a unit is compared with a property's): "people" is ``person``,
    "countries" ``country``, "analyses" ``analysis``. inflection's rules read the plural; a word that does
    not end in -s (but a few irregular plurals) is left as it is, and so is one ending in -ss, -us or -is
    or of three letters ("boss", "virus", "crisis", "gas"), which those rules would cut."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is")) or len(lower) <= 3:
        return lower
    if lower.endswith("ves"):
        return _F_PLURALS.get(lower, lower[:-1])
    return str(inflection.singularize(lower))


def word_stems(text: str) -> set[str]:
    """The first five letters of each word that is not a stop word, in the singular: "ratified" meets "ratification"."""
    return {singular(w)[:5] for w in WORD.findall(text.lower()) if w not in FUNCTION_WORDS and len(w) > 2}
