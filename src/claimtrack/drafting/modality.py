"""How a sentence puts what it says: as done, planned, forecast, reported by someone, or denied.

Cue words decide, the strongest first: a negation of the verb makes a denial,
words of intent or schedule a plan ("will", "plans to", "is expected to"),
words of likelihood a forecast, and words of attribution ("said", "according
to") a report; a sentence with none asserts. A date after the source's
publication makes a sentence without a cue a plan: it can only announce it.
"""

from __future__ import annotations

import re

from claimtrack.model.claims import Modality

_CUES: list[tuple[Modality, re.Pattern[str]]] = [
    (
        Modality.DENIED,
        re.compile(
            r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not|was not|wasn[’']t|were not"
            r"|is not|isn[’']t|are not|never|denied|denies|deny|rejected (?:reports|claims))\b",
            re.IGNORECASE,
        ),
    ),
    (
        Modality.PLANNED,
        re.compile(
            r"\b(?:will|shall|plans? to|planned|planning to|intends? to|intention to|is expected to|are expected to"
            r"|scheduled|set to|is to|are to|aims? to|going to|to be held|roadmap|would)\b",
            re.IGNORECASE,
        ),
    ),
    (
        Modality.PREDICTED,
        re.compile(r"\b(?:is likely to|are likely to|likely|could|may|might|forecasts?|predicts?|projected)\b"),
    ),
    (
        Modality.REPORTED,
        re.compile(
            r"\b(?:said|says|told|according to|reportedly|reported|claimed|announced|stated|quoted)\b", re.IGNORECASE
        ),
    ),
]


def modality_of(sentence: str, *, after_publication: bool = False) -> tuple[Modality, str | None]:
    """The sentence's modality, with the cue that decided it (None when nothing did)."""
    for modality, pattern in _CUES:
        match = pattern.search(sentence)
        if match:
            return modality, match.group()
    if after_publication:
        return Modality.PLANNED, None
    return Modality.ASSERTED, None
