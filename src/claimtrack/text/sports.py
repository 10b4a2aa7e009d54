"""Which sport a text tells, by the words and the names of leagues it writes: a result's unit is the sport's
("beat Hungary 2-0" counts goals on a page naming UEFA, "lost 24-17" points on one naming the NFL)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPORTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cricket", re.compile(r"\b(?:ODI|T20|IPL)\b|(?i:\bcricket\w*\b|\bwickets?\b|\bbatsm[ae]n\b|\btest match)")),
    ("hockey", re.compile(r"\b(?:NHL|AHL|KHL)\b|(?i:\bhockey\b|\bpuck\b|\bgoaltend\w+|\bgoalies?\b|\bstanley cup\b"
                          r"|\bpower[- ]play\b|\bshorthanded\b|\bpenalty kill\b)")),
    ("soccer", re.compile(r"\b(?:UEFA|FIFA|MLS|EPL|CONCACAF)\b|(?i:\bsoccer\b|\bpremier league\b|\bla liga\b"
                          r"|\bbundesliga\b|\bserie a\b|\bchampions league\b|\beuropa league\b|\bgoalkeepers?\b"
                          r"|\bmidfield\w*|\bstrikers?\b|\bpenalty kick|\bstoppage time\b|\bextra time\b)")),
    ("football", re.compile(r"\b(?:NFL|AFC|NFC|CFL)\b|(?i:\btouchdowns?\b|\bquarterbacks?\b|\bfield goals?\b"
                            r"|\bsuper bowl\b|\bend zone\b|\binterceptions?\b|\bgridiron\b)")),
    ("basketball", re.compile(r"\b(?:NBA|WNBA)\b|(?i:\bbasketball\b|\brebounds\b|\b3-pointers?\b"
                              r"|\bthree-pointers?\b|\bfree throws?\b|\bslam dunks?\b)")),
    ("baseball", re.compile(r"\b(?:MLB|RBIs?)\b|(?i:\bbaseball\b|\binnings\b|\bhome runs?\b|\bpitchers?\b"
                            r"|\bworld series\b|\bbullpen\b|\bhomers?\b|\bstrikeouts?\b)")),
    ("golf", re.compile(r"\b(?:PGA|LPGA)\b|(?i:(?<![-\w])golf\w*|\bbirdie\w*|\bbogey\w*|\bfairways?\b"
                        r"|\b(?:under|over)[- ]par\b|\bryder cup\b|\bopen championship\b)")),
    ("tennis", re.compile(r"\b(?:ATP|WTA)\b|(?i:\btennis\b|\bdavis cup\b|\bwimbledon\b|\bgrand slam\b"
                          r"|\btiebreak\w*|\bset points?\b|\bmatch points?\b|\bbreak points?\b)")),
)  # fmt: skip
"""Words and names that tell a sport; cricket first, whose "245-6" is runs for wickets."""
SCORE_UNITS = {"hockey": "goal", "soccer": "goal", "football": "point", "basketball": "point", "baseball": "run",
               "tennis": "game", "golf": "stroke"}  # fmt: skip
"""A result's unit by sport; ``point`` when the sport is not told."""


def sport_of(texts: Iterable[str]) -> str | None:
    """The sport the texts tell (the sentence first, then its source's names), or None."""
    for text in texts:
        hits = [(len(pattern.findall(text)), -rank, sport) for rank, (sport, pattern) in enumerate(_SPORTS)]
        best = max(hits)
        if best[0]:
            return best[2]
    return None
