"""Quantities in a sentence: a number (in digits or in words), its bounds, the noun it counts, and what it is
(a count, money, a percentage, a duration; a rate or a range).

Numbers written in words ("fifteen", "one hundred", "a million") are read by
number-parser; digits with scale words ("50 million", "$8.8bn") and
percentages are read here. The words before a number give its bounds ("more
than 200", "up to 7%", "about 50", "nearly", "under", "just short of", "a
maximum sentence of"; more in ``quantity_bounds``: "no more than", "within 2 days",
"26 or older"); "doubling to 36" is exactly 36. The unit is the noun
the number counts: the last word of the few that follow it, up to the first
plural, before a preposition, a verb or punctuation, in the singular ("346
people were hurt" counts ``person``, "12 patrol boats sank" ``boat``; a word
ending in -ed or -ing after the noun is taken for a verb), or the word joined
to it by a hyphen ("a three-year silence" counts ``year``); never a
comparative, an adverb or a verb ("two inches wider" counts ``inch``): ``counted_nouns``. A
percentage's unit is ``percent``. Money's unit is its currency's ISO code
("$8.8 billion": 8,800,000,000 ``USD``; "50 million euros": ``EUR``; "Rs
300": ``INR``), with the scale word kept apart for the note. Also read:
durations of two units ("1 hour 52 minutes": 112 ``minute``) and one ("for
about a month"), halves ("five-and-a-half years"), ages ("Ilse Marn, 58,"; "in their mid-50s": ``decade_ages``),
rates ("7.5 million a year": ``per: year``) and ranges of one kind of thing
("242 to 330", "$40-50 billion", "one-to-seven days", "between 5 and 7
percent": ``at_least`` and ``at_most``; "3.5 percent to $27.2 billion" is
two). A quantity restated in other units keeps the bound of the
first ("up to $12.9bn (£10bn)"), and so does each item of a list ("up to five radar sensors, five cameras"):
``carried_bounds``. What is no quantity is in
``not_quantities``, and numbers inside a date the date reader found are none.

Time grows linearly with the sentence: the words after a number are read
from its end by a pattern, never by splitting the rest of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from claimtrack.text.carried_bounds import carried_values
from claimtrack.text.compound_counts import one_counts
from claimtrack.text.counted_nouns import counted_words
from claimtrack.text.cricket import cricket_numbers
from claimtrack.text.decade_ages import decade_ages
from claimtrack.text.durations import durations_in_parts, race_times
from claimtrack.text.elided_nouns import nouns_of_elided
from claimtrack.text.game_counts import counts_in_words
from claimtrack.text.golf import golf_numbers
from claimtrack.text.implied_nouns import implied_nouns
from claimtrack.text.letter_currencies import signed_money
from claimtrack.text.match_clock import match_clock
from claimtrack.text.measures import glued_measures, hundredths
from claimtrack.text.mixed_numbers import mixed_numbers
from claimtrack.text.multipliers import UNIT, multiple_ends
from claimtrack.text.multiplying_verbs import with_multiples
from claimtrack.text.not_quantities import fraction_or_mention, is_age, labels, not_a_quantity, phone_numbers
from claimtrack.text.occasions import occasions
from claimtrack.text.over_spans import across
from claimtrack.text.parts import nouns_of_parts
from claimtrack.text.price_floors import price_floor
from claimtrack.text.quantity_bounds import after_aged, bound_after, bound_before, noun_after_bound
from claimtrack.text.quantity_mentions import QuantityMention as QuantityMention  # the readers' result, as before
from claimtrack.text.quantity_words import (
    BOUNDS,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    NUMBER,
    PERIODS,
    SCALE,
    SCALE_FACTOR,
    WORD_NUMBER,
    number_of,
    unit_name,
)
from claimtrack.text.range_ends import ends_apart, spans_from
from claimtrack.text.rates import rate_after
from claimtrack.text.result_lines import result_lines
from claimtrack.text.score_states import score_states
from claimtrack.text.scores import find_scores
from claimtrack.text.signed_numbers import signed_numbers
from claimtrack.text.sports import sport_of
from claimtrack.text.stems import singular
from claimtrack.text.tennis import set_scores, tennis_numbers
from claimtrack.text.written_twice import written_once

_YEAR_OLD = re.compile(r"[ -]years?[ -]old\b", re.IGNORECASE)
"""After a number of years, "-year-old": an age."""
_RATE = re.compile(
    r"\s*(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b|\s+(annually|yearly|monthly|weekly|daily|hourly)\b"
)
_RANGE = re.compile(r"\s*(?:-?to-?|and|[-–—])\s*")
_RANGE_AFTER = re.compile(rf"\s*(?:-?to-?|[-–—])\s*(?:\d|{WORD_NUMBER}\b)", re.IGNORECASE)
_SLASH_RATE = re.compile(r"/[A-Za-z]")
_DASH_RANGE = re.compile(r"[-–—]\d")
_THE_DOZEN = re.compile(
    r"\b(?:the|its|their|his|her|our|these|those)\s+(?:(?!few\b|several\b|many\b)[a-z]+\s+)?$", re.I
)
_ONE_UNIT = re.compile(
    r"\b(?:for|after|over|about|around|nearly|almost|roughly|more than|less than|under|up to|within)\s+"
    r"(?:(?:about|around|nearly|almost|roughly)\s+)?(?P<a>an?)\s+"
    r"(?P<unit>year|month|week|day|hour|minute|decade|century|(?P<measure>inch|foot|mile|yard|met(?:re|er)"
    r"|kilomet(?:re|er)|lit(?:re|er)|gallon|acre|hectare|kilogram))\b(?!\s+(?:ago|earlier|later|old)\b)(?![-’'])",
    re.IGNORECASE,
)
"""One of a time unit or of a measure, written "a": "for about a month", "after a year" (never "a year ago"), "more
than an inch per hour", "nearly a mile"."""
_ONE_UNIT_APART = re.compile(
    r"\b(?P<a>an?)\s+(?P<unit>year|month|week|day|hour|minute|decade|century)\s+(?:after|later|before)\b", re.I
)
"""One of a time unit between two events, whatever precedes it: "came a month after", "almost a decade later" (but
"a year earlier" is the base of a comparison, "up 5% from a year earlier", and "a year ago" a date)."""
_A_RATE_BEFORE = re.compile(r"(?:\d\S*|[a-z]+s)\s+$")
"""A number or a plural right before "a month after" makes it a rate's period: "$7 a month after the trial"."""


