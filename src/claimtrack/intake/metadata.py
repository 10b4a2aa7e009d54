"""The metadata a page or a PDF states, tidied into what a citation needs.

Extractors return what pages say of themselves, and pages say more than a
citation wants. A byline carries job titles ("AP National Security Writer"),
desks ("HNN Staff", "Editorial"), the outlet itself ("Cleveland.com"), the
publisher or copyright holder the page names in its markup, and words
around the name ("Analysis by", "... is a reporter"); those are taken out, leaving the people (or the agency, when the byline is only an agency).
A fact-check's markup (schema.org ClaimReview) names the person whose claim
it reviews, and that person is not its author. A title loses the site's name
around it ("... | Al Bawaba", "... - News Nation"). A publication date more
than two days from the date in the page's own URL (/2019/nov/18/) is a date
from the page's content, such as the date of the claim a fact-check
reviews, and the URL's is taken. A PDF whose title is a file name
("Binder1.pdf") has no title.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from claimtrack.intake.extraction import Extraction

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
_COPYRIGHT_WORDS = re.compile(r"copyright|\(c\)|©|\b(?:19|20)\d\d\b|all rights reserved\.?", re.IGNORECASE)
_CREDENTIALS = frozenset(
    ["ms", "ma", "msc", "rd", "rdn", "phd", "md", "rn", "mph", "mba", "cpt", "cscs", "dds", "jd", "bsc", "ba"]
)
_HANDLE = re.compile(r"^[A-Za-z]+-[A-Za-z]$")
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|:|·|»|::)\s+")
_DOMAIN_END = re.compile(r"\.(?:(?:co|com|org|net|gov)\.)?(?:[a-z]{2}|com|net|org|info|news)$")
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(0?[1-9]|[12]\d|3[01])(?:/|$)",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_FILE_NAME = re.compile(
    r"(?:^|[\\/])[^\\/]*\.(?:pdf|docx?|odt|rtf|indd|qxp|qxd|pages|pptx?|xlsx?|txt|tiff?|jpe?g|png)$"
    r"|^(?:binder|document|untitled|scan|doc|image|page)\s*\d*$|^microsoft word\b",
    re.IGNORECASE,
)
MAX_JSON_LD = 1_000_000
"""Characters of one JSON-LD script read for the organisations and claimants a page names; a longer one is
left alone (pages put whole article lists there)."""
MAX_JSON_LD_DEPTH = 20
"""Levels of a JSON-LD value looked into: publishers and claim reviews sit in the first few."""


@dataclass(frozen=True)
class PageFacts:
    """What a page's own markup says besides the article: the organisations it names and the claimants its
    fact-check reviews."""

    organisations: set[str] = field(default_factory=set)
    claimants: set[str] = field(default_factory=set)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _squashed(name: str) -> str:
    """A site's or organisation's name for comparing: "www.", a domain's ending and "the" dropped, letters
    and digits only ("cleveland.com" and "Cleveland" are one)."""
    text = _DOMAIN_END.sub("", name.strip().lower().removeprefix("www."))
    return re.sub(r"[^a-z0-9]", "", _plain(text)).removeprefix("the")


def _site_words(name: str) -> set[str]:
    return set(_plain(_DOMAIN_END.sub("", name.strip().lower().removeprefix("www."))).split()) - {"the"}


def _names_site(name: str, sites: list[str]) -> bool:
    """A byline name that is the outlet, perhaps with a desk or a domain ending ("CNN Business",
    "Cleveland com", "NJ Advance Media"), not a person who shares a word with it ("Jane Hill" at The Hill)."""
    squashed, words = _squashed(name), _site_words(name)
    for site in sites:
        site_words = _site_words(site)
        if squashed == _squashed(site):
            return True
        if site_words and site_words <= words and (len(site_words) > 1 or words - site_words <= _SITE_EXTRAS):
            return True
    return False


def _same_site(text: str, sites: list[str]) -> bool:
    """A title's segment that names the site ("Al Bawaba", "PolitiFact West Virginia", "cleveland.com")."""
    squashed, short = _squashed(text), len(text.split()) <= 3
    for site in sites:
        other = _squashed(site)
        if len(other) >= 3 and (squashed == other or (short and len(other) >= 4 and squashed.startswith(other))):
            return True
    return False


