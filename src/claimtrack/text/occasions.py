"""How many times, written as one word: "once", "twice", "thrice"; "more than double".

A count of occasions: "had twice been delayed" and "has won the cup twice" are 2 ``times``, "had their serve
broken once in the first set" 1, "is reviewed twice a year" 2 a year, "nearly twice" about 2; a multiple: "twice
his age", "twice the rate" 2 ``times``, "more than double the range" more than 2, "tripled the maximum" 3 (the
gold sets' unit of a multiple, as "nine times higher"). What is no count: "once" opening a clause ("once it arrives", "Once the rain
stops"), meaning formerly ("was once a key part", "what once would have been", "the once-hated"), and in set
phrases ("at once", "once again", "once more", "more than once", "once upon a time", "once in a while"); "twice as"
(a comparison whose base the sentence may not give, left alone as before); "double" as an adjective or a noun
("a double bill", "double digits", "the doubles title"), or a verb with no object ("doubled down"). "Scored twice" is a scorer's goals (``game_counts``
reads it first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.text.quantity_words import PERIODS

_PERIOD = r"(?:day|week|month|year|hour)"
_ONCE = re.compile(
    r"(?<![-\w])(?<!\bat )(?<!\bthan )(?<!\bthis )(?<!\bfor )(?P<word>once)\b(?!-)"
    r"(?=\s*(?:[.,;:!?)\]—–]|$)|\s+(?:in|during|before|after|for|since|this|last|per|every|each|on|at|with|against"
    rf"|when|while|and|but|or|so|over|between|across|by|from|under|inside|within|(?:a|an)\s+{_PERIOD}s?)\b)"
    r"(?!\s+(?:in a while|in a blue moon|and for all|upon|(?:for|in|out of) every)\b)",
    re.IGNORECASE,
)
"""A count of one occasion: "once" after what happened, before punctuation or a preposition ("amended it once",
"broken once in the first set", "once a year"); never before a subject or a verb ("once it arrives", "once told")."""
_TWICE = re.compile(
    r"(?<![-\w])(?P<word>twice|thrice)\b(?!-)(?!\s+(?:as|over|more|too)\b)",
    re.IGNORECASE,
)
"""Two or three occasions, or a multiple ("twice his age"); not "twice as" (a comparison) nor "twice over"."""
_DOUBLE = re.compile(
    r"\b(?:more|less|fewer) than\s+(?P<word>double|triple|quadruple)\b(?![-\w])(?!\s+(?:digits?|figures?)\b)",
    re.IGNORECASE,
)
"""A multiple after a bound: "more than double the range"."""
_MULTIPLIED = re.compile(
    r"\b(?P<word>(?:double|triple|quadruple)[ds]?|doubling|tripling|quadrupling)"
    r"\s+(?=(?:the|his|her|its|their|that|this|our)\s+\w)(?![^.;,]{0,60}\bto\s+[$€£]?\d)",
    re.IGNORECASE,
)
"""A multiple as a verb: "tripled the maximum", "to double the lead", "doubling their output" (2 or 3 ``times``); not
when the level reached follows ("doubled the number of boats to 36" is 36 boats)."""
_VALUES = {
    "once": 1,
    "twice": 2,
    "thrice": 3,
    "double": 2,
    "triple": 3,
    "quadruple": 4,
    "doubling": 2,
    "tripling": 3,
    "quadrupling": 4,
}
_RATE = re.compile(
    rf"\s+(?:a|an|per|every|each)\s+(?P<period>{_PERIOD})\b|\s+(?P<adverb>daily|weekly|monthly|yearly|annually)\b", re.I
)
_OPENS = re.compile(r"^[\s\"“‘'(]*$")


@dataclass(frozen=True)
class Occasions:
    """ "Twice", "once": where the word is, the number of times, and a rate's period ("twice a year")."""

    start: int
    end: int
    value: int
    per: str | None = None


def occasions(sentence: str) -> list[Occasions]:
    """The counts of occasions and the multiples written as one word in ``sentence``: see the module."""
    found: list[Occasions] = []
    for pattern in (_ONCE, _TWICE, _DOUBLE, _MULTIPLIED):
        for match in pattern.finditer(sentence):
            group = "word"
            word = re.sub(r"(?<=e)[ds]$|ing$", "", match[group].lower())
            word = {"doubl": "double", "tripl": "triple", "quadrupl": "quadruple"}.get(word, word)
            if word == "once" and _OPENS.match(sentence[: match.start()]):
                continue  # "Once, the valley flooded": formerly, or a clause to come
            rate = _RATE.match(sentence, match.end(group))
            per = None if rate is None else PERIODS[(rate["period"] or rate["adverb"]).lower()]
            found.append(Occasions(match.start(group), match.end(group), _VALUES[word], per))
    once = {o.start: o for o in reversed(found)}  # "more than double the Fiat": read once, with its bound
    return sorted(once.values(), key=lambda o: o.start)
