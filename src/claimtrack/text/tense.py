"""Which way a date without its year or week lies, read from the verb it follows in its clause.

A weekday or a bare month dates the verb before it. A verb in the past
("said on Tuesday", "told reporters Monday", "were gathered on Tuesday
night", "touted in October") puts it before the publication; "will",
"to" and "would" before the verb ("will open on Friday", "plans to launch in
May", "will be held on Monday"), a present progressive ("is meeting on
Friday") or a verb of schedule in the present ("opens to the public on
Friday", "a tour that stops in Cleveland on July 22") put it after; "decided to
reopen in May" is past, and "the close of its Monday show" and "killed in air
strikes on Monday" name no verb of schedule; "are still slated for" is "are
slated for"; what a thing "follows" came before ("the increase follows a 12%
rise in October and will take effect from April"). With no verb among the few words before the date, the clause's modality
decides (``clauses``). A capitalised word inside the sentence is a name, never the
verb ("the United States in September").
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "ahead"]

_WORD = re.compile(r"[A-Za-z’']+")
_LOOK_BACK = 8
"""How many words before a date are searched for its verb."""
_LOOK_BACK_CHARS = 120
_WORD_AFTER = re.compile(r"[\s,]+([a-z’']+)")
"""As many characters: a long sentence's every date reads a few words, never all before it."""
_FUTURE = frozenset(["will", "shall", "would", "’ll", "'ll", "won’t", "won't"])
_PLAN_TO = frozenset([
    "plan", "plans", "planned", "planning", "expected", "set", "scheduled", "due", "going", "aim", "aims", "want",
    "wants", "hope", "hopes", "intend", "intends", "intention", "agreed", "promised", "vowed", "pledged", "likely", "is", "are",
])  # fmt: skip
"""Words before "to" that make the verb after it a plan: "plans to sign", "is expected to vote"."""
_PAST = frozenset([
    "said", "told", "was", "were", "had", "did", "met", "held", "began", "went", "came", "took", "gave", "made",
    "won", "lost", "left", "rose", "fell", "sold", "bought", "paid", "wrote", "spoke", "saw", "found", "got",
    "became", "brought", "sent", "spent", "kept", "ran", "struck", "died", "led", "put", "set", "cut", "shut",
    "hit", "beat", "fought", "flew", "drove", "grew", "knew", "thought", "broke", "chose", "stood", "sat",
    "ate", "drank", "threw", "wore", "woke", "swore", "sang", "rang", "sank", "shot", "fed", "felt", "heard",
    "meant", "sought", "taught", "caught", "hid", "stole", "swam", "tore", "froze", "hung", "laid", "rode",
    "shook", "slept", "withdrew", "overtook", "undertook", "forgot", "arose", "blew", "built", "dealt", "dug",
    "drew", "fled", "lent", "lit", "overcame", "shone", "shrank", "slid", "spun", "sprang", "stuck", "swept",
    "swung", "understood", "upheld", "wept", "withheld",
])  # fmt: skip
"""Verbs in the past that do not end in -ed."""
_SCHEDULE = frozenset([
    "open", "opens", "close", "closes", "start", "starts", "begin", "begins", "end", "ends", "meet", "meets",
    "arrive", "arrives", "depart", "departs", "leave", "leaves", "launch", "launches", "return", "returns",
    "stop", "stops", "play", "plays", "perform", "performs", "premiere", "premieres", "air", "airs", "debut",
    "debuts", "visit", "visits", "resume", "resumes", "reopen", "reopens", "expire", "expires", "go", "goes",
    "kick", "kicks", "land", "lands", "head", "heads", "take", "takes", "hold", "holds", "continue", "continues",
    "conclude", "concludes", "wrap", "wraps", "pick", "picks", "host", "hosts", "face", "faces", "welcome",
    "welcomes",
])  # fmt: skip
"""Verbs of schedule: in the present they tell what is to come ("the show opens on Friday")."""
_OPENS = re.compile(r":\s+$")
_BE = frozenset(["be", "been", "being"])
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our", "this", "of", "my", "your"])
"""Words before which a verb of schedule is a noun: "the close of", "its end"."""
_PREPOSITIONS = frozenset(["in", "on", "at", "by", "for", "with", "from", "into", "after", "before"])
"""Words before which a verb of schedule is a noun too: "killed in air strikes on Monday"."""
_ADVERBS = frozenset(["still", "also", "now", "already", "currently", "then", "again", "just", "even", "only"])
"""Words between a verb and the word before it that change nothing: "are still slated for Sept. 14"."""
_FOLLOWS = frozenset(["follows", "follow"])
"""A thing that follows what the date dates comes after it: that came before the writing."""
_PRESENT_BE = frozenset(["is", "are", "am", "’s", "'s"])
_LINKING = frozenset(["stay", "stays", "remain", "remains", "seem", "seems", "become", "becomes", "get", "gets"])
"""Verbs in the present after which a participle tells a state: "stays shut until Friday" is no past."""
_SET_FOR = frozenset(["set", "slated", "scheduled", "due"])
"""Participles that, after "is" or "are", put what they date ahead: a date fixed for what is to come."""
_NOT_PAST = frozenset(["need", "needed", "speed", "feed", "seed", "based", "red", "bed", "hundred", "scheduled"])
"""Words ending in -ed that are no past ("scheduled" tells a plan: the clause decides)."""


