"""Sports results and records written in digits: each side's number is a count, never a range.

A result gives each side's score: "beat Hungary 2-0" is 2 and 0 goals, "they lost 24-17" 24 and 17 points,
"a 1-1 draw", "a 3-1 victory against", "Germany's 4-0 rout of", "won 4-2 in overtime", the result line "Wild
4, Sabres 1" opening a sentence. A record gives wins, losses, and ties (overtime losses in hockey): "At 4-7",
"improved to 4-2-1", "The Panthers are 6-2-1", "on a 1-6-2 skid", "(14-0-0)".

The rule: numbers joined by dashes, each of at most three digits, are a result or a record only when the words
around say so, never when a noun other than one of results follows them ("lost 3-5 percent", "won 2-3 seats",
"20-25 minutes" stay ranges), nor after a label ("ages 18-25", "pages 10-12", "between", "from"), a vote or
odds ("voted 7-2", "the vote was 7-2", "odds of 3-1"), nor in a sentence of an election with no sport told:
- a result: a verb of result ends the words before them, with at most a few names, articles, prepositions
  and words of the game between ("beat", "defeated", "edged", "won", "lost", "drew", "led", "clinched",
  "outshot", "over the Penguins", "rolled past Northern Illinois,", "won the first leg"); a noun of result
  follows them ("victory", "win", "draw", "loss", "rout", "deficit", after "home", "overtime"...; "lead" and
  "edge" only where a sport is told: "a 51-49 edge in the Senate");
  "score", "it", "series" come before ("the score was 2-1", "it finished 2-2"); or words of a game follow
  ("in overtime", "at halftime", "over" or "against" a name). Two numbers joined by "to" are a result only
  after a verb or before a noun of result, the winner's first ("beat the Rams 24 to 17");
- a record: "at", "are", "was", "went", "improved to", "fell to"... just before them, a noun of record after
  them ("record", "start", "skid", "streak", "season"), brackets right after a name or such a noun ("The
  Eagles (6-5, 3-4)", "a point streak (3-0-2)"), or, weaker than a verb of result, a part of the season after
  them ("in their last seven", "in the AFC", "at home");
- in a sentence holding a result or a record so read, a dashed pair no noun follows and no label names is one
  more of the same kind ("At 4-7, including 2-6 in the AFC and 0-3 in AFC West"; "clinched 3-0 against X,
  while Sweden did the same, 2-0"; a tennis match's sets "6-4, 7-6 (5)", the tie-break part of the set).

A record's numbers are wins, losses and ties (``overtime loss`` in hockey), none over 162 (a baseball season).
A result's unit is the sport's (``goal`` in football and hockey, ``point`` in American football and
basketball, ``run`` in baseball, ``game`` in a tennis set, ``shot`` after "outshot"), told by the sentence or
its source's names (``sports``), else ``point``. Cricket's "245-6" (runs for wickets) is left alone.

Whose number is whose: a record is its team's (the subject, the name before its brackets, or the one after a
record opening the sentence: "At 4-7, ..., the Chargers would"); in a result the side the sentence is about
(the words before the verb or noun of result) has the winner's number after a verb or noun of winning, the
loser's after one of losing ("lost", "fell", "trailed", "were beaten", "defeat"), the first after a draw; the
other side is named between the verb and the score ("beat Hungary 2-0") or after "against", "over", "of",
"at", "to". Each number carries the span naming its side (``holder``) and a note saying how it was read.
Counts of a game written in words ("scored twice", "won three in a row") are read by ``game_counts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.text.sports import SCORE_UNITS

_PAIR = re.compile(
    r"(?<![\w.,$£€/:+-])(\d{1,3})(?:\s?[-–—]\s?|\s+to\s+)(\d{1,3})(?:\s?[-–—]\s?(\d{1,3}))?(?:\s\((\d{1,2})\))?"
    r"(?![\w%/]|[.,:]\d|\s?[-–—]\s?\d)"
)
"""Two or three numbers joined by dashes, with a tie-break in brackets after them ("7-6 (5)"); or two joined by
"to", a result only after a verb or before a noun of result, the winner's first ("beat the Rams 24 to 17")."""
_WIN = (
    r"beat|beats|beating|beaten|defeat|defeats|defeated|defeating|d\.|edged?|edges|edging|routed?|routs"
    r"|blanked|blanks|topped|tops|downed|downs|thrashed|crushed|hammered|whipped|stunned|upset|outlasted"
    r"|outscored|dispatched|won|wins?|winning|clinched|clinches|led|leads?|leading|up|over|past|outshot"
    r"|outshoots?|outshooting"
)
_LOSE = r"lost|loses?|losing|fell|falls?|trailed|trails?|trailing|down"
_DRAW = r"drew|draws?|drawing|tied|ties|tying|level(?:led|ed)?|split"
_VERB_BEFORE = re.compile(
    rf"\b(?P<passive>(?:was|were|been|being|be|is|are)\s+)?(?P<verb>{_WIN}|{_LOSE}|{_DRAW})"
    r"(?P<between>(?:\s+(?:the|a|an|of|at|to|in|on|over|past|against|host|visiting|first|second|third|opening"
    r"|deciding|final|semi-?finals?|game|match|leg|opener|rubber|series|contest|clash|derby|rematch|title"
    r"|[A-Z][\w.’'&-]*|\w+[’']s?|,),?)*)"
    r"\s*$",
    re.IGNORECASE,
)
"""A verb of result and what may stand between it and the score: names, articles, prepositions, a comma, the
game ("won the first leg 3-1")."""
_WEAK = frozenset(["up", "down", "over", "past", "split", "level", "leveled", "levelled", "led", "lead", "leads"])
"""Verbs of result that are also other words: a result only when the sentence or its source tells a sport."""
_ADJECTIVES = (
    r"(?:home|road|away|overtime|OT|shootout|series|aggregate|opening|first-round|second-round|halftime|first-half"
    r"|comeback|come-from-behind|extra-time|penalty|lopsided|narrow|convincing|stunning|dominant|hard-fought"
    r"|regular-season|season-opening|conference|league|playoff|overall|all-time|winning|losing|unbeaten|early|late"
    r"|\w+-game|\w+-match)\s+"
)
_NOUN_AFTER = re.compile(
    rf"\s*(?:{_ADJECTIVES}){{0,2}}(?P<noun>victory|victories|wins?|routs?|triumph|thrashing|drubbing|shutout|romp"
    r"|blowout|lead|advantage|bulge|cushion|edge|losses|loss|defeats?|deficit|setback|draws?|ties?"
    r"|stalemate|scoreline|score|result|final|records?|starts?|skid|streak|slide|slump|mark|season|campaign"
    r"|finish|stretch|run|homestand|trip)\b",
    re.IGNORECASE,
)
_RECORD_NOUNS = frozenset(
    ["record", "records", "start", "starts", "skid", "streak", "slide", "slump", "mark", "season", "campaign",
     "finish", "stretch", "run", "homestand", "trip"]
)  # fmt: skip
_WEAK_NOUNS = frozenset(["lead", "advantage", "bulge", "cushion", "edge"])
"""Nouns of a lead, also a party's ("a 51-49 edge in the Senate"): a result only where a sport is told."""
_LOSING_NOUNS = frozenset(["loss", "losses", "defeat", "defeats", "deficit", "setback"])
_DRAWING_NOUNS = frozenset(["draw", "draws", "tie", "ties", "stalemate", "score", "scoreline", "result", "final"])
_GAME_AFTER = re.compile(
    r"\s+(?:in (?:overtime|OT|extra time|a shootout|the shootout|penalties|regulation|double overtime)\b"
    r"|on (?:penalties|aggregate)\b|after (?:extra time|overtime|penalties)\b"
    r"|at (?:halftime|half-time|the half|the break|the interval)\b|(?:over|against|versus|vs\.?)\s+(?:the\s+)?[A-Z])"
)
_RECORD_BEFORE = re.compile(
    r"(?:\b(?P<verb>at|is|are|was|were|be|been|went|go|goes|going|stands?|stood|sits?|sat|finished|finish(?:es)?"
    r"|now|(?:improved?|improves|improving|fell|falls?|dropped|drops?|slipped|slips?|climbed|moved|moves?|evened"
    r"|even|rose|rises?)(?: their| its| his| her)?(?: record)? (?:to|at))|\brecord of)\s+(?:a\s+)?$",
    re.IGNORECASE,
)
_ELECTION = re.compile(r"\b(?:elect\w*|vot(?:e|es|ed|ers?|ing)|ballots?|referend\w*|primar(?:y|ies)|polls?)\b", re.I)
"""Words of an election: without a sport told, "won 52-48" there is a vote."""
_TALLY = re.compile(
    r"\b(?:votes?|voted|tally|count|ballots?|poll|ruling|ruled|decision|verdict|majority|split|odds|ratio)"
    r"(?:\s+(?:was|is|were|stood|of|at))?\s+$",
    re.IGNORECASE,
)
"""A vote or a ratio: "voted 7-2", "the vote was 7-2", "odds of 3-1" are neither a result nor a record."""
_SCORED_AS = re.compile(
    r"\b(?:score|scoreline|result|it|series)\s+(?:(?:was|is|were|stood|stands|finished|ended|read|of|at|now)\s+)?$",
    re.I,
)
"""Words before a pair that make it a result in the order written ("the score was 2-1", "it finished 2-2")."""
_RECORD_AFTER = re.compile(
    r"\s+(?:in (?:their|its|his|her) (?:last|past|previous|first|final)\b|in the (?:last|past|previous) \w+ games\b"
    r"|in (?:the )?(?:[A-Z]{2,}\b|conference|division|league|group|Group|road|home|away)|on the (?:road|season|year)\b"
    r"|at home\b"
    r"|this season\b|overall\b|in (?:league|conference|division|group) play\b)"
)
_LABEL_BEFORE = re.compile(
    r"\b(?:ages?|aged|pages?|pp?\.|chapters?|verses?|grades?|between|from|sizes?|rooms?|numbers?|nos?\.|issues?"
    r"|episodes?|volumes?|lines?|sections?|steps?|levels?|floors?|gates?|platforms?|exits?|routes?|tiers?|phases?"
    r"|versions?|scale of|rated|rating|ranked|ranks?|top)\s+$",
    re.IGNORECASE,
)
_NOUN_NEXT = re.compile(r"\s*(?:%|[a-z]+\b)")
_FOLLOWERS = frozenset(
    ["in", "at", "against", "over", "on", "to", "with", "for", "after", "before", "including", "since", "through",
     "and", "while", "as", "behind", "into", "during", "despite", "thanks", "when", "but", "or", "that", "which",
     "who", "tonight", "yesterday", "today", "last", "this", "the", "a", "an", "from", "by", "amid", "until",
     "so", "then", "though", "although", "because", "if", "lead", "overall"]
)  # fmt: skip
"""Lower-case words that may follow a score: no noun that the numbers would count ("20-25 minutes")."""
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]—]|\s–\s|,\s+(?:while|whereas|but|and|as|after|before|when|then)\s+|\s+(?:while|whereas|as|when)\s+"
)
_OPPONENT_AFTER = re.compile(
    r"[\s,]*(?:\w+\s+){0,3}?(?:against|over|of|at|to|versus|vs\.?|past|from)\s+(?P<side>[^,.;:()]+)"
)
_ANOTHER = "another of the sentence"
_POSSESSIVE = re.compile(r"(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*[’'](?:s\b)?\s+(?:[a-z-]+\s+)?$")
"""A side's name in the possessive just before a result: "Germany's 4-0 rout", "the Capitals' 5-2 victory"."""
_FRONTED = re.compile(r",\s+(?P<side>(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s+[a-z]+\b")
"""The subject after a phrase that opens a sentence: ", the Chargers would"."""


