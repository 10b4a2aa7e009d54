"""A result written as a line of names and numbers, each number the count of the side named beside it:
"Wild 4, Sabres 1" opening a sentence (an agency's round-up: "Wild 4, Sabres 1: Zach Parise scored twice"),
and "Arsenal 2-1 Chelsea" (the home side, the score, the away side) opening the sentence or a phrase after a
comma or a colon, and then only where the sentence opens with it or a sport is told ("Windows 10-11 Pro",
"beat the Penguins 5-4 Tuesday" are no such line).
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber
from claimtrack.text.sports import SCORE_UNITS

_NAME = r"[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}"
_RESULT_LINE = re.compile(
    r"^\s*(?P<a>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}) (?P<n>\d{1,3}),\s+"
    r"(?P<b>[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,3}) (?P<m>\d{1,3})(?:,? \(?(?:OT|SO|\dOT)\)?)?(?=\s*(?::|$))"
)
"""A result line at a sentence's start: "Wild 4, Sabres 1:", "Red Wings 3, Blue Jackets 2 (OT)"."""
_SIDES = re.compile(
    rf"(?P<a>\b{_NAME}) (?P<n>\d{{1,2}})\s?[-–]\s?(?P<m>\d{{1,2}}) (?P<b>{_NAME})(?=\s*(?:[:;,.)!?]|$|\s+[a-z(]))"
)
"""A score between the sides' names: "Arsenal 2-1 Chelsea"."""
_NOT_SIDES = frozenset(["The", "A", "An", "In", "At", "On", "It", "He", "She", "They", "We", "This", "That", "Pro",
                        "Max", "Plus", "Mini", "Ultra", "XL", "Series", "Edition", "Version", "Chapter", "Section",
                        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today",
                        "Tonight"])  # fmt: skip
"""Capitalised words that begin no side's name: an article, a pronoun, a product's or a document's word, a day
("the Penguins 5-4 Tuesday night" is read by ``scores``)."""


def result_lines(sentence: str, sport: str | None = None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The numbers of the sentence's result lines, each for the name beside it."""
    unit = SCORE_UNITS.get(sport or "", "point")
    lines = [m for m in [_RESULT_LINE.match(sentence)] if m is not None]
    lines += [
        m
        for m in _SIDES.finditer(sentence)
        if (sport is not None or not sentence[: m.start()].strip())
        and sentence[: m.start()].rstrip()[-1:] in ("", ":", ";", ",", "(", "—", "–")
        and not {m["a"].split()[0], m["b"].split()[0]} & _NOT_SIDES
    ]
    found = []
    for line in lines:
        if taken is not None and taken.find(1, *line.span()) >= 0:
            continue
        note = f"a result line: '{line.group().strip()}', each side's {unit}s beside its name"
        found += [
            ScoreNumber(line.start(n), line.end(n), int(line[n]), unit, "score", line.span(side), note, line.span())
            for side, n in (("a", "n"), ("b", "m"))
        ]
    return found
