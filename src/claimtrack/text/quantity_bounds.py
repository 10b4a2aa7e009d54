"""The bound a quantity's words give it, before the number and after it, and an age written after "aged".

Before the number, the longest phrase of ``quantity_words.BOUNDS`` or of the comparisons here that ends
where it starts: "no more than 40" is at most 40 (never "more than 40"), "no longer than 72 hours" at most,
"older than 65" and "with better than 76% of the vote" more than, "within 2 days", "within a month" and "a combined maximum value of $2.6bn" at most,
"more like 300 miles" and "something like 300" about. An article or the word "age" may stand between the bound and the number: "up to a $250,000
fine" is at most $250,000, "above age 6 months" more than 6 months, "under age 18" less than 18 years; "over a
10-year period" is no bound, "over" being "across" there, and so is "top up to 80 percent", "up" being the verb's.

After the number (or after what it counts): "26 or older", "65 and over", "five or more", "two years or
longer" are at least; "18 or younger", "10 days or less" at most; "300 or so" about.

A number after "aged", "age" or "ages" that counts no noun is an age in years ("adults aged 26 or older",
"children under age 5").
"""

from __future__ import annotations

import re

from claimtrack.text.quantity_words import BOUNDS

_COMPARISONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"\b(?:no|not)\s+(?:more|longer|higher|greater|larger|bigger|older|heavier|later|farther|further)\s+than"
            r"|\bnot\s+(?:exceeding|to exceed)|\bwithin(?:\s+the\s+(?:next|past|last|first))?|\bmaximum\s+(?:\w+\s+)?of",
            re.IGNORECASE,
        ),
        "at_most",
    ),
    (
        re.compile(r"\b(?:no|not)\s+(?:less|fewer|shorter|lower|smaller|younger|lighter)\s+than", re.IGNORECASE),
        "at_least",
    ),
    (re.compile(r"\b(?:longer|older|higher|greater|larger|bigger|heavier|better)\s+than", re.I), "more_than"),
    (re.compile(r"\b(?:shorter|younger|lower|smaller|lighter)\s+than", re.IGNORECASE), "less_than"),
    (
        re.compile(r"\b(?:more like|something like|in the region of|on the order of|the order of)", re.IGNORECASE),
        "about",
    ),
]
"""Comparisons ``BOUNDS`` lacks, each written without the space before the number (the search adds it)."""
_ENDING = [(re.compile(f"(?:{pattern.pattern})\\s*$", pattern.flags), key) for pattern, key in _COMPARISONS]
_THROUGH_ARTICLE = re.compile(
    r"\b(?:up to|at most|as much as|as many as|at least|more than|less than|fewer than|about|around|nearly|almost"
    r"|roughly|approximately|close to|more like)\s+$",
    re.IGNORECASE,
)
"""Bounds that reach a number through an article: "up to a $250,000 fine", "about a 10 percent rise" (but "over a
10-year period" spans ten years, and "within a 5-mile radius" is a radius of five)."""
_ARTICLE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)
_AGE_WORD = re.compile(r"\bage\s+$", re.IGNORECASE)
_NO_PHRASE_AFTER = (
    r"\b(?!\s+(?:than|so|as|the|a|an|this|that|these|those|its|his|her|their|our|next|last|past|\w+ly)\b)"
)
_AFTER = [
    (re.compile(rf"\s+(?:or|and)\s+(?:older|more|higher|greater|longer|upwards?|over|above){_NO_PHRASE_AFTER}", re.I), "at_least"),
    (re.compile(rf"\s+(?:or|and)\s+(?:younger|less|fewer|lower|shorter|under|below){_NO_PHRASE_AFTER}", re.I), "at_most"),
    (re.compile(r"\s+or\s+so\b", re.IGNORECASE), "about"),
]  # fmt: skip
"""Words after a number (or after the noun it counts) that make it a bound, when no comparison, adverb or
noun phrase goes on from them: "65 and over", but "3 boats and more than 40 people", "in 2 weeks and more
recently", "5 percent and over the next year"."""
_DETERMINER_BOUND = re.compile(r"\bor\s+(?:more|fewer|less|so)$", re.IGNORECASE)
_AGED = re.compile(
    r"\b(?:aged?|ages)\s+(?:(?:more than|over|under|above|below|at least|between|from|about|around|nearly|roughly"
    r"|up to|older than|younger than)\s+)?$",
    re.IGNORECASE,
)
_PARTICLE_UP = re.compile(
    r"\b(?:(?:top|ramp|scale|step|bump|jack|add|move|edge|inch|tick|climb|jump|revise|ratchet|pick|spike|surge|soar"
    r"|push|firm)(?:s|ped|ping|ed|ing|d|es)?|went|crept|rallied)\s+$",
    re.IGNORECASE,
)
"""Verbs whose "up" is their own, before "to" and the amount they reach: "top up to 80 percent", "ramped up to
20 launches a year", "adds up to $5 million", a move to a level ("revenue edged up to $264.7 million", "inflation
moved up to 5 per cent") are that amount, where "holds up to 80" is at most."""
_LOOK_BACK = 40
"""How many characters before a number its bound is looked for in: the longest phrase and what may stand
between it and the number ("not to exceed an ", "in the region of ")."""


def bound_before(sentence: str, start: int) -> tuple[str, int]:
    """The bound the words before the number at ``start`` give (``exactly`` when none), and where they start."""
    before = sentence[max(0, start - _LOOK_BACK) : start]
    offset = start - len(before)
    found = _longest(before, len(before))
    if found is not None and before.startswith("up", found[1]) and _PARTICLE_UP.search(before, 0, found[1]):
        return "exactly", start  # "top up to 80 percent": "up" is the verb's, "to 80 percent" where it gets
    if found is not None:
        return found[0], offset + found[1]
    between = _ARTICLE.search(before) or _AGE_WORD.search(before)
    if between is not None:
        found = _longest(before, between.start())
        through = between.re is _AGE_WORD or _THROUGH_ARTICLE.search(before, 0, between.start()) is not None
        if found is not None and found[0] != "exactly" and through:
            return found[0], offset + found[1]
    return "exactly", start


def _longest(before: str, end: int) -> tuple[str, int] | None:
    """Of the bound phrases ending at ``end`` of ``before``, the one starting first ("no more than", not "more
    than"), and where it starts."""
    hits = [(hit.start(), key) for pattern, key in (*BOUNDS, *_ENDING) if (hit := pattern.search(before, 0, end))]
    if not hits:
        return None
    at, key = min(hits)
    return key, at


def bound_after(sentence: str, *ends: int) -> tuple[str, int] | None:
    """The bound the words right after the number, or after the noun it counts, give ("26 or older" is
    ``at_least``), and where those words end; None when they give none."""
    for end in ends:
        for pattern, key in _AFTER:
            hit = pattern.match(sentence, end)
            if hit is not None:
                return key, hit.end()
    return None


def noun_after_bound(sentence: str, end: int) -> bool:
    """The bound words ending at ``end`` come between a number and the noun it counts, as a determiner's do:
    "12 or more berths", "40 or so sailors" (but "65 and over ride free" ends the phrase)."""
    return _DETERMINER_BOUND.search(sentence, max(0, end - 12), end) is not None


def after_aged(sentence: str, start: int) -> bool:
    """The number at ``start`` follows "aged", "age" or "ages", perhaps with a bound between: an age."""
    return _AGED.search(sentence, max(0, start - _LOOK_BACK), start) is not None
