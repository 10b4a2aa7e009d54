"""Reported speech: which words of a sentence it gives as somebody's, and the saying itself, which it states.

In "Officials said on Monday that 12 boats sank" the sinking is the officials' word, and the saying on Monday
the page's own: the *frame* (who said it, when and where) is stated, the *content* is attributed. Three kinds:

- a verb of saying, leading its content ("the ministry said (on Tuesday) (that) …", "told reporters that …",
  "was accused of …") or trailing it ("…, prosecutors said.", "…," he said on Monday.", "…, says the agency.");
  verbs that are nouns or mean something else as often ("announced", "confirmed", "estimated", "added",
  "noted") attribute only before "that" or when they trail, and a passive without its speaker ("a case was
  reported on Sunday", "3,248 cases reported worldwide", "a deal announced this week") records an event;
- a verb that is also a noun ("says", "claims", "state", "reports") after a name, a pronoun, a comma or a noun in
  lower case that can say ("trade experts say", "the group state that"; not "two critical reports", "the state
  that"); a noun of saying its owner names before "that" ("the actor's announcement that …");
- words that attribute the sentence they stand in: "according to …", "as … reports", "reportedly",
  "allegedly", "is said to", "rumoured";
- words inside quotation marks of four words or more (shorter ones are names or scare quotes).

The writer's asides inside reported words (", which gave $5.9 million to his campaign", ", where …", ", having been …", "– run by a firm with a
budget of $449,000 –") are the page's own. The speaker is kept as written ("the interior minister"), for a
draft to record who said it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimtrack.text.sayers import ALSO_NOUNS, THAT_OR_END, a_sayer

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?"
_MONTH_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
"""A day written after a verb of saying without "on" ("announced Nov. 18 that"): when it was said."""
_FREE = r"said|says|say|told|tells|reported|reports|reporting|cited|cites"
"""Verbs of saying that lead their content with or without "that"."""
_THAT_OR_TRAILING = (
    r"announced|announces|confirmed|confirms|estimated|estimates|argued|argues|admitted|admits|noted|notes|claimed"
    r"|claims|stated|states|warned|warns|insisted|insists|added|adds|continued|explained|explains|described"
    r"|testified|revealed|reveals|found|finds|wrote|writes|state|claim|note|argue|warn|insist|estimate|believe|believes"
)
"""Verbs that attribute only before a clause ("that", or a subject and its verb: "stated the plant had 8 GW") or
after their content: "the stock added 2%", "she wrote hundreds of songs" are no saying."""
_VERB = re.compile(rf"\b(?:(?P<free>{_FREE})|(?P<that>{_THAT_OR_TRAILING})|(?P<accused>accused|accuses|accusing))\b")
_RELATIVE_SAYER = re.compile(r"\b(?:which|that|what)\s+(?P<name>(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4})$")
"""A relative clause's sayer before a verb that needs "that" elsewhere: "which Nissan claims is a 20%
improvement" gives Nissan's words."""
_AUXILIARY = {"was", "were", "is", "are", "been", "be", "being"}
_NOUN_BEFORE = {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "to", "would", "could",
                "can", "will", "may", "might", "should", "must", "not", "do", "does", "did"}  # fmt: skip
