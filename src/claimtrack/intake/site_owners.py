"""The publication behind a page whose site names itself after a part of its host.

A site that serves pages for a publisher under a subdomain may give itself the subdomain's name: a news
agency's pages hosted for local papers at ``hosted.<agency's domain>`` call their site "Hosted". That
names a service, not who published the article. It is read so when the name a site gives itself is the
first label of its host, that label is a subdomain (the host has more labels than its domain), and the
site's own account (``twitter:site``) names the domain, not the subdomain: "@ap" on ``hosted.ap.org``. A
publication with a subdomain of its own names its account after itself ("ProFootballTalk" on
``profootballtalk.<network's domain>``, "@ProFootballTalk") and keeps its name. The outlet is then the
organisation the page names as the holder of its copyright or its publisher, when that name is the
domain's own (the same letters, or its initials: "The Associated Press" for ``ap.org``), else the host.
"""

from __future__ import annotations

import re

from claimtrack.intake.bylines import squashed_name

_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_NOT_NAME = re.compile(r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b(?:\s*[-–]\s*(?:19|20)?\d\d\b)?", re.IGNORECASE)
_NAME_END = re.compile(r"\.\s|\.$|\||\ball rights reserved\b|,|;", re.IGNORECASE)
_SMALL_WORDS = frozenset({"the", "of", "and", "for", "a", "an", "&"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
"""Labels before a country's code that make the two labels one ending (``co.uk``, ``com.au``)."""
MAX_HOLDER_WORDS = 6
"""Words of a copyright holder's name: an organisation's name, not a sentence."""


def copyright_holder(text: str) -> str | None:
    """The organisation a copyright notice names ("©2019 The Example Press. All rights reserved.")."""
    if not _COPYRIGHT.search(text):
        return None
    start = _COPYRIGHT.search(text)
    assert start is not None
    rest = _NOT_NAME.sub(" ", text[start.start() :])
    name = " ".join(_NAME_END.split(rest, maxsplit=1)[0].split()).strip(" .,-–")
    return name if name and len(name.split()) <= MAX_HOLDER_WORDS else None


def _labels(host: str) -> tuple[str, list[str]]:
    """The host's domain name (``ap`` of ``hosted.ap.org``) and the labels before the domain."""
    labels = host.lower().removeprefix("www.").split(".")
    ending = 2 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2 else 1
    return labels[-ending - 1] if len(labels) > ending else "", labels[: -ending - 1]


def _is_domains(name: str, domain: str) -> bool:
    words = [w for w in re.findall(r"[\w']+", name.lower()) if w not in _SMALL_WORDS]
    return bool(domain) and (squashed_name(" ".join(words)) == domain or "".join(w[0] for w in words) == domain)


def site_owner(outlet: str | None, host: str | None, names: list[str], accounts: list[str]) -> str | None:
    """The outlet, or, when it is the name of its host's subdomain and the site's ``accounts`` name the
    domain, the domain's owner among ``names`` (the page's copyright holders and publishers), else the
    host."""
    if not outlet or not host:
        return outlet
    domain, subdomains = _labels(host)
    if not subdomains or squashed_name(outlet) != squashed_name(subdomains[0]):
        return outlet
    if not any(_is_domains(account.lstrip("@"), domain) for account in accounts):
        return outlet
    owner = next((name for name in names if _is_domains(name, domain)), None)
    return owner or host.removeprefix("www.")
