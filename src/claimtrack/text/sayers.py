"""Whether the word before a verb of saying that is also a noun ("says", "claims", "state", "reports") makes it the
verb: a noun in lower case that can say ("trade experts say", "the group state that", "…, the port says"), not a
word that makes it a noun ("the claims", "two critical reports", "media reports", "the state that").
"""

from __future__ import annotations

import re

ALSO_NOUNS = frozenset(
    ["says", "say", "reports", "claims", "states", "notes", "estimates", "finds", "reveals", "state", "claim", "note",
     "estimate"]
)  # fmt: skip
"""Verbs of saying that are nouns as often: verbs after a capitalised name, a pronoun or a comma, or after a
sayer in lower case (``a_sayer``)."""
THAT_OR_END = re.compile(r"\s+that\b|\s*[.,;]?\s*$|\s*,")
"""After such a verb other than "say(s)": "that", or the sentence's end or a comma (it trails its words)."""
_NOT_SAYERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "these", "those", "this", "that", "to",
     "would", "could", "can", "will", "may", "might", "should", "must", "not", "do", "does", "did", "media", "news",
     "press", "new", "recent", "latest", "earlier", "previous", "initial", "some", "many", "several", "other",
     "such", "more", "most", "further", "each", "every", "any", "no", "which", "what", "whose", "per", "in", "of",
     "for", "from", "by", "with", "on", "at", "and", "or", "but", "same", "united", "also", "one", "two", "three",
     "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred"]
)  # fmt: skip
"""Determiners, auxiliaries, numbers, prepositions and the adjectives of reports ("media reports", "recent
claims"), after which the word is a noun; and "also" of the writer's own "we should also note"."""
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ous", "ing", "ed", "ful", "wide", "ly")
"""Endings of adjectives and adverbs ("critical reports", "nationwide claims", "I truly believe")."""


def a_sayer(word: str) -> bool:
    """``word``, as the sentence writes it, is a noun in lower case that can end the name of who says
    ("experts", "group", "police"); a word with a mark ("children,”") ends a quotation, no sayer."""
    return word.isalpha() and word.islower() and word not in _NOT_SAYERS and not word.endswith(_ADJECTIVE_ENDINGS)