_REPORTED_OBJECT = re.compile(
    r"\s+(?:that|a|an|the|its|their|his|her|only|at least|more than|about|nearly|over|some|\d|one|two|three|four|five"
    r"|six|seven|eight|nine|ten)\b"
)
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred"}
_PRONOUN = {"he", "she", "it", "they", "we", "i", "you", "who"}
_MARK = re.compile(r"[,;:\"“”(—–]")
_SENTENCE_WIDE = re.compile(
    r"\b[Aa]ccording to\b[^,;]*|(?:^|(?<=,\s))[Aa]s\s(?!(?:we|I)\b)[^,;]{1,60}?\b(?:reports|reported|writes|wrote|notes|noted|said"
    r"|says)\b[^,;]*|\b(?:[Rr]eportedly|[Aa]llegedly|(?:is|are|was|were) (?:said|reported|alleged|rumou?red) to"
    r"|rumou?red)\b"
)
_ADVERBIAL = re.compile(
    rf"\s+(?:on\s+)?{_WEEKDAY}|\s+on\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\b|\s+{_MONTH_DAY}|\s+(?:today|yesterday|(?:earlier\s+)?this\s+"
    r"(?:week|month|year)|last\s+(?:week|month|year|night)|over\s+the\s+weekend)\b|\s+in\s+an?\s+(?:[\w'’.-]+\s+){0,3}?"
    r"(?:statement|interview|letter|post|email|release|report|paper|conference)\b|\s+to\s+reporters\b"
)
_CASE_RECORDED = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?cases?\b")
"""After "reported": a case of a disease or a crime, which the verb records as an event."""
_THAT_SOON = re.compile(
    r"(?:\s+[^\s,;:\d]+){0,6}?\s+that\b(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|season"
    r"|spring|summer|fall|autumn|winter|time)\b)"
)
"""A "that" a clause follows, soon after the verb; not "that summer", a time."""
_CLAUSE_SOON = re.compile(
    r"(?:\s+(?!(?:and|or|but|as|because|when|while|after|before|if|since|until|which|who|whom|where|to|for|with|in|on"
    r"|at|by|from|into|about)\b)[^\s,;:()]+){1,8}?\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might"
    r"|should|must)\b"
)
"""A clause without "that" after a verb: its subject (a few words) and an auxiliary ("announced the benchmark
had been met", "stated the industry had 8 GW"); never across a comma or a preposition ("added 2% as …")."""
_SETTING = re.compile(
    rf"\s*(?:(?:on|in|at|to|after|during|from|before|by|via|for|over)\s|last\s|this\s|earlier\s|yesterday|today|"
    rf"{_WEEKDAY})"
)
"""What may follow a trailing speaker and verb, before any apposition: when and where it was said."""
_ASIDE = re.compile(r",\s+(?:which|who|where|having\s+been)\b[^,;]*|\s[–—]\s[^–—]{1,300}?\s[–—]")
_CONTENT_EDGE = re.compile(r";|\s[–—]\s")
_CONTENT_START = re.compile(r";|:|\s[–—]\s")
"""Where words a trailing attribution gives as somebody's begin at the latest: a colon too ("There is news:
the film is in talks, according to reports")."""
_OWNED_SAYING = re.compile(
    r"(?P<owner>\b(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s|\b(?:his|her|their|its))\s+(?:[\w.-]+\s+){0,2}?"
    r"(?P<noun>announcement|claims?|statements?|assertion|allegations?|testimony|admission|warnings?|predictions?"
    r"|estimates?|insistence|suggestion|revelation|findings?)\s+that\b"
)
"""A noun of saying its owner's possessive names, before "that": what follows is the owner's words ("the
actor's announcement that his wife had …", "the engineer's earlier testimony that concluded …")."""
_WORDS = re.compile(r"[\w'’.-]+")
MIN_QUOTE_WORDS = 4
_LONG_NAME_WORDS = 14
"""A trailing speaker of more than eight words is a name, of at most this many ("the U.S. Attorney's Office for
the Western District of New York said"), or an unnamed source described, or no speaker."""
_AGED = re.compile(r"\d{1,3}-year-old")
_NAME_JOINS = {"of", "for", "the", "and", "on", "in", "at", "&"}
_ANONYMOUS = re.compile(r"\b(?:briefed on|familiar with|close to|with knowledge of|involved in|aware of)\b")
"""A source described, not named ("a second person briefed on last weekend's trade call said")."""


@dataclass(frozen=True)
class Attribution:
    """Words the sentence gives as somebody's: ``content`` (spans of characters), said in ``frame``."""

    cue: str
    """The words that attribute ("said", "according to", a quotation mark)."""
    frame: tuple[int, int]
    content: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None = None
    """Where the sentence names who said it ("the interior minister"), when it does."""
    """Who said it, as the sentence writes it ("the interior minister"), when it names them."""

    def holds(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.content)


