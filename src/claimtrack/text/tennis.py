"""A tennis match's set scores are read, and drafted as nothing.

"Nadal defeated Khachanov 6-3, 7-6 (7)" gives each set's games; read as results (``scores``), each side's
games of each set became a count of its own, four drafts of "6 games" and "3 games" that say nothing without
the set they belong to, and whose side a careful reader has to work out from the order of the names. What a
fact-checker keeps of such a sentence is the match's result, which claimtrack's quantities cannot hold as a
number: in a sentence of tennis (told by the sentence or its source) the pairs ``scores`` reads are taken out
of the sentence, so that they are neither counts nor ranges. The rest of the sentence is read as any other.
"""

from __future__ import annotations

from claimtrack.text.scores import find_scores


def set_scores(sentence: str, sport: str | None, taken: bytearray | None = None) -> list[tuple[int, int]]:
    """The spans of the results and records of a tennis sentence ("6-4, 7-6 (5)", "beat Croatia 2-1"), to
    leave undrafted; none in any other sport."""
    if sport != "tennis":
        return []
    return sorted({number.span for number in find_scores(sentence, sport, taken)})
