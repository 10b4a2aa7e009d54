"""Metadata tidied at intake: bylines, titles, outlets, publication days and PDF titles (made-up names)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from fpdf import FPDF

from claimtrack.intake.bylines import clean_authors
from claimtrack.intake.extraction import Extraction
from claimtrack.intake.html import extract_html
from claimtrack.intake.metadata import (
    PageFacts,
    clean_outlet,
    clean_title,
    headline,
    page_facts,
    pdf_title,
    tidy_page,
)
from claimtrack.intake.page_dates import checked_published, url_day, written_day
from claimtrack.intake.pdf import extract_pdf

SITES = ["Velmar Times", "velmartimes.com"]


@pytest.mark.parametrize(
    ("byline", "people"),
    [
        (["Analysis by Jane Roe"], ["Jane Roe"]),
        (["By Jane Roe and Tom Lind"], ["Jane Roe", "Tom Lind"]),
        (["ROBERT ROE, AP National Security Writer"], ["Robert Roe"]),
        (["Tom Lind", "Ap Auto Writer"], ["Tom Lind"]),
        (["Mia Lund News reporter"], ["Mia Lund"]),
        (["Mia Lund is a reporter covering the harbour"], ["Mia Lund"]),
        (["Staff writer"], []),
        (["Editorial"], []),
        (["Velmar Times Staff"], []),
        (["Harbour Desk"], []),
        (["Jane Roe", "Jane Q Roe", "Velmar Times com"], ["Jane Q Roe"]),
        (["Jane Roe, Velmar Times Business"], ["Jane Roe"]),
        (["Ana Diaz", "MS", "RDN"], ["Ana Diaz"]),
        (["Carl Berg November"], ["Carl Berg"]),
        (["Ola Berg", "Ola-B"], ["Ola Berg"]),
        (["ERIC ROE Associated Press"], ["Eric Roe"]),
        (["REUTERS"], ["Reuters"]),
        (["PTI"], ["PTI"]),
        (["Jane Times"], ["Jane Times"]),
        (["By admin"], []),
        (["Webmaster"], []),
        (["Jane Roe", "CNN"], ["Jane Roe"]),
        (["By Jane Roe and Tom Lind, AFP"], ["Jane Roe", "Tom Lind"]),
        (["AFP"], ["AFP"]),
        (["PTI", "IANS"], ["PTI", "IANS"]),
    ],
)
def test_a_byline_keeps_its_people(byline: list[str], people: list[str]) -> None:
    assert clean_authors(byline, SITES) == people


def test_a_fact_checks_claimant_is_not_its_author() -> None:
    assert clean_authors(["Hanna Brook", "Ola Berg"], SITES, {"Hanna Brook"}) == ["Ola Berg"]


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("Harbour deal signed | Velmar Times", "Harbour deal signed"),
        ("Harbour deal signed - velmartimes.com", "Harbour deal signed"),
        ("Harbour deal signed – Velmar Times", "Harbour deal signed"),
        ("Harbour deal signed : Velmar Times", "Harbour deal signed"),
        ("Harbour deal signed | World | News | Velmar Times", "Harbour deal signed"),
        ("Velmar Times: Harbour deal signed after long talks", "Harbour deal signed after long talks"),
        ("Ferry strike - what we know", "Ferry strike - what we know"),
        ("Ferry strike - Velmar Times reporters on the quay", "Ferry strike - Velmar Times reporters on the quay"),
        ("Velmar Times", "Velmar Times"),
    ],
)
def test_a_title_loses_the_sites_name(title: str, clean: str) -> None:
    assert clean_title(title, SITES) == clean


def test_an_outlet_given_as_a_url_or_a_copyright_line() -> None:
    assert clean_outlet("https://www.velmartimes.com", None) == "velmartimes.com"
    assert clean_outlet("Copyright 2014", "https://www.velmartimes.com/news/a") == "velmartimes.com"
    assert clean_outlet("Velmar Times", "https://www.velmartimes.com/news/a") == "Velmar Times"
    assert clean_outlet(None, None) is None


def test_a_date_far_from_the_urls_is_a_date_from_the_content() -> None:
    url = "https://check.example/statements/2021/may/02/hanna-brook/ferries/"
    assert url_day(url) is not None
    assert checked_published("2021-04-11", url) == "2021-05-02"
    assert checked_published("2021-05-03", url) == "2021-05-03"
    assert checked_published(None, "https://news.example/2021/05/02/x") == "2021-05-02"
    assert checked_published("2021-04-11", "https://news.example/news/ferries") == "2021-04-11"
    assert url_day("https://news.example/2021/02/30/x") is None


FACT_CHECK = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Did the ferry fleet double? | Velmar Check</title>
<meta property="og:site_name" content="Velmar Check">
<meta name="author" content="Hanna Brook">
<link rel="canonical" href="https://check.example/2021/05/02/ferry-fleet/">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ClaimReview",
"datePublished": "2021-05-02", "author": {"@type": "Organization", "name": "Velmar Check"},
"itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Hanna Brook"},
"datePublished": "2021-04-11"}}</script>
</head><body><article><h1>Did the ferry fleet double?</h1>
<p>Councillor Hanna Brook said on 11 April 2021 that the ferry fleet doubled in a year.</p>
<p>The harbour register lists 14 ferries in 2020 and 17 in 2021, a rise of about a fifth.</p>
</article></body></html>"""


