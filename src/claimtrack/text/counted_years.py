"""A number written like a year that counts something: "1576 cases recovered", "bringing the total to 2031".

A four-digit number from 1500 to 2099 reads as a year, and mostly is one. It is a count when a plural noun it
counts follows it and no word before it makes it a time or a modifier ("991 new cases were recorded, 1576 cases
recovered", "police counted 1800 protesters", "about 2000 people attended"), or when it ends a clause that
brings a number, a total or a toll to it ("bringing the number of deaths in the country to 2031"). Near misses
that stay years: "in 2019 cases rose" and "since 2010 prices fell" (a preposition of time), "the 2019 elections"
and "Apple's 2020 models" (a determiner or a name before it), "2018 figures show" (a sentence's first word:
which it is, nobody can tell), "the number of cases rose from 2019 to 2021" (a span from a year), "in 1998 and 2000 visitors" (a list of years).
"""

from __future__ import annotations

import re

_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_PLURAL_AFTER = re.compile(r"\s+(?:(?:new|more|other|additional|further|confirmed|active)\s+)?(?:people|[a-z]{3,}s)\b")
_TIME_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|to|of|for|during|before|after|circa|early|late|mid|the|its|their|his|her"
    r"|our|this|that|these|those|a|an|and|or|year|season|quarter|fiscal|fy|class|model)|(?-i:[A-Z][\w.]*)(?:'s|’s)?|[’'](?:s)?|[-–/])\s*$",
    re.IGNORECASE,
)
_TOTAL_TO = re.compile(r"\b(?:number|total|toll|tally|count)\b(?![^,;]*\bfrom\b)[^,;]*\bto\s+$", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.:)]|$)")


def counts_not_year(sentence: str, start: int, end: int) -> bool:
    """The words ``sentence[start:end]``, a bare year by their look, count something (see the module)."""
    if not _BARE_YEAR.fullmatch(sentence[start:end]):
        return False
    before = sentence[max(0, start - 80) : start]
    if _TOTAL_TO.search(before) and (_CLAUSE_ENDS.match(sentence, end) or _PLURAL_AFTER.match(sentence, end)):
        return True  # "bringing the number of deaths in the country to 2031 (cases)"
    if not before.strip() or _TIME_BEFORE.search(before):
        return False
    return _PLURAL_AFTER.match(sentence, end) is not None
