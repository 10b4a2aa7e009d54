"""The words the quantity reader knows: how numbers, scales, currencies, bounds, durations and periods are
written, and the value of a number as written."""

from __future__ import annotations

import re

WORD_NUMBER = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|dozen)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|dozen)\b"
NUMBER = re.compile(
    r"(?<![\w.,$€£¥₹])(?<![^\d%]-)(?<!^-)"
    r"(?:(?P<sign>US\$|HK\$|C\$|A\$|\$|€|£|¥|₹|Rs\.?)\s?|(?P<code>USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|RUB) )?"
    r"(?P<number>(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))"
    r"(?:[ -](?P<scale>thousand|million|billion|trillion|lakh crore|lakhs?|crores?)\b|\s?(?P<abbr>bn|mn|tn|m|b|k)\b)?"
    r"(?P<percent>\s?%|\s?percent\b|\s?per cent\b)?(?!\d)(?![.,]\d)(?![A-Za-z])"
    rf"|\b(?P<words>(?:an? (?={_SCALE_WORD})|{WORD_NUMBER}(?:[ -](?:and )?)?)*{WORD_NUMBER})\b"
    r"(?P<half>[ -]and[ -]a[ -]half\b)?(?P<wpercent> percent\b| per cent\b)?",
    re.IGNORECASE,
)
"""A number: in digits (perhaps with a currency before it, a scale word and a percent sign after it), or in
words ("a" only before a scale word: "a million", "a dozen", but "a three-year silence" is three). A number
after a hyphen is the second of a range ("40-50") when a digit is before the hyphen, never a negative one or
a name's ("S-1")."""

SCALE = {"bn": "billion", "b": "billion", "mn": "million", "m": "million", "k": "thousand", "tn": "trillion"}
SCALE_FACTOR = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000, "lakh crore": 1_000_000_000_000,
}  # fmt: skip
"""What each scale word multiplies by, India's too ("Rs 24 lakh" is 2,400,000 rupees, "Rs 1.5 lakh crore"
1.5 trillion)."""

CURRENCY_SIGNS = {
    "$": "USD", "US$": "USD", "HK$": "HKD", "C$": "CAD", "A$": "AUD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "rs": "INR", "rs.": "INR",
}  # fmt: skip
"""Signs written before a number, lower case for letters ("Rs 300" and "Rs. 300" are rupees)."""
CURRENCY_NOUNS = {
    "dollar": "USD",
    "us dollar": "USD",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "rouble": "RUB",
    "ruble": "RUB",
    "swiss franc": "CHF",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}
"""Currencies named after the number, singular and lower case, by ISO code ("pound" only with "sterling")."""

BOUNDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:more than|over|in excess of|upwards of|above|just over)\s*$", re.I), "more_than"),
    (
        re.compile(
            r"\b(?:at least|no fewer than|no less than|(?:a|the) minimum (?:\w+ )?of|the minimum"
            r"|as (?:few|little|low|small|short|young) as)\s*$",
            re.I,
        ),
        "at_least",
    ),
    (re.compile(r"\b(?:less than|fewer than|under|below|just under|(?:just )?short of)\s*$", re.I), "less_than"),
    (
        re.compile(
            r"\b(?:up ?to(?: an additional| another| a further)?|at most|no more than"
            r"|as (?:much|many|high|large|big|tall|heavy|deep|wide) as"
            r"|(?:a|the) maximum (?:\w+ )?of|the maximum)\s*$",
            re.I,
        ),
        "at_most",
    ),
    (
        re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|an estimated|close to)\s*$", re.I),
        "about",
    ),
    (re.compile(r"\b(?:doubl|tripl|ris|gr[eo]w|increas|fell|fall|dropp|cut)\w*\s+(?:in \w+ )?to\s*$", re.I), "exactly"),
]
"""The words before a number that give its bound, as the model names it: "upto" as "up to"; "as many as" and "as
high as" at most, "as few as" and "as low as" at least (never "as long as" or "as far as", which set a condition or
a limit of talk: "as long as 80 percent agree")."""
BOUND_KEYS = frozenset(["more_than", "at_least", "less_than", "at_most", "about"])
"""The bounds other than exactly."""

