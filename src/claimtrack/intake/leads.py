"""An article's lead as the page shows it, when the extractor left it out, and the site's lines dropped.

Many news pages set their first paragraph apart from the body: a summary,
standfirst, lede or dek block between the headline and the article's text
(``<div class="article__summary">``, ``<p class="standfirst">``,
``itemprop="description"``). trafilatura can take such a block for page
furniture and drop it, and with it the claim the article leads with. A
block is read as the lead when:
- a word of its class, id or itemprop names a lead (``LEAD_WORDS``), no
  word names a picture, a byline, a share box or the site's masthead, and
  it holds no picture (a "lead" block with an image has a caption);
- it is in no link, list item, figure, aside, navigation or footer, nor in a
  block of related or recommended stories; and no other such block of the
  page has its class (a list of teasers, each with its summary, is no lead);
- it comes before the article's body and near it: an element a few levels
  up holds the block and, after it, a paragraph of the extracted text;
- the extracted text does not already say it (a summary repeating the first
  paragraph is not added twice).
When no block is so named, the page's own description (``og:description``,
``description``) finds the lead where the page shows it: a block whose whole
text is the description (a press release's standfirst in a block named for
its look, ``<div class="press__quote">``), not set apart and before the body,
or the start of a text before the body (an opening paragraph set loose in
the article's container, which trafilatura does not keep). The description
alone is never added: it is often written for search engines, not the reader.
The lead goes before the first extracted line that follows it on the page.
The lines that are the site speaking to its reader (``text.furniture``:
"Also on example.com …", "Like this story? Share it with a friend!") are
dropped from the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from claimtrack.text.furniture import is_furniture

LEAD_WORDS = frozenset({"summary", "standfirst", "lede", "lead", "dek", "deck", "description", "intro", "strapline"})
"""Words of a class, id or itemprop that name the block holding an article's lead."""
_NOT_LEAD_WORDS = frozenset(
    {"image", "img", "photo", "picture", "media", "video", "caption", "figure", "credit", "author", "byline",
     "share", "social", "card", "item", "link", "meta", "seo", "tooltip", "popup", "modal", "promo", "masthead",
     "banner", "brand"}
)  # fmt: skip
"""Words of a class that make a lead-named block something else: "lead-image", "author-description"."""
_ASIDE_WORDS = frozenset(
    {"related", "recommended", "recommendations", "promo", "teaser", "teasers", "sidebar", "trending", "popular",
     "newsletter", "comment", "comments", "outbrain", "taboola", "more", "list", "nav", "menu", "footer", "masthead",
     "banner"}
)  # fmt: skip
"""Words of an enclosing block's class that say it holds other pages' stories, not this article."""
_ASIDE_TAGS = frozenset({"a", "li", "figure", "figcaption", "aside", "nav", "footer", "button", "form", "noscript"})
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template"})
_PICTURES = ("img", "picture", "figure", "video", "iframe")
"""What a block of a lead picture holds: its text is a caption."""
_BREAKS = frozenset({"br", "p", "div", "section", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure"})
"""What ends a paragraph set loose in a block."""
_BLOCKS = _BREAKS | {"li", "td", "th", "tr", "article", "header", "footer", "aside", "nav", "blockquote", "figcaption"}
MIN_WORDS = 8
"""Words a lead has at the least: a paragraph, not a kicker or a tagline."""
NEAR = 3
"""Levels up from a lead block to the element that also holds the article's body."""
SAID_ALREADY = 0.5
"""Share of a lead's word pairs found in the extracted text from which the text already says it."""
_WORD = re.compile(r"\w+")
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)\s*$")


@dataclass(frozen=True)
class Lead:
    """A lead the page shows: its paragraphs, and the page's text after it (where the body must be)."""

    paragraphs: tuple[str, ...]
    after: tuple[str, ...]
    """The words of what follows the lead, at each level up from it to ``NEAR`` (``_said``)."""


def _plain(text: str) -> str:
    return " ".join(text.split())


def _words(element: Any) -> set[str]:
    names = " ".join(str(element.get(a) or "") for a in ("class", "id", "itemprop")).lower()
    return set(re.split(r"[\s_\-]+", names)) - {""}


def _text(element: Any) -> str:
    """The text a reader sees in an element (no script or style), a block's text apart from the next."""
    parts: list[str] = []
    for node in element.iter():
        block = " " if isinstance(node.tag, str) and node.tag in _BLOCKS else ""
        hidden = any(isinstance(a.tag, str) and a.tag in _SKIPPED_TAGS for a in node.iterancestors())
        if isinstance(node.tag, str) and node.tag not in _SKIPPED_TAGS and node.text and not hidden:
            parts += [block, node.text]
        if node is not element and node.tail:
            parts += [block, node.tail]
    return _plain("".join(parts))


def _said(text: str) -> str:
    """Text as words only, for finding a line in a page's text whatever the markup did to its spaces."""
    return " ".join(_WORD.findall(text.lower()))


def _set_apart(element: Any) -> bool:
    """In a link, list item, figure, aside, navigation or footer, or in a block of related stories."""
    for ancestor in element.iterancestors():
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in _ASIDE_TAGS or _words(ancestor) & _ASIDE_WORDS:
            return True
    return False


def _following(element: Any) -> tuple[str, ...]:
    """The text after the element inside each of its ``NEAR`` nearest ancestors."""
    texts: list[str] = []
    child = element
    for ancestor in list(element.iterancestors())[:NEAR]:
        parts = [child.tail or ""] + [f"{_text(s)} {s.tail or ''}" for s in child.itersiblings()]
        texts.append(_said(" ".join(parts)))
        child = ancestor
    return tuple(texts)


def _paragraphs(element: Any) -> tuple[str, ...]:
    inner = [_text(p) for p in element.iter("p")]
    inner = [p for p in inner if p]
    return tuple(inner) if inner else (_text(element),)


def _named_blocks(tree: Any) -> Iterator[Any]:
    """The page's blocks named as leads, outermost only, that are not set apart from the article."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _ASIDE_TAGS or element.tag in _SKIPPED_TAGS:
            continue
        words = _words(element)
        if not words & LEAD_WORDS or words & _NOT_LEAD_WORDS:
            continue
        if len(_text(element).split()) < MIN_WORDS or _set_apart(element):
            continue
        if next(element.iter(*_PICTURES), None) is not None:
            continue
        if any(isinstance(a.tag, str) and _words(a) & LEAD_WORDS for a in element.iterancestors()):
            continue
        yield element


def _loose_opening(tree: Any, description: str) -> Lead | None:
    """The paragraph a page's description opens, set loose at the start of a block (text, then inline
    elements, up to the first break): the text after the break is what follows it."""
    key, first = _said(" ".join(description.split()[:MIN_WORDS])), description.split()[0]
    for element in tree.iter("div", "section", "article", "td", "span"):
        if not _plain(element.text or "").startswith(first) or _set_apart(element):
            continue
        parts: list[str] = [element.text or ""]
        rest: list[str] = []
        for child in element:
            if rest or (isinstance(child.tag, str) and child.tag in _BREAKS):
                rest.append(f"{_text(child)} {child.tail or ''}")
            else:
                parts.append(f"{_text(child) if isinstance(child.tag, str) else ''}{child.tail or ''}")
        opening = _plain("".join(parts))
        if rest and _said(opening).startswith(key):
            return Lead((opening,), (_said(" ".join(rest)), *_following(element)))
    return None


def _described_block(tree: Any, description: str) -> Lead | None:
    """The innermost block of the page's body whose whole text is the page's description."""
    said = _said(description)
    for element in tree.iter("div", "p", "section", "h2", "h3", "span", "blockquote"):
        if _said(_text(element)) != said or _set_apart(element) or next(element.iter(*_PICTURES), None) is not None:
            continue
        if any(isinstance(a.tag, str) and a.tag == "head" for a in element.iterancestors()):
            continue
        inner = [c for c in element.iter("div", "p", "section", "span") if c is not element and _said(_text(c)) == said]
        return Lead(_paragraphs(inner[-1] if inner else element), _following(inner[-1] if inner else element))
    return None


def find_lead(tree: Any) -> Lead | None:
    """The block of ``tree`` that holds the article's lead, read before an extractor prunes the tree."""
    blocks = list(_named_blocks(tree))
    classes = [b.get("class") for b in blocks]
    for block in blocks:
        if block.get("class") and classes.count(block.get("class")) > 1:
            continue
        return Lead(_paragraphs(block), _following(block))
    for description in tree.xpath(
        "//meta[@property='og:description' or @name='description' or @name='twitter:description']/@content"
    ):
        text = _ELLIPSIS.sub("", _plain(str(description)))
        if len(text.split()) >= MIN_WORDS:
            return _described_block(tree, text) or _loose_opening(tree, text)
    return None


def _pairs(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(pairwise(words))


def with_lead(lines: list[str], lead: Lead | None) -> list[str]:
    """The extracted lines with the lead as the paragraph before the first line that follows it on the page,
    when the lines do not say it already and some line of the body follows it near it."""
    if lead is None:
        return lines
    pairs = _pairs(" ".join(lead.paragraphs))
    if len(" ".join(lead.paragraphs).split()) < MIN_WORDS or not pairs:
        return lines
    if len(pairs & _pairs(" ".join(lines))) >= SAID_ALREADY * len(pairs):
        return lines
    for after in lead.after:
        body = [i for i, line in enumerate(lines) if len(line.split()) >= 4 and f" {_said(line)} " in f" {after} "]
        if body:
            return [*lines[: body[0]], *lead.paragraphs, *lines[body[0] :]]
    return lines


def without_furniture(lines: list[str]) -> list[str]:
    """The lines that are not the site speaking to its reader (``text.furniture``)."""
    return [line for line in lines if not is_furniture(line)]
