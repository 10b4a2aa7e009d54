"""An open end carried on to a later date: "through Sunday night and into Monday morning" is one interval that
ends on the Monday (``../2015-10-26``), not an end on the Sunday and a Monday of its own; "through 2024 and into
2025" ends in 2025. A later date after "and into" extends the deadline before it; any other pair stays two dates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.text.date_mentions import DateMention

_INTO = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?,?\s+and\s+(?:on\s+)?into\s+(?:the\s+)?(?:early\s+)?")


def extended(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, an open end followed by "and into" a later date made one interval ending at that date."""
    kept: list[DateMention] = []
    for mention in mentions:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.value.startswith("../")
            and ".." not in mention.value
            and _INTO.fullmatch(sentence, last.end, mention.start)
            and _later(mention.value, last.value[3:])
        ):
            words = sentence[last.start : mention.end]
            kept[-1] = replace(last, end=mention.end, text=words, value=f"../{mention.value.rpartition('/')[2]}")
            continue
        kept.append(mention)
    return kept


def _later(value: str, than: str) -> bool:
    first, second = parse_partial_date(value.rpartition("/")[2]), parse_partial_date(than)
    return first.upper is not None and second.upper is not None and first.upper > second.upper
