"""Prices given as the lowest of a range of models, seats or offers: at least that amount.

"Pricing will start at 71,350 euro", "Apple Watches start at $169.99", "prices start at just $2,199", "used
copies started at $200", "starting from $29", "thermostats priced from $139", "tickets from $25". Near misses
keep their bound: "priced at $399" and "sells for $50" are exact; "down from $19.5 billion" is a change; "from
$6 to $12" is a range; "shares started at $20 and climbed to $31" is an opening price, which moved.
"""

from __future__ import annotations

import re

_FLOOR = re.compile(
    r"\b(?:(?:start(?:s|ed|ing)?|begin(?:s|ning)?)\s+(?:at|from)"
    r"|(?:prices?|priced|pricing|costs?|costing|fares?|tickets?|available|retails?|retailing|sells?|selling)\s+from"
    r")\s+(?:(?:just|only|a mere)\s+)?$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*[$€£¥₹\d]", re.IGNORECASE)
_MOVE_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:rose|climbed|jumped|soared|surged|rallied|fell|dropped|slipped|sank|ended|closed|finished)\b",
    re.IGNORECASE,
)
"""After the amount: the end of a range ("from $6 to $12") or a move away from it ("started at $20 and climbed
to $31"), which make it no floor."""
_LOOK_BACK = 40


def price_floor(sentence: str, start: int, end: int) -> int | None:
    """Where the words start that make the money from ``start`` to ``end`` the lowest price ("will start at"),
    or None."""
    floor = _FLOOR.search(sentence, max(0, start - _LOOK_BACK), start)
    if floor is None or _RANGE_AFTER.match(sentence, end) or _MOVE_AFTER.match(sentence, end):
        return None
    return floor.start()