def _objects(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object inside a JSON-LD value, depth first, down to ``MAX_JSON_LD_DEPTH``."""
    if depth > MAX_JSON_LD_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)


def _names(value: Any) -> Iterator[str]:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            yield item["name"]
        elif isinstance(item, str):
            yield item


def page_facts(tree: Any) -> PageFacts:
    """The organisations (publishers, organisation authors) and fact-checked claimants of a page's JSON-LD."""
    facts = PageFacts()
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        if len(script) > MAX_JSON_LD:
            continue
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # a page's own JSON, malformed or nested past what json reads
            continue
        for item in _objects(data):
            kind = item.get("@type")
            if kind == "ClaimReview" and isinstance(item.get("itemReviewed"), dict):
                facts.claimants.update(_names(item["itemReviewed"].get("author")))
            if isinstance(item.get("publisher"), dict | list):
                facts.organisations.update(_names(item["publisher"]))
            if kind in ("Organization", "NewsMediaOrganization") and isinstance(item.get("name"), str):
                facts.organisations.add(item["name"])
    for notice in tree.xpath("//meta[@name='copyright' or @name='dcterms.rightsHolder']/@content"):
        holder = _COPYRIGHT_WORDS.sub(" ", str(notice))
        facts.organisations.add(" ".join(holder.split()).strip(" .,"))
    facts.organisations.discard("")
    return facts


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


def _person(part: str, sites: list[str]) -> str | None:
    words = part.split()
    while words and words[-1].lower().strip(".") in _TRAILING:
        words.pop()
    kept = _words_until_role(words)
    if not kept:
        return None
    name = " ".join(kept)
    if len(_AGENCY_AFTER_NAME.sub("", name).split()) >= 2:
        name = _AGENCY_AFTER_NAME.sub("", name)
    if _HANDLE.match(name) or _plain(name) in _CREDENTIALS or _names_site(name, sites):
        return None
    if name.isupper() and len(name) > 4:
        name = " ".join(w.capitalize() if len(w) > 2 else w for w in name.split())
    return name


def clean_authors(authors: list[str], sites: list[str], claimants: Collection[str] = ()) -> list[str]:
    """The people (or agencies) of a byline, without titles, desks, the outlet's name or a claimant."""
    found: dict[str, str] = {}
    skipped = {_plain(c) for c in claimants}
    for author in authors:
        text = _BIO.sub("", _BY.sub("", " ".join(author.split())))
        for part in _JOINS.split(text):
            name = _person(part, sites)
            if name is None or _plain(name) in skipped:
                continue
            key = " ".join(w for w in _plain(name).split() if len(w) > 1)
            if len(name) > len(found.get(key, "")):
                found[key] = name
    return list(found.values())


def clean_title(title: str | None, sites: list[str]) -> str | None:
    """The title without the site's name before or after it ("... | Al Bawaba", "... | UK News | Sky News")."""
    if title is None:
        return None
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    if len(parts) > 1 and _same_site(parts[-1], sites):
        parts.pop()
        last = separators.pop()
        while len(parts) > 1 and last.strip() == "|" and len(parts[-1].split()) <= 3:
            parts.pop()
            last = separators.pop()
        title = "".join(p + s for p, s in zip(parts, [*separators, ""], strict=True))
    # A site's name with a separator of its own ("Name | Slogan") is not one segment: find it whole.
    for site in sites:
        for separator in (":", " |", " -", " –"):
            if title.startswith(site + separator) and len(title) > len(site) + 8:
                title = title[len(site) + len(separator) :].strip()
            after = (" :" if separator == ":" else separator) + " " + site
            if title.endswith(after) and len(title) > len(after) + 8:
                title = title[: -len(after)].strip()
    return title.strip() or None


def clean_outlet(outlet: str | None, url: str | None) -> str | None:
    """The site's name; a URL given as a name is its host, and a copyright line is no name."""
    host = urlsplit(url).hostname if url else None
    if outlet and re.match(r"^(?:©|copyright\b)", outlet, re.IGNORECASE):
        outlet = None
    if outlet and re.match(r"^https?://", outlet):
        outlet = urlsplit(outlet).hostname
    if outlet is None and host:
        outlet = host
    return outlet.removeprefix("www.") if outlet else None


def url_day(url: str | None) -> dt.date | None:
    """The day a page's URL gives (/2019/11/19/ or /2019/nov/18/), if it gives one."""
    match = _URL_DAY.search(url or "")
    if match is None:
        return None
    year, month, day = match.groups()
    number = int(month) if month.isdigit() else _MONTHS.index(month.lower()) + 1
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def checked_published(published: str | None, url: str | None) -> str | None:
    """The publication day, or the URL's when the one found is more than two days from it."""
    from_url = url_day(url)
    if from_url is None:
        return published
    if published is None:
        return from_url.isoformat()
    try:
        found = dt.date.fromisoformat(published)
    except ValueError:
        return published
    return published if abs((found - from_url).days) <= 2 else from_url.isoformat()


def tidy_page(extraction: Extraction, facts: PageFacts) -> Extraction:
    """A saved page's extraction with its title, authors, outlet and publication day tidied."""
    host = urlsplit(extraction.url).hostname if extraction.url else None
    outlet = clean_outlet(extraction.container, extraction.url)
    sites = [s for s in (extraction.container, outlet, host, *sorted(facts.organisations)) if s]
    return replace(
        extraction,
        title=clean_title(extraction.title, sites),
        authors=clean_authors(extraction.authors, sites, facts.claimants),
        container=outlet,
        published=checked_published(extraction.published, extraction.url),
    )


def pdf_title(title: str | None, file_name: str) -> str | None:
    """A PDF's stated title, unless it is a file name ("Binder1.pdf", "Microsoft Word - notes.docx")."""
    if title is None:
        return None
    if _FILE_NAME.search(title) or title.strip().lower() == file_name.strip().lower():
        return None
    return title
