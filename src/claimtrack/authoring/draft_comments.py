"""The comment lines `draft` writes above a draft's fields, and which of them a draft has outgrown.

A draft says what the vocabulary must gain before it validates ("# needs: claimtrack entity add --id
lantern-bay ..."), names it lacks ("# 'Tidewater Lines' is not in the vocabulary: add it with claimtrack
entity add --id tidewater-lines ...") and the property it made up ("# no event property's label matches the
sentence: proposed serviced_on"). Each line is about one id, so each can be told stale:

- a needs line once the vocabulary has its id (`draft --write` adds it; a person runs the line), or once
  the draft no longer names it (`edit --subject`, `--property`, `--said-by` chose another);
- a name's "add it with" note once the vocabulary has the entity;
- a "proposed" property note once the draft's property is another.

- a reading note ("# 'last Tuesday' read as 2022-05-31 from the source's publication date 2022-06-01") once
  the value is another, or no quote holds the words it read;
- a note of how the subject was read ("# 'It' read as velmar, the subject of the sentence before") once the
  subject is another (`edit --subject`; the entity it names may since have been removed).

`draft --write` writes no needs line it satisfied, `edit` drops the lines its edit made stale, and `accept`
drops every needs line (a draft that still needed something would not be accepted). The other notes (how a
subject or a modality was read) tell how the draft came about and go when `accept` drops the header; a reading
note still true of the claim is kept, above its value: it is how a reviewer checks a date the words did not
write in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.engine.index import entities_named_by
from claimtrack.model.claims import AnyClaim, EventClaim, QuantityClaim
from claimtrack.model.quantities import ExactQuantity
from claimtrack.repository.workspace import Workspace

NEEDS = "# needs: "
"""How a line saying what the vocabulary must gain begins."""

_NEEDS = re.compile(r"^# needs: claimtrack (?:entity|property) add --id (?P<id>\S+)")
_NAME_NOTE = re.compile(r"^# '.*' is not in the vocabulary: add it with claimtrack entity add --id (?P<id>\S+)")
_PROPOSED = re.compile(r"^# no \w+ property .*: proposed (?P<id>\S+)$")
_SUBJECT_READING = re.compile(r"^# (?:'[^'\n]+'|the sentence names nothing:) read as (?P<id>[^\s,']+), the ")
_READING = re.compile(r"^# '(?P<words>[^'\n]+)' read as (?P<value>[\d.X/~?%-]*\d[\d.X/~?%-]*)(?![^\s:,])")
"""A note of how a value (a date in EDTF, a number) was read from the words of the sentence (``text/date_reader.py``,
``text/offsets.py``, ...); not one of how the subject was ("'It' read as velmar, the subject of the sentence
before")."""


def needs_line(command: str) -> str:
    """The comment text (after "# ") of a draft's need: the line that adds it to the vocabulary."""
    return f"{NEEDS[2:]}{command}"


def without_stale_lines(text: str, named: Iterable[str], known: Iterable[str], property_id: str | None) -> str:
    """``text`` without the drafting lines it has outgrown: ``named`` are the ids the draft names now (its
    subject, property, speaker, place...), ``known`` the vocabulary's ids, ``property_id`` its property."""
    named, known = set(named), set(known)

    def stale(line: str) -> bool:
        if (match := _NEEDS.match(line)) is not None:
            return match["id"] in known or match["id"] not in named
        if (match := _NAME_NOTE.match(line)) is not None:
            return match["id"] in known
        if (match := _PROPOSED.match(line)) is not None:
            return match["id"] != property_id
        return False

    return "".join(line for line in text.splitlines(keepends=True) if not stale(line))


def outgrown_lines_dropped(text: str, claim: AnyClaim, workspace: Workspace) -> str:
    """The claim file's ``text`` without the drafting lines the claim, as it now stands in ``workspace``'s
    vocabulary, has outgrown."""
    named = [*entities_named_by(claim), claim.property]
    known = [*workspace.entities, *workspace.properties]
    kept = false_readings_dropped(without_stale_lines(text, named, known, claim.property), claim)
    return "".join(line for line in kept.splitlines(keepends=True) if _subject_holds(line, claim.subject))


def _subject_holds(line: str, subject: str) -> bool:
    """Whether ``line``, if a note of how the subject was read, names the draft's subject."""
    match = _SUBJECT_READING.match(line)
    return match is None or match["id"] == subject


def is_reading(line: str) -> bool:
    """Whether ``line`` is a note of how a value was read ("# 'on Monday' read as 2021-06-07 from ...")."""
    return _READING.match(line) is not None


def reading_holds(line: str, claim: AnyClaim) -> bool:
    """Whether the reading note ``line`` is still true of ``claim``: the value it read is the claim's (a date as
    written, or a quantity's exact number), and one of the claim's quotes holds the words it read."""
    match = _READING.match(line)
    if match is None:
        return False
    if isinstance(claim, EventClaim):
        same = match["value"] == str(claim.value)
    elif isinstance(claim, QuantityClaim) and isinstance(claim.value, ExactQuantity):
        same = match["value"].isdigit() and int(match["value"]) == claim.value.exactly
    else:
        return False
    return same and any(match["words"] in link.quote for link in claim.evidence)


def false_readings_dropped(text: str, claim: AnyClaim) -> str:
    """``text`` without the reading notes no longer true of ``claim`` (its value or quote was edited)."""
    lines = text.splitlines(keepends=True)
    return "".join(line for line in lines if not is_reading(line) or reading_holds(line, claim))


def without_needs(text: str) -> str:
    """``text`` without any needs line, wherever it stands."""
    return "".join(line for line in text.splitlines(keepends=True) if not _NEEDS.match(line))


__all__ = [
    "NEEDS",
    "false_readings_dropped",
    "is_reading",
    "needs_line",
    "outgrown_lines_dropped",
    "reading_holds",
    "without_needs",
    "without_stale_lines",
]
