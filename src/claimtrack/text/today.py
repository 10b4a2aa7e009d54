"""Whether "today" names the day of the writing or the present age.

"The report was published today", "said today", "earlier today", "today at
10 a.m.", "today (Nov. 18)", "will vote today" and "this game today" name a
day: the publication's, a date a draft can check. "Plague is rare today",
"the galaxies we observe today", "as it is today" and "Today, few people
farm" speak of the present age, which no claim can date. A word beside
"today" decides: a verb in the past (or a few words before: "opened the quay
today"), of saying or of schedule ("launches today"), a noun of news or of an event, "earlier", "later", "until", "as of", a time of day or the date it
names, or "will" a few words before in its clause; a verb of saying after it ("Police
today announced"); with none of them, the present age. "Today's" names the
day when a noun of news or of an event follows within a few words ("today's
hearing", "today's illegitimate proceedings"), not in "today's world".
"""

from __future__ import annotations

import re

from claimtrack.text.tense import is_past_word, is_schedule_word

TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
"""The word, and its possessive, which ``names_the_day`` reads by the noun it owns."""
_SAYING = frozenset([
    "says", "said", "announces", "announced", "reports", "reported", "confirms", "confirmed", "tells", "told",
    "writes", "wrote", "releases", "released", "publishes", "published",
])  # fmt: skip
_NEWS_OR_EVENT = frozenset([
    "report", "statement", "announcement", "release", "letter", "interview", "briefing", "filing", "post",
    "game", "match", "meeting", "hearing", "vote", "session", "race", "launch", "event", "deal", "trial",
    "proceeding", "testimony",
])  # fmt: skip
_BEFORE = frozenset(["earlier", "later", "until", "from", "since", "starting", "beginning"])
_AFTER = re.compile(
    r"\s*(?:\(|,?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\s*at\s+\d|\s*(?:morning|afternoon"
    r"|evening|night)\b)"
)
_POSSESSIVE = re.compile(r"[’']s\b")
_OWNED_REACH = 3
"""How many words after "today's" its noun is looked for ("today's illegitimate ‘impeachment’ proceedings")."""
_LOOSE = frozenset(["take", "takes", "go", "goes", "hold", "holds", "head", "heads"])
"""Verbs of schedule that are as often of another sense: "it takes today to get"."""
_WORD = re.compile(r"[A-Za-z’']+")
_PAST_REACH = 3
"""How many words before "today" a verb in the past dates it ("opened the quay today")."""
_BE_PAST = frozenset(["was", "were", "had"])
"""Past forms that date "today" only right before it ("the vote was today"; not "as it was, is today")."""
_WILL_REACH = 6
"""How many words before "today" a "will" dates it ("will vote on the budget today")."""


def names_the_day(sentence: str, start: int, end: int) -> bool:
    """The "today" at ``sentence[start:end]`` names the day of the writing, not the present age."""
    if _POSSESSIVE.match(sentence, end):  # "today's hearing" is the day's; "today's world" the present age's
        owned = [w.lower().rstrip("s") for w in _WORD.findall(sentence, end + 2, end + 60)[:_OWNED_REACH]]
        return any(word in _NEWS_OR_EVENT for word in owned)
    clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start), start - 60, 0)
    before = [w.lower() for w in _WORD.findall(sentence, clause_start, start)]
    after = _WORD.match(sentence, end + 1) if end < len(sentence) and sentence[end] == " " else None
    previous = before[-1] if before else ""
    if previous in _SAYING or previous in _NEWS_OR_EVENT or previous in _BEFORE:
        return True
    if is_past_word(previous) or (is_schedule_word(previous) and previous not in _LOOSE):
        return True
    if any(is_past_word(word) and word not in _BE_PAST for word in before[-_PAST_REACH:]):
        return True
    if before[-2:] == ["as", "of"] or "will" in before[-_WILL_REACH:]:
        return True
    if after is not None and after.group().lower() in _SAYING:
        return True  # "Police today announced"; but "the stars we see today formed" is the present age
    return _AFTER.match(sentence, end) is not None


def days_named(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's "today" that name the day of the writing."""
    return [(m.start(), m.end()) for m in TODAY.finditer(sentence) if names_the_day(sentence, m.start(), m.end())]
