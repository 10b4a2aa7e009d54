"""intake/leads.py: a page's standfirst, summary or dek block is the article's first paragraph when the
extractor leaves it out, once, and the site's lines to its reader are dropped. The pages are made up."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.utils import load_html

from claimtrack.intake.html import extract_html
from claimtrack.intake.leads import Lead, find_lead, with_lead

REALNEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "realnews" / "html"
HEADLINE = "Harbour authority signs deal for twelve patrol boats"
LEAD = "The harbour authority of Tolvik signed a contract for twelve patrol boats on Tuesday, its largest order since 1998."
BODY = (
    "The first four boats will be delivered in the spring of 2025, the authority said in a statement on its website.",
    "Each boat will carry a crew of six and cost about 3.2 million euros, according to the contract seen by reporters.",
    "The remaining eight boats are expected by the end of 2026, when the old fleet of nine vessels will be retired.",
    "More than 200 cadets are expected to train on them at the naval school in the north of the country next year.",
)
TEXT = "".join(f"{line}\n" for line in (LEAD, *BODY))
"""What a reader of each page below reads as the article."""


def page(article: str, head: str = "") -> bytes:
    return (
        f"<html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main>{article}</main><footer><p>Copyright Tolvik Daily Ferry, all rights reserved.</p></footer>"
        "</body></html>"
    ).encode()


def paragraphs(lines: tuple[str, ...] = BODY) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def text_of(article: str, head: str = "") -> str:
    return extract_html(page(article, head), "page.html").text


@pytest.mark.parametrize(
    "lead_block",
    [
        f'<div class="article__summary summary ">\n  {LEAD}\n</div>',
        f'<p class="standfirst">{LEAD}</p>',
        f'<h2 class="c-entry-dek" itemprop="description">{LEAD}</h2>',
        f'<div class="article-lede"><p>{LEAD}</p></div>',
    ],
    ids=["summary", "standfirst", "dek-itemprop", "lede-with-paragraph"],
)
def test_a_lead_block_above_the_body_is_the_first_paragraph(lead_block: str) -> None:
    article = f'<article><h1>{HEADLINE}</h1>{lead_block}<div class="article-body">{paragraphs()}</div></article>'
    assert text_of(article).endswith(TEXT)


def test_a_summary_repeating_the_first_paragraph_is_not_added_twice() -> None:
    article = (
        f'<article><h1>{HEADLINE}</h1><div class="summary">{LEAD}</div>'
        f'<div class="article-body">{paragraphs((LEAD, *BODY))}</div></article>'
    )
    assert text_of(article).endswith(TEXT)
    assert text_of(article).count("largest order since 1998") == 1


def test_a_summary_that_shortens_the_first_paragraph_is_not_added() -> None:
    short = LEAD.removesuffix(", its largest order since 1998.") + "."
    lines = [LEAD]
    assert with_lead(lines, Lead((short,), (LEAD.lower(),))) == lines


def test_related_stories_with_their_summaries_are_no_lead() -> None:
    teasers = "".join(
        f'<div class="story"><p class="summary">A teaser of another story number {n} that the site links to '
        "from every page it serves.</p></div>"
        for n in (1, 2, 3)
    )
    aside = f'<div class="related-stories"><p class="summary">{LEAD}</p></div>'
    for block in (teasers, aside):
        article = f'<article><h1>{HEADLINE}</h1>{block}<div class="article-body">{paragraphs()}</div></article>'
        assert text_of(article) == text_of(article.replace("summary", "blurb"))


def test_a_summary_after_the_body_or_a_lead_picture_is_no_lead() -> None:
    after = (
        f'<article><h1>{HEADLINE}</h1><div class="body">{paragraphs()}</div><div class="summary">{LEAD}</div></article>'
    )
    picture = (
        f'<article><h1>{HEADLINE}</h1><div class="article-lead"><img src="boat.jpg" alt=""><span>{LEAD}</span></div>'
        f"<div>{paragraphs()}</div></article>"
    )
    for article in (after, picture):
        assert text_of(article) == text_of(article.replace("summary", "blurb").replace("lead", "top"))


def test_the_pages_description_finds_an_opening_set_loose_in_the_articles_block() -> None:
    head = f'<meta property="og:description" content="{LEAD[:80]}...">'
    loose = (
        f'<div class="article"><h1>{HEADLINE}</h1><div class="content">{LEAD.replace("Tolvik", "<em>Tolvik</em>")}'
        + "".join(f"<br> <br>{line}" for line in BODY)
        + "</div></div>"
    )
    lead = find_lead(load_html(page(loose, head)))
    assert lead is not None
    assert lead.paragraphs == (LEAD,)
    assert with_lead([HEADLINE, *BODY], lead) == [HEADLINE, LEAD, *BODY]
    assert with_lead([HEADLINE, LEAD, *BODY], lead) == [HEADLINE, LEAD, *BODY]


def test_a_description_the_page_does_not_show_is_not_added() -> None:
    head = '<meta property="og:description" content="Read all about the new boats of the harbour authority today.">'
    article = f"<article><h1>{HEADLINE}</h1>{paragraphs()}</article>"
    assert "Read all about" not in text_of(article, head)


def test_the_sites_lines_to_its_reader_are_dropped() -> None:
    link = (
        '<a class="read-more-big" href="/news/1"><span>Also on ferry-news.example</span>'
        "<span>Harbour fees rise again as the strike ends after nine days</span></a>"
    )
    body = f"<p>{BODY[0]}</p><p>{BODY[1]}</p>{link}<p>{BODY[2]}</p><p>{BODY[3]}</p>"
    share = "<p><strong><em>Like this story? Share it with a friend!</em></strong></p>"
    follow = "<p>Follow the Daily Ferry on Instagram, Facebook and Twitter.</p>"
    article = f'<article><h1>{HEADLINE}</h1><p class="standfirst">{LEAD}</p><div>{body}{share}{follow}</div></article>'
    assert text_of(article).endswith(TEXT)


def real_page_lines(prefix: str) -> list[str]:
    saved = sorted(REALNEWS.glob(f"{prefix}*.html.gz"))
    if not saved:
        pytest.skip("the real pages are not beside the checkout")
    return extract_html(gzip.decompress(saved[0].read_bytes()), "page.html").text.splitlines()


def test_the_real_pages_leads_are_found_and_their_furniture_dropped() -> None:
    """Two of the real saved pages (../shared/realnews): a summary block above the body (the extractor dropped
    the article's first sentence and kept the site's lines), and an opening set loose before the first break."""
    summary = real_page_lines("4a44ab3e4c41")
    assert summary[1].startswith("Three people have died during protests in Bolivia against")
    assert summary[2].startswith("In addition to the three fatalities")
    assert not [line for line in summary if line.startswith(("Also on", "Like this story"))]
    loose = real_page_lines("232a43fb15ab")
    opening = loose.index(next(line for line in loose if line.startswith("Following the 16-inch MacBook Pro")))
    assert loose[opening].endswith("A preview of the report was shared with paying subscribers.")
    assert loose[opening + 1].startswith("The report claims the display size")
