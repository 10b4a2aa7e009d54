"""Quantities in a sentence: a number (in digits or in words), its bounds, the noun it counts, and what it is
(a count, money, a percentage, a duration; a rate or a range).

Numbers written in words ("fifteen", "one hundred", "a million") are read by
number-parser; digits with scale words ("50 million", "$8.8bn") and
percentages are read here. The words before a number give its bounds ("more
than 200", "up to 7%", "about 50", "nearly", "under"); "doubling to 36" is
exactly 36. The unit is the noun the number counts: the last word of the few
that follow it, up to the first plural, before a preposition, a verb or
punctuation, in the singular ("346 people were hurt" counts ``person``,
"12 patrol boats sank" ``boat``; a word ending in -ed or -ing after the noun
is taken for a verb); a percentage's is ``percent``. Money's unit is its
currency's ISO code ("$8.8 billion": 8,800,000,000 ``USD``; "50 million
euros": ``EUR``), with the scale word kept apart for the note. Also read:
durations of two units ("1 hour 52 minutes": 112 ``minute``), rates ("7.5
million a year": ``per: year``) and ranges ("242 to 330", "between 5 and 7
percent": ``at_least`` and ``at_most``).

Not quantities: clock times ("10:30 p.m.", "10 a.m."), model numbers and
numbers in names ("Boeing 787", "the 737 Max", "Flight 302", "No. 5"),
phone numbers, page numbers ("page 12"), ordinals ("3rd"), years ("in
2019", "the 2019 budget"), and numbers inside a date the date reader found.

Time grows linearly with the sentence: the words after a number are read
from its end by a pattern, never by splitting the rest of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from claimtrack.text.quantity_words import (
    BOUNDS,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    DURATION,
    IN_SMALLER,
    NOT_A_NAME,
    NUMBER,
    PERIODS,
    SCALE,
    SCALE_FACTOR,
    number_of,
    unit_name,
)
from claimtrack.text.stems import FUNCTION_WORDS, singular

_PUNCTUATION = re.compile(r"[,.;:!?()\"“”‘’'\[\]]")
_NEXT_WORDS = re.compile(r"-?(\S+)")
_WORD_AFTER = re.compile(r"\s*(\S+)")
_CLOCK = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|EST\b|ET\b|o['’]clock\b)", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?![\d,])")
_PAGE = re.compile(r"\b(?:pages?|pp?\.|p|paragraphs?|chapters?|footnotes?|notes?|lines?)\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w’'.-]*)\s*$")
_PRODUCT_AFTER = re.compile(r"[\s-](?:Max|MAX|Pro|Plus|Mini|Ultra|XL|Dreamliner|Series|neo)\b")
_RATE = re.compile(
    r"\s*(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b|\s+(annually|yearly|monthly|weekly|daily|hourly)\b"
)
_RANGE = re.compile(r"\s*(?:to|and|[-–—])\s*")
_YEARLIKE = re.compile(r"1[5-9]\d\d|20\d\d")


@dataclass(frozen=True)
class QuantityMention:
    """A quantity written in a sentence: where, the words, its value mapping and what it counts."""

    start: int
    end: int
    text: str
    value: dict[str, Any]
    """``{exactly: 12}``, ``{more_than: 200}``, ``{at_least: 242, at_most: 330}``: bounds and numbers, scaled
    ("$8.8 billion" is 8,800,000,000), without the unit."""
    noun: str | None
    """What is counted, singular and lower case (``boat``, ``person``); ``percent``; a currency's ISO code
    (``USD``); a duration's unit (``minute``); None when no noun follows."""
    nouns: tuple[str, ...] = ()
    """Every word of the few that follow the number, singular: a property's unit may be any of them."""
    kind: str = "count"
    """count, money, percent or duration."""
    currency: str | None = None
    scale: str | None = None
    """The scale word written ("million", "billion"), already applied to the value."""
    per: str | None = None
    """A rate's period ("7.5 million a year": ``year``)."""
    notes: tuple[str, ...] = field(default=())


