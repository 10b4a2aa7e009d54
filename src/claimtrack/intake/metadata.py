"""The metadata a page or a PDF states, tidied into what a citation needs.

Extractors return what pages say of themselves, and pages say more than a
citation wants. Bylines are cleaned by ``bylines``, told the organisations
the page's markup names (publisher, copyright holder) and the claimants a
fact-check's markup (schema.org ClaimReview) reviews, who are not its
authors. A title loses the site's name around it ("... | Al Bawaba", "... -
News Nation"), and a shortened social-media title gives way to the page's
headline (its ``<h1>``) when that says the same at more length, or the same
without a section's name after it. The outlet is the name the site gives
itself (``og:site_name``) when the extractor found another, else the
extractor's (or the title's fuller way of writing it, before or after the
headline); a URL given as a name is its host. Authors the extractor missed
are read from the article's JSON-LD, and the rest of a "By A, B and C"
byline it cut to its first name from the page's byline element.
The publication day is checked against the page's URL and the date it
prints (``page_dates``). A PDF whose title is a
file name ("Binder1.pdf") has no title.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from claimtrack.intake.bylines import clean_authors, plain, squashed_name
from claimtrack.intake.extraction import Extraction
from claimtrack.intake.page_dates import StatedDays, checked_published, stated_days, written_day
from claimtrack.intake.site_owners import copyright_holder, site_owner

_COPYRIGHT_WORDS = re.compile(r"copyright|\(c\)|©|\b(?:19|20)\d\d\b|all rights reserved\.?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|:|·|»|::)\s+")
_NAME_THEN_HEADLINE = re.compile(r":\s+|\s+(?:\||-|–|—|·|»)\s+")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
_PERSON = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$")
"""A person's name as a byline writes it: two to four capitalised words (no dates, desks or "for ...")."""
MAX_BYLINE = 200
"""Characters of a byline element read as the people who wrote the article (a longer one is a biography)."""
_FILE_NAME = re.compile(
    r"(?:^|[\\/])[^\\/]*\.(?:pdf|docx?|odt|rtf|indd|qxp|qxd|pages|pptx?|xlsx?|txt|tiff?|jpe?g|png)$"
    r"|^(?:binder|document|untitled|scan|doc|image|page)\s*\d*$|^microsoft word\b",
    re.IGNORECASE,
)
MAX_JSON_LD = 1_000_000
"""Characters of one JSON-LD script read for the organisations and claimants a page names; a longer one is
left alone (pages put whole article lists there)."""
MAX_HEADLINES = 5
"""``<h1>`` elements of a page read as candidate headlines."""
MAX_TAIL_WORDS = 3
"""Words after a title's last separator read as a site's or a section's name rather than the headline's."""
MAX_SITE_WORDS = 4
"""Words before a ``<title>``'s separator read as the site's name when the headline follows ("Name: Headline")."""
MAX_JSON_LD_DEPTH = 20
"""Levels of a JSON-LD value looked into: publishers and claim reviews sit in the first few."""


@dataclass(frozen=True)
class PageFacts:
    """What a page's own markup says besides the article: the organisations it names and the claimants its
    fact-check reviews."""

    organisations: set[str] = field(default_factory=set)
    claimants: set[str] = field(default_factory=set)
    site_name: str | None = None
    """The name the site gives itself (``og:site_name``)."""
    headlines: tuple[str, ...] = ()
    """The page's ``<h1>`` texts (the first few)."""
    written_day: dt.date | None = None
    """The day the page prints as its date (``page_dates.written_day``)."""
    title_tag: str | None = None
    """The page's ``<title>``, which often ends with the site's name when the other titles do not."""
    authors: list[str] = field(default_factory=list)
    """The authors an article's JSON-LD names, for a page whose byline the extractor missed."""
    bylines: tuple[str, ...] = ()
    """The texts of the page's byline elements that begin with "By" (the first few)."""
    stated_days: StatedDays = field(default_factory=StatedDays)
    """The days the page's markup states (``page_dates.stated_days``)."""
    copyright_holders: tuple[str, ...] = ()
    """The organisations the page's copyright notices name (its footer's, its ``copyright`` metadata's)."""
    accounts: tuple[str, ...] = ()
    """The site's own social-media account (``twitter:site``)."""


