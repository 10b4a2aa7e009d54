"""Whether a name a sentence gives speaks: the source of its words ("Lund said", "said Jane Smith, 45", "Anna
Berg, 45, said", "As Emily Feng reports"), not what the words are about. A name right after a verb of saying
speaks unless a verb follows it: in "said Oster sold 12 ships" Oster is what the words are about.
"""

from __future__ import annotations

import re

TITLES = frozenset([
    "mr", "mrs", "ms", "dr", "sir", "dame", "president", "vice", "senator", "sen", "rep", "gov", "governor",
    "minister", "secretary", "judge", "justice", "mayor", "chancellor", "prince", "princess", "king", "queen",
    "pope", "general", "gen", "col", "lt", "sgt", "capt", "ceo", "chief", "director", "spokesman", "spokeswoman",
    "spokesperson", "professor", "prof", "coach", "chairman", "chairwoman", "chair", "executive", "analyst",
    "lawyer", "attorney", "founder", "author", "actor", "actress", "singer", "officer", "inspector", "detective",
    "commissioner", "ambassador", "envoy", "premier", "deputy", "lord", "lady", "speaker", "superintendent",
    "administrator", "representative", "treasurer", "councilman", "councilwoman", "councillor",
    "trustee", "provost"
])  # fmt: skip
"""Words of a person's office or trade written before their name ("President Lund", "analyst Tom Reed")."""
SAYING = frozenset(["said", "says", "told", "tells", "added", "explained", "noted", "wrote", "stated", "claimed"])
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|according to|added|wrote|(?:reports|reported|writes|wrote|reporting) for)\s+((?:[\w.’'-]+\s+){0,3})$"
)
"""A verb of saying just before a name (a title or words in lower case between): the name speaks. Not "told":
the name after it is who was told ("told Billboard"). "Reports for NPR": the outlet speaks too."""
_AGE_THEN_SAYING = re.compile(r", \d{1,3}, (?:[\w’'-]+,? ){0,6}?(?:said|says|told|added|wrote)\b")
"""A name, an age set off by commas and a verb of saying: "Anna Berg, 45, said", "Lund, 58, a lawyer, said"."""
_AS_REPORTS = re.compile(r"(?:^|[,;—–(] |\b)[Aa]s $")
"""'As' before a name that reports: "As Emily Feng reports for NPR, ..."."""
_REPORTING = frozenset(["reports", "reported", "writes", "wrote", "notes", "noted", "says", "said", "explains"])
VERBS_AFTER = frozenset([
    "has", "had", "have", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should",
    "did", "does", "sold", "won", "lost", "made", "paid", "took", "gave", "got", "met", "ran", "spent", "bought",
    "grew", "fell", "rose", "built", "kept", "brought", "sent", "began", "became", "plans", "expects", "needs",
])  # fmt: skip
"""Verbs that may follow a name right after "said": the name is what the words are about ("said Velmar has 5
plants"), not the speaker ("said Lund on Monday", "said Lund late Monday")."""


def _plain(word: str) -> str:
    return word.lower().strip(".,")


def speaks(sentence: str, start: int, end: int) -> bool:
    """The name written from ``start`` to ``end`` is the source of the sentence's words."""
    after = sentence[end:].split()
    following = _plain(after[0]) if after else ""
    if following in SAYING or (following == "," and len(after) > 1):
        return True
    if following in _REPORTING and _AS_REPORTS.search(sentence[:start]):
        return True  # "As Emily Feng reports for NPR,"
    if re.match(r",? (?:who|a|an|the) ", sentence[end:]) and "said" in sentence[end:]:
        return True
    if _AGE_THEN_SAYING.match(sentence[end:]):
        return True  # "Anna Berg, 45, said"
    saying = _SAYING_BEFORE.search(sentence[:start])
    if saying is None:
        return False
    verb = after[0] if after else ""
    if verb in VERBS_AFTER or re.fullmatch(r"[a-z]{3,}ed", verb):
        return False  # "said Oster sold 12 ships": what the words are about
    between = saying.group(1).split()  # "said the band’s singer", "said Interior Minister": not "said Oster the"
    return all(w[0].islower() or _plain(w) in TITLES for w in between) or _plain(between[-1]) in TITLES
