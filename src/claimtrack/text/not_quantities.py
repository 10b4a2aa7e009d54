"""Numbers in a sentence that are no quantity a claim gives, and the few that are an age.

Not quantities: clock times ("10:30 p.m.", "10 a.m."), model numbers and numbers in names ("Boeing 787", "the
737 Max", "Flight 302", "No. 5", "the S&P 500", "the iPhone 11"; but a possessive is an owner: "Jupiter's 79 moons"), a measure in a product's
name ("the 13-inch MacBook Pro"), phone and emergency numbers ("called 911"), addresses ("12 Harbour Road"), page numbers ("page 12"), a
numeral named ("the number eight"), years ("in 2019", "the 2019 budget"),
fractions ("two-thirds", "1/4 cup"), ratios ("one in five"), numbers joined by a slash ("24/7", "Money 20/20"), "100 percent sure", vague counts ("an app or two"), and a number after "the" that counts no noun ("the
earlier two"): it names again things counted before. Labels made of numbers (``labels``): an acceleration's "0-60
mph", "0-100 km/h" names the test, not a speed. Ordinals in digits ("10th appearance") are no number at all.
A unit of length, area or weight after it makes a number after a name a measure ("the Observatory 450 miles west
of Austin"). Nor are a reference mark ("[1] Alarm fatigue"), the volume and pages of a citation ("2015; 28: 685-690"), a
number word written in capitals inside a name ("the SIX Swiss Exchange"), the parts of a date written in numbers
("2020-01-13") or of a season ("2019-20"), the number of a list's item ("1) Some 66 percent..."), and a rate's base
("doses per 100 people", "one miss for every 22 attempts").
"""

from __future__ import annotations

import re

from claimtrack.text.compound_counts import hyphen_adjective, kind_of_thing, named_measure
from claimtrack.text.numbered_names import numbered_names
from claimtrack.text.quantity_words import NOT_A_NAME
from claimtrack.text.stems import singular

