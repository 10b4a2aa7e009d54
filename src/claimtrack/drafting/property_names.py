"""The id and label of a property `draft` proposes when none of the vocabulary fits.

A date's property is named after the verb it dates ("opened on"); a count's after the noun it counts ("car
count"). A name never says a word twice, and a noun that is itself a word of counting is not counted again:
"six counts of fraud" counts in `count` (it was `count_count`), "12 times" in `times` (`time_count`), and a
unit ending in such a word keeps it once ("body count" is `body_count`).
"""

from __future__ import annotations

import re

from claimtrack.drafting.candidates import PropertyCandidate
from claimtrack.model.claims import ClaimType

_COUNTING = {"count": "count", "time": "times", "number": "number", "total": "total", "tally": "tally"}
"""Units that are words of counting themselves, with the property's name: how many times, the count, the total."""


def id_of(text: str) -> str:
    """A property id made of words: lower-case letters and digits joined by _, no word twice in a row."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    kept = [word for index, word in enumerate(words) if index == 0 or word != words[index - 1]]
    return "_".join(kept)[:100].strip("_")


def event_property(verb: str) -> PropertyCandidate:
    return PropertyCandidate(id_of(f"{verb} on"), f"{verb} on", ClaimType.EVENT)


def age_property() -> PropertyCandidate:
    """A person's age in years ("Ilse Marn, 58,")."""
    return PropertyCandidate("age", "age", ClaimType.QUANTITY, "year")


def count_property(unit: str) -> PropertyCandidate:
    if unit == "percent":
        return PropertyCandidate("share_percent", "share in percent", ClaimType.QUANTITY, "percent")
    last = unit.split()[-1].lower() if unit.split() else unit
    if last in _COUNTING:
        label = " ".join([*unit.split()[:-1], _COUNTING[last]])
        return PropertyCandidate(id_of(label), label, ClaimType.QUANTITY, unit)
    return PropertyCandidate(id_of(f"{unit} count"), f"{unit} count", ClaimType.QUANTITY, unit)