@dataclass(frozen=True)
class ScoreNumber:
    """One number of a result or a record: where, its value and unit, whose it is and how it was read."""

    start: int
    end: int
    value: int
    unit: str
    kind: str
    """``score`` (a result's side) or ``record`` (wins, losses, ties)."""
    holder: tuple[int, int] | None
    """The span of the words naming whose number it is, when the sentence names it there."""
    note: str
    span: tuple[int, int] = (0, 0)
    """The whole result or record ("2-0", "7-6 (5)"): its words are no other quantity."""


@dataclass(frozen=True)
class _Pair:
    match: re.Match[str]
    kind: str
    how: str
    """win, lose, draw or record: which number the sentence's side has."""
    cue: str
    verb_start: int
    side: tuple[int, int] | None = None
    """The name a record in brackets follows: "the Huskies (4-7)"."""


def find_scores(sentence: str, sport: str | None = None, taken: bytearray | None = None) -> list[ScoreNumber]:
    """The results and records of ``sentence`` (outside ``taken``), number by number: see the module. ``sport``
    is the one the sentence or its source tells (``quantity_reader.find_quantities`` reads it)."""
    if sport == "cricket" or (sport is None and _ELECTION.search(sentence)):
        return []
    found: list[ScoreNumber] = []
    pairs = [m for m in _PAIR.finditer(sentence) if taken is None or taken.find(1, m.start(), m.end()) < 0]
    read: list[_Pair | None] = [_read_pair(sentence, m, sport) for m in pairs]
    for index, match in enumerate(pairs):
        if read[index] is None and _bare(sentence, match):
            near = [p for p in read[index - 1 :: -1] if p is not None] if index else []
            near = near or [p for p in read[index + 1 :] if p is not None]
            if near:
                read[index] = _Pair(match, near[0].kind, near[0].how, _ANOTHER, match.start())
    for index, pair in enumerate(read):
        if pair is not None:
            found += _numbers(sentence, pair, _source(sentence, pair, [p for p in read[:index] if p]), sport)
    return sorted(found, key=lambda n: n.start)