COMPOUND = re.compile(r"-([A-Za-z]+)")
"""A number joined to its unit by a hyphen: "a three-year silence", "a 56-year-old"."""
_WORD_AFTER = re.compile(r"\s*([^\s.,;:!?)\]”\"]+)")  # the word, not the punctuation after it ("1500 soldiers.")
_SLASHED = re.compile(r"/\d")
_SLASHED_BEFORE = re.compile(r"\d/$")
_CLOCK = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|EST\b|ET\b|o['’]clock\b)", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?)?\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?![\d,])")
_PAGE = re.compile(r"\b(?:pages?|pp?\.|p|paragraphs?|chapters?|footnotes?|notes?|lines?)\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[\s(\"“‘])([A-Z][\w’'.&-]*|[a-z]+[A-Z][\w’'.&-]*)\s*$")
_WHOLLY = re.compile(
    r"\s+(?:sure|certain|committed|confident|behind|correct|right|wrong|true|false|focused|fit|healthy|honest)\b",
    re.IGNORECASE,
)
"""After "100 percent", a word that makes it "wholly" ("100 percent sure"): a share of nothing."""
_RATIO = re.compile(r"\b(?:one|1)\s+in\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(r"\s+in\s+\d")
"""The second number of a ratio: "one in five adults" is a share, no count of five."""
_STREET = re.compile(
    r"(?:\s+[A-Z][\w’'.-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl"
    r"|Court|Ct|Square|Terrace|Highway|Hwy|Parkway)\b"
)
"""The name of a street after a number: "12 Harbour Road" is an address."""
_PRODUCT_AFTER = re.compile(r"[\s-](?:Max|MAX|Pro|Plus|Mini|Ultra|XL|Dreamliner|Series|neo)\b")
_MEASURE_OF_A_NAME = re.compile(r"-[A-Za-z]+\s+(?:[A-Z]|(?:models?|versions?|variants?|editions?)\b)")
_DISTANCE_AFTER = re.compile(
    r"\s+(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|yards?|acres?|hectares?|kilograms?|kg|tonnes?)\b"
    r"(?!\s+[A-Z])"
)
"""A unit of length, area or weight after a number: it measures, even after a name ("the Observatory 450 miles
west"), where a model's or a flight's number never has one (but "the Boeing 787 Dreamliner" and "Route 66 Miles
Diner" name a thing)."""
_TIME_AFTER = re.compile(r"\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
"""A decimal before a unit of time measures, also after a name ("Ford Focus Electric 9.4 seconds"): a model's
number has no decimals before a unit of time ("Model 3 sedan")."""
_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second", "decade", "century"])
_EMERGENCY = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring(?:ing)?|rang)\s+$", re.IGNORECASE)
_EMERGENCY_AFTER = re.compile(r"\s+(?:calls?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|emergenc\w+)\b", re.I)
_NUMERAL = re.compile(r"\b(?:the )?(?:number|numeral|digit|figure)\s+$")
_DEFINITE = re.compile(r"\b(?:the|these|those)\s+(?:\w+\s+)?$", re.IGNORECASE)
"""A number after "the" with no noun after it names again things counted before ("the earlier two", "these
two came"): no count the sentence gives."""
_FRACTION = re.compile(r"-(?:halve|half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?\b", re.I)
_ONE_OR_TWO = re.compile(r"\b(?:an?|one)\s+[\w-]+\s+or\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"[A-Z][\w’'.-]*,\s+$")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+\s+$")
_OF_PLACE = re.compile(r",\s+of\s+[A-Z]")
_YEARLIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_REFERENCE = re.compile(r"\[\s*(?:\d+\s*[,–-]\s*)*$")
_REFERENCE_AFTER = re.compile(r"\s*(?:[,–-]\s*\d+\s*)*\]")
"""A reference mark: a number in square brackets ("[1]", "[2, 3]", "[4-6]"), pointing to a note."""
_CITATION = re.compile(r"\b(?:1[89]|20)\d\d\s*;\s*\d+(?:\s*\(\d+\))?\s*:\s*\d+(?:\s*[-–]\s*\d+)?")
"""A journal citation's year; volume(issue): pages ("2015; 28: 685-690", "2019;12(3):45")."""
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_NUMERIC_DATE = re.compile(r"\b(?:1[89]|20)\d\d-[01]\d-[0-3]\d\b|\b(?:1[89]|20)(\d\d)[-/–](\d\d)\b(?![-/]\d)")
"""A date in numbers ("2020-01-13") or a season of two years ("2019-20", "2019/20")."""
_RATE_BASE = re.compile(r"\b(?:per|for every|out of every|in every)\s+(?:US\$|[$€£¥₹])?$", re.IGNORECASE)
"""Before a number, the words of a rate's base: "181.24 doses per 100 people" counts no 100 people, "$0.48 per $100
of valuation" no $100 (``rates``)."""
_ITEM = re.compile(r"[.)]\s")
"""After a number opening a sentence, the mark of a list's item: "1) Some firms", "2. The port"."""
_SPEED = r"(?:mph|km/h|kph|kmh|miles (?:an|per) hour|kilomet(?:re|er)s (?:an|per) hour)\b"
_ACCELERATION = re.compile(
    rf"\b(?:0|zero)\s?(?:[-–]|to)\s?\d{{2,3}}(?:\s?{_SPEED}(?:\s?\(\d{{2,3}}\s?{_SPEED}\))?"
    r"|(?=\s(?:times?|sprints?|acceleration|in \d))"
    r"|\s?(?:miles|km|kilomet(?:re|er)s)\b(?=\s+in\s+(?:(?:less than|under|about|just|around)\s+)?\w+\s+seconds\b))",
    re.IGNORECASE,
)
"""From standing to a speed: "0-60 mph", "0 to 100 km/h", "from zero to 60 mph (97 kph)" with the speed in
another unit, "its 0-62 time", "0-60 in 3.1 seconds", "0 to 60 miles in less than six seconds" (the speed's "per
hour" left out)."""
_FROM_STANDING = re.compile(
    r"\baccelerat\w*\s+from\s+(?P<label>(?:0|zero)\s?(?:[-–]|to)\s?\d{2,3}(?:\s?(?:miles|km|mph|kph)\b)?)", re.I
)
"""After "accelerate from", a speed's label however its unit is written: "to accelerate from 0 to 60 miles"."""


def labels(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence that are labels made of numbers, no quantity: an acceleration's "0-60 mph", and
    the names, labels and notes of ``numbered_names`` ("Take-Two", "type 2 diabetes", "a 3-pointer")."""
    standing = [match.span("label") for match in _FROM_STANDING.finditer(sentence)]
    return [match.span() for match in _ACCELERATION.finditer(sentence)] + standing + numbered_names(sentence)


def phone_numbers(sentence: str) -> bytearray:
    """A byte map of the sentence's phone numbers (seven digits or more)."""
    phones = bytearray(len(sentence))
    for phone in _PHONE.finditer(sentence):
        if sum(ch.isdigit() for ch in phone.group()) >= 7:
            phones[phone.start() : phone.end()] = b"\x01" * (phone.end() - phone.start())
    return phones


def not_a_quantity(sentence: str, match: re.Match[str], phones: bytearray) -> bool:
    """The number ``match`` (of ``quantity_words.NUMBER``) is no quantity: see the module's docstring."""
    start, end = match.span("number") if match["digits"] else match.span("words")
    if phones.find(1, start, end) >= 0 or (sentence.startswith(":", end) and sentence[end + 1 : end + 2].isdigit()):
        return True  # a phone number, or a clock time "10:30"
    if start and sentence[start - 1] == ":":
        return True
    if _SLASHED.match(sentence, end) or _SLASHED_BEFORE.search(sentence, max(0, start - 2), start):
        return True  # "24/7", "Money 20/20", "a 6/8 feel", "1/4 cup": a label, a ratio or a fraction
    if _CLOCK.match(sentence, end) or _PAGE.search(sentence, max(0, start - 12), start):
        return True
    if _RATE_BASE.search(sentence, max(0, start - 14), start):
        return True  # "per 100 people", "for every 22 attempts": a rate's base
    if (start == 0 and match["digits"] and _ITEM.match(sentence, end)) or _in_numeric_date(sentence, start, end):
        return True  # "1) Some 66 percent of firms beat", "date 2020-01-13", "the 2019-20 season"
    if _REFERENCE.search(sentence, max(0, start - 12), start) and _REFERENCE_AFTER.match(sentence, end):
        return True  # a reference mark: "[1] Alarm fatigue", "as shown [2, 3]"
    if _in_citation(sentence, start, end):
        return True  # a citation's volume and pages: "Crit Care 2015; 28: 685-690"
    words = match["words"] or ""
    if len(words) > 2 and words.isupper() and not sentence.isupper() and _NAME_AFTER.match(sentence, match.end()):
        return True  # a number word in capitals inside a name: "the SIX Swiss Exchange"
    if match["digits"] and not match["scale"] and _STREET.match(sentence, end):
        return True  # an address: "12 Harbour Road"
    whole = (match["digits"] or match["words"] or "").lower() in ("100", "one hundred", "a hundred")
    if whole and (match["percent"] or match["wpercent"]) and _WHOLLY.match(sentence, match.end()):
        return True  # "100 percent sure": wholly, a share of nothing
    if match["sign"] or match["code"] or match["percent"] or match["scale"]:
        return False
    if named_measure(sentence, start, end):
        return True  # "the Six-Day War", "a two-state solution", "the new 2.0-liter will"
    digits = match["digits"]
    before = sentence[max(0, start - 40) : start]
    if _NUMERAL.search(before) or _ONE_OR_TWO.search(before) or _RATIO.search(before):
        return True  # "the number eight" names a numeral; "an app or two", "one in five" count nothing
    if digits == "1" and _RATIO_AFTER.match(sentence, end):
        return True  # "1 in 10 boats": a share
    if digits in ("911", "999", "112") and (_EMERGENCY.search(before) or _EMERGENCY_AFTER.match(sentence, end)):
        return True  # an emergency telephone number: "called 911", "999 calls"
    compound = COMPOUND.match(sentence, end)
    if (
        compound
        and singular(compound[1]) not in _TIME_UNITS
        and _MEASURE_OF_A_NAME.match(sentence, end)
        and not kind_of_thing(sentence, end)
    ):
        return True  # a measure in a product's name: "the 13-inch MacBook Pro" (but "a four-door GT car")
    name = _NAME_BEFORE.search(sentence, max(0, start - 30), start)
    possessive = name is not None and re.search(r"[’']s?$", name[1]) is not None
    adjective = name is not None and hyphen_adjective(name[1])  # "Turbine-style 22-inch wheels"
    aged = bool(digits) and _unpunctuated_age(sentence, start, end)  # "Ryan S. Hollman 31, of Hope"
    measured = _DISTANCE_AFTER.match(sentence, end) is not None  # "the Observatory 450 miles west of Austin"
    measured = measured or ("." in (digits or "") and _TIME_AFTER.match(sentence, end) is not None)
    counted = possessive or adjective or aged or measured
    if digits and name and not counted and name[1].lower().rstrip(".") not in NOT_A_NAME:
        return True  # "Boeing 787", "Flight 302", "No. 5", "Vision 2030"; but "Jupiter's 79 moons" counts
    if digits and _PRODUCT_AFTER.match(sentence, end):
        return True  # "the 737 Max"
    if digits and _YEARLIKE.fullmatch(digits):
        after = _WORD_AFTER.match(sentence, end)
        word = "" if after is None else after[1].lower()
        named = after is not None and after[1][:1].isupper()
        return not (
            (word.endswith("s") and singular(word) != word and not named) or word == "people"
        )  # a year, but "1500 soldiers" counts; "the 2019 Los Angeles Auto Show" names a show
    return False


def _in_numeric_date(sentence: str, start: int, end: int) -> bool:
    """The number at ``start``-``end`` is part of a date written in numbers, or the second year of a season
    (whose two digits follow the first year's: "2019-20", not "2019-25")."""
    offset = max(0, start - 11)
    for date in _NUMERIC_DATE.finditer(sentence[offset : end + 11]):
        if date.start() + offset <= start and end <= date.end() + offset:
            first, second = date.group(1), date.group(2)
            return first is None or int(second) == (int(first) + 1) % 100
    return False


def _in_citation(sentence: str, start: int, end: int) -> bool:
    """The number at ``start``-``end`` is inside a journal citation (read in the few words around it only)."""
    offset = max(0, start - 30)
    window = sentence[offset : end + 12]
    return any(c.start() + offset <= start and end <= c.end() + offset for c in _CITATION.finditer(window))


def is_age(sentence: str, start: int, end: int, number: float) -> bool:
    """A whole number under 130 between commas after a name: "Ilse Marn, 58, retired"; or after a full name with
    no comma, before ", of" a place: "Ryan S. Hollman 31, of Hope"."""
    if not number.is_integer() or number >= 130 or sentence[end : end + 1] not in (",", ")"):
        return False
    apposition = _APPOSITION.search(sentence, max(0, start - 40), start) is not None
    return apposition or _unpunctuated_age(sentence, start, end)


def _unpunctuated_age(sentence: str, start: int, end: int) -> bool:
    """Two digits after a person's full name and before ", of" and a place, the comma before them left out: "Ryan
    S. Hollman 31, of Hope" (but "Mortal Kombat 11, NBA 2K20" names games)."""
    named = _FULL_NAME.search(sentence, max(0, start - 40), start) is not None
    return end - start == 2 and named and _OF_PLACE.match(sentence, end) is not None


def fraction_or_mention(sentence: str, start: int, end: int, counts_a_noun: bool) -> bool:
    """ "Two-thirds" is a fraction; "the earlier two" and "these two came" name again things already counted.
    (A multiple, "10 times as many", is a quantity in ``times``: ``multipliers``.)"""
    if _FRACTION.match(sentence, end):
        return True  # "two-thirds of": a fraction of something, no count
    return not counts_a_noun and _DEFINITE.search(sentence, max(0, start - 30), start) is not None
