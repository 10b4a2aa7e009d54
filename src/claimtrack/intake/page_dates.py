"""The day a page was published, checked against what else the page says of it.

Extractors read the day from a page's metadata, and two things go wrong on
real pages. A fact-check's markup dates the claim it reviews, which an
extractor may take for the page's own date: a day more than two days from
the date in the page's URL (/2019/nov/18/) is such a date, and the URL's is
taken. And metadata times are often UTC, a day after the evening the page
went up in its own time zone ("2019-11-20T05:14Z" for "11:21 pm CST,
Tuesday, November 19, 2019"): the day the page prints in words under its
headline, when it is one day from the one found, is the page's own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(0?[1-9]|[12]\d|3[01])(?:/|$)",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WRITTEN = re.compile(
    r"\b(?:(?P<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y1>(?:19|20)\d\d)|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_DATE_ELEMENTS = (
    "//time | //*[contains(translate(@class, 'DATEPUBLISH', 'datepublish'), 'date')"
    " or contains(translate(@class, 'DATEPUBLISH', 'datepublish'), 'publish')"
    " or contains(translate(@class, 'TIMESTAMP', 'timestamp'), 'timestamp')]"
)
_ISO_DAY = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)")
_PUBLISHED_META = (
    "//meta[@property='article:published_time' or @property='og:published_time' or @name='pubdate'"
    " or @name='publish-date' or @name='date' or @name='dc.date' or @name='DC.date.issued'"
    " or @itemprop='datePublished']/@content | //*[@itemprop='datePublished']/@datetime"
)
_STATED_META = (
    "//meta[contains(translate(concat(@property, @name, @itemprop), 'DTE', 'dte'), 'date')"
    " or contains(translate(concat(@property, @name, @itemprop), 'TIME', 'time'), 'time')]/@content"
)
_UPDATE = re.compile(r"updat|modif|edit", re.IGNORECASE)
_MASTHEAD = re.compile(r"masthead|site-header", re.IGNORECASE)
DATE_ELEMENTS_READ = 40
"""Elements that may print the page's date, read in the page's order (a headline's date comes early)."""


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


def _in_masthead(element: Any) -> bool:
    """The site's own header prints today's date, not the article's."""
    return any(_MASTHEAD.search(e.get("class") or "") for e in (element, *element.iterancestors()))


def written_day(tree: Any) -> dt.date | None:
    """The first date written in words ("Tuesday, November 19, 2019", "18 Nov 2019") in an element that
    prints a date, not an update's ("Updated ...") nor the masthead's."""
    for element in tree.xpath(_DATE_ELEMENTS)[:DATE_ELEMENTS_READ]:
        text = " ".join(element.text_content().split())
        if not text or len(text) > 120 or text.lower().startswith(("updated", "modified")) or _in_masthead(element):
            continue
        day = _written(text)
        if day is not None:
            return day
    return None


def _iso_day(text: str) -> dt.date | None:
    match = _ISO_DAY.match(text)
    try:
        return dt.date(*map(int, match.groups())) if match else None
    except ValueError:
        return None


def _written(text: str) -> dt.date | None:
    """The first date written in words in ``text`` ("Monday, November 18, 2019", "18 Nov 2019")."""
    match = _WRITTEN.search(text)
    if match is None:
        return None
    month = (match["m1"] or match["m2"]).lower()[:3]
    try:
        return dt.date(int(match["y1"] or match["y2"]), _MONTHS.index(month) + 1, int(match["d1"] or match["d2"]))
    except ValueError:
        return None


def _meta_day(text: str) -> dt.date | None:
    return _iso_day(text) or _written(text)


def _json_ld_days(tree: Any, key: str) -> list[dt.date]:
    pattern = re.compile(rf'"{key}"\s*:\s*"([^"]+)"')
    scripts = tree.xpath("//script[@type='application/ld+json']/text()")
    return [d for script in scripts for text in pattern.findall(script) if (d := _iso_day(text))]


def _times(tree: Any) -> list[Any]:
    """The page's ``<time datetime>`` elements that are no update's (by their class or their words)."""
    return [
        t
        for t in tree.xpath("//time[@datetime]")
        if not _UPDATE.search(f"{t.get('class') or ''} {t.text_content()[:40]} {t.getparent().get('class') or ''}")
    ]


@dataclass(frozen=True)
class StatedDays:
    """The days a page's markup states: every one, and the one it gives as its publication day."""

    every: frozenset[dt.date] = frozenset()
    published: dt.date | None = None


def stated_days(tree: Any) -> StatedDays:
    """The days of the page's ``<meta>`` dates and times, its JSON-LD dates and its ``<time datetime>``; the
    published one is its metadata's publication day, else its first ``<time>`` that is no update's."""
    published = [d for text in tree.xpath(_PUBLISHED_META) if (d := _iso_day(str(text)))]
    published += _json_ld_days(tree, "datePublished")
    times = [d for t in _times(tree) if (d := _iso_day(str(t.get("datetime"))))]
    every = {d for text in tree.xpath(_STATED_META) if (d := _meta_day(str(text)))}
    every |= {d for t in tree.xpath("//time[@datetime]") if (d := _iso_day(str(t.get("datetime"))))}
    every |= set(_json_ld_days(tree, "date[A-Za-z]*")) | set(published)
    first = published[0] if published else times[0] if times else None
    return StatedDays(frozenset(every), first)


def checked_published(
    published: str | None, url: str | None, written: dt.date | None = None, stated: StatedDays | None = None
) -> str | None:
    """The publication day: the page's stated one when the one found is stated nowhere in its markup; then
    the URL's when that is more than two days from it, else the day the page prints when that is one day
    from it."""
    if published is not None and stated is not None and stated.published is not None:
        day = _iso_day(published)
        if day is not None and day not in stated.every:
            published = stated.published.isoformat()
    from_url = url_day(url)
    if published is None:
        return from_url.isoformat() if from_url else None
    try:
        found = dt.date.fromisoformat(published)
    except ValueError:
        return published
    if from_url is not None and abs((found - from_url).days) > 2:
        return from_url.isoformat()
    if written is not None and abs((found - written).days) == 1:
        return written.isoformat()
    return published
