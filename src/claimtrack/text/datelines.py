"""A wire dateline opening a news report's first sentence: where the report was filed ("OSTERBY (AP) — ",
"VELMAR CITY: ", "OSTERBY, Jan. 28 (UPI) -- ", "Osterby (Reuters) - "), not what the sentence is about. The
word after it opens the sentence.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"[\"“‘(]?[A-Z][A-Z.’'-]+(?:[ ,]+[A-Z][A-Z.’'-]+)*(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{2,20}\))?\s*(?:[—–]|--?|:)\s"
    r"|[\"“‘(]?[A-Z][\w.’']*(?:[ ,]+[A-Z][\w.’']*){0,3}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})? \([A-Z][A-Za-z]{1,10}\)"
    r"\s*(?:[—–]|--?)\s"
)
"""A place in capitals and a dash or a colon ("OSTERBY —", "VELMAR CITY:", "OSTERBY, Jan. 28 (UPI) --"), or a
place and a news agency in brackets ("Osterby (AP) —")."""


def dateline_end(sentence: str) -> int:
    """Where a dateline opening the sentence ends; 0 when it opens with none."""
    match = _DATELINE.match(sentence)
    return 0 if match is None else match.end()
