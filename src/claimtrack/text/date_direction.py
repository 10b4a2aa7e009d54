"""Words that tell which way from the publication a date without its year or week lies, beyond the verb's
tense (``tense``), and words that make "the next year" or "the past month" no date of the publication's
("today" meaning the present age is read by ``today``, where drafting asks it).

- A modal before the verb a date dates looks ahead: "the weather should ease by Thursday", "crews could
  finish on Friday" (a forecast or an obligation is still to come); "could have" and "may have" are the past.
- "Would" is the future seen from a past narrative ("his vow that Britain would leave on Oct. 31", "said the
  bridge would open in May"): the date lies ahead of that narrative, not of the publication, so a month or a
  day already past in the publication's year stays in that year.
- A month after "that", "a" or "an" names something the narrative already holds ("at that October hearing",
  "within weeks of an October news conference"): its year is the publication's, whatever the clause plans.
- "The next year" and "the past month" count from a moment the narrative gave or span the months before the
  publication ("used cannabis in the past month"): no calendar year or month. So does "the last week" (the seven
  days before now: "46 people visited my profile in the last week"), and "the last weekend of the festival" is
  the festival's final one: after "the", "last" is no calendar week, weekend, month or year of the publication.
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


_AFTER_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def rolling(sentence: str, start: int, phrase: str) -> bool:
    """ "the past month", "the next year", "the last week", "the last weekend of …": the span before or after
    some moment (the publication's or the narrative's), or the end of something, no calendar month, week or
    year."""
    return (
        phrase.lower().startswith(("past", "next", "last"))
        and _AFTER_THE.search(sentence, max(0, start - 5), start) is not None
    )
