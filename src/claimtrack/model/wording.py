"""Words that agree with their numbers: '1 finding', '2 findings', '214 cadets', '12 km'.

Plurals come from the ``inflection`` package's English rules (irregular nouns, -y, -s, -ch endings). Only a
last word that is written in lower case and holds a vowel is made plural, so that symbols and abbreviations
used as units (``km``, ``kg``, ``%``, ``USD``) stay as they are.
"""

from __future__ import annotations

import re

import inflection

_WORD = re.compile(r"[a-z]*[aeiouy][a-z]*")


def noun(word: str, count: float) -> str:
    """``word`` as it goes with ``count``: singular for exactly one, plural otherwise."""
    if count == 1:
        return word
    head, space, last = word.rpartition(" ")
    if not _WORD.fullmatch(last):
        return word
    return f"{head}{space}{inflection.pluralize(last)}"


def plural(count: int, word: str) -> str:
    """'1 finding', '3 findings'."""
    return f"{count} {noun(word, count)}"


def agree(count: int, singular: str, plural_form: str) -> str:
    """The verb (or any word) that agrees with ``count`` things: agree(1, 'states', 'state')."""
    return singular if count == 1 else plural_form
