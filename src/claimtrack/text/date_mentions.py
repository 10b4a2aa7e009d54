"""A date as the date reader finds it in a sentence, and as the passes over a sentence's dates once read take
and give it (``date_spans``, ``extended_ends``, ``quarters.year_before``, ``said_twice``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    """A date written in a sentence: where, the words, its EDTF value, and how it was resolved."""

    start: int
    end: int
    text: str
    value: str
    note: str | None = None
    """How a date relative to the publication was read, for a person to check."""
    after_publication: bool = False
    """The date lies wholly after the source's publication: the sentence can only announce it."""
