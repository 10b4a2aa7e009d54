"""A person named by one of their names after their full name ("Mourinho", "Jose" after "Jose Mourinho"): the
same person, so the drafts of both name one entity and a newcomer adds it once.

A name of one word is the full name of two or three words of the same source that begins or ends with it,
when there is exactly one such and it is a person's (or of plain capitalised words, its kind untold); a name
the source reads as a place, an organisation, a country, an event or a treaty stays itself ("Manchester").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimtrack.model.vocabulary import EntityKind

_PLAIN = re.compile(r"[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}")
_NOT_PEOPLE = frozenset(
    [EntityKind.PLACE, EntityKind.ORGANISATION, EntityKind.COUNTRY, EntityKind.EVENT, EntityKind.TREATY]
)


def full_name(text: str, kinds: Mapping[str, EntityKind]) -> str | None:
    """The full name of the person ``text`` names by one of their names, or None."""
    if " " in text or kinds.get(text) in _NOT_PEOPLE:
        return None
    fuller = [
        name
        for name, kind in kinds.items()
        if (kind is EntityKind.PERSON or (kind is EntityKind.OTHER and _PLAIN.fullmatch(name)))
        and len(name.split()) in (2, 3)
        and text in (name.split()[0], name.split()[-1])
    ]
    return fuller[0] if len(fuller) == 1 else None
