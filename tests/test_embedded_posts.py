"""intake/embedded_posts.py: a post a page embeds from a social network is kept where the page shows it, its
lines and its signature each a paragraph of their own, apart from the article's sentences. The pages and the
posts are made up."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from claimtrack.intake.embedded_posts import set_apart_posts
from claimtrack.intake.html import extract_html

BEFORE = (
    "The town council of Mirefield voted on Monday to close the old swimming baths at the end of the year.",
    "The baths opened in 1931 and cost the town about 400,000 pounds a year to run, the council said.",
    "Several residents answered the vote on social media within the hour, and one post was shared widely.",
)
AFTER = (
    "The council said a new pool would open at the sports park in 2027, paid for by the sale of the site.",
    "A petition to keep the baths open had gathered more than 3,000 signatures by Tuesday evening.",
)
POST = "My grandmother learned to swim there in 1950. Closing it is a loss for the whole town."
SIGNATURE = "— Ada Lumsden (@adalumsden) March 3, 2025"
TWEET = (
    f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{POST} <a href="https://t.example/x">pic.example/x</a>'
    '</p>— Ada Lumsden (@adalumsden) <a href="https://social.example/adalumsden/status/1">March 3, 2025</a>'
    "</blockquote>"
)
SCRIPT = '<script async src="https://platform.example/widgets.js"></script>'


def page(embed: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in BEFORE) + embed + "".join(f"<p>{p}</p>" for p in AFTER)
    return (
        "<html lang='en'><head><title>Mirefield votes to close its baths</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><article><h1>Mirefield votes to close its baths</h1>"
        f'<div class="article-body">{body}</div></article></main>'
        "<footer><p>Mirefield Herald, all rights reserved.</p></footer></body></html>"
    ).encode()


def lines_of(embed: str) -> list[str]:
    return extract_html(page(embed), "page.html").text.splitlines()


@pytest.mark.parametrize(
    "embed",
    [
        f'<div class="social-media-embed">{TWEET} {SCRIPT}</div>',
        f'<div class="article-widget article-tweet"><div class="tweet__inner"><div>{TWEET}{SCRIPT}</div></div></div>',
        TWEET + SCRIPT,
    ],
    ids=["social-box", "widget-boxes", "bare"],
)
def test_a_tweet_is_kept_as_its_own_paragraphs_where_the_page_shows_it(embed: str) -> None:
    assert lines_of(embed) == [*BEFORE, f"{POST} pic.example/x", SIGNATURE, *AFTER]


def test_a_post_whose_lines_are_set_loose_gets_a_paragraph_for_each() -> None:
    loose = (
        f'<blockquote class="twitter-tweet">{POST}<br><br>See you at the meeting on Friday.<br>'
        '— Ada Lumsden (@adalumsden) <a href="https://social.example/adalumsden/status/2">March 3, 2025</a>'
        "</blockquote>"
    )
    assert lines_of(loose) == [*BEFORE, POST, "See you at the meeting on Friday.", SIGNATURE, *AFTER]


@pytest.mark.parametrize(
    "embed",
    [
        f'<p>Residents answered within the hour. <span class="embed">{TWEET}</span> Others agreed.</p>',
        f"<div>Residents answered within the hour. {TWEET} Others agreed.</div>",
    ],
    ids=["in-a-paragraph", "beside-loose-text"],
)
def test_a_post_inside_a_sentences_block_does_not_run_on_with_them(embed: str) -> None:
    assert lines_of(embed)[len(BEFORE) : -len(AFTER)] == [
        "Residents answered within the hour.",
        f"{POST} pic.example/x",
        SIGNATURE,
        "Others agreed.",
    ]


@pytest.mark.parametrize(
    "embed",
    [
        f'<blockquote class="twitter-tweet"><div>{POST}</div><div>— Ada Lumsden (@adalumsden) '
        '<a href="https://social.example/adalumsden/status/3">March 3, 2025</a></div></blockquote>',
        f'<blockquote class="twitter-tweet"><span>{POST}</span> <span>— Ada Lumsden (@adalumsden)</span> '
        '<a href="https://social.example/adalumsden/status/3">March 3, 2025</a></blockquote>',
    ],
    ids=["in-blocks", "in-one-line"],
)
def test_a_posts_signature_is_a_paragraph_of_its_own(embed: str) -> None:
    assert lines_of(embed) == [*BEFORE, POST, SIGNATURE, *AFTER]


def test_a_post_in_a_figure_is_read_and_leaves_the_figure() -> None:
    embed = f'<figure class="wp-block-embed is-provider-twitter"><div class="embed__wrapper">{TWEET}</div></figure>'
    assert lines_of(embed) == [*BEFORE, f"{POST} pic.example/x", SIGNATURE, *AFTER]
    tree = load_html(page(embed.replace("</div></figure>", "</div><figcaption>The post.</figcaption></figure>")))
    set_apart_posts(tree)
    quote = tree.xpath("//blockquote")[0]
    assert quote.getnext().tag == "figure"
    assert [p.text for p in quote] == [f"{POST} pic.example/x", SIGNATURE]


def test_a_dash_inside_a_post_without_a_handle_is_no_signature() -> None:
    post = '<blockquote class="twitter-tweet"><p>Two pools — one old, one new — is too many for a small town.</p></blockquote>'
    assert lines_of(post)[len(BEFORE)] == "Two pools — one old, one new — is too many for a small town."


ITEMS = ("The first answer came from the swimming club, which has trained there since 1952.",)
LAST_ITEM = "The last answer came from the council's leader, who said the decision was final."


@pytest.mark.parametrize(
    ("embed", "item"),
    [
        (f"<ul><li>{ITEMS[0]}</li><li>{TWEET}</li><li>{LAST_ITEM}</li></ul>", []),
        (f"<ul><li>{ITEMS[0]}</li><li>One answer: {TWEET}</li><li>{LAST_ITEM}</li></ul>", ["- One answer:"]),
        (
            f'<ol><li>{ITEMS[0]}</li><li><p>One answer:</p><div class="social-media-embed">{TWEET}</div></li>'
            f"<li>{LAST_ITEM}</li></ol>",
            ["- One answer:"],
        ),
    ],
    ids=["an-item-of-its-own", "in-an-item", "in-an-item-in-a-box"],
)
def test_a_post_in_a_list_ends_the_list_there(embed: str, item: list[str]) -> None:
    assert lines_of(embed)[len(BEFORE) : -len(AFTER)] == [
        f"- {ITEMS[0]}",
        *item,
        f"{POST} pic.example/x",
        SIGNATURE,
        f"- {LAST_ITEM}",
    ]


def test_an_instagram_post_has_its_caption_and_its_signature_apart() -> None:
    post = (
        '<blockquote class="instagram-media" data-instgrm-version="12"><div><div><a href="https://pics.example/p/1">'
        "<div>View this post on Instagram</div></a></div>"
        f'<p><a href="https://pics.example/p/1">{POST}</a></p>'
        '<p>A post shared by <a href="https://pics.example/ada">Ada Lumsden</a> (@adalumsden) on '
        '<time datetime="2025-03-03T18:02:11+00:00">Mar 3, 2025 at 10:02am PST</time></p></div></blockquote>'
    )
    got = lines_of(f'<div class="embed embed--instagram">{post}</div>')
    assert got[len(BEFORE) :] == [
        "View this post on Instagram",
        POST,
        "A post shared by Ada Lumsden (@adalumsden) on Mar 3, 2025 at 10:02am PST",
        *AFTER,
    ]


def test_a_post_replaces_only_boxes_that_hold_nothing_else() -> None:
    tree = load_html(page(f'<div class="social-media-embed">{TWEET}{SCRIPT}</div>'))
    set_apart_posts(tree)
    body = tree.xpath("//div[@class='article-body']")[0]
    assert [child.tag for child in body] == ["p", "p", "p", "blockquote", "p", "p"]
    assert [p.text for p in body[3]] == [f"{POST} pic.example/x", SIGNATURE]


def test_an_embed_the_page_never_filled_is_left_as_it_is() -> None:
    tree = load_html(page('<div class="social-media-embed"><blockquote class="twitter-tweet"></blockquote></div>'))
    set_apart_posts(tree)
    assert tree.xpath("//blockquote[@class='twitter-tweet']")