def _source(sentence: str, pair: _Pair, earlier: list[_Pair]) -> _Pair:
    """The pair whose words read this one: a record's, the first record of its clause ("At 4-7, including 2-6
    in the AFC": one team's); one more of a sentence's results, the last result read before it."""
    if pair.kind == "record" and pair.side is None:
        run = [
            p
            for p in earlier
            if p.kind == "record" and not _CLAUSE_BREAK.search(sentence, p.match.end(), pair.match.start())
        ]
        return run[0] if run else pair
    if pair.cue == _ANOTHER:
        return next((p for p in reversed(earlier) if p.cue != _ANOTHER), pair)
    return pair


def _bare(sentence: str, match: re.Match[str]) -> bool:
    """A pair no noun follows and no label names: it may be one more of a sentence's results."""
    if " to " in match.group() or _LABEL_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
        return False
    return _follower_allowed(sentence, match.end())


def _follower_allowed(sentence: str, end: int) -> bool:
    word = _NOUN_NEXT.match(sentence, end)
    if word is None:
        return True
    text = word.group().strip().lower()
    return text != "%" and (text in _FOLLOWERS or _NOUN_AFTER.match(sentence, end) is not None)


def _read_pair(sentence: str, match: re.Match[str], sport: str | None) -> _Pair | None:
    """A dashed pair read as a result or a record by the words around it, or None: see the module."""
    numbers = [int(n) for n in match.groups()[:3] if n is not None]
    if max(numbers) > 199 or not _follower_allowed(sentence, match.end()):
        return None
    offset = max(0, match.start() - 80)
    before = sentence[offset : match.start()]
    if _LABEL_BEFORE.search(before) or _TALLY.search(before):
        return None
    if " to " in match.group():
        return _joined_by_to(sentence, match, before, offset, numbers)
    scored = _SCORED_AS.search(before)
    if scored is not None and len(numbers) == 2:
        return _Pair(match, "score", "draw", f"'{scored.group().strip()}'", match.start())
    record = _record(sentence, match, before, offset) if max(numbers) <= 162 and sport != "tennis" else None
    if record is not None:
        return record
    noun = _NOUN_AFTER.match(sentence, match.end())
    if noun is not None and (sport is not None or noun["noun"].lower() not in _WEAK_NOUNS):
        word = noun["noun"].lower()
        how = "lose" if word in _LOSING_NOUNS else "draw" if word in _DRAWING_NOUNS else "win"
        return _Pair(match, "score", how, f"'{word}'", match.start())
    verb = _verb_before(before)
    if verb is not None and len(verb["between"].split()) <= 7:
        word = verb["verb"].lower()
        if word not in _WEAK or sport is not None or re.search(r"[A-Z]", verb["between"]):
            passive = verb["passive"] is not None and word not in ("up", "over", "past")
            how = "lose" if passive or re.fullmatch(_LOSE, word) else "draw" if re.fullmatch(_DRAW, word) else "win"
            return _Pair(match, "score", how, f"'{verb['verb']}'", offset + verb.start("verb"))
    after = _RECORD_AFTER.match(sentence, match.end())
    if after is not None and max(numbers) <= 162 and sport != "tennis":
        return _Pair(match, "record", "record", f"'{after.group().strip()}'", match.start())
    game = _GAME_AFTER.match(sentence, match.end())
    if game is not None and len(numbers) == 2:
        return _Pair(match, "score", "win", f"'{game.group().strip()}'", match.start())
    return None


