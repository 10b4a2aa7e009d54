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
        match = _WRITTEN.search(text)
        if match is None:
            continue
        month = (match["m1"] or match["m2"]).lower()[:3]
        try:
            return dt.date(int(match["y1"] or match["y2"]), _MONTHS.index(month) + 1, int(match["d1"] or match["d2"]))
        except ValueError:
            continue
    return None


def checked_published(published: str | None, url: str | None, written: dt.date | None = None) -> str | None:
    """The publication day: the URL's when the one found is more than two days from it, else the day the
    page prints when that is one day from it."""
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
