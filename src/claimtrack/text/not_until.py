""" "Not … until" says when a thing happened or will happen, not a span up to then.

"Scientists didn't discover the genes until 1991" dates the discovery 1991, and "the line won't open until
2027" the opening 2027; without the negation, "until" ends a span ("remained in the band until 1982" is
``../1982``).
"""

from __future__ import annotations

import re

_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no one|nobody|nothing)\b|n[’']t\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[;:.!?]\s|,\s+(?:and|but|while|although|though|yet|so)\s", re.IGNORECASE)
_REACH = 160
"""How far before "until" its negation is looked for: the verb's clause with what hangs on its object ("didn't
discover the genes that encode receptors until 1991")."""


def not_until(sentence: str, start: int) -> bool:
    """The "until" at ``start`` follows a negation in its clause: the date after it is a point in time."""
    if _UNTIL.match(sentence, start) is None:
        return False
    window = max(0, start - _REACH)
    edges = [edge.end() for edge in _CLAUSE_EDGE.finditer(sentence, window, start)]
    return _NEGATION.search(sentence, edges[-1] if edges else window, start) is not None