def _verb_before(before: str) -> re.Match[str] | None:
    """The verb of result nearest the score with at most a few words between: "won again and the Cubs beat the
    Cardinals 5-3" is read from "beat", not from "won"."""
    verb = _VERB_BEFORE.search(before)
    while verb is not None and len(verb["between"].split()) > 7:
        verb = _VERB_BEFORE.search(before, verb.start("verb") + 1)
    return verb


def _joined_by_to(sentence: str, match: re.Match[str], before: str, offset: int, numbers: list[int]) -> _Pair | None:
    """ "beat the Rams 24 to 17", "a 3 to 1 win": a result only after a verb of result that is no other word or
    before a noun of result, the winner's number first (a range is written low to high)."""
    if len(numbers) != 2 or numbers[0] < numbers[1]:
        return None
    noun = _NOUN_AFTER.match(sentence, match.end())
    if noun is not None and noun["noun"].lower() not in _RECORD_NOUNS:
        return _Pair(match, "score", "win", f"'{noun['noun'].lower()}'", match.start())
    verb = _verb_before(before)
    if verb is None or verb["verb"].lower() in _WEAK or len(verb["between"].split()) > 7:
        return None
    how = "lose" if verb["passive"] or re.fullmatch(_LOSE, verb["verb"].lower()) else "win"
    return _Pair(match, "score", how, f"'{verb['verb']}'", offset + verb.start("verb"))


