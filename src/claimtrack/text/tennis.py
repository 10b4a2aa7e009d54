"""A tennis match's numbers: each set's games and a tie-break's points, games inside a set, a player's record.

In a sentence of tennis (told by the sentence or its source):
- a match's sets, "beat Okafor 7-6 (7-2), 6-4, 6-4": each set is two counts of ``game``, the winner's first as
  tennis writes them, and a tie-break in brackets two counts of ``point`` ("(7-2)"), or one, the points of the
  player who lost it ("7-6 (5)": the tie-break's loser won 5); each number's note says which set it is of. A set
  is read in a list of sets, or alone after a verb of result ("won the final 6-4"), when its games can end a set
  (one side at 6 or more: "6-4", "7-5", "7-6", "10-8");
- games inside a set, "a 4-3 edge in the second set", "broke him for a 5-4 lead", "serving at 5-4 in the third";
- a record, "is now 10-0 overall", "3-0 against him in Grand Slam events", "a 12-3 record": ``win`` and ``loss``;
- a series of matches, "to level the series 1-1" (a Davis Cup tie): ``match``.
Any other dashed pair of a tennis sentence ("beat Chile 2-1" of a team event, "at 30-15") is left undrafted, neither
a count nor a range: whose number it is and what it counts cannot be told with confidence.
"""

from __future__ import annotations

import re

from claimtrack.text.scores import ScoreNumber

_SET = re.compile(
    r"(?<![\w.,$£€/:+-])(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?:\s?\((?P<t>\d{1,2})(?:[-–](?P<u>\d{1,2}))?\))?"
    r"(?![\w%/]|[.,:]\d|\s?[-–]\s?\d)"
)
_NEXT = re.compile(r"\s*,\s*$")
"""What joins the sets of a list: "7-6 (7-2), 6-4, 6-4"."""
_IN_SET = re.compile(
    r"\s+(?:(?:lead|edge|advantage|cushion|deficit)\s+)?in\s+the\s+(?:first|second|third|fourth|fifth|final"
    r"|deciding|opening|last)\s+set\b|\s+(?:lead|edge|advantage|cushion|deficit)\b",
    re.IGNORECASE,
)
_RESULT_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeat(?:s|ed|ing)?|edged?|edging|downed|routed|thrashed|crushed|overcame|outlasted"
    r"|won|wins|winning|lost|loses|losing|fell|falls)\b[^.;:()]{0,60}$",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(
    r"\s+(?:overall|record|career|head-to-head|lifetime|this (?:season|year)"
    r"|(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:events?|matches|meetings|finals|tournaments|majors|slams)"
    r"|(?:against|over|versus|vs\.?)\s+[A-Z])",
)
_RECORD_BEFORE = re.compile(
    r"\b(?:record of|head-to-head(?: record| series)?(?: of| at)?|(?:is|are|was|were|now|improved to)(?: now)?)\s+$"
)
_SERIES_BEFORE = re.compile(r"\bseries\s+(?:(?:at|to|of)\s+)?$|\bthe\s+tie\s+(?:at\s+)?$", re.IGNORECASE)
_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def tennis_numbers(sentence: str, sport: str | None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The numbers of a tennis sentence's dashed pairs, as the module reads them; none in another sport."""
    return [number for numbers in _runs(sentence, sport, taken).values() for number in numbers]


def set_scores(sentence: str, sport: str | None, taken: bytearray | None = None) -> list[tuple[int, int]]:
    """The spans of a tennis sentence's dashed pairs read as nothing, to leave undrafted (no other reader may
    take them for a result of another sport, a count or a range)."""
    return [span for span, numbers in _runs(sentence, sport, taken).items() if not numbers]


def _runs(sentence: str, sport: str | None, taken: bytearray | None) -> dict[tuple[int, int], list[ScoreNumber]]:
    """Each run of dashed pairs of a tennis sentence ("7-6 (7-2), 6-4, 6-4") by its span, with its numbers."""
    if sport != "tennis":
        return {}
    pairs = [m for m in _SET.finditer(sentence) if taken is None or taken.find(1, m.start(), m.end()) < 0]
    runs: list[list[re.Match[str]]] = []
    for pair in pairs:
        if runs and _NEXT.search(sentence[runs[-1][-1].end() : pair.start()]):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return {(run[0].start(), run[-1].end()): _read_run(sentence, run) for run in runs}


def _read_run(sentence: str, run: list[re.Match[str]]) -> list[ScoreNumber]:
    first = run[0]
    before = sentence[max(0, first.start() - 40) : first.start()]
    if len(run) == 1 and first["t"] is None:
        single = _single(sentence, first, before)
        if single is not None:
            return single
    sets = len(run) > 1 or _RESULT_BEFORE.search(sentence[max(0, first.start() - 80) : first.start()])
    if sets and all(_ends_a_set(int(m["a"]), int(m["b"])) for m in run):
        return [number for index, match in enumerate(run) for number in _set_numbers(match, index, len(run))]
    return []


def _single(sentence: str, match: re.Match[str], before: str) -> list[ScoreNumber] | None:
    """A pair alone: games inside a set, a record or a series of matches; None when it is none of them."""
    a, b = int(match["a"]), int(match["b"])
    span = match.span()
    if _SERIES_BEFORE.search(before):
        return _two(match, "match", "score", f"a series of matches: {a} to {b}")
    if _RECORD_AFTER.match(sentence, match.end()) or _RECORD_BEFORE.search(before):
        note = f"a record: {a} wins and {b} losses"
        return [ScoreNumber(*match.span("a"), a, "win", "record", None, note, span),
                ScoreNumber(*match.span("b"), b, "loss", "record", None, note, span)]  # fmt: skip
    inside = _IN_SET.match(sentence, match.end())
    if inside is not None and max(a, b) <= 7:
        return _two(match, "game", "score", f"games inside a set: {a} to {b}{inside.group().rstrip()}")
    return None


def _ends_a_set(a: int, b: int) -> bool:
    """Games that can end a set: one side at 6 or more and two ahead, or a tie-break's 7-6."""
    return max(a, b) >= 6 and (abs(a - b) >= 2 or {a, b} == {7, 6})


def _set_numbers(match: re.Match[str], index: int, count: int) -> list[ScoreNumber]:
    which = _ORDINALS[index] if index < len(_ORDINALS) else f"number {index + 1}"
    name = f"the {which} set" if count > 1 else "the set"
    numbers = _two(match, "game", "score", f"{name}: {match['a']} games to {match['b']}")
    if match["t"] is not None and match["u"] is not None:
        note = f"{name}'s tie-break: {match['t']} points to {match['u']}"
        numbers += [ScoreNumber(*match.span("t"), int(match["t"]), "point", "score", None, note, match.span()),
                    ScoreNumber(*match.span("u"), int(match["u"]), "point", "score", None, note, match.span())]  # fmt: skip
    elif match["t"] is not None:
        note = f"{name}'s tie-break: {match['t']} points for the player who lost it"
        numbers.append(ScoreNumber(*match.span("t"), int(match["t"]), "point", "score", None, note, match.span()))
    return numbers


def _two(match: re.Match[str], unit: str, kind: str, note: str) -> list[ScoreNumber]:
    return [ScoreNumber(*match.span(side), int(match[side]), unit, kind, None, note, match.span()) for side in "ab"]