def _same_site(text: str, sites: list[str]) -> bool:
    """A title's segment that names the site ("Al Bawaba", "PolitiFact West Virginia", "cleveland.com")."""
    squashed, short = squashed_name(text), len(text.split()) <= 3
    for site in sites:
        other = squashed_name(site)
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
    site_names = [" ".join(str(n).split()).lstrip("@") for n in tree.xpath("//meta[@property='og:site_name']/@content")]
    headlines = tuple(" ".join(h.text_content().split()) for h in tree.xpath("//h1")[:MAX_HEADLINES])
    title_tags = [" ".join(t.text_content().split()) for t in tree.xpath("//head/title")[:1]]
    bylines = (
        " ".join(b.text_content().split()) for b in tree.xpath("//*[contains(@class, 'byline')]")[:MAX_HEADLINES]
    )
    facts = PageFacts(
        written_day=written_day(tree),
        stated_days=stated_days(tree),
        copyright_holders=_copyright_holders(tree),
        accounts=tuple(str(a) for a in tree.xpath("//meta[@name='twitter:site' or @property='twitter:site']/@content")),
        site_name=next((n for n in site_names if n), None),
        headlines=headlines,
        title_tag=title_tags[0] if title_tags else None,
        bylines=tuple(b for b in bylines if _BYLINE.match(b) and len(b) <= MAX_BYLINE),
    )
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
            if isinstance(kind, str) and kind.endswith(("Article", "Posting")) and not facts.authors:
                facts.authors.extend(_names(item.get("author")))
            if kind in ("Organization", "NewsMediaOrganization") and isinstance(item.get("name"), str):
                facts.organisations.add(item["name"])
    for notice in tree.xpath("//meta[@name='copyright' or @name='dcterms.rightsHolder']/@content"):
        holder = _COPYRIGHT_WORDS.sub(" ", str(notice))
        facts.organisations.add(" ".join(holder.split()).strip(" .,"))
    facts.organisations.discard("")
    return facts


def _copyright_holders(tree: Any) -> tuple[str, ...]:
    notices = tree.xpath("//meta[@name='copyright' or @name='dcterms.rightsHolder']/@content")
    notices += [e.text_content() for e in tree.xpath("//*[contains(@class, 'copyright')]")[:MAX_HEADLINES]]
    return tuple(holder for notice in notices if (holder := copyright_holder(" ".join(str(notice).split()))))


def _without_site(title: str, sites: list[str]) -> tuple[str, str | None]:
    """The title without the site's name before or after it, and that name as the title wrote it."""
    parts = _SEPARATOR.split(title)
    separators = _SEPARATOR.findall(title)
    written = None
    if len(parts) > 1 and _same_site(parts[-1], sites):
        written = parts.pop()
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
    return title.strip(), written


def clean_title(title: str | None, sites: list[str]) -> str | None:
    """The title without the site's name before or after it ("... | Al Bawaba", "... | UK News | Sky News")."""
    return (_without_site(title, sites)[0] or None) if title is not None else None


def headline(title: str | None, headlines: tuple[str, ...]) -> str | None:
    """The page's headline when it says what the (shortened) title says at more length: most of the title's
    words are in it ("House Hitler was born in to become police station" is "House Hitler was born in
    will become a police station, Austria says"); or when the title is the headline and a few words after a
    separator (a section's name: "... - Auto News")."""
    if title is None:
        return None
    for candidate in headlines:  # "Headline - Auto News": the headline, and a section's name after it
        rest = title[len(candidate) :] if candidate and title.startswith(candidate) else ""
        tail = _SEPARATOR.match(rest)
        if tail and 0 < len(rest[tail.end() :].split()) <= MAX_TAIL_WORDS:
            return candidate
    words = set(plain(title).split())
    for candidate in headlines:
        theirs = set(plain(candidate).split())
        if len(theirs) > len(words) and len(words & theirs) >= 0.8 * len(words):
            return candidate
    return title