_UNIT_NAMES = {
    "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second", "yr": "year",
    "yrs": "year", "wk": "week", "wks": "week",
}  # fmt: skip
IN_SMALLER = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}
"""How many of the smaller unit make one of the larger."""

PERIODS = {
    "year": "year",
    "annually": "year",
    "yearly": "year",
    "month": "month",
    "monthly": "month",
    "week": "week",
    "weekly": "week",
    "day": "day",
    "daily": "day",
    "hour": "hour",
    "hourly": "hour",
}

NOT_A_NAME = frozenset(
    [
        "about",
        "more",
        "nearly",
        "some",
        "up",
        "over",
        "under",
        "only",
        "just",
        "at",
        "around",
        "almost",
        "roughly",
        "approximately",
        "fewer",
        "less",
        "than",
        "in",
        "on",
        "by",
        "of",
        "for",
        "from",
        "with",
        "to",
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "all",
        "another",
        "those",
        "these",
        "its",
        "their",
        "his",
        "her",
        "our",
        "least",
        "most",
        "estimated",
        "total",
        "exactly",
        "every",
        "each",
        "last",
        "next",
        "first",
        "since",
        "after",
        "before",
        "during",
        "until",
        "between",
        "within",
        "among",
        "while",
        "when",
        "as",
        "nearly",
        "some",
    ]
)
"""Capitalised words a number follows as a count ("About 50", "In all, 12"), not as a name ("Boeing 787")."""


def unit_name(word: str) -> str:
    """A unit of time by its full name: "hrs" is ``hour``, "43-yr" counts ``year``."""
    return _UNIT_NAMES.get(word, word)


def number_of(match: re.Match[str]) -> float | None:
    """The number a ``NUMBER`` match writes, scaled ("8.8 billion", "$5m"); None for what is no number here
    ("5m" without a currency is five metres, no million)."""
    if match["digits"]:
        number = float(match["digits"].replace(",", ""))
        if match["abbr"] and not (match["sign"] or match["code"]):
            return None
        scale = (match["scale"] or SCALE.get((match["abbr"] or "").lower()) or "").lower()
        return number * SCALE_FACTOR[scale] if scale else number
    from number_parser import parse_number

    words = re.sub(r"^an? ", "one ", match["words"].lower())
    if words.startswith("one dozen") or words == "dozen":
        return 12.0
    dozens = re.fullmatch(r"(\w+)[ -]dozen", words)
    if dozens is not None:  # "three dozen": number-parser reads no dozens but "a dozen"
        count = parse_number(dozens[1])
        return None if count is None else 12.0 * count
    parsed = parse_number(words)
    if parsed is None:
        return None
    return float(parsed) + (0.5 if match["half"] else 0.0)


NOT_UNITS = frozenset([
    "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "wider", "narrower", "longer",
    "shorter", "taller", "greater", "older", "younger", "faster", "slower", "earlier", "later", "cheaper", "dearer",
    "heavier", "lighter", "deeper", "shallower", "thicker", "thinner", "stronger", "weaker", "better", "worse",
    "richer", "poorer", "hotter", "colder", "warmer", "cooler", "up", "down", "off", "out", "away", "ahead",
    "back", "behind", "apart", "ago", "apiece", "each", "altogether", "overall", "instead", "too", "again", "so",
    "yet", "still", "already", "now", "then", "there", "here", "said", "says", "came", "come", "went", "go",
    "got", "get", "took", "take", "made", "make", "gave", "give", "saw", "see", "told", "tell", "won", "lost",
    "left", "rose", "fell", "grew", "thought", "knew", "found", "became", "become", "ran", "run", "sat", "stood",
    "paid", "sold", "bought", "held", "kept", "met", "sent", "spent", "brought", "are", "were", "was", "is", "be",
    "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "shall", "should",
    "did", "do", "does", "where", "when", "whose", "whom", "while", "why", "how", "despite",
])  # fmt: skip
"""Words after a number that are never what it counts: comparatives ("two inches wider", "5 percent
higher"), adverbs, verbs ("the two came", "the 56-year-old said") and words opening a clause ("one stretch
where")."""
