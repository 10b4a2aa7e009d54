"""A number written without its noun counts what the count just before it counts: English leaves the noun out
the second time ("Gallinari added 25 points, and Noel had 15": 15 points; "35 saves, including 15 in the third
period"; "tapped three of those companies, only two committed"; "from an estimated 450 million people down to
350 million").

"Others" after a number names that noun again: "killed 3 people and injured 30 others" counts 30 people, as "30
other people" would.

The count lent from is the quantity right before the bare number in the sentence, a count of a noun of its own;
anything else between them keeps the number bare. Near misses that stay bare: a quantity of another kind before
it ("rose 5 percent to 300", "$5 million, 2 of which"), a count written as a compound adjective ("the 16-inch
model against the 15-inch one scored 1061") or as part of a name ("the 1,000 Guineas"), a number alone in brackets (a reference, "(2)", or an aside,
"(more than 60)"), a number right after an opening bracket ("(2 for Ogunjobi, 3 for Garrett)"), and a tally of
two bare numbers ("lost four of five", left to the sports readers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.text.carried_bounds import Quantity
from claimtrack.text.quantity_words import WORD_NUMBER

_OPENED = re.compile(r"[(\[]\s*(?:[A-Za-z ]{0,20})$")
"""What precedes a number just inside an opening bracket ("(2", "(more than 60")."""
_NAMED = re.compile(r"\s+[A-Z][a-z]")
"""A capital after the number: its noun is part of a name, not a count ("the 1,000 Guineas", "2,812 Piece Set")."""
_TALLY_AFTER = re.compile(rf"\s+(?:of|out of)\s+(?:\d|(?:{WORD_NUMBER})\b)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(rf"(?:\d|\b(?:{WORD_NUMBER}))\s+(?:of|out of)\s+$", re.IGNORECASE)
_OTHERS = ("other",)
"""What "30 others" counts: the noun of the count before it, left out."""


def nouns_of_elided(
    sentence: str, quantities: Sequence[Quantity], nouns: Sequence[tuple[str, ...]]
) -> list[tuple[str, ...]]:
    """The nouns each of ``quantities`` (in the order of the sentence, each counting ``nouns``) counts: its own,
    or, for a bare count, those of the count right before it."""
    found = list(nouns)
    for index in range(1, len(quantities)):
        quantity, before = quantities[index], quantities[index - 1]
        own = found[index] and found[index] != _OTHERS  # "and injured 30 others": the noun before, again
        if own or quantity.kind != "count" or before.kind != "count" or found[index - 1] in ((), _OTHERS):
            continue
        if sentence[before.end : before.end + 1] in ("-", "–") or _NAMED.match(sentence, before.end):
            continue  # "the 15-inch base": an adjective; "2,812 Piece Set": a name, no count to lend
        if _OPENED.search(sentence, max(0, quantity.start - 24), quantity.start):
            continue  # "(2)", "(more than 60)", "(2 for Ogunjobi": a reference or an aside
        if _TALLY_AFTER.match(sentence, quantity.end) or _TALLY_BEFORE.search(
            sentence, max(0, quantity.start - 24), quantity.start
        ):
            continue  # "lost four of five": a record, whatever came before
        found[index] = found[index - 1]
    return found
