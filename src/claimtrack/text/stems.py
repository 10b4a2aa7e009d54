"""Words as drafting and the linked-passages rule compare them: the words that carry no content of their
own (left out when a sentence's words are matched with a property's, and when the noun after a number is
taken as its unit), a noun's singular, and the stems a sentence's words are matched by."""

from __future__ import annotations

import re

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


def singular(word: str) -> str:
    """A plural noun's singular, for the regular English endings (a unit is compared with a property's)."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "ches", "shes", "xes")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return lower[:-1]
    return lower


def word_stems(text: str) -> set[str]:
    """The first five letters of each word that is not a stop word, in the singular: "ratified" meets "ratification"."""
    return {singular(w)[:5] for w in WORD.findall(text.lower()) if w not in FUNCTION_WORDS and len(w) > 2}
