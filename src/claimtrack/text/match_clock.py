"""Times on a game's clock written as minutes or seconds: when in a match something happened, no duration the
article claims, so no quantity ("rounded off the scoring six minutes from time" is a moment near the end, not a
six-minute span).

- Counted back from an end of play: "six minutes from time", "two minutes before half-time", "30 seconds from
  the final whistle", "five minutes from the end" (of a game: the end, full time, half-time, the break, the
  interval, the whistle, the buzzer, the hooter, the siren).
- Counted on from a start of play: "ten minutes into the second half", "20 minutes into his debut", "90 seconds
  into the game".
- A stretch of a match named by its end: "inside the opening five minutes of the match", "in the last two minutes
  of the first half"; without "of the match" only on a page that tells a sport ("in the first 10 minutes"), since
  "within the first 30 minutes after a meal" is a span a claim may give.

Near misses that stay quantities: a match's length ("the game lasted 90 minutes", "extra time of 30 minutes"), a
time between two events ("Ten minutes later, he scored"; a span after an event is a quantity in the gold's
conventions, as "a month after"), and any span of hours or longer. The time left in a game ("with 55 seconds
left") is ``numbered_names``'.
"""

from __future__ import annotations

import re

from claimtrack.text.quantity_words import WORD_NUMBER

_NUMBER = rf"(?:\d+|{WORD_NUMBER}(?:[ -]{WORD_NUMBER})?|an?)"
_CLOCK_UNIT = r"(?:seconds?|secs?|minutes?|mins?)"
_PLAY = (
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:(?:first|second|opening|final)\s+)?"
    r"(?:game|match|contest|tie|half|period|quarter|frame|innings|extra[- ]time|overtime|debut|restart|derby|final)"
)
"""A game, or a part of one, that a clock runs in."""
_FROM_AN_END = re.compile(
    rf"\b{_NUMBER}\s+{_CLOCK_UNIT}\s+(?:from|before|after)\s+(?:full[- ]?time|half[- ]?time|time\b|the\s+(?:end|break"
    r"|interval|(?:final\s+)?whistle|buzzer|hooter|siren|restart|hour mark)\b)(?![\w-])",
    re.IGNORECASE,
)
_INTO_PLAY = re.compile(rf"\b{_NUMBER}\s+{_CLOCK_UNIT}\s+into\s+{_PLAY}\b", re.IGNORECASE)
_STRETCH = re.compile(
    rf"\b(?:inside|within|in|during|after)\s+the\s+(?:first|opening|final|last|closing|dying|early)\s+{_NUMBER}\s+"
    rf"{_CLOCK_UNIT}(?P<of>\s+of\s+{_PLAY}\b)?",
    re.IGNORECASE,
)


def match_clock(sentence: str, sport: str | None) -> list[tuple[int, int]]:
    """Spans of ``sentence`` that give a time on a game's clock (see the module's docstring); ``sport`` is the one
    the sentence or its source tells, None when neither tells one."""
    spans = [match.span() for pattern in (_FROM_AN_END, _INTO_PLAY) for match in pattern.finditer(sentence)]
    spans += [match.span() for match in _STRETCH.finditer(sentence) if match["of"] or sport is not None]
    return spans
