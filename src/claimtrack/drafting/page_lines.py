"""Words of a page that name nobody its claims are about, though they are written in capitals:

- a heading or kicker in capitals ("SCORES QUARANTINED", "FRANCE WINS") is no name: capitals are its type, not
  its words'. It names only what the page writes elsewhere in small letters too ("France" of "FRANCE WINS"),
  as the page writes it there;
- a byline ("By Anna Berg, Velmar Times", "By Anna Berg and Tom Reed") and a credit line ("Anna Berg, Velmar
  News, Osterby") name who wrote the page and for whom: no subject, and nothing a later "He" stands for;
- an embedded post's signature ("— Velmar Corp (@velmar) May 3, 2019") names who posted what the page quotes;
- a wire dateline ("OSTERBY (AP) — ...", "VELMAR CITY: ...", "Osterby (Reuters) - ...") names where the report
  was filed, not what it is about.
"""

from __future__ import annotations

import re

from claimtrack.drafting.candidates import Name
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.datelines import dateline_end

_BYLINE = re.compile(r"[\"“‘(]?By\s+[A-Z][\w.’'-]*(?:[\s,|/&]+(?:[A-Z][\w.’'-]*|and|for|in|of|the))*\s*")
"""A byline: "By" and capitalised words, commas or "and" and "for" between them, nothing else."""
_CREDIT_WORDS = frozenset(
    ["news", "times", "post", "press", "journal", "media", "network", "reuters", "ap", "afp", "agency", "wire",
     "herald", "tribune", "telegraph", "guardian", "magazine", "correspondent", "reporter", "editor", "staff",
     "writer", "bureau", "desk"]
)  # fmt: skip
"""Words of an outlet or a writer's post, which a credit line ends a part with ("Anna Berg, Velmar News")."""
_CREDIT_PART = re.compile(r"[A-Z][\w.’'-]*(?: (?:[A-Z][\w.’'-]*|of|and|for|the))*")
POST_SIGNATURE = re.compile(r"\s*[—–]\s*[^—–()]{1,80}\(@\w+\)")
"""The signature line of a post the page embeds: "— Velmar Corp (@velmar) May 3, 2019"."""


def is_heading(sentence: str) -> bool:
    """The line is written in capitals: it has words of three letters or more and no small letter."""
    return re.search(r"[A-Z]{3,}", sentence) is not None and re.search(r"[a-z]", sentence) is None


def is_credit(sentence: str) -> bool:
    """The line is a byline ("By Anna Berg, Velmar Times") or a credit line of capitalised parts one of which
    names an outlet or a writer's post ("Anna Berg, Velmar News, Osterby"), without a digit."""
    text = sentence.strip()
    if re.search(r"\d", text):
        return False
    if _BYLINE.fullmatch(text):
        return True
    parts = [p.strip() for p in re.split(r"[,|]", text.rstrip("."))]
    if len(parts) < 2 or not all(_CREDIT_PART.fullmatch(p) for p in parts):
        return False
    return any(p.split()[-1].lower().strip(".") in _CREDIT_WORDS for p in parts[1:])


def unread_end(sentence: str) -> int:
    """Where the words that name nobody end: the whole of a byline, a credit line or a post's signature, a
    dateline; else 0."""
    whole = is_credit(sentence) or POST_SIGNATURE.match(sentence) is not None
    return len(sentence) if whole else dateline_end(sentence)


def page_names(sentence: str, names: list[Name], elsewhere: frozenset[str]) -> list[Name]:
    """The names of ``sentence`` (``candidates.find_names``) that name something the page is about: none of a
    byline, a credit line or a post's signature, none of a dateline; of a heading in capitals, the names
    ``elsewhere`` (the page's names written inside its sentences) that it holds, as the page writes them there.
    The word right after a dateline opens the sentence: it is a name of one word only when the page writes it
    inside a sentence too. A sentence that names nothing after its dateline keeps the dateline's place, as the
    last thing to file it under."""
    if unread_end(sentence) == len(sentence):
        return []
    if is_heading(sentence):
        return _heading_names(sentence, elsewhere)
    start = dateline_end(sentence)
    kept = [n for n in names if n.start > start or (n.start == start and (" " in n.text or n.text in elsewhere))]
    if not kept and start:  # nothing else named: the dateline's place, not the agency
        return names[:1]
    return kept


def _heading_names(sentence: str, elsewhere: frozenset[str]) -> list[Name]:
    found: list[Name] = []
    written = [n for n in elsewhere if re.search(r"[a-z]", n)]  # not an acronym: "LOW" of "LOWE'S"
    for name in sorted(written, key=len, reverse=True):  # the longest first: "New York" before "York"
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", sentence, re.IGNORECASE):
            if not any(n.start < match.end() and match.start() < n.end for n in found):
                found.append(Name(match.start(), match.end(), name, EntityKind.OTHER))
    return sorted(found, key=lambda n: n.start)
