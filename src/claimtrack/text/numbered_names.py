"""Numbers that are part of a name, a label or a note, found before the date and quantity readers run: no date
and no quantity a claim could be made of.

- A capitalised word joined by a hyphen to a number: a company's, a work's or a disease's name ("Take-Two
  Interactive", "Catch-22", "COVID-19"); never a number written in words ("Twenty-two months") or a prefix of
  time or rank ("Mid-2020", "Top-10").
- A number after a word that labels an item of a series: a kind or a step ("type 2 diabetes", "group 2 innate
  lymphoid cells", "a phase 3 trial", "stage 4 cancer", "route 66", "District Three"); not after "each", "every", "per", "last" or
  "this" ("each round 12 players").
- A basketball shot named by its points ("a 3-pointer", "missed a 3,"): the 3 counts nothing; "four 3-pointers"
  still counts four (``pointers``).
- A short quotation given as a name or a term ("known as the "Three Amigos"", "the term "three amigos""), or
  written in title case ("the "Seven Sisters""); a quoted sentence ("Two people died") stays.
- A street address ("of 1909 Jolinda Drive", "at 12 Harbour Road"): a number and a street's name.
- The time left in a game ("with 55 seconds left", "with two minutes remaining").
- A correction's or an update's note ("Correction added Nov. 18, 2019:", "Updated Dec. 2, 2019:"): the page's
  editing, no date the article tells.
- A work's title that opens with a number and a colon ("2001: A Space Odyssey").
- A contest named by its year: an election, a campaign, a primary ("the 2016 election", "raising 2016
  elections", "the early 2020 campaign", "the 2020 presidential election"); not one a possessive owns ("the
  governor's 2016 election campaign", his of that year) nor one a month dates ("the November 2020 election").
- A reference of three or more parts joined by slashes, some of them letters: a case's or a file's number
  ("FHC/ABJ/03/095/2018", "archives/2364"); never a day ("11/19/2019").
"""

from __future__ import annotations

import re

from claimtrack.text.quantity_words import WORD_NUMBER