def _following(sentence: str, end: int) -> tuple[list[str], int]:
    """The words naming what the number at ``end`` counts, and where they end."""
    words: list[str] = []
    at = end
    for taken, raw in enumerate(_NEXT_WORDS.finditer(sentence, end)):
        if taken == 5:
            break
        text = raw[1]
        cut = _PUNCTUATION.search(text)
        word = text[: cut.start()] if cut else text
        verb = len(word) > 4 and word.lower().endswith(("ed", "ing")) and bool(words)
        if word and word.lower() not in FUNCTION_WORDS and not verb:
            words.append(word)
            at = raw.start(1) + len(word)
        if cut or not word or word.lower() in FUNCTION_WORDS or verb or singular(word) != word.lower():
            break  # punctuation, a function word, a verb, or the plural noun counted ("12 patrol boats sank")
    return words, at


def _not_a_quantity(sentence: str, match: re.Match[str], phones: bytearray) -> bool:
    start, end = match.span("number") if match["digits"] else match.span("words")
    if phones.find(1, start, end) >= 0 or (sentence.startswith(":", end) and sentence[end + 1 : end + 2].isdigit()):
        return True  # a phone number, or a clock time "10:30"
    if start and sentence[start - 1] == ":":
        return True
    if _CLOCK.match(sentence, end) or _PAGE.search(sentence, max(0, start - 12), start):
        return True
    if match["sign"] or match["code"] or match["percent"] or match["scale"]:
        return False
    digits = match["digits"]
    name = _NAME_BEFORE.search(sentence, max(0, start - 30), start)
    if digits and name and name[1].lower().rstrip(".") not in NOT_A_NAME:
        return True  # "Boeing 787", "Flight 302", "No. 5", "Vision 2030"
    if digits and _PRODUCT_AFTER.match(sentence, end):
        return True  # "the 737 Max"
    if digits and _YEARLIKE.fullmatch(digits):
        after = _WORD_AFTER.match(sentence, end)
        word = "" if after is None else after[1].lower()
        return not (word.endswith("s") or word == "people")  # a year, but "1500 soldiers" counts
    return False


def find_quantities(sentence: str, dates: list[tuple[int, int]]) -> list[QuantityMention]:
    """The quantities written in ``sentence``, outside the spans of ``dates``."""
    taken = bytearray(len(sentence))
    for start, end in dates:
        taken[start:end] = b"\x01" * (end - start)
    phones = bytearray(len(sentence))
    for phone in _PHONE.finditer(sentence):
        if sum(ch.isdigit() for ch in phone.group()) >= 7:
            phones[phone.start() : phone.end()] = b"\x01" * (phone.end() - phone.start())
    found: list[QuantityMention] = []
    for duration in DURATION.finditer(sentence):
        mention = _duration(sentence, duration, taken)
        if mention is not None:
            found.append(mention)
    singles: list[tuple[re.Match[str], QuantityMention]] = []
    for match in NUMBER.finditer(sentence):
        start, end = match.span()
        if taken.find(1, start, end) >= 0 or _not_a_quantity(sentence, match, phones):
            continue
        mention = _single(sentence, match)
        if mention is not None:
            singles.append((match, mention))
    found.extend(_ranges(sentence, singles))
    return sorted(found, key=lambda m: m.start)


def _bound(sentence: str, start: int) -> tuple[str, int]:
    before = sentence[max(0, start - 30) : start]
    for pattern, key in BOUNDS:
        hit = pattern.search(before)
        if hit:
            return key, start - len(before) + hit.start()
    return "exactly", start


def _single(sentence: str, match: re.Match[str]) -> QuantityMention | None:
    if match["words"] is not None and match["words"].lower() in ("a", "an", "one"):
        return None  # "one of the", "a boat": not a count a claim is about
    number = number_of(match)
    if number is None:
        return None
    start, end = match.span()
    bound, bound_start = _bound(sentence, start)
    currency = CURRENCY_SIGNS.get(match["sign"] or "") or (match["code"] or "").upper() or None
    scale = (match["scale"] or SCALE.get((match["abbr"] or "").lower()) or "").lower() or None
    percent = bool(match["percent"] or match["wpercent"])
    words, noun_end = ([], end) if percent else _following(sentence, end)
    nouns = tuple(singular(w) for w in words)
    noun = "percent" if percent else (nouns[-1] if nouns else None)
    if currency is None and noun is not None:
        currency = CURRENCY_NOUNS.get(" ".join(nouns[-2:])) or CURRENCY_NOUNS.get(noun)
        if noun == "pound" and not sentence.startswith(" sterling", noun_end):
            currency = None  # pounds are a weight unless sterling
    if currency is not None:
        nouns = (*nouns, currency.lower())  # a property counting "USD" counts "$8.8 billion"
    rate = _RATE.match(sentence, noun_end)
    per = None if rate is None else PERIODS[(rate[1] or rate[2]).lower()]
    kind = "percent" if percent else "money" if currency else "count"
    value: dict[str, Any] = {bound: int(number) if number.is_integer() else number}
    return QuantityMention(
        bound_start,
        end,
        sentence[bound_start:end],
        value,
        currency or noun,
        nouns,
        kind,
        currency,
        scale,
        per,
    )


