"""Posts a page embeds from social networks, made paragraphs of the article before extraction.

A tweet or an Instagram post in an article is the platform's embed code: a ``<blockquote>`` (or a block)
whose class the platform's script looks for (``EMBED_CLASSES``), holding the post's text and its signature
("— A Name (@handle) November 18, 2019"). Pages wrap it in their own boxes, and two things go wrong:
- a box named for social media or a widget (``<div class="social-media-embed">``) is what trafilatura drops
  as page furniture, and the post with it, though the article quotes it;
- the post's text runs on with its signature, or with the article's sentence around it, when its pieces are
  not paragraphs of their own (text and signature set loose in the block, broken only by ``<br>``).

Each post is rebuilt as a plain ``<blockquote>`` of paragraphs: one for each run of its text between
blocks or line breaks, and one for its signature (the network's "— Name (@handle) date" at the end of the
post, split from a line it shares with the post's text). It takes the place of the outermost box around it
that holds nothing else a reader reads (no other text), so the article keeps it where the page shows it;
a figure around it with a caption stays, after it. When the post sits inside a paragraph or beside
loose text ("He wrote: <post> Others agreed."), that paragraph becomes a block and its text around the post
becomes paragraphs of their own, before and after the post, so no sentence of the article runs on into it.
A list item is read as one line, so a post in a list (an item of its own, or in an item with other words)
ends the list there: the items before it, the post, then a list of the items after it.
"""

from __future__ import annotations

import re
from typing import Any

EMBED_CLASSES = frozenset(
    {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "threads-post", "bluesky-embed",
     "mastodon-embed", "reddit-embed-bq", "fb-post"}
)  # fmt: skip
"""Classes that the networks' embed codes give the block holding a post (the scripts look for them)."""
_BREAKS = frozenset(
    {"p", "div", "br", "blockquote", "section", "article", "header", "footer", "ul", "ol", "li", "h1", "h2",
     "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr"}
)  # fmt: skip
"""Elements that end a line of a post."""
_INLINE = frozenset(
    {"p", "span", "a", "em", "strong", "b", "i", "u", "small", "font", "label", "q", "cite", "mark", "sub", "sup"}
)  # fmt: skip
"""A paragraph and what sits inside a line of it: a post there would be read as part of its sentence."""
_SIGNATURE = re.compile(r"^(.*?\S)\s*(—\s*[^—]*\(@\w+\).*)$")
"""A line that ends with a post's signature: "… text. — Name (@handle) March 3, 2025"."""
_LISTS = ("ul", "ol")
ITEM_LEVELS = 3
"""Levels up from a post to the list item it is read in (further up, the list is the page's, not the text's)."""
_UNREAD = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "button"})
_CONTAINERS = frozenset({"body", "article", "main"})
"""Where climbing out of a post's boxes stops: the page's and the article's own blocks."""


def _is_post(element: Any) -> bool:
    name = element.get("class")
    return isinstance(name, str) and not EMBED_CLASSES.isdisjoint(name.split())


def _lines(element: Any) -> list[str]:
    """The post's text as a reader sees it: one line for each run between blocks and line breaks."""
    lines: list[str] = [""]

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag in _UNREAD:
            return
        if node.tag in _BREAKS:
            lines.append("")
        lines[-1] += node.text or ""
        for child in node:
            walk(child)
            lines[-1] += child.tail or ""
        if node.tag in _BREAKS:
            lines.append("")

    walk(element)
    texts: list[str] = []
    for line in (" ".join(line.split()) for line in lines):
        signed = _SIGNATURE.match(line)
        texts += [signed.group(1), signed.group(2)] if signed else [line] if line else []
    return texts


def _words(element: Any) -> list[str]:
    return " ".join(_lines(element)).split()


def _outermost_box(post: Any) -> Any:
    """The outermost element around ``post`` whose text is the post's alone."""
    box, words = post, _words(post)
    parent = box.getparent()
    while parent is not None and parent.tag not in _CONTAINERS and _words(parent) == words:
        box, parent = parent, parent.getparent()
    return box


def _rebuilt(post: Any) -> Any:
    quote = post.makeelement("blockquote", {})
    for line in _lines(post):
        paragraph = post.makeelement("p", {})
        paragraph.text = line
        quote.append(paragraph)
    return quote


def _paragraphs_around(block: Any) -> None:
    """The block's loose text and inline elements, between its blocks, gathered into paragraphs."""
    runs: list[Any] = []
    current = block.makeelement("p", {})
    current.text = block.text
    block.text = None
    for child in list(block):
        block.remove(child)
        if isinstance(child.tag, str) and child.tag in _BREAKS:
            runs += [current, child]
            current = block.makeelement("p", {})
            current.text, child.tail = child.tail, None
        else:
            current.append(child)
    runs.append(current)
    for run in runs:
        if run.tag != "p" or len(run) or (run.text or "").strip():
            block.append(run)


def _set_in_block(quote: Any) -> None:
    """Make the paragraph (and the inline elements) holding ``quote`` blocks, their text paragraphs."""
    holders = []
    for ancestor in quote.iterancestors():
        if ancestor.tag not in _INLINE:
            break
        holders.append(ancestor)
    parent, previous = quote.getparent(), quote.getprevious()
    before = previous.tail if previous is not None else parent.text
    loose = bool((before or "").strip() or (quote.tail or "").strip())
    for holder in holders:
        holder.tag = "div"
    for holder in holders or ([parent] if loose else []):
        _paragraphs_around(holder)


def _give_tail(element: Any) -> None:
    """Leave ``element``'s tail where it is when the element moves: on its previous sibling or its parent."""
    if element.tail:
        previous, parent = element.getprevious(), element.getparent()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        elif parent is not None:
            parent.text = (parent.text or "") + element.tail
    element.tail = None


def _out_of_list(quote: Any) -> None:
    """Split the list a post is in around the post (the module's docstring)."""
    parent = quote.getparent()
    if parent is not None and parent.tag in _LISTS:
        item = quote
    else:
        item = next((a for a in list(quote.iterancestors())[:ITEM_LEVELS] if a.tag == "li"), None)
    listing = item.getparent() if item is not None else None
    if item is None or listing is None or listing.tag not in _LISTS or listing.getparent() is None:
        return
    after = listing.makeelement(listing.tag, {})
    for sibling in list(item.itersiblings()):
        after.append(sibling)
    _give_tail(quote)
    quote.getparent().remove(quote)
    listing.addnext(quote)
    quote.tail, listing.tail = listing.tail, None
    if len(after):
        quote.addnext(after)
        after.tail, quote.tail = quote.tail, None
    if not len(listing) and not (listing.text or "").strip():
        _give_tail(listing)
        listing.getparent().remove(listing)


def set_apart_posts(tree: Any) -> None:
    """Rebuild each embedded post of the page as a quote of paragraphs in place of its boxes."""
    posts = [element for element in tree.iter() if isinstance(element.tag, str) and _is_post(element)]
    outermost = [post for post in posts if not any(_is_post(a) for a in post.iterancestors())]
    for post in outermost:
        if not _lines(post):
            continue  # an embed the page never filled (the script would have): nothing to read
        box = _outermost_box(post)
        parent = box.getparent()
        if parent is None:
            continue
        quote = _rebuilt(post)
        if parent.tag == "figure" and parent.getparent() is not None:  # its caption stays, after the post
            quote.tail = box.tail
            parent.remove(box)
            parent.addprevious(quote)
        else:
            quote.tail = box.tail
            parent.replace(box, quote)
        _out_of_list(quote)
        _set_in_block(quote)
