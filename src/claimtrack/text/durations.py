"""Durations written in parts, one value in the smallest unit they name.

In units: "1 hour 52 minutes" is 112 minutes, "3 years and 6 months" 42 months, "in 2 hours, 20 minutes" 140
minutes, also in words ("three minutes and 27 seconds" 207 seconds, "an hour and 20 minutes" 80 minutes). The
larger unit comes first: "35 seconds over 2 hours" is a margin over a mark, two values.

On a clock's face: a race's time "2:00:35" (hours, minutes, seconds) is 7,235 seconds, "3:43.13" (minutes,
seconds and hundredths) 223.13 seconds, "2:05" 125 seconds. Written so, a duration looks like a time of day
("at 10:30", "2:55 into overtime", "the final 4:29", a page's "00:00:00" stamp), so it is read only where the
words say it is a performance: a noun of one after it ("2:00:35 finish", "a 3:43 mile", "world record"), or
before it "in", "under", "a time of", "clocked", "record of" (with a bound between: "in less than 2:01:00"), "in"
only in a sentence of a race (a marathon, a runner, a winner). Never before "a.m.", "p.m.", a time zone or
"left", nor after "at", "by", "until", "since", "from" or "into".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.text.quantity_words import IN_SMALLER, WORD_NUMBER, unit_name
from claimtrack.text.stems import singular

_NUMBER = rf"\d+|an?|(?:{WORD_NUMBER}[ -]){{0,2}}{WORD_NUMBER}"
_IN_UNITS = re.compile(
    rf"\b(?P<first>{_NUMBER})\s+(?P<big>years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s*(?:,\s*|and\s+)?"
    rf"(?P<second>{_NUMBER})\s+(?P<small>months?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"(?<![\w:.,/])(?:(?P<hours>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)|(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d))"
    r"(?P<fraction>\.\d{1,3})?(?![\w:]|[.,]\d)"
)
_NOT_A_SPAN = re.compile(
    r"\s*(?:[ap]\.?m\b\.?|o'clock|hrs\b|hours\b|h\b|local\b|[A-Z]{2,4}T\b|GMT|UTC|left|remaining|to go|to play"
    r"|in(?:to)? (?:the )?(?:first|second|third|fourth|final|overtime|extra|OT|period|quarter|half|game|match)\b"
    r"|of (?:the )?(?:first|second|third|fourth|final|overtime|period|quarter|half|game|match)\b)",
    re.IGNORECASE,
)
"""After a clock's figures: a time of day or a game's clock ("10:30 p.m.", "4:29 left", "2:55 into overtime")."""
_PERFORMANCE_AFTER = re.compile(
    r"\s*(?:-|\s)?(?:(?:world|course|meet|national|personal|season|championship|olympic|event|winning|finishing"
    r"|race|marathon|mile|run|lap|swim|best|record)[\s-]+){0,2}"
    r"(?:finish|time|clocking|performance|effort|run|mile|marathon|record|best|win|victory|triumph|PB|PR)\b",
    re.IGNORECASE,
)
_PERFORMANCE_BEFORE = re.compile(
    r"\b(?P<cue>in|under|(?:a |the |his |her |their )?(?:finishing |winning |record |race |new )?time of|clock(?:ed|ing)"
    r"|timed at|record of|best of|finish(?:ed|ing)? in|won in|ran|swam|covered the course in|crossed the line in)"
    r"\s+(?:(?:less than|under|just|about|around|roughly|nearly|almost|just over|over|more than|a|an|only)\s+){0,2}$",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(r"\b(?:at|by|until|till|since|from|into|before|after|between|to)\s+(?:about\s+)?$", re.I)
_RACE = re.compile(
    r"\b(?:marathons?|races?|runners?|ran|run|running|sprint\w*|swim\w*|finish\w*|winners?|won|record|medal\w*"
    r"|laps?|miles?|metres|meters|kilomet\w+|km|stage|time trial|triathlon|relay|heats?|final|clock\w*)\b",
    re.IGNORECASE,
)
"""Words of a race: "in" before a clock's figures is a performance only in a sentence holding one of them."""


@dataclass(frozen=True)
class Duration:
    """A duration in parts: where its words are, and its value in its smallest unit."""

    start: int
    end: int
    value: int | float
    unit: str


def durations_in_parts(sentence: str) -> list[Duration]:
    """ "1 hour 52 minutes", "three minutes and 27 seconds": each one value in the smaller unit."""
    found: list[Duration] = []
    for match in _IN_UNITS.finditer(sentence):
        big, small = unit_name(singular(match["big"].lower())), unit_name(singular(match["small"].lower()))
        factor = IN_SMALLER.get((big, small))
        first, second = _number(match["first"]), _number(match["second"])
        if factor is None or first is None or second is None or second >= factor:
            continue
        found.append(Duration(match.start(), match.end(), first * factor + second, small))
    return found


def race_times(sentence: str) -> list[Duration]:
    """A race's time written on a clock's face ("2:00:35 finish", "in less than 2:01:00"), in seconds."""
    found: list[Duration] = []
    for match in _CLOCK.finditer(sentence):
        if _NOT_A_SPAN.match(sentence, match.end()):
            continue
        before = sentence[max(0, match.start() - 50) : match.start()]
        if _NOT_BEFORE.search(before):
            continue
        after = _PERFORMANCE_AFTER.match(sentence, match.end())
        cue = _PERFORMANCE_BEFORE.search(before)
        weak = cue is not None and cue["cue"].lower() in ("in", "under")
        if after is None and (cue is None or (weak and not _RACE.search(sentence))):
            continue
        if match["hours"] is not None:
            seconds = int(match["hours"]) * 3600 + int(match["hm"]) * 60 + int(match["hs"])
        else:
            seconds = int(match["minutes"]) * 60 + int(match["seconds"])
        value = seconds + float(match["fraction"] or 0)
        found.append(Duration(match.start(), match.end(), int(value) if value.is_integer() else value, "second"))
    return found


def _number(text: str) -> int | None:
    """A part's number, in digits or in words ("27", "three", "an")."""
    if text.isdigit():
        return int(text)
    if text.lower() in ("a", "an"):
        return 1
    from number_parser import parse_number

    parsed = parse_number(text.lower())
    return None if parsed is None else int(parsed)
