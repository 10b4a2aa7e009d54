"""A byline's people: the names a page gives as its authors, without what else bylines carry.

A byline carries job titles ("AP National Security Writer"), desks ("HNN
Staff", "Editorial"), the outlet itself ("Cleveland.com"), the publisher or
copyright holder the page names in its markup, and words around the name
("Analysis by", "... is a reporter"), the account of a publishing system
("admin") and the initials of the outlet a story came from beside its
people ("Jane Doe, CNN"); those are taken out, leaving the people (or the
agency, when the byline is only an agency). A fact-check's claimant is not
its author either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

_BY = re.compile(
    r"^(?:(?:an?\s+)?(?:analysis|opinion|commentary|review|story|words|text|reporting|written|posted|photos?)\s+)?by\s+"
    r"|^(?:текст|фото)\s*:?\s+",
    re.IGNORECASE,
)
_BIO = re.compile(r"\s+(?:is|was)\s+an?\s+.*$", re.IGNORECASE)
_JOINS = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.IGNORECASE)
_ROLES = frozenset(
    [
        "writer",
        "reporter",
        "editor",
        "correspondent",
        "columnist",
        "contributor",
        "producer",
        "photographer",
        "journalist",
        "analyst",
        "anchor",
        "presenter",
        "critic",
        "intern",
    ]
)
_DESKS = frozenset(
    ["staff", "staffs", "bureau", "desk", "editorial", "editors", "team", "services", "newsroom", "wire", "wires"]
)
_ROLE_QUALIFIERS = frozenset(
    [
        "news",
        "sport",
        "sports",
        "national",
        "political",
        "politics",
        "security",
        "auto",
        "business",
        "international",
        "foreign",
        "science",
        "health",
        "senior",
        "chief",
        "contributing",
        "associate",
        "deputy",
        "managing",
        "executive",
        "special",
        "staff",
        "ap",
    ]
)
_TRAILING = frozenset(
    [
        "published",
        "updated",
        "posted",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_SITE_EXTRAS = frozenset(
    [
        "com",
        "media",
        "news",
        "business",
        "digital",
        "online",
        "group",
        "advance",
        "weekly",
        "daily",
        "network",
        "international",
        "sport",
        "sports",
    ]
)
_AGENCY_AFTER_NAME = re.compile(r"(?<=\w)\s+(?:the\s+)?(?:associated press|reuters|afp|ap)$", re.IGNORECASE)
_CREDENTIALS = frozenset(
    ["ms", "ma", "msc", "rd", "rdn", "phd", "md", "rn", "mph", "mba", "cpt", "cscs", "dds", "jd", "bsc", "ba"]
)
_HANDLE = re.compile(r"^[A-Za-z]+-[A-Za-z]$")
_ACCOUNTS = frozenset(["admin", "administrator", "webmaster", "site admin", "guest", "anonymous", "unknown", "user"])
"""The accounts a publishing system signs with when nobody is named ("By admin")."""
_CREDIT = re.compile(r"^[A-Z]{2,5}$")
"""An outlet's or agency's initials after the people of a byline ("By Jane Doe, CNN"): the story's origin."""
_DOMAIN_END = re.compile(r"\.(?:(?:co|com|org|net|gov)\.)?(?:[a-z]{2}|com|net|org|info|news)$")


def plain(text: str) -> str:
    """Lower case ASCII words, punctuation made spaces."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def squashed_name(name: str) -> str:
    """A site's or organisation's name for comparing: "www.", a domain's ending and "the" dropped, letters
    and digits only ("cleveland.com" and "Cleveland" are one)."""
    text = _DOMAIN_END.sub("", name.strip().lower().removeprefix("www."))
    return re.sub(r"[^a-z0-9]", "", plain(text)).removeprefix("the")


def _site_words(name: str) -> set[str]:
    return set(plain(_DOMAIN_END.sub("", name.strip().lower().removeprefix("www."))).split()) - {"the"}


def _names_site(name: str, sites: list[str]) -> bool:
    """A byline name that is the outlet, perhaps with a desk or a domain ending ("CNN Business",
    "Cleveland com", "NJ Advance Media"), not a person who shares a word with it ("Jane Hill" at The Hill)."""
    squashed, words = squashed_name(name), _site_words(name)
    for site in sites:
        site_words = _site_words(site)
        if squashed == squashed_name(site):
            return True
        if site_words and site_words <= words and (len(site_words) > 1 or words - site_words <= _SITE_EXTRAS):
            return True
    return False


def _words_until_role(words: list[str]) -> list[str] | None:
    """The name before a job title ("Tom Gillespie News reporter" → Tom Gillespie); None for a desk."""
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _DESKS for w in lowered):
        return None
    role = next((i for i, w in enumerate(lowered) if w in _ROLES), None)
    if role is None:
        return words
    while role > 0 and lowered[role - 1] in _ROLE_QUALIFIERS:
        role -= 1
    return words[:role]


def _without_site_after(words: list[str], sites: list[str]) -> list[str]:
    """A name without the outlet written after it ("Finian Cunningham Sputnik International")."""
    lowered = [plain(w) for w in words]
    for site in sites:
        site_words = plain(site).split()
        size = len(site_words)
        if size and len(words) - size >= 2 and lowered[-size:] == site_words:
            return words[:-size]
    return words


def _person(part: str, sites: list[str]) -> str | None:
    words = part.split()
    while words and words[-1].lower().strip(".") in _TRAILING:
        words.pop()
    kept = _words_until_role(words)
    if not kept:
        return None
    kept = _without_site_after(kept, sites)
    name = " ".join(kept)
    if len(_AGENCY_AFTER_NAME.sub("", name).split()) >= 2:
        name = _AGENCY_AFTER_NAME.sub("", name)
    if _HANDLE.match(name) or plain(name) in _CREDENTIALS | _ACCOUNTS or _names_site(name, sites):
        return None
    if name.isupper() and len(name) > 4:
        name = " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name


def clean_authors(authors: list[str], sites: list[str], claimants: Collection[str] = ()) -> list[str]:
    """The people (or agencies) of a byline, without titles, desks, the outlet's name or a claimant."""
    found: dict[str, str] = {}
    skipped = {plain(c) for c in claimants}
    parts = [part for author in authors for part in _JOINS.split(_BIO.sub("", _BY.sub("", " ".join(author.split()))))]
    if any(len(part.split()) >= 2 for part in parts):  # people named: initials beside them are a credit
        parts = [part for part in parts if not _CREDIT.match(part.strip())]
    for part in parts:
        name = _person(part, sites)
        if name is None or plain(name) in skipped:
            continue
        key = " ".join(w for w in plain(name).split() if len(w) > 1)
        if len(name) > len(found.get(key, "")):
            found[key] = name
    return list(found.values())