def is_past_word(word: str) -> bool:
    """The word (in lower case) is a verb in the past: "said", "held", "opened" (not "need", "hundred")."""
    return word in _PAST or (len(word) > 3 and word.endswith("ed") and word not in _NOT_PAST)


def is_schedule_word(word: str) -> bool:
    """The word (in lower case) is a verb of schedule: "opens", "launches", "airs"."""
    return word in _SCHEDULE


def tense_before(sentence: str, start: int, at: int, end: int | None = None) -> Tense | None:
    """The tense of the verb nearest before ``at`` among the words of ``sentence[start:at]``: "past", "ahead",
    or None when none of the few words before is a verb that tells; with none before, the verb right after
    the date's ``end`` ("The council on Tuesday voted", "Velmar on Monday will vote") when it tells."""
    found = list(_WORD.finditer(sentence, max(start, at - _LOOK_BACK_CHARS), at))[-_LOOK_BACK - 2 :]
    words = [
        ""
        if word[0][0].isupper()
        and word.start() > 0
        and not _OPENS.search(sentence, max(0, word.start() - 4), word.start())
        else word[0].lower()
        for word in found
    ]  # a capitalised word is a name's, but the first after a colon opens a line ("Lakers: Visit the Thunder")
    # two words more than are searched tell whether the first searched is a noun ("the debut of its …")
    for index in range(len(words) - 1, max(-1, len(words) - _LOOK_BACK - 1), -1):
        tense = _tense_of(words, index)
        if tense is not None:
            return tense
    after = None if end is None else _WORD_AFTER.match(sentence, end)
    if after is None:
        return None
    word = after[1].lower()
    if word in ("will", "shall", "would"):
        return "ahead"
    return "past" if is_past_word(word) else None


def _tense_of(words: list[str], index: int) -> Tense | None:
    word = words[index]
    back = index - 1
    while back > 0 and words[back] in _ADVERBS:
        back -= 1  # "are still slated for", "will also open"
    before = words[back] if back >= 0 else ""
    earlier = words[back - 1] if back > 0 else ""
    if word in ("will", "shall", "’ll", "'ll"):
        return "ahead"
    if word.endswith("ing") and before in _PRESENT_BE:
        return "ahead"  # "is meeting on Friday"
    if word in _SET_FOR and before in _PRESENT_BE:
        return "ahead"  # "the hearing is set for Jan. 9", "is slated for", "is due on"
    if is_past_word(word):
        if before in _BE and (earlier in _FUTURE or earlier == "to"):
            return "ahead"  # "will be held on Monday", "to be signed in May"
        return None if before in _PRESENT_BE or before in _FUTURE or before in _LINKING else "past"
    if before == "to":
        return "ahead" if earlier in _PLAN_TO else None  # "plans to open", but "decided to reopen" is past
    if before in _FUTURE and word.isalpha() and len(word) > 2 and word not in ("be", "have"):
        return "ahead"  # "will sign"
    if word in _FOLLOWS and before not in _FUTURE and before != "to":
        return "past"  # "the increase follows a 12% rise in October": what it follows came before
    if word in _SCHEDULE and before not in _DETERMINERS and before not in _PREPOSITIONS:
        return "ahead"  # "opens on Friday", "tickets go on sale Friday"; but "the close of", "at the end of"
    return None