def _record(sentence: str, match: re.Match[str], before: str, offset: int) -> _Pair | None:
    """A pair read as a record by its strongest signs: a noun of record after it, brackets after a name, "at",
    "are", "improved to" before it (a part of the season after it, "in the AFC", is weaker than a verb of
    result: "got past Chile 3-0 in Group C" is a result)."""
    noun = _NOUN_AFTER.match(sentence, match.end())
    if noun is not None and noun["noun"].lower() in _RECORD_NOUNS:
        return _Pair(match, "record", "record", f"'{noun['noun']}'", match.start())
    bracketed = before.endswith("(") and sentence[match.end() : match.end() + 1] in (")", ",")
    named = re.search(
        r"(?:\bThe\s+)?(?P<name>\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s*\($|\b(?P<noun>[a-z]+)\s*\($", before
    )
    if bracketed and named is not None and (named["noun"] is None or named["noun"] in _RECORD_NOUNS):
        side = None if named["name"] is None else (offset + named.start("name"), offset + named.end("name"))
        return _Pair(match, "record", "record", "brackets after a name", match.start(), side)
    verb = _RECORD_BEFORE.search(before)
    if verb is not None:
        return _Pair(match, "record", "record", f"'{verb.group().strip()}'", offset + verb.start())
    return None