def find_quantities(sentence: str, dates: list[tuple[int, int]], sport: str | None = None) -> list[QuantityMention]:
    """The quantities written in ``sentence``, outside the spans of ``dates``; ``sport`` is the one the
    source tells, for the unit of a result ("beat Hungary 2-0": goals)."""
    taken = bytearray(len(sentence))
    sport = sport_of([sentence]) or sport  # the sentence's own words first ("the goalie"), then the source's
    for start, end in [*dates, *labels(sentence), *match_clock(sentence, sport)]:  # "six minutes from time"
        taken[start:end] = b"\x01" * (end - start)
    phones = phone_numbers(sentence)
    found: list[QuantityMention] = []
    for start, end in set_scores(sentence, sport, taken):  # a tennis pair read as nothing: no count, no range
        taken[start:end] = b"\x01" * (end - start)
    readers = (tennis_numbers, cricket_numbers, golf_numbers, score_states, result_lines, find_scores, counts_in_words)
    for reader in readers:  # results and records: counts, no ranges
        for score in reader(sentence, sport, taken):
            text, unit = sentence[score.start : score.end], (score.unit,)
            found.append(QuantityMention(score.start, score.end, text, {"exactly": score.value}, score.unit, unit,
                                         score.kind, notes=(score.note,), holder=score.holder))  # fmt: skip
            taken[score.span[0] : score.span[1]] = b"\x01" * (score.span[1] - score.span[0])
    for once in occasions(sentence):  # "had twice been delayed", "once a year", "twice his age"
        if taken.find(1, once.start, once.end) < 0:
            bound, start = bound_before(sentence, once.start)
            times: dict[str, Any] = {bound: once.value}
            found.append(
                QuantityMention(start, once.end, sentence[start : once.end], times, UNIT, (UNIT,), per=once.per)
            )
    for mixed in [*mixed_numbers(sentence), *signed_numbers(sentence)]:  # "12 1/2 feet": 12.5; "(-2.6m/s)": -2.6
        if taken.find(1, mixed.start, mixed.end) < 0:
            found.append(mixed)
            taken[mixed.start : mixed.end] = b"\x01" * (mixed.end - mixed.start)
    for glued in glued_measures(sentence):
        if taken.find(1, glued.start, glued.end) < 0:  # "renders at 1440p and 30fps", "within 30km", "above 40C"
            (bound, start), unit = bound_before(sentence, glued.start), (glued.unit,)
            value, text = {bound: glued.value}, sentence[start : glued.end]
            found.append(QuantityMention(start, glued.end, text, value, glued.unit, unit))
            taken[glued.start : glued.end] = b"\x01" * (glued.end - glued.start)  # "25°C" is no count of 25
    for age in decade_ages(sentence):  # "in their mid-50s": 54 to 56 years
        value, text = {"at_least": age.low, "at_most": age.high}, sentence[age.start : age.end]
        found.append(QuantityMention(age.start, age.end, text, value, "year", ("year",), "age"))
        taken[age.start : age.end] = b"\x01" * (age.end - age.start)
    for duration in [*durations_in_parts(sentence), *race_times(sentence)]:  # "3 minutes and 27 seconds", "2:00:35"
        if taken.find(1, duration.start, duration.end) < 0:
            (bound, start), unit = bound_before(sentence, duration.start), (duration.unit,)
            value, text = {bound: duration.value}, sentence[start : duration.end]
            found.append(QuantityMention(start, duration.end, text, value, duration.unit, unit, "duration"))
            taken[duration.start : duration.end] = b"\x01" * (duration.end - duration.start)
    apart = [
        m
        for m in _ONE_UNIT_APART.finditer(sentence)
        if not _A_RATE_BEFORE.search(sentence, max(0, m.start() - 40), m.start())
    ]
    for one in [*_ONE_UNIT.finditer(sentence), *apart]:
        mention = _one_unit(sentence, one, taken)
        if mention is not None:
            found.append(mention)
    singles: list[tuple[re.Match[str], QuantityMention]] = []
    for match in NUMBER.finditer(sentence):
        start, end = match.span()
        if taken.find(1, start, end) >= 0 or not_a_quantity(sentence, match, phones):
            continue
        mention = _single(sentence, match)
        if mention is not None:
            singles.append((match, mention))
    mentions = _ranges(sentence, singles)  # bounds carried on (a restatement, a list), a part's noun ("12 of them")
    for m, v, n in zip(mentions, carried_values(sentence, mentions), nouns_of_parts(sentence, mentions), strict=True):
        found.append(replace(m, value=v, nouns=n, noun=m.noun if n == m.nouns else n[-1]))
    found.sort(key=lambda m: m.start)  # a bare number counts what the count before it counts ("25 points; Noel had 15")
    found = [
        m if n == m.nouns else replace(m, nouns=n, noun=n[-1])
        for m, n in zip(found, nouns_of_elided(sentence, found, [m.nouns for m in found]), strict=True)
    ]  # then "E16 000", "forty-three (43) visitors" and "seven killed"
    found = with_multiples(sentence, signed_money(sentence, found, taken), taken)  # "tripled the fee": 3 times
    return implied_nouns(sentence, written_once(sentence, found))