def _duration(sentence: str, match: re.Match[str], taken: bytearray) -> QuantityMention | None:
    """ "1 hour 52 minutes": 112 minutes, in the smaller unit."""
    big, small = unit_name(singular(match["big"])), unit_name(singular(match["small"]))
    factor = IN_SMALLER.get((big, small))
    if factor is None or taken.find(1, match.start(), match.end()) >= 0:
        return None
    number = int(match["first"]) * factor + int(match["second"])
    bound, start = _bound(sentence, match.start())
    taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return QuantityMention(
        start, match.end(), sentence[start : match.end()], {bound: number}, small, (small,), "duration"
    )


def _ranges(sentence: str, singles: list[tuple[re.Match[str], QuantityMention]]) -> list[QuantityMention]:
    """Two numbers joined by "to", "and" (after "between") or a dash are one range: "242 to 330",
    "between 5 and 7 percent"; "from 10 to 20" (a change) stays two numbers."""
    found: list[QuantityMention] = []
    index = 0
    while index < len(singles):
        _, first = singles[index]
        if index + 1 < len(singles):
            later, second = singles[index + 1]
            joined = _RANGE.fullmatch(sentence, first.end, later.start())
            lead = sentence[max(0, first.start - 9) : first.start].lower()
            connector = None if joined is None else joined.group().strip()
            if (
                joined is not None
                and "exactly" in first.value
                and "exactly" in second.value
                and "from" not in lead.split()[-1:]
                and (connector != "and" or lead.rstrip().endswith("between"))
            ):
                found.append(_range(sentence, first, second))
                index += 2
                continue
        found.append(first)
        index += 1
    return found


def _range(sentence: str, first: QuantityMention, second: QuantityMention) -> QuantityMention:
    low, high = first.value["exactly"], second.value["exactly"]
    if second.scale and not first.scale and low < high / SCALE_FACTOR[second.scale]:
        low = low * SCALE_FACTOR[second.scale]  # "2 to 3 billion": both in billions
        low = int(low) if float(low).is_integer() else low
    start = first.start
    lead = re.search(r"\bbetween\s+$", sentence[max(0, start - 12) : start], re.IGNORECASE)
    if lead:
        start -= len(lead.group())
    value = {"at_least": min(low, high), "at_most": max(low, high)}
    return QuantityMention(
        start,
        second.end,
        sentence[start : second.end],
        value,
        second.noun,
        second.nouns,
        second.kind,
        second.currency or first.currency,
        second.scale,
        second.per,
    )


def read_quantity(text: str) -> dict[str, Any] | None:
    """A quantity written alone in digits ("1,200", "40 million", "7.5"), after any words a draft reads as
    its bounds ("around 150", "up to 40 million", "over 300"), as a value mapping without its unit; None
    for anything else, a number in words or a percentage included."""
    match = NUMBER.search(text)
    if match is None or not match["digits"] or match["percent"] or match["sign"] or match["code"]:
        return None
    if match["abbr"] or text[match.end() :].strip():
        return None
    before = text[: match.start()]
    bound = "exactly"
    if before.strip():
        hits = [(key, pattern.search(before)) for pattern, key in BOUNDS if key != "exactly"]
        named = [key for key, hit in hits if hit is not None and not before[: hit.start()].strip()]
        if not named:
            return None
        bound = named[0]
    number = number_of(match)
    if number is None:
        return None
    return {bound: int(number) if number.is_integer() else number}
