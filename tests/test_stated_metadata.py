"""intake/page_dates.py (a day no markup of the page states), intake/site_owners.py (a site named after its
subdomain) and intake/leads.py (a standfirst that is the page's description), on made-up pages."""

from __future__ import annotations

import datetime as dt

import pytest
from trafilatura.utils import load_html

from claimtrack.intake.html import extract_html
from claimtrack.intake.page_dates import StatedDays, checked_published, stated_days
from claimtrack.intake.site_owners import copyright_holder, site_owner

HEADLINE = "Quarry near Selby Fen to close after sixty years"
BODY = (
    "The quarry at Selby Fen will close in March after sixty years of work, its owner said on Tuesday.",
    "About 140 people work at the site, and the owner said it would offer most of them jobs at its other quarries.",
    "The council plans to turn the pits into a lake and a nature reserve, which would open to walkers in 2029.",
    "Residents had asked for the quarry to close since a landslip damaged two houses on Fen Lane in 2021.",
)


def page(head: str = "", before_body: str = "", footer: str = "", *, url: str = "") -> bytes:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        f"<html lang='en'><head><title>{HEADLINE}</title>{canonical}{head}</head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<main><article><h1>{HEADLINE}</h1>{before_body}<div class='article-body'>{paragraphs}</div></article>"
        f"</main><footer>{footer}<p>Read our terms of use and our privacy notice before you comment.</p></footer>"
        "</body></html>"
    ).encode()


SERVER_DATA = '<script>var page = {sn: "eu-west-prod", dt: "2024-06-13T04:07:50.16Z"};</script>'


@pytest.mark.parametrize(
    ("markup", "day"),
    [
        ('<div class="info"><time datetime="2024-06-11T10:36:00.000Z">2 days ago</time></div>', "2024-06-11"),
        ('<meta property="article:published_time" content="2024-06-10T22:15:00-04:00">', "2024-06-10"),
        ('<meta itemprop="datePublished" content="2024-06-09T08:00:00Z">', "2024-06-09"),
    ],
    ids=["time-element", "published-meta", "itemprop"],
)
def test_a_day_stated_by_no_markup_of_the_page_gives_way_to_the_stated_one(markup: str, day: str) -> None:
    raw = page(head=f"{markup}{SERVER_DATA}" if markup.startswith("<meta") else SERVER_DATA, before_body=markup)
    assert extract_html(raw, "page.html").published == day


def test_stated_days_are_every_day_of_the_markup_and_the_published_one() -> None:
    head = (
        '<meta property="article:published_time" content="2024-06-11T01:19:34Z">'
        '<meta name="article_date_original" content="Monday, June 10, 2024, 08:19 PM">'
        '<meta property="article:modified_time" content="2024-06-12T14:41:32Z">'
    )
    before = '<time class="updated" datetime="2024-06-12T14:41:32Z">Updated</time>'
    stated = stated_days(load_html(page(head, before)))
    assert sorted(str(d) for d in stated.every) == ["2024-06-10", "2024-06-11", "2024-06-12"]
    assert str(stated.published) == "2024-06-11"


def test_a_day_the_markup_states_is_kept() -> None:
    stated = StatedDays(frozenset({dt.date(2024, 6, 10)}), dt.date(2024, 6, 11))
    assert checked_published("2024-06-10", None, None, stated) == "2024-06-10"
    assert checked_published("2024-06-13", None, None, stated) == "2024-06-11"
    assert checked_published("2024-06-13", None, None, StatedDays()) == "2024-06-13"


AGENCY_HEAD = (
    '<meta property="og:site_name" content="Syndicated">'
    '<meta property="twitter:site" content="@npa">'
    '<meta property="article:published_time" content="2024-06-11T06:01:44-05:00">'
)
AGENCY_FOOTER = (
    '<div class="copyright">©2024 The Northern Press Agency. All rights reserved. <a href="/terms">Terms</a></div>'
)


def test_a_site_named_after_its_subdomain_is_the_domains_owner() -> None:
    raw = page(AGENCY_HEAD, footer=AGENCY_FOOTER, url="https://syndicated.npa.org/gazette/article/1/quarry")
    assert extract_html(raw, "page.html").container == "The Northern Press Agency"


def test_without_a_named_owner_the_outlet_is_the_host() -> None:
    raw = page(AGENCY_HEAD, url="https://syndicated.npa.org/gazette/article/1/quarry")
    assert extract_html(raw, "page.html").container == "syndicated.npa.org"


@pytest.mark.parametrize(
    ("outlet", "host", "accounts", "expected"),
    [
        ("FenFootballTalk", "fenfootballtalk.sportsnet.com", ["@FenFootballTalk"], "FenFootballTalk"),
        ("Syndicated", "syndicated.npa.org", [], "Syndicated"),
        ("Northern Press", "npa.org", ["@npa"], "Northern Press"),
        ("Sky Fen News", "news.skyfen.co.uk", ["@skyfennews"], "Sky Fen News"),
        ("Syndicated", "syndicated.npa.co.uk", ["@npa"], "The Northern Press Agency"),
        ("Blog", "blog.quarryworks.com", ["@quarryworks"], "Quarry Works"),
    ],
    ids=[
        "publication-with-its-own-account",
        "no-account",
        "no-subdomain",
        "name-not-subdomain",
        "co-uk",
        "same-letters",
    ],
)
def test_only_a_subdomains_name_with_the_domains_account_gives_way(
    outlet: str, host: str, accounts: list[str], expected: str
) -> None:
    owners = ["Quarry Works", "The Northern Press Agency"]
    assert site_owner(outlet, host, owners, accounts) == expected


@pytest.mark.parametrize(
    ("notice", "holder"),
    [
        ("©2024 The Northern Press Agency. All rights reserved.", "The Northern Press Agency"),
        ("Copyright © 2019-2024 Quarry Works | Privacy", "Quarry Works"),
        ("(c) 2024 Fen Media, all rights reserved", "Fen Media"),
        ("Terms of use and privacy", None),
    ],
)
def test_a_copyright_notice_names_its_holder(notice: str, holder: str | None) -> None:
    assert copyright_holder(notice) == holder


STANDFIRST = "The owner of the Selby Fen quarry will close it in March and offer most of its 140 workers other jobs."


def test_a_standfirst_that_is_the_pages_description_is_the_first_paragraph() -> None:
    head = f'<meta property="og:description" content="{STANDFIRST}">'
    before = f'<div class="press__date"><div>June 11, 2024</div></div><div class="press__quote">{STANDFIRST}</div>'
    assert extract_html(page(head, before), "page.html").text == "".join(f"{p}\n" for p in (STANDFIRST, *BODY))


def test_a_description_the_page_does_not_show_is_not_added() -> None:
    head = f'<meta property="og:description" content="{STANDFIRST}">'
    assert extract_html(page(head), "page.html").text == "".join(f"{p}\n" for p in BODY)