def _single(sentence: str, match: re.Match[str]) -> QuantityMention | None:
    start, end = match.span()
    spelled = (match["words"] or "").lower()
    counted_one = spelled == "one" and one_counts(sentence, start, end)  # "only one shot", "a one-year contract"
    if spelled in ("a", "an", "one") and not _RANGE_AFTER.match(sentence, end) and not counted_one:
        return None  # "one of the", "a boat": not a count a claim is about (but "one-to-seven days" is a range)
    the_dozen = spelled == "dozen" and _THE_DOZEN.search(sentence, max(0, start - 24), start) is not None
    if spelled in ("hundred", "thousand", "million", "billion", "dozen") and not the_dozen:
        return None  # "several thousand teachers", "a crowd of several dozen": no number (but "the first dozen")
    number = number_of(match)
    if number is None:
        return None
    bound, bound_start = bound_before(sentence, start)
    if _DASH_RANGE.match(sentence, end):
        bound, bound_start = "exactly", start  # "within 24-48 hours": the range gives the bounds
    sign = match["sign"] or ""
    currency = CURRENCY_SIGNS.get(sign) or CURRENCY_SIGNS.get(sign.lower()) or (match["code"] or "").upper() or None
    scale = (match["scale"] or SCALE.get((match["abbr"] or "").lower()) or "").lower() or None
    percent = bool(match["percent"] or match["wpercent"])
    slashed = _SLASH_RATE.match(sentence, end) is not None  # "$0.03/kWh": a rate, no noun
    words, noun_end = ([], end) if percent or slashed else counted_words(sentence, end)
    after = bound_after(sentence, end, noun_end) if bound == "exactly" else None
    if after is not None and not words and not percent and noun_after_bound(sentence, after[1]):
        words, noun_end = counted_words(sentence, after[1])  # "12 or more berths", "40 or so sailors"
    aged = currency is None and not percent and after_aged(sentence, start)
    if not percent and currency is None and fraction_or_mention(sentence, start, end, bool(words) or aged):
        return None
    nouns = tuple(unit_name(singular(w)) for w in words)  # "43-yr": years
    nouns = (UNIT,) if multiple_ends(sentence, end) else nouns  # "9 times higher"
    kind = "percent" if percent else "money" if currency else "count"
    if aged and nouns[:1] not in (("month",), ("week",), ("day",)):
        nouns, kind = ("year",), "age"  # "adults aged 26", "under age 18 need consent"; but "age 6 months"
    if not nouns and currency is None and is_age(sentence, start, end, number):
        nouns, kind = ("year",), "age"  # "Assange, 47, was arrested": an age in years
    if nouns == ("year",) and _YEAR_OLD.match(sentence, end):
        kind = "age"  # "an 8-year-old girl", "the 56-year-old", "she is 30 years old"
    bound = after[0] if after is not None else bound  # "aged 26 or older", "ten days or less"
    if bound == "more_than" and across(sentence, bound_start, start, nouns[-1] if nouns else None, noun_end):
        bound, bound_start = "exactly", start  # "titles over two spells": across the span (``over_spans``)
    noun = "percent" if percent else (nouns[-1] if nouns else None)
    if currency is None and noun is not None:
        currency = CURRENCY_NOUNS.get(" ".join(nouns[-2:])) or CURRENCY_NOUNS.get(noun)
        if noun == "pound" and not sentence.startswith(" sterling", noun_end):
            currency = None  # pounds are a weight unless sterling
    hundredth = None if currency is not None else hundredths(nouns, CURRENCY_NOUNS)
    if hundredth is not None:
        currency, kind, number = hundredth, "money", number / 100  # "10 cents" is 0.10 USD
    if currency is not None:
        nouns, kind = (*nouns, currency.lower()), "money"  # a property counting "USD" counts "$8.8 billion"
        floor = price_floor(sentence, start, end) if bound == "exactly" else None
        bound, bound_start = ("at_least", floor) if floor is not None else (bound, bound_start)  # "start at $5"
    rate = _RATE.match(sentence, noun_end)
    per = None if rate is None else PERIODS[(rate[1] or rate[2]).lower()]
    other = None if rate is not None or percent else rate_after(sentence, noun_end, currency is not None)
    per, per_unit = (other[1], None) if other and other[0] == "period" else (per, other and other[1])
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
        per_unit=per_unit,
    )


