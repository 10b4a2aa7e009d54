"""Where a sentence asks instead of stating: a value inside a question asserts nothing.

A sentence ending with a question mark asks as a whole ("Will the line open
by 2030?"). A quotation asks when it ends with one ("“Will it open by
2030?” she asked.") or when a verb of asking follows it ("“What happens if
the rockets are not ready by 2024,” the senator asked."), though the
sentence around it ends with a full stop.
"""

from __future__ import annotations

import re

from claimtrack.text.reported_speech import quotations

_QUESTION_END = re.compile(r"\?[\s\"”’')\]]*$")
_ASKED_AFTER = re.compile(
    r"[\s\"”’,]*(?:(?!(?:said|says|told|added|replied)\b)[^\s.;:!?]+\s+){0,6}?(?:asked|asks|wondered|wonders|inquired)\b"
)
"""After a quotation: a verb of asking among the few words that name who asked ("Aderholt asked again", "Ada
Berg, a senator, wondered"), before any verb of saying."""


def is_question(sentence: str) -> bool:
    """The sentence ends with a question mark."""
    return _QUESTION_END.search(sentence) is not None


def questions(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence that ask: the whole sentence when it is a question, else each quoted
    question."""
    if is_question(sentence):
        return [(0, len(sentence))]
    asked: list[tuple[int, int]] = []
    for start, end in quotations(sentence):
        inside = sentence[start:end].rstrip()
        if inside.endswith("?") or (inside.endswith(",") and _ASKED_AFTER.match(sentence, end + 1)):
            asked.append((start, end))
    return asked