_NUMBER = rf"(?:\d+(?:\.\d+)?|{WORD_NUMBER}(?:-{WORD_NUMBER})?)"
_HYPHEN_NAME = re.compile(rf"\b(?P<head>[A-Z][A-Za-z]*)-(?P<number>{_NUMBER})\b(?![-–]\d)", re.IGNORECASE)
_PREFIXES = frozenset(
    [
        "mid",
        "pre",
        "post",
        "early",
        "late",
        "top",
        "under",
        "over",
        "non",
        "anti",
        "ex",
        "sub",
        "multi",
        "ultra",
        "semi",
        "cross",
        "inter",
        "intra",
        "self",
        "all",
    ]
)
"""Prefixes before a number that make a date or a rank of it ("Mid-2020", "Top-10", "Under-21"), no name."""
_LABELS = (
    r"type|group|phase|stage|grade|level|class|category|tier|round|chapter|section|article|route|gate|terminal"
    r"|episode|volume|version|generation|step|part|game|zone|ward|district|precinct|lane|platform"
)
_LABELLED = re.compile(rf"(?<![\w-])(?:{_LABELS})\s+(?P<number>\d+[A-Za-z]?)\b(?![.,]\d)(?!\s*(?:%|percent))")
_TITLED_LABEL = re.compile(
    r"\b(?:District|Ward|Precinct|Region|Zone|Division|Section|Chapter|Article|Route|Class|Group|Round|Stage|Phase"
    r"|Tier|Level|Grade|Area|Sector|Unit|Company|Battalion|Platoon|Station|Terminal|Gate)\s+(?P<number>(?:One|Two"
    r"|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen"
    r"|Nineteen|Twenty)(?:-(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine))?)\b"
)
"""A label in a title's capitals with its number in words: "District Three Congressman", "his District Four seat"."""
_NOT_A_LABEL_BEFORE = re.compile(
    r"\b(?:each|every|per|this|that|next|last|one|same|first|second|third|final)\s+$", re.I
)
_POINTER = re.compile(rf"\b(?P<number>{_NUMBER})-pointers?\b", re.IGNORECASE)
_SHOT = re.compile(
    r"\b(?:hit|hits|hitting|made|makes|making|missed|misses|missing|sank|sinks|drained|drains|buried|nailed|with|on)"
    r"\s+(?:a|another|his|her)\s+(?:(?:go-ahead|tiebreaking|tying|corner|deep|long|step-back|contested)\s+)?"
    r"(?P<number>[23])(?=\s*(?:[,.;:]|$)|\s+(?:with|to|from|in|at|and|as|that|which|for|late|early|before)\b)",
    re.IGNORECASE,
)
"""A basketball shot named by its points, with no noun: "cut it to 110-109 with a 3 with 22 seconds left", "missed
a 3," (but "a 3 percent rise", "with a 3-1 lead" are counts)."""
_POINTERS_AFTER = re.compile(rf"\s+({_NUMBER}-pointers?)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“](?P<words>[^\"“”]{1,40}?)[\"”]")
_NAMING_CUE = re.compile(
    r"\b(?:known as|called|dubbed|nicknamed|named|so-called|branded|term|phrase|nickname|moniker|label|slogan"
    r"|title|titled|name)\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
_NUMBER_INSIDE = re.compile(rf"\b{_NUMBER}\b", re.IGNORECASE)
_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for"])
_STREET_NAME = r"\b\d{1,5}[A-Z]?(?:\s+(?:[NSEW]\.?|North|South|East|West))?(?:\s+[A-Z][\w’'.-]*){1,3}\s+"
_STREET = re.compile(
    rf"{_STREET_NAME}(?:Street|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Place|Pl|Court|Ct|Square"
    r"|Terrace|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Pike)\b\.?"
    rf"|{_STREET_NAME}(?:St|Dr)\b(?!\.?\s+[A-Z][a-z])\.?"
)
"""A number and a street's name; "St." and "Dr." only when no name follows them ("2018 Prime Minister Dr.
Mahathir" is no address)."""
_TIME_LEFT = re.compile(
    rf"\bwith\s+(?:just\s+|only\s+)?(?P<number>{_NUMBER}|a)\s+(?:seconds?|minutes?)\s+(?:left|remaining|to play|to go)\b",
    re.IGNORECASE,
)
_EDITING_NOTE = re.compile(
    r"^\s*(?:Correction|Clarification|Update|Updated|Editor['’]s note)(?:,?\s+(?:added|made|appended|posted))?"
    r"(?:,?\s+(?:on\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)?\s*:"
)
_TITLE = re.compile(r"(?:^|(?<=[a-z] )|(?<=[(\"“]))\d{1,4}:\s+(?:A|An|The)\s+[A-Z][a-z]+")
"""A title opening with a number, after a word in lower case ("from 2001: A Space Odyssey"); never a result line
after a team's name ("Wild 4, Sabres 1: The winger scored")."""
_CONTEST = re.compile(
    r"(?<![’']s )(?<!\b[Ii]n )(?<!\b[Ss]ince )(?:\b(?:early|late|mid)[- ])?\b(?:1[89]|20)\d\d\s+"
    r"(?:(?!(?:the|a|an|and|or|of|in|on|at|to|for|by|with|was|is|he|she|it|they|we)\b)[A-Za-z-]+\s+){0,2}?"
    r"(?:elections?|campaigns?|primary|primaries|caucus(?:es)?|midterms?)\b"
)
"""An election, a campaign or a primary named by its year, not after a possessive nor "in" ("In 2016 elections
were held"); a month before the year dates it (checked apart)."""
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$")
_REFERENCE = re.compile(r"(?<![\w/])[\w.:-]+(?:/+[\w.:-]+){2,}")
"""Parts joined by slashes, three or more: a reference when some are letters (a day's are all digits)."""


def numbered_names(sentence: str) -> list[tuple[int, int]]:
    """Spans of ``sentence`` whose numbers are part of a name, a label or a note (see the module's
    docstring): the readers read no date and no quantity inside them."""
    spans: list[tuple[int, int]] = []
    for match in _HYPHEN_NAME.finditer(sentence):
        head = match["head"]
        if head[0].isupper() and head.lower() not in _PREFIXES and not re.fullmatch(WORD_NUMBER, head, re.I):
            spans.append(match.span())
    for match in _LABELLED.finditer(sentence):
        if not _NOT_A_LABEL_BEFORE.search(sentence, max(0, match.start() - 12), match.start()):
            spans.append(match.span())
    spans += [match.span("number") for match in [*_POINTER.finditer(sentence), *_SHOT.finditer(sentence)]]
    spans += [match.span("number") for match in _TITLED_LABEL.finditer(sentence)]
    spans += [match.span() for match in _QUOTED.finditer(sentence) if _quoted_name(sentence, match)]
    spans += [match.span() for match in _STREET.finditer(sentence)]
    spans += [match.span() for match in _TIME_LEFT.finditer(sentence)]
    spans += [match.span() for match in _EDITING_NOTE.finditer(sentence)]
    spans += [match.span() for match in _TITLE.finditer(sentence)]
    spans += [
        match.span()
        for match in _CONTEST.finditer(sentence)
        if not _MONTH_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
    ]
    spans += [match.span() for match in _REFERENCE.finditer(sentence) if re.search(r"[A-Za-z]", match.group())]
    return spans


def _quoted_name(sentence: str, match: re.Match[str]) -> bool:
    """A short quotation holding a number, given as a name or a term, or written in title case."""
    words = match["words"].strip(" .,;:!?").split()
    if not 1 <= len(words) <= 4 or not _NUMBER_INSIDE.search(match["words"]):
        return False
    if _NAMING_CUE.search(sentence, max(0, match.start() - 24), match.start()):
        return True
    titled = all(word[0].isupper() or word.lower() in _SMALL_WORDS for word in words)
    return len(words) >= 2 and titled and words[0][0].isupper() and words[-1][0].isupper()


def pointers(sentence: str, start: int) -> re.Match[str] | None:
    """The shot named by points written at ``start`` ("four 3-pointers": the unit of the four), if any."""
    return _POINTERS_AFTER.match(sentence, start)