def _one_unit(sentence: str, match: re.Match[str], taken: bytearray) -> QuantityMention | None:
    """ "for about a month", "after a year": one of a time unit; "more than an inch per hour": one of a measure."""
    if taken.find(1, match.start(), match.end()) >= 0:
        return None
    bound, start = bound_before(sentence, match.start("a"))
    start = min(start, match.start("a"))
    unit = match["unit"].lower()
    taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    end = match.end("unit")  # "a month after": the words of the value end at its unit
    kind = "count" if match.groupdict().get("measure") else "duration"  # "more than an inch", "for a month"
    rate = _RATE.match(sentence, end) if kind == "count" else None  # "an inch per hour"
    per = None if rate is None else PERIODS[(rate[1] or rate[2]).lower()]
    return QuantityMention(start, end, sentence[start:end], {bound: 1}, unit, (unit,), kind, per=per)


def _ranges(sentence: str, singles: list[tuple[re.Match[str], QuantityMention]]) -> list[QuantityMention]:
    """Two numbers joined by "to", "and" (after "between") or a dash are one range: "242 to 330",
    "between 5 and 7 percent", "ranging from 30-600 MW"; "from 10 to 20" (a change) stays two numbers, and "won 3-1"
    is a score, none; ends that count different units are two bounds (``range_ends``)."""
    found: list[QuantityMention] = []
    index = 0
    while index < len(singles):
        _, first = singles[index]
        if index + 1 < len(singles):
            later, second = singles[index + 1]
            joined = _RANGE.fullmatch(sentence, first.end, later.start())
            lead = sentence[max(0, first.start - 9) : first.start].lower()
            connector = None if joined is None else joined.group().strip()
            if connector in ("-", "–", "—") and _a_score(first, second):
                index += 2  # "won 3-1", "a 2-2 draw", "a 5-4 vote": a score or a tally, written high first
                continue
            if (
                joined is not None
                and "exactly" in first.value
                and "exactly" in second.value
                and _same_kind(first, second)
                and ("from" not in lead.split()[-1:] or spans_from(sentence, first.start))
                and not (connector == "to" and "by" in lead.split()[-1:] and first.currency)  # "by £285 to £9,535"
                and (connector != "and" or lead.rstrip().endswith("between"))
            ):
                found.append(_range(sentence, first, second))
                index += 2
                continue
            if ends_apart(sentence, first, second):  # "range from three weeks to five years": two bounds
                found += [replace(first, value={"at_least": first.value["exactly"]}),
                          replace(second, value={"at_most": second.value["exactly"]})]  # fmt: skip
                index += 2
                continue
        found.append(first)
        index += 1
    return found


