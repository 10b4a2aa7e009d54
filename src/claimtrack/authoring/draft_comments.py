"""The comment lines `draft` writes above a draft's fields, and which of them a draft has outgrown.

A draft says what the vocabulary must gain before it validates ("# needs: claimtrack entity add --id
lantern-bay ..."), names it lacks ("# 'Tidewater Lines' is not in the vocabulary: add it with claimtrack
entity add --id tidewater-lines ...") and the property it made up ("# no event property's label matches the
sentence: proposed serviced_on"). Each line is about one id, so each can be told stale:

- a needs line once the vocabulary has its id (`draft --write` adds it; a person runs the line), or once
  the draft no longer names it (`edit --subject`, `--property`, `--said-by` chose another);
- a name's "add it with" note once the vocabulary has the entity;
- a "proposed" property note once the draft's property is another.

`draft --write` writes no needs line it satisfied, `edit` drops the lines its edit made stale, and `accept`
drops every needs line (a draft that still needed something would not be accepted). The other notes (how a
date or a subject was read) tell how the draft came about and stay until `accept` drops the header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimtrack.engine.index import entities_named_by
from claimtrack.model.claims import AnyClaim
from claimtrack.repository.workspace import Workspace

NEEDS = "# needs: "
"""How a line saying what the vocabulary must gain begins."""

_NEEDS = re.compile(r"^# needs: claimtrack (?:entity|property) add --id (?P<id>\S+)")
_NAME_NOTE = re.compile(r"^# '.*' is not in the vocabulary: add it with claimtrack entity add --id (?P<id>\S+)")
_PROPOSED = re.compile(r"^# no \w+ property .*: proposed (?P<id>\S+)$")


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
    return without_stale_lines(text, named, [*workspace.entities, *workspace.properties], claim.property)


def without_needs(text: str) -> str:
    """``text`` without any needs line, wherever it stands."""
    return "".join(line for line in text.splitlines(keepends=True) if not _NEEDS.match(line))


__all__ = ["NEEDS", "needs_line", "outgrown_lines_dropped", "without_needs", "without_stale_lines"]
