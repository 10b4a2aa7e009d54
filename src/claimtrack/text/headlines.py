"""Lines without a full stop that read as a sentence: a headline, a subhead, a standfirst, a sentence cut off.

A page's headline ("At least seven killed in earthquake", "Man's 43-yr sentence reduced", "Juniper to cut 6 pct
jobs"), a subhead and a sentence the text stops in ("Three other officers have been charged w") stand on a line
of their own without the full stop a sentence ends with. A reader reads them as sentences when they are written
as one: a clause with a verb, in headline grammar too, where the auxiliary is left out. The verb is one of

- an auxiliary, a modal or a verb of saying ("were recorded", "has derailed", "will rise", "says");
- a past form or participle ("seven killed", "sentence reduced", "Bail set at $1M", "mayor held office"), in a
  title-case line capitalised too ("Marked Increase in Visitors");
- an infinitive of what is to come, right after its subject ("Juniper to cut 6 pct jobs");
- a present verb between its subject and a count or an object ("Team discovers three planets", "NASA adds five
  companies", "Rate Drops to 3.7 Percent").

Near misses that stay silent: a label or a menu without a verb ("Meal 1", "Grand Jury Prize — La Pivellina",
"65 Views"), a plural noun ("7 key questions heading into the debate", "The 15 Weirdest Galaxies in Our
Universe"), a byline or a dateline ("By Jane Doe", "June 8, 2020"), a heading leading into a list (it ends with
a colon), a line in capitals, one that starts with a mark or a label ("- ", "• ", "Related: ", "(AP Photo"), one
with a site's separator or a web address ("Milan Design Week 2018 | …", "pic.twitter.com/…"), one ending in a
link's tag ("… [WARNING]"), and lines in a run of such headlines (a list of links: "You may also like"). A line
that the text says again (a subhead repeating the sentence below it) has no value of its own: ``headline_lines``
leaves it to the sentence that says it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from claimtrack.text.quantity_words import WORD_NUMBER
from claimtrack.text.quotes import normalise_text
from claimtrack.text.sentences import Sentence

_WORD = re.compile(r"[A-Za-z][A-Za-z’'.-]*")
_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "might",
        "did",
        "does",
        "says",
        "said",
        "say",
        "tells",
        "told",
        "gets",
        "got",
    ]
)
_PAST_FORMS = frozenset(
    [
        "set",
        "held",
        "hit",
        "cut",
        "won",
        "lost",
        "beat",
        "made",
        "took",
        "gave",
        "sold",
        "paid",
        "left",
        "kept",
        "fell",
        "rose",
        "grew",
        "ran",
        "led",
        "found",
        "shot",
        "struck",
        "seen",
        "given",
        "taken",
        "known",
        "shown",
        "stolen",
        "sworn",
        "driven",
        "broken",
        "chosen",
        "fallen",
        "risen",
        "grown",
        "thrown",
        "hurt",
        "quit",
        "shut",
        "put",
        "sent",
        "spent",
        "built",
        "bought",
        "brought",
        "caught",
        "fought",
        "began",
        "begun",
        "came",
        "went",
        "met",
        "saw",
        "sank",
        "stood",
        "fled",
        "swept",
        "sought",
        "lit",
        "upheld",
        "slain",
        "dead",
    ]
)
"""Past forms and participles that do not end in -ed, lower case ("Bail set at $1M", "mayor held office")."""
_NOT_PAST = frozenset(
    [
        "hundred",
        "kindred",
        "sacred",
        "naked",
        "wicked",
        "beloved",
        "red",
        "bed",
        "need",
        "speed",
        "seed",
        "feed",
        "shed",
        "bred",
        "united",
        "limited",
        "ed",
        "ted",
        "fred",
        "ahmed",
        "mohammed",
        "muhammad",
    ]
)
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those"]
)
_SMALL_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"]
)
"""The words a title-case line leaves in lower case."""
_NUMBER_WORD = re.compile(rf"{WORD_NUMBER}(?:[ -]\w+)?$", re.IGNORECASE)
_SKIP_START = re.compile(r"[^\w\"“‘'$€£¥₹]|\d{1,3}[.)]\s|(?:by|from|updated|published|posted|photo|image|source|credit)\b|\w+:\s|(?-i:(?:[A-Z]{2,}\s+){1,2}[A-Z]{2,}:\s)",
                         re.IGNORECASE)  # fmt: skip
"""A line starting with a mark, a byline's or a date line's word, or a label ("Related: ", "SEE MORE: ")."""
_SKIP_ANYWHERE = re.compile(
    r"\||@|https?:|www\.|\.com\b|pic\.twitter|\[[A-Z ]+\]\s*$|:\s*$|\b(?:updated|published|posted)\s*:|\(?\bphoto\s*:",
    re.IGNORECASE,
)
_LIST_COMMAS = 3
_LIST_ITEM_WORDS = 5
"""A line with this many commas between items of fewer words than this on average is a list (a recipe, a
product's specifications), no headline; a long sentence cut off at the text's end has longer clauses."""
MIN_WORDS = 4
"""Fewer words are a label ("Meal 1", "Clinching in November")."""


def reads_as_headline(line: str) -> bool:
    """The line (without its full stop) is a clause with a verb in headline grammar, and none of the lines a
    page holds around its article (a label, a byline, a link)."""
    words = _WORD.findall(line)
    if len(line.split()) < MIN_WORDS or _SKIP_START.match(line) or _SKIP_ANYWHERE.search(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return False  # a line in capitals: a site's label or a shouted link
    pieces = line.count(",") + 1
    if pieces > _LIST_COMMAS and len(line.split()) < _LIST_ITEM_WORDS * pieces:
        return False  # a list of short items: a recipe's, a product's specifications, a menu
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    title_case = sum(w[0].isupper() for w in content) * 4 >= len(content) * 3  # "Rise in Visitors for 2018"
    tokens = line.split()
    return any(_is_verb(word, words, index, title_case, tokens) for index, word in enumerate(words))


def _is_verb(word: str, words: list[str], index: int, title_case: bool, tokens: list[str]) -> bool:
    lower = word.lower().rstrip(".")
    written_low = word[0].islower() or (title_case and index > 0) or (index == 0 and lower.endswith("ed"))
    if not written_low:
        return False
    if lower in _AUXILIARIES:
        return True
    if word[0].islower() and lower in _PAST_FORMS:
        return True
    participle = lower.endswith("ed") and len(lower) >= 5 and lower not in _NOT_PAST and "-" not in lower
    if participle and (word[0].islower() or index == 0):
        return True  # "sentence reduced", "Marked Increase in …"; but "iPhone 7, GSM Unlocked" names a product
    after = _after(word, tokens, index)
    if lower == "to" and index > 0 and words[index - 1][0].isupper() and after and after[0].islower():
        return index <= 3  # "Juniper to cut 6 pct jobs": the subject's plan, at the line's start
    if index > 0 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) and len(lower) >= 4:
        joined = word in tokens  # "protests: 800", "Containers: 1 Green": punctuation ends a noun, not a verb
        return joined and _object_after(after, tokens, index, capital=word[0].isupper())
    return False


def _after(word: str, tokens: list[str], index: int) -> str:
    """The token after the ``index``-th word (the words and the tokens line up but for punctuation alone)."""
    position = next((i for i, token in enumerate(tokens) if word in token and i >= index), None)
    if position is None or position + 1 >= len(tokens):
        return ""
    return tokens[position + 1]


def _object_after(after: str, tokens: list[str], index: int, capital: bool) -> bool:
    """What follows a present verb: a count ("discovers three planets", "spends $449K"), a determiner ("names
    the"), or "to" and a count ("Drops to 3.7 Percent"; a capitalised word before a bare number is a name:
    "Series 3")."""
    if not after:
        return False
    counted = after[0].isdigit() or after[0] in "$€£¥₹" or _NUMBER_WORD.match(after) is not None
    if (counted and not capital) or after.lower() in _DETERMINERS:
        return True
    if after.lower() == "to":
        following = " ".join(tokens[index:])
        return re.search(r"\bto\s+[$€£¥₹]?\d", following) is not None
    return False


def headline_lines(sentences: list[Sentence], normal: str, ended: Callable[[str], bool]) -> set[int]:
    """The starts of the ``sentences`` that are a line of their own that does not end as a sentence does
    (``ended``) but reads as a headline (``reads_as_headline``), said once in the text (``normal``, in normal
    form, as ``quotes`` gives it), and no line of a run of such headlines (a list of links)."""
    per_paragraph = Counter(s.paragraph for s in sentences)
    reading = {
        s.start: reads_as_headline(s.text)
        for i, s in enumerate(sentences)
        if (per_paragraph[s.paragraph] == 1 or i == len(sentences) - 1) and not ended(s.text)
    }  # a line of its own, or the sentence the text stops in
    once = {start for start, read in reading.items() if read}
    once -= {s.start for s in sentences if s.start in once and normal.count(normalise_text(s.text)) > 1}
    found: set[int] = set()
    for index, sentence in enumerate(sentences):
        if sentence.start not in once:
            continue
        around = sentences[max(0, index - 1) : index] + sentences[index + 1 : index + 2]
        if not any(s.start in once for s in around):  # else "You may also like": a list of other pages' headlines
            found.add(sentence.start)
    return found