def _a_score(first: QuantityMention, second: QuantityMention) -> bool:
    """Two whole numbers joined by a dash, the first not the smaller: a range is written low to high."""
    low, high = first.value.get("exactly"), second.value.get("exactly")
    plain = first.kind == second.kind == "count" and not first.scale and not second.scale
    return plain and isinstance(low, int) and isinstance(high, int) and low >= high


def _same_kind(first: QuantityMention, second: QuantityMention) -> bool:
    """Two numbers can make a range when they count the same kind of thing: "3.5 percent to $27.2 billion"
    is a change and a total, "$40-50 billion" and "80% to 90%" are ranges."""
    plain = [m for m in (first, second) if m.kind == "count" and not m.nouns]
    if first.currency and second.currency and first.currency != second.currency:
        return False  # "£285 to $9,535": two currencies are never one range
    return first.kind == second.kind or first.noun == second.noun or bool(plain)


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
    counted = second if second.nouns or second.kind != "count" else first
    return QuantityMention(
        start,
        second.end,
        sentence[start : second.end],
        value,
        counted.noun,
        counted.nouns,
        counted.kind,
        second.currency or first.currency,
        second.scale,
        second.per,
        per_unit=second.per_unit,
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


__all__ = ["QuantityMention", "find_quantities", "read_quantity"]
