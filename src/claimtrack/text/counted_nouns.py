"""The words naming what a number counts: the few after it, up to the first plural, before a preposition, a verb
or punctuation ("346 people were hurt" counts people, "12 patrol boats sank" patrol boats; a word ending in -ed or
-ing after the noun is taken for a verb), the word joined to it by a hyphen ("a three-year silence"), a measure of
two words ("100 metric tons"), a part's whole ("46 of their close contacts"); never a comparative, an adverb or a
verb ("two inches wider" counts inches).

Modifiers before the noun do not hide it: an adverb right after the number ("two highly critical reports", "three
relatively younger pilots"), modifiers joined by "and" or "or" ("18 Northern and central California counties",
"1,000 maintenance and cleaning workers"), an initialism in capitals ("nine CLPS companies", no plural of "CLP"),
a hyphenated modifier before a noun in -ing ("one in-person meeting"); and a people's name in -is is a plural
("600,000 Israelis live", which the plural rules keep as it is, as "crisis"). Near misses: an adverb of a period is
a rate ("5 daily flights"), and a plural with a number after "and" is a list ("12 boats and 3 tugs").
"""

from __future__ import annotations

import re

from claimtrack.text.countries import is_demonym
from claimtrack.text.measures import MEASURES, two_word_measure
from claimtrack.text.not_quantities import COMPOUND
from claimtrack.text.numbered_names import pointers
from claimtrack.text.quantity_words import NOT_UNITS, PERIODS, WORD_NUMBER
from claimtrack.text.stems import FUNCTION_WORDS, singular

_PUNCTUATION = re.compile(r"[,.;:!?()\"“”‘’'\[\]]")
_NEXT_WORDS = re.compile(r"-?(\S+)")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
"""A name's initials with their dots ("U.S.", "U.K."): one word, its dots no punctuation."""
_FUNCTION_NEXT = re.compile(r"\s+(?:in|on|at|to|into|with|from|for|by|of)\b")
"""After a word in -ing that follows a number, a preposition makes it a verb: "the two rendezvousing in orbit"."""
_WHOLE = rf"(?:[\d,]+|{WORD_NUMBER})\s+(?=(?:[a-z][\w-]*\s+){{0,2}}(?:[A-Za-z][\w-]*s|people)\b)"
_PARTITIVE = re.compile(
    rf"\s+of\s+(?:(?:the|their|its|his|her|our|these|those|[A-Z][\w.-]*[’']s?)\s+(?:(?:[a-z][\w-]*\s+)?{_WHOLE}|(?=[a-z]))"
    rf"|{_WHOLE})"
)
"""A part of a whole counts what the whole counts: "46 of their close contacts", "seven of LeBron's assists",
"five of the 10 Democrats", "20 of his season-high 31 points", "5 of 6 seats" (a whole in numbers counts the plural after it: not "four of five
despite two losses")."""
_MODIFIERS = frozenset(["other", "additional", "further", "extra"])
_A_NUMBER = re.compile(WORD_NUMBER, re.IGNORECASE)
_AHEAD = re.compile(r"\s+([A-Za-z][\w’'-]*)")
_VERB_AFTER = re.compile(r"\s+[a-z]{2,}[^e\W]ed\b(?!\s+[a-z]+s\b)")


