"""An article's body that a page cuts into several blocks, put back together before extraction.

Some sites break an article's body into several blocks of the same kind, one after another, with a row of
advertisements, a newsletter sign-up or a rail between them: ``<div class="article-body">`` paragraphs,
then an ad row, then another ``<div class="article-body">`` with the next paragraphs. trafilatura takes
the first block that looks like an article's body and stops there, so everything after the first break is
lost (on two real pages, 55-65% of the article).

Blocks are read as one body cut into parts when they have the same tag and the same class, none holds
another, and each holds paragraphs of its own (``<p>`` children that end as sentences do), the first at
least ``FIRST_PARAGRAPHS`` of them: a list of teasers, each with its one-line summary, is no body. The
later parts' content is moved, in order, to the end of the first part, which then holds the whole body.

Joining is a second reading, kept only when it covers more: when a page has such parts, the article is
extracted from the page as it is and from the page with its parts joined, and the joined reading is kept
when it holds every line of the first, in the same order, and more. When the extractor had taken a block
holding all the parts already, joining only moves what lay between them (a pull quote, a photo's caption)
after the body: that reading holds the same lines in another order, and the page's own order is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from copy import deepcopy
from typing import Any, TypeVar

from claimtrack.intake.elements import remove_keeping_tail

Reading = TypeVar("Reading")

FIRST_PARAGRAPHS = 2
"""Sentence paragraphs the first part holds at the least: an article's opening, not a teaser's summary."""
MIN_WORDS = 8
"""Words of a paragraph that counts: a sentence of the article, not a caption or a button."""
_CONTAINERS = frozenset({"div", "section", "article", "main"})
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")


def _paragraphs(element: Any) -> int:
    """The element's own ``<p>`` children that read as sentences of an article."""
    count = 0
    for child in element:
        if child.tag != "p":
            continue
        text = " ".join("".join(child.itertext()).split())
        if len(text.split()) >= MIN_WORDS and _SENTENCE_END.search(text):
            count += 1
    return count


def _parts(tree: Any) -> list[list[Any]]:
    """Groups of two or more blocks of one tag and class, none inside another, in the page's order."""
    groups: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for element in tree.iter(*_CONTAINERS):
        name = element.get("class")
        if name and name.strip() and _paragraphs(element):
            groups[(element.tag, " ".join(name.split()))].append(element)
    found = []
    for elements in groups.values():
        if len(elements) < 2 or _paragraphs(elements[0]) < FIRST_PARAGRAPHS:
            continue
        members = set(elements)
        if any(not members.isdisjoint(element.iterancestors()) for element in elements):
            continue
        found.append(elements)
    return found


def join_continued_bodies(tree: Any) -> None:
    """Move the content of each later part of a cut body to the end of its first part."""
    for first, *later in _parts(tree):
        for part in later:
            if part.text and part.text.strip():
                _append_text(first, part.text)
            for child in list(part):
                first.append(child)
            remove_keeping_tail(part)


def _append_text(element: Any, text: str) -> None:
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text


def read_whole_body(tree: Any, read: Callable[[Any], Reading], lines: Callable[[Reading], list[str]]) -> Reading:
    """What ``read`` extracts from ``tree``, or from it with its cut body joined when that reads more of the
    page in the page's order (the module's docstring); ``lines`` gives a reading's lines. ``read`` may
    change the tree it is given."""
    if not _parts(tree):
        return read(tree)
    joined = deepcopy(tree)
    join_continued_bodies(joined)
    as_it_is, whole = read(tree), read(joined)
    return whole if _covers(lines(whole), lines(as_it_is)) else as_it_is


def _covers(longer: list[str], shorter: list[str]) -> bool:
    """Every line of ``shorter`` is in ``longer`` in the same order, and ``longer`` has more words."""
    remaining = iter(longer)
    in_order = all(line in remaining for line in shorter)
    return in_order and sum(len(line.split()) for line in longer) > sum(len(line.split()) for line in shorter)
