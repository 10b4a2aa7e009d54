"""How a sentence puts each value it gives: as done, planned, forecast, reported by someone, or denied.

Read per clause (``text.clauses``): in "the port bought 12 boats, and it
will buy 20 more" the 12 are bought and the 20 planned. Cue words decide,
the strongest first: a negation of the verb makes a denial, words of intent
or schedule a plan ("will", "plans to", "is expected to"), words of
likelihood a forecast, and somebody's words (``text.reported_speech``: what
"said", "told", "according to", "allegedly", "accused of" or quotation marks
give as theirs, not the saying itself) a report; a clause with none asserts.
A date after the source's publication makes a clause without a cue a plan:
it can only announce it.
"""

from __future__ import annotations

from claimtrack.model.claims import Modality
from claimtrack.text.clauses import Clauses

_STRONGEST_FIRST = [Modality.DENIED, Modality.PLANNED, Modality.PREDICTED, Modality.REPORTED, Modality.ASSERTED]


def modality_of(
    sentence: str | Clauses, *, at: int | None = None, after_publication: bool = False
) -> tuple[Modality, str | None]:
    """The modality of the clause at ``at`` (of the whole sentence, its strongest clause, when None), with the
    cue that decided it (None when nothing did). Pass the sentence's ``Clauses`` to read it once for many values."""
    clauses = Clauses(sentence) if isinstance(sentence, str) else sentence
    strongest = min(clauses.clauses, key=lambda c: _STRONGEST_FIRST.index(c.modality))
    clause = strongest if at is None else clauses.at(at)
    if clause.modality is Modality.ASSERTED and after_publication:
        return Modality.PLANNED, None
    return clause.modality, clause.cue
