"""Page furniture that reaches an article's text: the site speaking to its reader, not the article.

A saved page's text can hold the site's own calls to its reader between the
article's paragraphs: an offer ("Get access to … for Rs 599", "Subscribe now
for $1 a week"), a sign-up ("Sign up for our newsletter", "Click here to
read more", "Follow us on …", "Download our app"), a pointer to another of
its pages ("Also on example.com <a headline>"), a plea to share ("Like this
story? Share it with a friend!"), and a sponsor's line ("This week's
podcast is sponsored by …"), and its copyright notice ("© 2019 Associated
Press.", ``is_notice``, which coverage passes by and intake keeps). Their numbers are prices and
dates of the site's offers, no claim of the article. The rule is kept
narrow: a sentence that starts with such a call, or one that says the
site's own podcast, newsletter or episode is sponsored; a sentence about a
sponsorship ("The final is sponsored by a bank") or one that reports a
subscription ("Readers could subscribe for $5") is the article's.
"""

from __future__ import annotations

import re

_CALL = re.compile(
    r"[\W\d]*(?:subscribe\b|sign\s+up\b|click\s+(?:here|the\s+link)\b|tap\s+here\b|get\s+(?:access|unlimited|full\s+access)"
    r"\b|download\s+(?:our|the\s+\w+\s+app)\b|follow\s+us\b|join\s+our\b|register\s+(?:now|here|for\s+free)\b"
    r"|(?:also\s+)?read\s+more\b|also\s+read\b|listen\s+to\s+(?:our|this\s+week)|become\s+a\s+(?:member|subscriber)\b"
    r"|start\s+your\s+free\s+trial\b|try\s+\w+\s+free\b"
    r"|also\s+on\s+[\w-]+(?:\.[\w-]+)+\b|(?:like|liked|enjoy|enjoyed|love|loved)\s+this\s+(?:story|article|post)\s*\?"
    r"|share\s+(?:it|this(?:\s+(?:story|article|post))?)\s+with\s+(?:a\s+friend|your\s+friends)\b"
    r"|follow\s+\S+(?:\s+\S+){0,2}\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok|telegram|google\s+news)\b)",
    re.IGNORECASE,
)
"""A sentence that starts by calling the reader to the site's offer ("Get access to …", "- Subscribe …"), to
another of its pages (a domain: "Also on Tuesday" is the article's) or to its accounts on a social network."""
_OWN_SPONSOR = re.compile(
    r"\b(?:podcast|episode|newsletter|this\s+(?:article|story|post|content|series|show))\b[^.;]{0,40}?"
    r"\b(?:is|was|are)\s+(?:sponsored|brought\s+to\s+you|presented)\s+by\b",
    re.IGNORECASE,
)
_OWN_LETTER = re.compile(
    r"\b(?:subscribe\s+to|sign\s+up\s+for)\s+(?:our|this)\s+(?:newsletter|podcast|channel)\b", re.I
)


def is_furniture(sentence: str) -> bool:
    """The sentence is the site's call to its reader or its sponsor's line, not the article's."""
    return bool(_CALL.match(sentence) or _OWN_SPONSOR.search(sentence) or _OWN_LETTER.search(sentence))


_NOTICE = re.compile(r"\s*(?:©|\(c\)\s*\d|copyright\b)|.*\ball\s+rights\s+reserved\b", re.IGNORECASE)


def is_notice(sentence: str) -> bool:
    """The sentence is the site's copyright notice ("© 2019 Associated Press.", "Copyright 2019 Hawaii News
    Now.", "All rights reserved."): its year is no claim of the article."""
    return _NOTICE.match(sentence) is not None
