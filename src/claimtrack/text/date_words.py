"""How dates are written (months, weekdays, seasons, years, days), and the years and months that are part of a
name or a label rather than a date.

A month or a year right after a capitalised word that no date follows is part
of a name ("Theresa May", "Vision 2030", "the Class of 2020"), unless the word
is a possessive ("Holcomb's 2016 campaign" dates the campaign). A year in a
bibliographic reference ("(Grand Central Publishing, 2018)") dates the book,
and a copyright notice's ("© 2019 Velmar News") the page: not anything the
sentence says. A year after the publication's used as a
modifier ("the 2020 election", "their 2020 session", "the 2020 Democratic
field") names a thing by its year: the sentence says nothing happens then. A
past year so used still dates what it names ("a 2010 allegation").
"""

from __future__ import annotations

import re

MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?= (?:[12]\d|3[01]|0?[1-9])\b(?![:.]\d)))"
)
"""A month's name, or its abbreviation with a dot, or without one before a day ("As of Sep 30")."""
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
SEASON = r"(?:spring|summer|autumn|fall|winter)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

UNIT = r"(?:year|month|week)"
WHICH_YEAR = rf"(?:(?P<year>{YEAR})|(?P<which>this|last|next|that) year)"

ORDINAL_CENTURY = (
    r"\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first"
)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "months",
        re.compile(
            rf"\b(?i:from|between) (?P<m1>{MONTH}),? (?:of )?(?P<y1>{YEAR}) (?:to|and|until|through|till) "
            rf"(?P<m2>{MONTH}),? (?:of )?(?P<y2>{YEAR})\b"
        ),
    ),
    (
        "years",
        re.compile(
            rf"\b(?i:from|between) (?P<first>{YEAR}) (?:to|and|until|through|till) (?P<last>{YEAR})\b"
            rf"|(?<![\d$£€.,/-])(?P<first2>{YEAR}) ?[-–/] ?(?P<last2>{YEAR}|\d\d)\b(?![-–/]\d)"
        ),
    ),
    (
        "range",
        re.compile(rf"\b(?P<month>{MONTH}) (?P<first>{DAY}) ?[-–] ?(?P<last>{DAY})(?:,? (?P<year>{YEAR}))?\b"),
    ),
    (
        "range",
        re.compile(
            rf"(?<![\d.,-])(?P<first>{DAY}) ?[-–] ?(?P<last>{DAY}) (?P<month>{MONTH})(?:,? (?P<year>{YEAR}))?\b"
        ),
    ),
    (
        "deadline",
        re.compile(rf"\b(?:by|until|till|no later than) (?:the end of )?(?:(?P<month>{MONTH}) )?(?P<year>{YEAR})\b"),
    ),
    (
        "part",
        re.compile(
            rf"\b(?:the )?(?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th) (?P<part>quarter|half) "
            rf"(?:of )?{WHICH_YEAR}\b|\bQ(?P<q>[1-4]) (?P<qyear>{YEAR})\b"
        ),
    ),
    ("third", re.compile(rf"\b(?P<third>early|mid|late)[- ](?:in )?{WHICH_YEAR}\b(?!s)", re.IGNORECASE)),
    ("century", re.compile(rf"\b(?:the )?(?P<nth>{ORDINAL_CENTURY})[- ]century\b", re.IGNORECASE)),
    ("decade", re.compile(r"\b(?:the )?(?:(?P<part>early|mid|late)[- ])?(?P<decade>1\d\d0|20\d0)s\b", re.IGNORECASE)),
    ("day", re.compile(rf"\b(?:the )?{DAY} (?:of )?{MONTH},? {YEAR}\b|\b{MONTH} {DAY},? {YEAR}\b")),
    ("day-no-year", re.compile(rf"\b(?:the )?{DAY} (?:of )?{MONTH}|\b{MONTH} {DAY}\b(?![,.]?\d)")),
    ("month", re.compile(rf"\b{MONTH},? (?:of )?{YEAR}\b")),
    ("month-this-year", re.compile(rf"\b(?P<month>{MONTH}) (?:of )?(?P<which>this|last|next|that) year\b")),
    ("month-shifted", re.compile(rf"\b(?P<which>(?i:last|next|this)) (?P<month>{MONTH})(?! \d)")),
    (
        "season",
        re.compile(
            rf"\b(?:(?P<which>this|last|next|the) )?(?P<season>{SEASON})(?: (?:of )?(?P<year>{YEAR}))?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relative",
        re.compile(
            rf"\b(?:this|last|next|past|coming|that) {UNIT}\b|\b(?:a|one|two|three|four|five|six|seven|\d+) {UNIT}s? ago\b",
            re.IGNORECASE,
        ),
    ),
    ("weekend", re.compile(r"\b(?P<which>this|last|next|the|that) weekend\b", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            rf"\b(?:on |last |this |next )?{WEEKDAY}\b|\b(?:yesterday|today|tomorrow|tonight|last night)\b",
            re.IGNORECASE,
        ),
    ),
    ("month-no-year", re.compile(rf"\b{MONTH}(?! \d)")),
    ("year", re.compile(rf"(?<![\d$£€.,-]){YEAR}(?![\d%-])(?!,\d)(?!s\b)")),
]
"""Where dates are written, most specific first; a span taken by one pattern is not read again by a later one."""