def clean_outlet(outlet: str | None, url: str | None) -> str | None:
    """The site's name; a URL given as a name is its host, and a copyright line is no name."""
    host = urlsplit(url).hostname if url else None
    if outlet and re.match(r"^(?:©|copyright\b)", outlet, re.IGNORECASE):
        outlet = None
    if outlet and re.match(r"^https?://", outlet):
        outlet = urlsplit(outlet).hostname
    if outlet and " | " in outlet:  # "Name | Slogan", "The Jerusalem Post | JPost.com"
        outlet = outlet.split(" | ")[0].strip()
    if outlet is None and host:
        outlet = host
    return outlet.removeprefix("www.") if outlet else None


def _site_name(found: str | None, stated: str | None, written: str | None) -> str | None:
    """The outlet: the name the site states for itself when it is written as a name and is not the one
    found (an extractor may take the agency's name from the article's markup), else the name found, or
    the title's way of writing it ("SputnikInt" is "Sputnik International", "BarronsOnline" "Barron's")."""
    if found is None:
        return stated or written
    if stated and stated != stated.lower() and squashed_name(stated) != squashed_name(found):
        return stated
    if written and squashed_name(written) != squashed_name(found):
        mine, theirs = squashed_name(written), squashed_name(found)
        whole_words = {squashed_name(" ".join(written.split()[:n])) for n in range(1, len(written.split()) + 1)}
        if (mine and theirs.startswith(mine)) or (theirs and mine.startswith(theirs) and theirs not in whole_words):
            return written  # "BarronsOnline" is "Barron's"; "SputnikInt" cuts "Sputnik International"
    return found


def _name_before(title_tag: str | None, headlines: tuple[str, ...]) -> str | None:
    """The site's name a ``<title>`` writes before the page's headline ("The Space Review: Seeking a bigger
    role..." above "Seeking a bigger role..."), for a page that states no name of its own."""
    parts = _NAME_THEN_HEADLINE.split(title_tag or "", maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) > MAX_SITE_WORDS:
        return None
    return parts[0].strip() if any(squashed_name(parts[1]) == squashed_name(h) for h in headlines if h) else None


def _authors(found: list[str], facts: PageFacts, sites: list[str]) -> list[str]:
    """The byline's people; the page's own byline when it names the people found and more people (an
    extractor may keep only the first of "By A, B and C")."""
    authors = clean_authors(found, sites, facts.claimants)
    keys = {plain(a) for a in authors}
    for byline in facts.bylines:
        people = clean_authors([byline], sites, facts.claimants)
        if keys and keys < {plain(p) for p in people} and all(_PERSON.match(p) for p in people):
            return people
    return authors


def tidy_page(extraction: Extraction, facts: PageFacts) -> Extraction:
    """A saved page's extraction with its title, authors, outlet and publication day tidied."""
    host = urlsplit(extraction.url).hostname if extraction.url else None
    sites = [s for s in (facts.site_name, extraction.container, host, *sorted(facts.organisations)) if s]
    title, written = _without_site(extraction.title, sites) if extraction.title else (None, None)
    if written is None and facts.title_tag:
        written = _without_site(facts.title_tag, sites)[1]
    found = extraction.container
    if found and title and squashed_name(found) == squashed_name(title):
        found = None  # the extractor took the headline for the site's name when the page states none
        parts = _SEPARATOR.split(facts.title_tag or "")
        if written is None and len(parts) > 1 and squashed_name(parts[0]) == squashed_name(title):
            written = parts[-1].strip()  # "Headline | The Gazette": the name after the headline
    if found is None and facts.site_name is None and written is None:
        written = _name_before(facts.title_tag, facts.headlines)
    outlet = clean_outlet(_site_name(found, facts.site_name, written), extraction.url)
    owners = [*facts.copyright_holders, *sorted(facts.organisations)]
    outlet = site_owner(outlet, host, owners, list(facts.accounts))
    return replace(
        extraction,
        title=headline(title or None, facts.headlines),
        authors=_authors(extraction.authors or facts.authors, facts, [*sites, *([outlet] if outlet else [])]),
        container=outlet,
        published=checked_published(extraction.published, extraction.url, facts.written_day, facts.stated_days),
    )


def pdf_title(title: str | None, file_name: str) -> str | None:
    """A PDF's stated title, unless it is a file name ("Binder1.pdf", "Microsoft Word - notes.docx")."""
    if title is None:
        return None
    if _FILE_NAME.search(title) or title.strip().lower() == file_name.strip().lower():
        return None
    return title