def test_a_saved_fact_check_has_no_claimant_for_author_and_no_site_in_its_title() -> None:
    extraction = extract_html(FACT_CHECK.encode(), "check.html")
    assert (extraction.title, extraction.authors, extraction.container, extraction.published) == (
        "Did the ferry fleet double?",
        [],
        "Velmar Check",
        "2021-05-02",
    )


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Binder1.pdf", None),
        ("Microsoft Word - harbour notes.docx", None),
        ("C:\\Users\\desk\\report final.indd", None),
        ("scan0001", None),
        ("Untitled", None),
        ("Annual report of the harbour authority", "Annual report of the harbour authority"),
    ],
)
def test_a_pdf_titled_with_a_file_name_has_no_title(title: str, kept: str | None) -> None:
    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "The harbour authority ordered 12 patrol boats in 2021.")
    out = io.BytesIO()
    pdf.output(out)
    assert extract_pdf(out.getvalue(), "report.pdf").title == kept
    assert pdf_title(title, "report.pdf") == kept


def test_a_pdf_titled_with_its_own_file_name_has_no_title() -> None:
    assert pdf_title("velmar-report", "velmar-report") is None


def test_the_copyright_holder_named_as_author_is_no_author() -> None:
    page = FACT_CHECK.replace('content="Hanna Brook"', 'content="Harbour Media Group; Ola Berg"').replace(
        "<title>", '<meta name="copyright" content="Copyright (c) Harbour Media Group 2021"><title>'
    )
    assert extract_html(page.encode(), "page.html").authors == ["Ola Berg"]
    assert clean_authors(["The Associated Press"], SITES) == ["The Associated Press"]


def test_a_pages_json_ld_nested_past_reading_or_broken_is_passed_over() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    nested = '{"a": ' * 200 + '{"@type": "ClaimReview", "itemReviewed": {"author": "Ola Berg"}}' + "}" * 200
    for script in (deep, nested, "{not json"):
        page = FACT_CHECK.replace(
            '<script type="application/ld+json">',
            f'<script type="application/ld+json">{script}</script><script type="application/ld+json">',
        )
        assert extract_html(page.encode(), "page.html").authors == []


def test_a_shortened_title_gives_way_to_the_headline_that_says_it_at_length() -> None:
    short = "Harbour to become police station"
    long = "Harbour where the fleet was built will become a police station, council says"
    assert headline(short, ("Velmar Times", long)) == long
    assert headline(short, ("Sign up for our newsletter and never miss a story",)) == short
    assert headline(long, (short,)) == long


@pytest.mark.parametrize(
    ("title", "headlines", "kept"),
    [
        ("Ferry strike ends - Harbour News", ("Ferry strike ends",), "Ferry strike ends"),
        ("Ferry strike ends | Local | Velmar", ("Ferry strike ends",), "Ferry strike ends"),
        ("Ferry strike ends - what the union won at the table", ("Ferry strike ends",), None),
        ("Ferry strike ends", ("Ferry strike ends",), None),
        ("Ferry strike ends early", ("Ferry strike ends",), None),
    ],
)
def test_a_title_is_the_headline_and_a_sections_name_after_it(
    title: str, headlines: tuple[str, ...], kept: str | None
) -> None:
    """The words after the headline are a section's or site's name when they are few; a subtitle stays."""
    assert headline(title, headlines) == (kept or title)


@pytest.mark.parametrize(
    ("found", "stated", "title_tag", "outlet"),
    [
        ("Associated Press", "Velmar Times", None, "Velmar Times"),
        ("Velmar Times", "velmartimes", None, "Velmar Times"),
        ("The Velmar Times", "VelmarTimes", None, "The Velmar Times"),
        ("VelmarTimesOnline", None, "Harbour deal signed - Velmar Times", "Velmar Times"),
        ("VelmarInt", None, "Harbour deal signed - Velmar International", "Velmar International"),
        ("Velmar", None, "Harbour deal signed | Velmar West Coast", "Velmar"),
        (None, None, None, "velmartimes.com"),
    ],
)
def test_the_outlet_is_the_name_the_site_gives_itself(
    found: str | None, stated: str | None, title_tag: str | None, outlet: str
) -> None:
    extraction = Extraction(
        "Text.\n", "test", title="Harbour deal signed", container=found, url="https://www.velmartimes.com/a"
    )
    facts = PageFacts(site_name=stated, title_tag=title_tag)
    assert tidy_page(extraction, facts).container == outlet