def attributions(sentence: str) -> list[Attribution]:
    """Every attribution of the sentence: its verbs of saying, its attributing words, its quotations."""
    parts = _Parts(sentence)
    found = [a for a in (_verb(parts, m) for m in _VERB.finditer(sentence)) if a is not None]
    for match in _SENTENCE_WIDE.finditer(sentence):
        frame = (match.start(), match.end())
        begin, stop = parts.edge_before(match.start()), parts.edge_after(match.end())
        asides = [(a, b) for a, b in parts.asides if not a <= match.start() < b]
        content = _without(((begin, stop),), [frame, *asides])
        found.append(Attribution(_cue_words(match.group()), frame, content, _according_to_whom(sentence, match)))
    for match in _OWNED_SAYING.finditer(sentence):
        content = _without(((match.end(), parts.edge_after(match.end())),), parts.asides)
        owner = None if match["owner"].islower() else _speaker(sentence, match.start(), match.end("owner") - 2)
        found.append(Attribution(match["noun"], (match.start(), match.end()), content, owner))
    for start, end in quotations(sentence):
        found.append(Attribution("quotation marks", (start, start), ((start, end),)))
    return found


def quotations(sentence: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks of at least ``MIN_QUOTE_WORDS`` words; a quotation the sentence opens
    and does not close runs to its end, one it closes and did not open (it began a sentence before) from its
    start."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    straight = [i for i, c in enumerate(sentence) if c == '"']
    ordinal = {position: n for n, position in enumerate(straight)}
    closes_first = _closes_first(sentence, straight)
    for i, c in enumerate(sentence):
        is_open = c == "“" or (c == '"' and ordinal[i] % 2 == 0 and not closes_first)
        is_close = c == "”" or (c == '"' and not is_open)
        if is_open and opened is None:
            opened = i + 1
        elif is_close:
            spans.append((0 if opened is None else opened, i))
            opened = None
    if opened is not None:
        spans.append((opened, len(sentence)))
    return [(s, e) for s, e in spans if len(_WORDS.findall(sentence[s:e])) >= MIN_QUOTE_WORDS]


def _closes_first(sentence: str, straight: list[int]) -> bool:
    """An odd count of straight quotation marks whose first closes a quotation begun in a sentence before."""
    return len(straight) % 2 == 1 and straight[0] > 0 and straight[-1] >= len(sentence.rstrip()) - 2


class _Parts:
    """What every verb of a sentence asks of it, found once: its asides and the edges of reported content."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.asides = asides_of(sentence)
        dashes = [(a, b) for a, b in self.asides if sentence[a] != ","]  # a pair of dashes is an aside inside content
        self._edges = [
            (m.start(), m.end())
            for m in _CONTENT_EDGE.finditer(sentence)
            if not any(a <= m.start() < b for a, b in dashes)
        ]
        self._starts = [(m.start(), m.end()) for m in _CONTENT_START.finditer(sentence)]
        self._marks = [m.start() for m in _MARK.finditer(sentence)]

    def edge_before(self, position: int, *, over_dashes: bool = False) -> int:
        """Where reported content may begin at the latest before ``position``: the last semicolon, colon or
        spaced dash before it (not a dash, ``over_dashes``: a trailing "said X" speaks for the words before
        a dash too), or the sentence's start."""
        at = bisect_left(self._starts, (position,)) - 1
        while at >= 0 and (
            self._starts[at][1] > position or (over_dashes and self.sentence[self._starts[at][0]] in " –—")
        ):
            at -= 1
        return self._starts[at][1] if at >= 0 else 0

    def edge_after(self, position: int) -> int:
        at = bisect_left(self._edges, (position,))
        return self._edges[at][0] if at < len(self._edges) else len(self.sentence)

    def mark_before(self, position: int) -> int | None:
        at = bisect_left(self._marks, position) - 1
        return self._marks[at] if at >= 0 else None


def _verb(parts: _Parts, match: re.Match[str]) -> Attribution | None:
    sentence = parts.sentence
    verb, start, end = match.group(), match.start(), match.end()
    before = sentence[max(0, start - 60) : start].split()
    previous = before[-1].lower().strip("\"“”'’,") if before else ""
    if previous in _AUXILIARY and verb not in ("told", "accused"):
        return None  # a passive names no speaker: "a case was reported on Sunday"
    if verb in ALSO_NOUNS and not (
        sentence[:start].rstrip().endswith(",")
        or previous in _PRONOUN
        or (before and before[-1][:1].isupper())
        or (before and a_sayer(before[-1]) and (verb in ("say", "says") or THAT_OR_END.match(sentence, match.end())))
    ):
        return None  # a noun: "the claims", "two critical reports"; but "trade experts say", "the group state that"
    if previous in _NOUN_BEFORE:
        return None  # "the reported pricing", "to say", "a deal announced"
    trailing = _trailing(parts, start, end, verb, match.group("that") is not None)
    if trailing is not None:
        return trailing
    if match.group("accused"):
        of = re.compile(r"\b(?:[\w'’-]+\s+){0,4}?of\b").match(sentence, end + 1)
        if of is None:
            return None
        attribution = _leading(parts, "accused of", start, of.end())
        passive = previous in _AUXILIARY  # "were accused of": the accuser is not named
        return Attribution(
            attribution.cue, attribution.frame, attribution.content, None if passive else attribution.speaker
        )
    setting = end
    while adverbial := _ADVERBIAL.match(sentence, setting):
        setting = adverbial.end()  # "announced Nov. 18 that"
    that = _THAT_SOON.match(sentence, setting)
    relative = _RELATIVE_SAYER.search(sentence, max(0, start - 50), start)
    if match.group("that") and that is None and relative is None and not _CLAUSE_SOON.match(sentence, setting):
        return None
    if verb in ("reported", "reporting") and not _REPORTED_OBJECT.match(sentence, end):
        return None  # "cases reported worldwide", "reported details of the tour"
    if verb in ("reported", "reports") and _CASE_RECORDED.match(sentence, end):
        return None  # "the health authority reported its third case on Sunday": a case recorded, nobody's words
    if relative is not None:  # "the van, which Velmar claims can carry 40, costs…": the words end at the comma
        comma = sentence.find(",", end)
        stop = min(parts.edge_after(end), len(sentence) if comma < 0 else comma)
        speaker = _speaker(sentence, relative.start("name"), relative.end("name"))
        return Attribution(verb, (relative.start(), end), ((end, stop),), speaker)
    return _leading(parts, verb, start, end)


def _leading(parts: _Parts, verb: str, start: int, end: int) -> Attribution:
    """A verb before its content: the frame runs from the clause's start over the verb, the time and setting
    of the saying ("said on Tuesday", "in a statement") and "that"."""
    sentence = parts.sentence
    while adverbial := _ADVERBIAL.match(sentence, end):
        end = adverbial.end()
    that = _THAT_SOON.match(sentence, end)
    if that is not None:
        end = that.end()
    begin, stop = parts.edge_before(start), parts.edge_after(end)
    named_until = start
    if sentence[begin:start].rstrip().endswith(","):  # "Jo Lind, a pilot who flew the route, said"
        named_until = max(sentence.rfind(",", begin, sentence.rfind(",", begin, start)), begin)
    speaker = _speaker(sentence, begin, named_until)
    return Attribution(verb, (begin, end), _without(((end, stop),), parts.asides), speaker)


def _trailing(parts: _Parts, start: int, end: int, verb: str, that_verb: bool) -> Attribution | None:
    """A verb after its content ("…, prosecutors said.", "…," said the minister, …"): the frame runs from
    the mark before the speaker to the sentence's end."""
    sentence = parts.sentence
    mark = parts.mark_before(start)
    if mark is None:
        return None
    speaker_words = sentence[mark + 1 : start].split()
    rest = sentence[end:]
    head = re.split(r"[,;]", rest, maxsplit=1)[0]  # what follows the verb before any apposition
    too_long = len(speaker_words) > 8 and not (
        len(speaker_words) <= _LONG_NAME_WORDS
        and (_a_name(speaker_words) or _ANONYMOUS.search(" ".join(speaker_words)) is not None)
    )
    if too_long or len(sentence[:mark].split(None, 3)) < 3 or len(head) > 200:
        return None
    if re.search(r"\bthat\b|[:“]", head) or len(_WORDS.findall(head)) > 16:
        return None
    if speaker_words and not _setting_only(_without_object(verb, rest)):
        return None  # "…, Patrick has said he will …": the content follows
    if not speaker_words and not _names_a_speaker(re.split(r"[,;.]", rest, maxsplit=1)[0]):
        return None  # "Jo Lind, a pilot, said the port handled 12 ships": not "…, said the pilot"
    if that_verb and speaker_words and speaker_words[0].lower() in ("a", "an"):
        return None  # "…, a deal announced this week": a noun and its participle
    begin = parts.edge_before(mark, over_dashes=True)  # "… since May — the first time since 1905, said X"
    if speaker_words:
        speaker = _speaker(sentence, mark + 1, start)
    else:  # "…, said the minister, a lawyer"
        speaker = _speaker(sentence, end, end + len(re.split(r"[,;.]", rest, maxsplit=1)[0]))
    return Attribution(verb, (mark, len(sentence)), ((begin, mark),), speaker)


def _a_name(words: list[str]) -> bool:
    """Words of an institution's long name ("the Office for the Western District of New York"): past its
    article, capitalised words and the small words that join them."""
    return all(w[:1].isupper() or w in _NAME_JOINS for w in words[1:])


def asides_of(sentence: str) -> list[tuple[int, int]]:
    """The writer's asides: ", which …", ", who …", ", where …" and ", having been …" to the next comma, and a pair of dashes (parentheses
    restate: "2,300 tons (2,095 metric tons)")."""
    return [(m.start(), m.end()) for m in _ASIDE.finditer(sentence)]


def _without(spans: tuple[tuple[int, int], ...], holes: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans with the holes cut out of them."""
    for hole_start, hole_end in holes:
        kept: list[tuple[int, int]] = []
        for start, end in spans:
            if hole_end <= start or hole_start >= end:
                kept.append((start, end))
                continue
            kept += [(s, e) for s, e in ((start, hole_start), (hole_end, end)) if s < e]
        spans = tuple(kept)
    return spans


def _names_a_speaker(words: str) -> bool:
    """After an inverted "…, said": a speaker's few words ("the harbour master", "Jo Lind"), with no number
    and no verb in the past (what a clause of content would have)."""
    found = [w for w in words.split() if not _AGED.fullmatch(w)]  # "said 43-year-old Jo Lind": her age describes her
    return 0 < len(found) <= 6 and not any(
        w[0].isdigit() or w.lower() in _NUMBER_WORDS or (w.islower() and w.endswith("ed")) for w in found
    )


def _setting_only(rest: str) -> bool:
    """Nothing follows the verb but when and where it was said, and appositions after a comma."""
    head = rest.split(",", 1)[0]
    return not head.strip(" .)\"”'’") or _SETTING.match(head) is not None


def _without_object(verb: str, rest: str) -> str:
    """What follows a trailing "told" past the one it was told to ("…," Noem told the local paper on Monday)."""
    if verb not in ("told", "tells"):
        return rest
    setting = re.search(rf"\s(?:on|in|at|last|this|yesterday|today|{_WEEKDAY})\b", rest)
    told_to = rest[: setting.start() if setting else len(rest)]
    if len(told_to.split()) > 5:
        return rest
    return "" if setting is None else rest[setting.start() :]


def _cue_words(text: str) -> str:
    words = text.split()
    if words[0].lower() == "according":
        return "according to"
    if words[0].lower() == "as":
        return " ".join(w for w in words if re.fullmatch(r"reports|reported|writes|wrote|notes|noted|said|says", w))
    return text


def _according_to_whom(sentence: str, match: re.Match[str]) -> tuple[int, int] | None:
    found = re.compile(
        r"[Aa]ccording to (.+)|[Aa]s (.+?) (?:reports|reported|writes|wrote|notes|noted|said|says)\b"
    ).match(sentence, match.start(), match.end())
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    return _speaker(sentence, found.start(group), found.end(group))


def _speaker(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span naming the speaker, without spaces and quotation marks around it."""
    text = sentence[start:end]
    stripped = text.lstrip(' "“”,.')
    start += len(text) - len(stripped)
    end = start + len(stripped.rstrip(' "“”,.'))
    return (start, end) if start < end else None