_CALENDAR_WORD = re.compile(rf"{MONTH}|{WEEKDAY}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_NAME_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w’'-]*)\s+(?:of\s+)?$")
_NOT_A_NAME = frozenset([
    "in", "on", "by", "since", "until", "till", "from", "to", "through", "during", "before", "after", "last", "next",
    "this", "early", "late", "mid", "of", "and", "or", "but", "between", "for", "each", "every", "around", "about",
    "that", "the", "a", "an", "as", "at", "when", "while", "its", "their", "with", "end", "start", "beginning",
    "middle", "spring", "summer", "autumn", "fall", "winter",
])  # fmt: skip
"""Capitalised words a month or a year follows without being part of a name ("In May", "Since 2001", "End of
2020")."""
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\bcopyright)\s*$", re.IGNORECASE)
_CITATION = re.compile(r"\([^()]{0,80}[A-Z][^()]{0,80},\s*$")
_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|next|newest|latest)|[’']s)\s+$", re.I)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|model)\s+$")
_LISTED_BEFORE = re.compile(r"(?:,|\band)\s+$")
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w.&’'-]*){1,4}")
_ONE_OFF = frozenset(["War", "Revolution", "Uprising", "Crisis", "Earthquake", "Tsunami", "Massacre", "Coup"])
"""The last word of a one-off event's name, which the year before it dates ("the 1967 Six-Day War"): not an
edition, a model or an act, whose year is part of the name ("the 2019 Velmar Boat Show")."""
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|by|for|of|with|as|when|while|if|is|was|will)\b)[A-Za-z]")


def is_calendar_word(word: str) -> bool:
    """A month's or a weekday's name: capitalised, but no entity's."""
    return _CALENDAR_WORD.fullmatch(word) is not None


def in_a_name(sentence: str, start: int) -> bool:
    """The word before ``start`` (perhaps with "of" between) is capitalised, not the sentence's first, and no
    word a date follows: "Theresa May", "Vision 2030", "the Class of 2020"; never a possessive."""
    before = _NAME_BEFORE.search(sentence, max(0, start - 40), start)
    if before is None or before[1].lower() in _NOT_A_NAME or is_calendar_word(before[1]):
        return False
    if re.search(r"[’']s?$", before[1]):
        return False  # "Holcomb's 2016 campaign": an owner, not a name
    return not before.group().strip().endswith("of") or bool(sentence[: before.start(1)].strip())


def a_citation(sentence: str, start: int, end: int) -> bool:
    """A year closing a bibliographic reference, "(Grand Central Publishing, 2018)", or a copyright notice's,
    "© 2019 Velmar News"."""
    if _COPYRIGHT.search(sentence, max(0, start - 14), start):
        return True
    closed = sentence.startswith((")", ";"), end)
    return closed and _CITATION.search(sentence, max(0, start - 160), start) is not None


def a_label(sentence: str, start: int, end: int, year: int, published_year: int | None) -> bool:
    """A year after the publication's used as a modifier names a thing ("the 2020 election"); any year between
    "the" (or "model") and a name is part of the name ("the 2010 NASA authorization act", "the 2020 Sentra",
    "the production model 2020 LC 500", and a list's next "2015 Ford Focus" after "the 2015 Fiat 500e"), unless the name
    is a one-off event's ("the 1967 Six-Day War")."""
    name = _NAME_AFTER.match(sentence, end)
    listed = _LISTED_BEFORE.search(sentence, max(0, start - 6), start) and re.search(
        rf"\b[Tt]he {year}\s+[A-Z]", sentence[:start]
    )  # "the 2015 Fiat 500e and 2015 Ford Focus": one more model of a list
    if name is not None and (listed or _THE_BEFORE.search(sentence, max(0, start - 6), start)):
        words = name.group().split()
        return not is_calendar_word(words[0].rstrip(",.;:")) and words[-1].rstrip(",.;:") not in _ONE_OFF
    if published_year is None or year <= published_year:
        return False
    return _MODIFIER_BEFORE.search(sentence, max(0, start - 12), start) is not None and bool(
        _NOUN_AFTER.match(sentence, end)
    )