def test_an_author_followed_by_the_outlets_name_keeps_the_name() -> None:
    assert clean_authors(["Finn Carr Velmar International"], ["Velmar International"]) == ["Finn Carr"]


def test_the_day_a_page_prints_under_its_headline() -> None:
    page = """<html><body><header class="site-header"><span class="date">Wednesday, 20 November 2019</span></header>
    <article><h1>Ferry strike ends</h1><p class="byline">By Ola Berg <span class="timestamp">Updated
    Nov. 20, 2019</span> <time>11:21 pm CST, Tuesday, November 19, 2019</time></p></article></body></html>"""
    from lxml import html

    assert written_day(html.fromstring(page)) == dt.date(2019, 11, 19)
    assert written_day(html.fromstring("<html><body><p class='date'>Soon</p></body></html>")) is None


def test_a_utc_day_after_the_printed_one_is_the_printed_one() -> None:
    printed = dt.date(2019, 11, 19)
    assert checked_published("2019-11-20", None, printed) == "2019-11-19"
    assert checked_published("2019-11-22", None, printed) == "2019-11-22"
    assert checked_published("2019-11-19", None, printed) == "2019-11-19"
    assert checked_published("2019-11-20", "https://news.example/2019/11/20/x", printed) == "2019-11-19"


NO_SITE_NAME = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour Bridge carried 1.2 million cars in its first month | The Gazette</title>
<meta name="author" content="Ada Lund">
<meta property="article:published_time" content="2021-06-08">
</head><body><article><h1>Harbour Bridge carried 1.2 million cars in its first month</h1>
<p>The Harbour Bridge carried 1.2 million cars in its first month, the city council said on Monday.</p>
<p>The bridge opened on 3 May 2021.</p>
</article></body></html>"""


def test_a_page_stating_no_site_name_has_the_one_its_title_gives_not_its_headline() -> None:
    """The extractor took the headline for the outlet (a newcomer's saved page had container: <headline>)."""
    extraction = extract_html(NO_SITE_NAME.encode(), "gazette.html")
    assert (extraction.title, extraction.container) == (
        "Harbour Bridge carried 1.2 million cars in its first month",
        "The Gazette",
    )


def _page(head: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()
    )


ARTICLE = "<p>The ferry strike ended on Tuesday after 12 days, the union said.</p><p>Boats sail again today.</p>"


def test_a_page_naming_no_site_has_the_name_its_title_writes_before_the_headline() -> None:
    page = _page(
        "<title>The Harbour Review: Ferry strike ends</title>",
        f"<article><h1>Ferry strike ends</h1>{ARTICLE}</article>",
    )
    extraction = extract_html(page, "review.html")
    assert (extraction.title, extraction.container) == ("Ferry strike ends", "The Harbour Review")
    stated = _page(
        "<title>Strike: Ferry strike ends</title><meta property='og:site_name' content='Velmar Times'>",
        f"<article><h1>Ferry strike ends</h1>{ARTICLE}</article>",
    )
    assert extract_html(stated, "times.html").container == "Velmar Times"


def test_authors_the_extractor_missed_are_read_from_the_articles_json_ld() -> None:
    ld = '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ola Berg"}, {"name": "Mia Lund"}]}'
    page = _page(
        f"<title>Ferry strike ends</title><script type='application/ld+json'>{ld}</script>",
        f"<article><h1>Ferry strike ends</h1>{ARTICLE}</article>",
    )
    assert extract_html(page, "ld.html").authors == ["Ola Berg", "Mia Lund"]
    other = '{"@type": "WebPage", "author": {"name": "Site Owner"}}'
    page = _page(
        f"<title>Ferry strike ends</title><script type='application/ld+json'>{other}</script>",
        f"<article><h1>Ferry strike ends</h1>{ARTICLE}</article>",
    )
    assert extract_html(page, "web.html").authors == []


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Ola Berg, Mia Lund and Finn Carr", ["Ola Berg", "Mia Lund", "Finn Carr"]),
        ("By Ola Berg, Harbour Desk Updated 11:02 GMT November 19, 2019", ["Ola Berg"]),
        ("By Ola Berg, Special to the Velmar Times", ["Ola Berg"]),
    ],
)
def test_the_pages_byline_names_the_people_an_extractor_cut(byline: str, authors: list[str]) -> None:
    """An extractor may keep only the first of "By A, B and C": the page's own byline, when it names only
    people and the one found among them, gives them all."""
    extraction = Extraction("Text.\n", "test", title="Ferry strike ends", authors=["Ola Berg"])
    assert tidy_page(extraction, PageFacts(bylines=(byline,))).authors == authors


def test_a_byline_is_read_from_the_elements_that_say_by() -> None:
    from lxml import html

    page = _page("", "<p class='byline'>By Ola Berg and Mia Lund</p><div class='byline-photo'>Ola Berg, Mia Lund</div>")
    assert page_facts(html.fromstring(page)).bylines == ("By Ola Berg and Mia Lund",)
