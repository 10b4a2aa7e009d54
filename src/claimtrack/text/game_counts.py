"""Counts of a game written in words: "scored twice" and "scored three times" are goals (runs in baseball,
touchdowns in American football) for the scorer, and so are "scored a brace" (two) and "netted a hat-trick"
(three; not in cricket, where a hat-trick is of wickets); a scorer's tally with no noun is in the unit scored ("took
his tally for the season to 22": goals; points in basketball and American football, runs in baseball; none in
cricket, where a tally is of runs or of wickets), "won three in a row" and "have lost five straight" wins and
losses; once the sentence or its source tells the sport, a margin with no noun ("trailed by two late in the
third": the sport's unit) and the games of a record ("improved to 4-2-1 in their last seven": games).
"Twice as" is a multiple and stays one; "won three times" is left alone (a win of what is not said). Once the sport is
told, "have won 12 of 13" is 12 wins and 13 games.
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber, clause_start
from claimtrack.text.sports import SCORE_UNITS

_COUNT = r"(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12}  # fmt: skip
_SCORED_TIMES = re.compile(
    rf"\bscor(?:ed|es|ing)\s+(?:(?P<twice>twice)|(?P<thrice>thrice)|{_COUNT}\s+times)\b"
    r"(?!\s+(?:as|more|less|than|higher|lower))",
    re.IGNORECASE,
)
_BRACE = re.compile(
    r"\b(?:scor|nett?|bagg?|grabb?|claim|complet|struck|hit)(?:ed|es|s|ing)?\s+(?:a|his|her)\s+"
    r"(?:(?P<brace>brace)|(?P<hat>hat[- ]trick))\b(?!\s+of\b)",
    re.IGNORECASE,
)
"""Two or three goals by one scorer, named: "scored a brace", "netted his hat-trick" (but "a brace of pheasants")."""
_TALLY = re.compile(
    r"\b(?:his|her|their|its)\s+(?:(?:season|league|goal|scoring|career)\s+)?tally\s+"
    r"(?:(?:for|of)\s+the\s+(?:season|campaign|year|tournament)\s+|this\s+(?:season|term)\s+)?"
    r"(?:to|of|at)\s+(?P<n>\d{1,4})\b(?![-–%.,]\d|\s*%|\s+(?:[a-z]+s|goal|point|run|try|wicket)\b)",
    re.IGNORECASE,
)
"""A scorer's tally with no noun: "taking his tally for the season to 22" (but "his tally to 14 goals" names its own
noun, read as any count)."""
_TALLY_UNITS = {"basketball": "point", "football": "point", "baseball": "run"}
_STREAK = re.compile(
    rf"\b(?P<verb>won|wins?|winning|lost|loses?|losing)\s+{_COUNT}"
    r"\s+(?:straight|in a row|consecutive|successive)(?:\s+(?:games|matches|contests|times))?\b",
    re.IGNORECASE,
)
"""A run of results: "won three in a row", "have lost five straight": wins or losses."""
_MARGIN = re.compile(
    rf"\b(?:trail(?:ed|ing|s)?|led|leads?|leading|won|wins?|winning|lost|loses?|losing)\s+by\s+{_COUNT}\b"
    r"(?!\s*[-–%]|\s+(?:[a-z]+s|point|goal|run|vote|seat|stroke|length|shot|percent|per)\b)",
    re.IGNORECASE,
)
"""A margin with no noun, in a sport's words: "trailed by two late in the third" (goals, in hockey)."""
_LAST_GAMES = re.compile(rf"\bin (?:their|its|his|her|the) (?:last|past|previous|first) {_COUNT}\b(?![ -]+[a-z])")
"""Games of a record with no noun, in a sport's words: "improved to 4-2-1 in their last seven"."""
_OF_GAMES = re.compile(
    rf"\b(?P<verb>won|wins?|winning|lost|loses?|losing)\s+{_COUNT}\s+of\s+(?:(?:their|its|his|her|the)\s+"
    rf"(?:last|past|previous|first)\s+)?{_COUNT.replace('?P<n>', '?P<m>')}(?:\s+(?:games|matches|contests))?\b"
    r"(?![ -]*[-–%]|\s+[a-z]+s\b)",
    re.IGNORECASE,
)
"""Results out of games, in a sport's words: "have won 12 of 13" is 12 wins and 13 games ("won 5 of 6 seats"
is no game's)."""
_SCORED_UNITS = {"baseball": "run", "football": "touchdown"}


def counts_in_words(sentence: str, sport: str | None = None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """Counts of a game written in words: "scored twice", "scored three times" (goals; runs in baseball,
    touchdowns in American football) for the scorer; "won three in a row", "lost five straight" (wins or
    losses); and, once the sport is told, a margin "trailed by two" (its score's unit), "in their last
    seven" (games) and "won 12 of 13" (wins and games)."""
    found = []
    for match in _SCORED_TIMES.finditer(sentence):
        value = 2 if match["twice"] else 3 if match["thrice"] else _number(match["n"])
        span = match.span("twice" if match["twice"] else "thrice" if match["thrice"] else "n")
        found.append(_in_words(sentence, match, span, value, _SCORED_UNITS.get(sport or "", "goal"), "score"))
    for match in _BRACE.finditer(sentence):
        if match["brace"] or sport != "cricket":
            span, unit = match.span("brace" if match["brace"] else "hat"), _SCORED_UNITS.get(sport or "", "goal")
            found.append(_in_words(sentence, match, span, 2 if match["brace"] else 3, unit, "score"))
    for match in _TALLY.finditer(sentence) if sport != "cricket" else ():
        unit = _TALLY_UNITS.get(sport or "", "goal")
        found.append(_in_words(sentence, match, match.span("n"), int(match["n"]), unit, "count"))
    for match in _STREAK.finditer(sentence):
        unit = "win" if match["verb"].lower().startswith("w") else "loss"
        found.append(_in_words(sentence, match, match.span("n"), _number(match["n"]), unit, "record"))
    if sport is not None:
        for match in _MARGIN.finditer(sentence):
            unit = SCORE_UNITS.get(sport, "point")
            found.append(_in_words(sentence, match, match.span("n"), _number(match["n"]), unit, "score"))
        for match in _OF_GAMES.finditer(sentence):
            unit = "win" if match["verb"].lower().startswith("w") else "loss"
            found.append(_in_words(sentence, match, match.span("n"), _number(match["n"]), unit, "record"))
            found.append(_in_words(sentence, match, match.span("m"), _number(match["m"]), "game", "count"))
        for match in _LAST_GAMES.finditer(sentence):
            found.append(_in_words(sentence, match, match.span("n"), _number(match["n"]), "game", "count"))
    return [n for n in found if taken is None or taken.find(1, n.start, n.end) < 0]


def _number(written: str) -> int:
    return _WORDS.get(written.lower()) or int(written)


def _in_words(
    sentence: str, match: re.Match[str], span: tuple[int, int], value: int, unit: str, kind: str
) -> ScoreNumber:
    holder = (clause_start(sentence, match.start()), match.start())
    plural = unit if value == 1 else f"{unit}es" if unit.endswith("s") else f"{unit}s"
    note = f"'{match.group()}' read as {value} {plural}"
    return ScoreNumber(*span, value, unit, kind, holder, note, span)
