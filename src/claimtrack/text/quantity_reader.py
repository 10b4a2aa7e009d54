"""Quantities in a sentence: a number (in digits or in words), its bounds, and the noun it counts.

Numbers written in words ("fifteen", "one hundred", "a million") are read by
number-parser; digits with scale words ("50 million", "1.5 billion") and
percentages are read here. The words before a number give its bounds ("more
than 200", "up to 7%", "about 50", "at least", "fewer than"); "doubling to 36"
is exactly 36. The unit is the noun the number counts: the last word of the
few that follow it, before a preposition, a verb or punctuation, in the
singular ("12 patrol boats" counts boats: ``boat``; a word ending in -ed or -ing after the noun is
taken for a verb); a percentage's is
``percent``. Numbers that are part of a date the ``dates`` module found are
not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from claimtrack.text.stems import FUNCTION_WORDS, singular

_WORD_NUMBER = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|dozen)"
)
_SCALE = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER = re.compile(
    rf"(?<![\w.,-])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ -](?P<scale>thousand|million|billion))?"
    rf"(?P<percent>\s?%|\s?percent\b|\s?per cent\b)?(?!\d)(?![.,]\d)(?![A-Za-z])"
    rf"|\b(?P<words>(?:an? |{_WORD_NUMBER}(?:[ -](?:and )?)?)*{_WORD_NUMBER})\b(?P<wpercent> percent\b| per cent\b)?",
    re.IGNORECASE,
)
_BOUNDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:more than|over|in excess of|upwards of|above)\s*$", re.I), "more_than"),
    (re.compile(r"\b(?:at least|no fewer than|no less than|a minimum of)\s*$", re.I), "at_least"),
    (re.compile(r"\b(?:less than|fewer than|under|below)\s*$", re.I), "less_than"),
    (re.compile(r"\b(?:up to|at most|as much as|as many as|no more than|a maximum of)\s*$", re.I), "at_most"),
    (
        re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|an estimated|close to)\s*$", re.I),
        "about",
    ),
    (re.compile(r"\b(?:doubl|tripl|ris|gr[eo]w|increas|fell|fall|dropp|cut)\w*\s+(?:in \w+ )?to\s*$", re.I), "exactly"),
]
_PUNCTUATION = re.compile(r"[,.;:!?()\"“”‘’'\[\]]")


@dataclass(frozen=True)
class QuantityMention:
    """A quantity written in a sentence: where, the words, its value mapping and the noun it counts."""

    start: int
    end: int
    text: str
    value: dict[str, Any]
    """``{exactly: 12}``, ``{more_than: 200}``...: the bound and the number, without the unit."""
    noun: str | None
    """The noun counted, singular and lower case (``boat``); ``percent`` for a percentage; None when none follows."""
    nouns: tuple[str, ...] = ()
    """Every word of the few that follow the number, lower case: a property's unit may be any of them."""


def _number(match: re.Match[str]) -> float | None:
    if match["digits"]:
        number = float(match["digits"].replace(",", ""))
        if match["scale"]:
            number *= _SCALE[match["scale"].lower()]
        return number
    from number_parser import parse_number

    words = re.sub(r"^an? ", "one ", match["words"].lower())
    if words.startswith("one dozen") or words == "dozen":
        return 12.0
    parsed = parse_number(words)
    return None if parsed is None else float(parsed)


def _following(sentence: str, end: int) -> list[str]:
    words: list[str] = []
    # "a 12-year break": the hyphenated word is the unit.
    for raw in sentence[end:].lstrip("-").split()[:5]:
        cut = _PUNCTUATION.search(raw)
        word = raw[: cut.start()] if cut else raw
        verb = len(word) > 4 and word.lower().endswith(("ed", "ing")) and bool(words)
        if word and word.lower() not in FUNCTION_WORDS and not verb:
            words.append(word)
        if cut or not word or word.lower() in FUNCTION_WORDS or verb:
            break
    return words


def find_quantities(sentence: str, dates: list[tuple[int, int]]) -> list[QuantityMention]:
    """The quantities written in ``sentence``, outside the spans of ``dates``."""
    found: list[QuantityMention] = []
    for match in _NUMBER.finditer(sentence):
        start, end = match.span()
        if match["words"] is not None and match["words"].lower() in ("a", "an", "one"):
            continue  # "one of the", "a boat": not a count a claim is about
        if any(a < end and start < b for a, b in dates):
            continue
        number = _number(match)
        if number is None:
            continue
        before = sentence[max(0, start - 30) : start]
        bound = "exactly"
        bound_start = start
        for pattern, key in _BOUNDS:
            hit = pattern.search(before)
            if hit:
                bound, bound_start = key, start - len(before) + hit.start()
                break
        percent = match["percent"] or match["wpercent"]
        following = [] if percent else _following(sentence, end)
        noun = "percent" if percent else (singular(following[-1]) if following else None)
        value: dict[str, Any] = {bound: int(number) if number.is_integer() else number}
        found.append(
            QuantityMention(
                bound_start,
                end,
                sentence[bound_start:end],
                value,
                noun,
                tuple(singular(w) for w in following),
            )
        )
    return found


def read_quantity(text: str) -> dict[str, Any] | None:
    """A quantity written alone in digits ("1,200", "40 million", "7.5"), after any words a draft reads as
    its bounds ("around 150", "up to 40 million", "over 300"), as a value mapping without its unit; None
    for anything else, a number in words or a percentage included."""
    match = _NUMBER.search(text)
    if match is None or not match["digits"] or match["percent"] or text[match.end() :].strip():
        return None
    before = text[: match.start()]
    bound = "exactly"
    if before.strip():
        hits = [(key, pattern.search(before)) for pattern, key in _BOUNDS if key != "exactly"]
        named = [key for key, hit in hits if hit is not None and not before[: hit.start()].strip()]
        if not named:
            return None
        bound = named[0]
    number = _number(match)
    if number is None:
        return None
    return {bound: int(number) if number.is_integer() else number}
