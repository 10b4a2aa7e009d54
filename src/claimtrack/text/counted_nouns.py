"""The words naming what a number counts: the few after it, up to the first plural, before a preposition, a verb
or punctuation ("346 people were hurt" counts people, "12 patrol boats sank" patrol boats; a word ending in -ed or
-ing after the noun is taken for a verb), the word joined to it by a hyphen ("a three-year silence"), a measure of
two words ("100 metric tons"), a part's whole ("46 of their close contacts"); never a comparative, an adverb or a
verb ("two inches wider" counts inches).
"""

from __future__ import annotations

import re

from claimtrack.text.measures import MEASURES, two_word_measure
from claimtrack.text.not_quantities import COMPOUND
from claimtrack.text.numbered_names import pointers
from claimtrack.text.quantity_words import NOT_UNITS, WORD_NUMBER
from claimtrack.text.stems import FUNCTION_WORDS, singular

_PUNCTUATION = re.compile(r"[,.;:!?()\"“”‘’'\[\]]")
_NEXT_WORDS = re.compile(r"-?(\S+)")
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
        cut = _PUNCTUATION.search(text)
        word = text[: cut.start()] if cut else text
        verb = len(word) > 4 and word.lower().endswith(("ed", "ing")) and bool(words)
        verb = verb or (not words and word.endswith("ing") and bool(_FUNCTION_NEXT.match(sentence, raw.end())))
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
        if cut or not word or word.lower() in FUNCTION_WORDS or verb or singular(word) != word.lower():
            break  # punctuation, a function word, a verb, or the plural noun counted ("12 patrol boats sank")
        if words == [word] and singular(word).lower() in MEASURES:
            break  # a unit of measure is what is counted: "10.7 teraflop hardware", "a 12 hour shift"
    return words, at