def clause_start(sentence: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after a semicolon, a colon, a bracket, a dash, ", while"..."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(sentence, 0, at)]
    return breaks[-1] if breaks else 0


def _numbers(sentence: str, pair: _Pair, source: _Pair, sport: str | None) -> list[ScoreNumber]:
    """Each number of a result or a record, with its unit, its side's words and a note."""
    match = pair.match
    spans = [match.span(i) for i in (1, 2, 3) if match.group(i) is not None]
    values = [int(sentence[start:end]) for start, end in spans]
    subject = _side(sentence, pair, source)
    if pair.kind == "record":
        units = ["win", "loss", "overtime loss" if sport == "hockey" else "tie"]
        note = f"a record read from {pair.cue}: " + ", ".join(f"{v} {u}" for v, u in zip(values, units, strict=False))
        return [
            ScoreNumber(start, end, value, unit, "record", subject, note, match.span())
            for (start, end), value, unit in zip(spans, values, units, strict=False)
        ]
    unit = "shot" if source.cue.startswith("'outshoot") or source.cue == "'outshot'" else None
    unit = unit or SCORE_UNITS.get(sport or "", "point")
    other = _opponent(sentence, pair, source)
    mine = _subjects_number(pair.how, values, sport)
    sides = [subject, other] if mine == 0 else [other, subject]
    named = "" if other is not None else " (not named here)"
    note = (f"a result read from {source.cue}: {values[mine]} {unit}s for the side the sentence is about, "
            f"{values[1 - mine]} for the other side{named}")  # fmt: skip
    return [
        ScoreNumber(start, end, value, unit, "score", side, note, match.span())
        for (start, end), value, side in zip(spans, values, sides, strict=True)
    ]


def _side(sentence: str, pair: _Pair, source: _Pair) -> tuple[int, int] | None:
    """The words naming the side a result or a record is about: those before its verb or noun, from the
    clause's start; a name in the possessive before it; after a record that opens the sentence, the name
    after its comma ("At 4-7, including 2-6 in the AFC, the Chargers would")."""
    if pair.side is not None:
        return pair.side
    if pair.kind == "record" and source is not pair:
        return _side(sentence, source, source)  # "including 2-6 in the AFC": the same team's record
    match = pair.match
    clause = clause_start(sentence, pair.verb_start)
    possessive = _POSSESSIVE.search(sentence, clause, match.start())
    if possessive is not None and pair.kind == "score" and pair.verb_start == match.start():
        return possessive.span()  # "Germany's 4-0 rout of Belarus"
    if sentence[clause : pair.verb_start].strip():
        return clause, pair.verb_start
    fronted = _FRONTED.search(sentence, match.end()) if pair.kind == "record" else None
    if fronted is not None:
        return fronted.span("side")
    if source is not pair:
        return clause_start(sentence, source.verb_start), source.verb_start
    return None


def _subjects_number(how: str, values: list[int], sport: str | None) -> int:
    """Which of a result's two numbers is its subject's: the higher after a win, the lower after a loss, the
    first of a draw; in tennis, whose sets are written as the winner won them, the first after a win."""
    if how == "draw":
        return 0
    if sport == "tennis":
        return 0 if how == "win" else 1
    higher = 0 if values[0] >= values[1] else 1
    return higher if how == "win" else 1 - higher


def _opponent(sentence: str, pair: _Pair, source: _Pair) -> tuple[int, int] | None:
    """Where the other side is named: between the verb and the score, or after "against", "over", "of"..."""
    match = pair.match
    if pair.verb_start < match.start():
        between = sentence[pair.verb_start : match.start()]
        verb_end = pair.verb_start + len(between.split()[0]) if between.split() else pair.verb_start
        if re.search(r"[A-Z]", sentence[verb_end : match.start()]):
            return verb_end, match.start()
    after = _OPPONENT_AFTER.match(sentence, match.end())
    if after is not None and re.search(r"[A-Z]", after["side"]):
        return after.span("side")
    if source is not pair:
        return _opponent(sentence, source, source)
    return None
