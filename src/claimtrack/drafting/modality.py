"""How a sentence puts each value it gives: as done, planned, forecast, reported by someone, or denied; who
said it, and whether it speaks of all the time before.

Read per clause (``text.clauses``): in "the port bought 12 boats, and it
will buy 20 more" the 12 are bought and the 20 planned. Cue words decide,
the strongest first: a negation of the verb makes a denial, words of intent
or schedule a plan ("will", "plans to", "is expected to"), words of
likelihood a forecast, and somebody's words (``text.reported_speech``: what
"said", "told", "according to", "allegedly", "accused of" or quotation marks
give as theirs, not the saying itself) a report; a clause with none asserts.
A date after the source's publication makes a clause without a cue a plan:
it can only announce it (and ``propose`` plans the quantities written after
that date in the clause: "opens tomorrow in 14 cities"). A date before it is
no plan or forecast, whatever the clause's cue ("the planned blackout would
follow one last month"): it is somebody's words when the clause is, else
asserted.

The speaker of somebody's words is the entity the sentence names there ("the
harbour authority said"), known or proposed, whatever the modality: a claim
records it in ``said``. An absolute word of the value's clause ("for the
first time", "never", "always") is what a relation claim records in
``absolute``.
"""

from __future__ import annotations

import re

from claimtrack.drafting.candidates import EntityCandidate
from claimtrack.model.claims import Absolute, Modality
from claimtrack.text.clauses import Clause, Clauses, clause_bounds
from claimtrack.text.mentions import Mention

_STRONGEST_FIRST = [Modality.DENIED, Modality.PLANNED, Modality.PREDICTED, Modality.REPORTED, Modality.ASSERTED]
_ABSOLUTE: list[tuple[Absolute, re.Pattern[str]]] = [
    (Absolute.FIRST, re.compile(r"\b(?:for the first time|the first time|first[- ]ever)\b", re.IGNORECASE)),
    (Absolute.NEVER, re.compile(r"\b(?:never|has avoided|have avoided|had avoided|not once)\b", re.IGNORECASE)),
    (Absolute.ALWAYS, re.compile(r"\balways\b", re.IGNORECASE)),
]


def modality_of(
    sentence: str | Clauses,
    *,
    at: int | None = None,
    after_publication: bool = False,
    before_publication: bool = False,
    count: bool = False,
) -> tuple[Modality, str | None]:
    """The modality of the clause at ``at`` (of the whole sentence, its strongest clause, when None), with the
    cue that decided it (None when nothing did). Pass the sentence's ``Clauses`` to read it once for many values.
    A date after the publication makes a clause without a cue a plan; a date before it is no plan or forecast,
    whatever the clause's cue ("the planned blackout would follow one last month"): it is somebody's words
    when the clause is, else asserted. A ``count`` written before its clause's negation is no denial: "the four
    players … hadn't done it" counts players who are."""
    clauses = Clauses(sentence) if isinstance(sentence, str) else sentence
    strongest = min(clauses.clauses, key=lambda c: _STRONGEST_FIRST.index(c.modality))
    clause = strongest if at is None else clauses.at(at)
    if count and at is not None and clause.modality is Modality.DENIED and _denied_after(clauses, clause, at):
        return (Modality.ASSERTED, None) if clause.reported_by is None else (Modality.REPORTED, clause.reported_by)
    if clause.modality is Modality.ASSERTED and after_publication:
        return Modality.PLANNED, None
    if before_publication and clause.modality in (Modality.PLANNED, Modality.PREDICTED):
        return (Modality.ASSERTED, None) if clause.reported_by is None else (Modality.REPORTED, clause.reported_by)
    return clause.modality, clause.cue


def _denied_after(clauses: Clauses, clause: Clause, at: int) -> bool:
    """The negation that makes the clause a denial stands after ``at`` in it."""
    cue = clause.cue or ""
    found = clauses.sentence.find(cue, clause.start, clause.end) if cue else -1
    return found > at


def absolute_of(sentence: str, at: int) -> tuple[Absolute, str] | None:
    """The absolute statement of the clause holding ``at``, with its words: "for the first time" (first),
    "never" or "has avoided" (never), "always" (always)."""
    start, end = clause_bounds(sentence, at)
    for absolute, pattern in _ABSOLUTE:
        match = pattern.search(sentence, start, end)
        if match is not None:
            return absolute, match.group()
    return None


def speaker_of(
    span: tuple[int, int] | None, mentions: list[Mention], candidates: dict[tuple[int, int], EntityCandidate]
) -> tuple[str, EntityCandidate | None] | None:
    """The entity naming the speaker inside ``span`` (a clause's ``said_by``), the name written last there
    ("Although Hitler was born in 1889, Austria argued"): one of the vocabulary (its id), or a name it lacks
    (the candidate's id, and the candidate to add); None when no name is there ("officials said")."""
    if span is None:
        return None
    start, end = span
    inside: list[tuple[int, str, EntityCandidate | None]] = [
        *((m.start, m.entity, None) for m in mentions if start <= m.start and m.end <= end),
        *((at[0], c.id, c) for at, c in candidates.items() if start <= at[0] and at[1] <= end),
    ]
    if not inside:
        return None
    _, entity, candidate = max(inside, key=lambda named: named[0])  # the name nearest the verb
    return entity, candidate
