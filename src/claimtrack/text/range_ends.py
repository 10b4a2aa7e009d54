"""The ends of a range: a verb of extent makes "from … to …" a range, and two ends that count different units are
two bounds.

"From 10 to 20" after a verb of change ("rose from 10 to 20") is a change, two numbers; after a verb of extent it is
the span of what ranges ("production ranging from 30-600 MW", "prices range from $150 to $200", "anywhere from $200
to $500"). Such a range whose ends count different units is a lower bound in the first and an upper bound in the
second, not one interval in either ("symptoms can range from three weeks to five years": at least 3 weeks, at most 5
years). Near misses: "rose from $150 to $200" (a change), "grew from three weeks to five years" (a change in two
units), "3 weeks to 5 years" with no verb of extent (left as two numbers).
"""

from __future__ import annotations

import re

from claimtrack.text.carried_bounds import Quantity

_EXTENT = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+from\s+$", re.IGNORECASE)
_UNIT_TO = re.compile(r"\s+[A-Za-z][\w-]*\s+to\s+")
"""Between the two ends of a range in two units: the first end's unit and "to" ("three weeks to five years")."""


def spans_from(sentence: str, start: int) -> bool:
    """The number at ``start`` follows "from" after a verb of extent ("ranging from 30")."""
    return _EXTENT.search(sentence, max(0, start - 24), start) is not None


def ends_apart(sentence: str, first: Quantity, second: Quantity) -> bool:
    """``first`` and ``second`` are the ends of a range of extent in two units ("range from three weeks to five
    years"): each is a bound of its own."""
    if not first.nouns or not second.nouns or first.nouns[-1] == second.nouns[-1]:
        return False
    joined = _UNIT_TO.fullmatch(sentence, first.end, second.start) is not None
    return joined and "exactly" in first.value and "exactly" in second.value and spans_from(sentence, first.start)