def counted_words(sentence: str, end: int) -> tuple[list[str], int]:
    """The words naming what the number at ``end`` counts, and where they end."""
    measure = two_word_measure(sentence, end)
    if measure is not None:
        return [measure[0]], measure[1]  # "20.7 cubic foot trunk", "2.1 cu.ft.", "100 metric tons"
    compound = COMPOUND.match(sentence, end)
    if compound is not None:
        return [compound[1]], compound.end()  # "three-year", "56-year-old": the unit is the hyphen's first word
    shot = pointers(sentence, end)
    if shot is not None:
        return [shot[1]], shot.end()  # "four 3-pointers" counts shots named by their points
    if _VERB_AFTER.match(sentence, end):
        return [], end  # "Of 40 ferries, 12 sailed": a verb, where "12 stranded boats" counts boats
    partitive = _PARTITIVE.match(sentence, end)
    if partitive is not None:
        return counted_words(sentence, partitive.end())  # "46 of their close contacts" counts contacts
    words: list[str] = []
    at = end
    for taken, raw in enumerate(_NEXT_WORDS.finditer(sentence, end)):
        if taken == 5:
            break
        text = raw[1]
        initials = _INITIALISM.match(text)
        if initials is not None:  # "45.3 million U.S. dollars", "12 U.S. troops"
            text = initials.group().replace(".", "") + text[initials.end() :]
        cut = _PUNCTUATION.search(text)
        word = text[: cut.start()] if cut else text
        verb = len(word) > 4 and word.lower().endswith(("ed", "ing")) and bool(words) and "-" not in words[-1]
        verb = verb or (not words and word.endswith("ing") and bool(_FUNCTION_NEXT.match(sentence, raw.end())))
        ahead = _noun_ahead(sentence, raw.end()) if _opens_modifiers(word, words, cut) else None
        if ahead is not None:
            return [*words, *ahead[0]], ahead[1]  # "two highly critical reports", "18 Northern and central … counties"
        if not cut and is_demonym(word) and word.endswith("is"):
            return [*words, word[:-1]], raw.start(1) + len(word)  # "600,000 Israelis live": a people, in the plural
        if (
            word.lstrip("-–—")[:1].isdigit()
            or _A_NUMBER.fullmatch(word)  # "four of five despite two solid performances"
            or (word and not word.strip("-–—"))  # a dash between words: "one problem -- they weren't"
            or word.lower() in NOT_UNITS
            or (len(word) > 4 and word.lower().endswith("ly"))
        ):
            break  # another number ("30-60", "two"), a comparative, an adverb or a verb: never what is counted
        if word.lower() in _MODIFIERS and not words:
            continue  # "two other plague cases", "12 additional boats": the noun comes after
        if word and word.lower() not in FUNCTION_WORDS and not verb:
            words.append(word)
            at = raw.start(1) + len(word)
        plural = singular(word) != word.lower() and not word.isupper()  # "nine CLPS companies": an initialism
        if cut or not word or word.lower() in FUNCTION_WORDS or verb or plural:
            break  # punctuation, a function word, a verb, or the plural noun counted ("12 patrol boats sank")
        if words == [word] and singular(word).lower() in MEASURES:
            break  # a unit of measure is what is counted: "10.7 teraflop hardware", "a 12 hour shift"
    return words, at


def _opens_modifiers(word: str, words: list[str], cut: re.Match[str] | None) -> bool:
    """``word`` may stand between modifiers and the noun they modify: an adverb right after the number ("two highly
    critical reports"; not a period's, "five daily flights" is a rate), or "and" / "or" after a modifier ("18 Northern
    and central counties")."""
    if cut is not None:
        return False
    lower = word.lower()
    adverb = not words and len(word) > 4 and lower.endswith("ly") and lower not in PERIODS
    joined = bool(words) and lower in ("and", "or") and singular(words[-1]) == words[-1].lower()
    return adverb or joined


def _noun_ahead(sentence: str, at: int) -> tuple[list[str], int] | None:
    """The words from ``at`` up to a plural noun within three words ("critical reports", "central California
    counties"), and where it ends; None when another number, a function word, a verb or punctuation comes first."""
    taken: list[str] = []
    raw = _AHEAD.match(sentence, at)
    while raw is not None and len(taken) < 3:
        word = raw[1]
        lower = word.lower()
        if lower in FUNCTION_WORDS or _A_NUMBER.fullmatch(word):
            return None
        if lower in NOT_UNITS and not lower.endswith("er"):
            return None  # a verb ("were"); a comparative is a modifier ("two relatively smaller groups")
        taken.append(word)
        if singular(word) != lower and not word.isupper():
            return taken, raw.end(1)
        raw = _AHEAD.match(sentence, raw.end())
    return None  # no plural within three words, or punctuation before one
