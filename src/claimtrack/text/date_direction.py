"""Words that tell which way from the publication a date without its year or week lies, beyond the verb's
tense (``tense``), and words that make "today" or "the next year" no date of the publication's.

- A modal before the verb a date dates looks ahead: "the weather should ease by Thursday", "crews could
  finish on Friday" (a forecast or an obligation is still to come); "could have" and "may have" are the past.
- "Would" is the future seen from a past narrative ("his vow that Britain would leave on Oct. 31", "said the
  bridge would open in May"): the date lies ahead of that narrative, not of the publication, so a month or a
  day already past in the publication's year stays in that year.
- A month after "that", "a" or "an" names something the narrative already holds ("at that October hearing",
  "within weeks of an October news conference"): its year is the publication's, whatever the clause plans.
- "Today" meaning nowadays is no day: after a verb of being or having in the present ("the galaxies we
  observe today", "as it is today", "may only be a concept today"), or opening a sentence whose verb is a
  modal ("Today that mission scope may well have expanded").
- "The next year" and "the past month" count from a moment the narrative gave or span the months before the
  publication ("used cannabis in the past month"): no calendar year or month.
"""

from __future__ import annotations

import re

_MODAL = re.compile(
    r"\b(?:should|must|could|may|might|ought to)\s+(?!have\b|not have\b)(?:[a-z]+\s+){0,2}?[a-z]+\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_WOULD = re.compile(r"\b(?:would|’d|'d)\s+(?:not\s+)?(?:[\w’'.-]+\s+){1,5}$")
_WILL = re.compile(r"\b(?:will|shall|’ll|'ll|won[’']t|going to|plans? to|expected to)\b")
_ANAPHORIC_MONTH = re.compile(r"\b(?:that|an?)\s+$", re.IGNORECASE)

_PRESENT_STATE = (
    r"(?:is|are|am|(?:it|that|there|what|who|he|she)[’']s|(?:we|you|they)[’']re|be|exists?|have|has|observe|see|know|live|lives|appears?|seems?|remains?|stands?"
    r"|looks?)"
)
_NOWADAYS = re.compile(rf"\b{_PRESENT_STATE}\b(?:\s+(?!today\b)[\w’'-]+){{0,4}}?\s+$", re.IGNORECASE)
_TODAY_MODAL = re.compile(r"(?:[\w’'-]+\s+){0,4}?(?:may|might|could|can)\b", re.IGNORECASE)
_TIMED_TODAY = re.compile(r"\b(?:later|earlier|as of|starting|until|from)\s+$", re.IGNORECASE)
_PAST_OR_PLAN = re.compile(r"\b(?:was|were|had|did|will|won[’']t|to|said|announced|\w+ed)\b", re.IGNORECASE)


def modal_ahead(sentence: str, start: int, at: int) -> bool:
    """A modal stands before the verb a date at ``at`` dates, in the clause from ``start``: the date lies
    ahead ("should ease by Thursday")."""
    return _MODAL.search(sentence, max(start, at - 80), at) is not None


def future_in_the_past(sentence: str, start: int, at: int) -> bool:
    """The verb the date dates follows "would" with no "will" nearer: the future of a past narrative."""
    before = sentence[max(start, at - 80) : at]
    would = _WOULD.search(before)
    return would is not None and _WILL.search(before, would.end()) is None


def anaphoric_month(sentence: str, at: int) -> bool:
    """ "that October", "an October news conference": a month the narrative holds, not one counted ahead."""
    return _ANAPHORIC_MONTH.search(sentence, max(0, at - 6), at) is not None


def today_is_nowadays(sentence: str, start: int, end: int) -> bool:
    """ "today" at ``start``..``end`` means at present, not the publication's day."""
    if _TIMED_TODAY.search(sentence, max(0, start - 12), start):
        return False
    if start == 0 or not sentence[:start].strip():
        return _TODAY_MODAL.match(sentence, end + 1) is not None
    clause = max(sentence.rfind(mark, 0, start) for mark in (",", ";", "—", ":", "“", '"'))
    before = sentence[clause + 1 : start]
    state = _NOWADAYS.search(before)
    return state is not None and _PAST_OR_PLAN.search(before, state.start()) is None


_AFTER_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def rolling(sentence: str, start: int, phrase: str) -> bool:
    """ "the past month", "the next year", "the following year": the span before or after some moment (the
    publication's or the narrative's), no calendar month or year."""
    return (
        phrase.lower().startswith(("past", "next"))
        and _AFTER_THE.search(sentence, max(0, start - 5), start) is not None
    )
