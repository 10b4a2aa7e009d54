"""Cricket's own notations, read in a sentence of cricket (told by the sentence or its source).

- A total, "fire India to 228-5", "were 45/3 at lunch": runs, then wickets lost (``run``, ``wicket``). It is told
  from bowling figures by its numbers: a total's runs pass 10 and its wickets do not.
- Bowling figures, "starred with 3/20", "figures of 4-25", "took 5 for 31": wickets taken, then runs conceded
  (``wicket``, ``run``), after words that name them ("with", "figures of", "took", "returned", a bracket); the
  wickets are at most 10 and the runs more.
- A series of matches, "clinch the series 2-1", "a 3-0 series win": ``match``.
- A batter's score: "caught at slip for one", "out for 23" (``run``; "for a duck" is left alone), "an unbeaten
  112", "112 off 51 balls", "Shubman Gill (46)" (a number in brackets after a name).
Pairs whose reading cannot be told (both numbers 10 or less, "6-4" with no words around) are left undrafted rather
than guessed, and so are ranges ("242-330", both over 10) and dates ("2019-20") as any reader reads them.
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber

_PAIR = re.compile(
    r"(?<![\w.,$£€/:+-])(?P<a>\d{1,3})\s?(?P<sep>[-–/]|\sfor\s)\s?(?P<b>\d{1,3})(?![\w%/]|[.,:]\d|[-–]\d)"
)
_FIGURES_BEFORE = re.compile(
    r"\b(?:with|figures of|took|takes|taking|returned|returns|claimed|claims|finished with|bowled|spell of|haul of)"
    r"\s+(?:(?:figures\s+of|career-best|a|his|her|superb|fine|excellent|best)\s+){0,2}$|\($",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(r"\b(?:between|from|ages?|aged|pages?|in|during|since|of the)\s+$", re.IGNORECASE)
_SERIES_BEFORE = re.compile(r"\bseries\s+(?:(?:at|to|of|by)\s+)?$", re.IGNORECASE)
_SERIES_AFTER = re.compile(r"\s+(?:series|Test series|ODI series|T20I? series)\b")
_NOUN_AFTER = re.compile(r"\s+(?!in\b|at\b|after\b|with\b|on\b|and\b|as\b|to\b|when\b|while\b|before\b|but\b)[a-z]+")
_OUT_FOR = re.compile(
    r"\b(?:out|caught|bowled|dismissed|stumped|lbw|trapped|castled|departed|fell|holed out|run out)\b"
    r"[^.;:,()]{0,60}?\bfor\s+(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(?![-–/]\d|\s+(?:runs?|balls?|wickets?|overs?|deliveries|years?|days?|matches|games)\b)",
    re.IGNORECASE,
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_INNINGS = re.compile(
    r"\b(?:unbeaten|undefeated)\s+(?P<n>\d{1,3})\b(?!\s*[-–/]\d)|\b(?P<m>\d{1,3})\s+(?:not out|off\s+\d{1,3}\s+(?:balls|deliveries))"
)
_NAMED_SCORE = re.compile(r"\b[A-Z][a-z]+\s+\((?P<n>\d{1,3})\)")


def cricket_numbers(sentence: str, sport: str | None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The totals, bowling figures, series and batters' scores of a sentence of cricket (see the module)."""
    if sport != "cricket":
        return []
    found: list[ScoreNumber] = []
    for match in _PAIR.finditer(sentence):
        if taken is None or taken.find(1, match.start(), match.end()) < 0:
            found += _pair(sentence, match)
    for match in _OUT_FOR.finditer(sentence):
        value = _WORDS.get(match["n"].lower()) or int(match["n"])
        found.append(_one(match, "n", value, f"a batter out for {value}: runs"))
    for match in _INNINGS.finditer(sentence):
        side = "n" if match["n"] else "m"
        found.append(_one(match, side, int(match[side]), f"a batter's innings of {match[side]}: runs"))
    for match in _NAMED_SCORE.finditer(sentence):
        found.append(_one(match, "n", int(match["n"]), f"a batter's score after the name: {match['n']} runs"))
    once = {(n.start, n.end): n for n in reversed(found)}  # a number read twice keeps its first reading
    return sorted((n for n in once.values() if taken is None or taken.find(1, n.start, n.end) < 0), key=_start)


def _start(number: ScoreNumber) -> int:
    return number.start


def _pair(sentence: str, match: re.Match[str]) -> list[ScoreNumber]:
    a, b = int(match["a"]), int(match["b"])
    before = sentence[max(0, match.start() - 40) : match.start()]
    if _LABEL_BEFORE.search(before):
        return []
    if _SERIES_BEFORE.search(before) or _SERIES_AFTER.match(sentence, match.end()):
        return _two(match, ("match", "match"), f"a series: {a} matches to {b}")
    if match["sep"].strip() == "for" and not _FIGURES_BEFORE.search(before):
        return []  # "5 for 31" only after words of bowling: "took 5 for 31"
    if a <= 10 < b and _FIGURES_BEFORE.search(before):
        return _two(match, ("wicket", "run"), f"bowling figures: {a} wickets for {b} runs")
    if b <= 10 < a and match["sep"].strip() != "for" and not _NOUN_AFTER.match(sentence, match.end()):
        return _two(match, ("run", "wicket"), f"a total: {a} runs for {b} wickets")
    return []


def _two(match: re.Match[str], units: tuple[str, str], note: str) -> list[ScoreNumber]:
    return [
        ScoreNumber(*match.span(side), int(match[side]), unit, "score", None, note, match.span())
        for side, unit in zip("ab", units, strict=True)
    ]


def _one(match: re.Match[str], group: str, value: int, note: str) -> ScoreNumber:
    return ScoreNumber(*match.span(group), value, "run", "score", None, note, match.span(group))
