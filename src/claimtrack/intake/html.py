"""A saved web page's article text and metadata, extracted with trafilatura.

trafilatura is made for news pages: it keeps the article's paragraphs and
drops navigation, advertisements, comments and footers, and reads the
metadata pages state for themselves (title, authors, date, site name,
canonical URL) from ``<meta>`` tags, JSON-LD and the markup. Dates are read
only from what the page says of itself (its metadata and markup), never
guessed from dates in the text. The language comes from the page's ``lang``
attribute or its ``content-language``/``og:locale`` metadata.
"""

from __future__ import annotations

import re
from typing import Any

from claimtrack.intake.budget import Budget
from claimtrack.intake.continued_bodies import read_whole_body
from claimtrack.intake.elements import remove_keeping_tail
from claimtrack.intake.embedded_posts import set_apart_posts
from claimtrack.intake.extraction import Extraction, ExtractionError
from claimtrack.intake.leads import find_lead, with_lead, without_furniture
from claimtrack.intake.metadata import page_facts, tidy_page

_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|main|div|p)[\s>]", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SENTENCE_END = re.compile(r"[.!?。！？؟।][\"”’')\]」』）]*$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""Kana, CJK ideographs and Hangul: scripts whose sentences are not words between spaces."""
_BLOCK_TEXT = ("p", "h1", "h2", "h3")
"""What a table of data has no use for, and a table laying out a page holds."""
_POP_UP_WORDS = ("tooltip", "popover", "rollover", "hovercard")
_POP_UP_ENDS = ("text", "block", "content", "body", "popup", "box", "inner")
"""A class with a word of the first list that ends with one of the second (rollover-people-block, tooltiptext,
q-tooltip-content) names what a page shows only while the pointer rests on a word: the box of a tooltip, a
pop-over's content, a name's roll-over card with its latest headlines. Not the word itself: "has-tooltip" or a
"tooltip" wrapper hold it, and stay."""


def _has_sentence(text: str) -> bool:
    """A line of at least four words (or, in a script written without spaces, ten of its characters) ending
    as a sentence does: what a page with an article has, and a page of links, buttons and headings (which
    trafilatura's fallbacks still return) does not."""
    return any(_long_enough(line) and _SENTENCE_END.search(line.rstrip()) for line in text.splitlines())


def _long_enough(line: str) -> bool:
    return len(line.split()) >= 4 or len(_UNSPACED.findall(line)) >= 10


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:65536]
    return b"\x00" not in head and not head.startswith(b"%PDF-") and _HTML_START.search(head) is not None


def _language(tree: Any) -> str | None:
    """The page's language as a BCP 47 tag, from ``<html lang>``, else its metadata; None when it states none."""
    candidates: list[Any] = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    candidates += tree.xpath(
        "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')='content-language']/@content"
    )
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    for candidate in candidates:
        if not candidate:
            continue
        tag = str(candidate).split(",")[0].strip().replace("_", "-")
        primary, _, rest = tag.partition("-")
        tag = primary.lower() + ("-" + rest if rest else "")
        if _LANGUAGE.match(tag):
            return tag
    return None


def _lines(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line]


def _count_elements(tree: Any, budget: Budget, name: str) -> None:
    """Refuse a page of more elements than the budget: trafilatura's time grows faster than the number of
    elements (pages of short paragraphs: 5 s at 1 MB, 424 s at 8 MB), and news pages hold a few thousand."""
    for count, _ in enumerate(tree.iter(), 1):
        if count > budget.elements:
            raise ExtractionError(
                f"{name} has more than {budget.elements} HTML elements (CLAIMTRACK_MAX_HTML_ELEMENTS); "
                "save only the article's page"
            )


def _unwrap_layout_tables(tree: Any) -> None:
    """A table that holds paragraphs or headings lays a page out (old sites put the whole article in one
    cell); it holds no data. Its rows and cells become plain blocks, so the article is read as paragraphs,
    not as one table row ("|  | Seeking a bigger role ... by Jeff Foust ...")."""
    for table in list(tree.iter("table")):
        if any(table.find(f".//{tag}") is not None for tag in _BLOCK_TEXT):
            for element in (table, *table.iter("thead", "tbody", "tfoot", "tr", "td", "th")):
                element.tag = "div"


def _is_pop_up(name: str) -> bool:
    return name.endswith(_POP_UP_ENDS) and any(word in name for word in _POP_UP_WORDS)


def _drop_pop_ups(tree: Any) -> None:
    """Remove the boxes a page shows on hover: inside a sentence, their words would join the sentence
    ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ... MORE (D-Minn.)"), and no reader sees them there."""
    boxes = [
        element
        for element in tree.iter()
        if isinstance(element.get("class"), str) and any(_is_pop_up(c) for c in element.get("class").lower().split())
    ]
    for element in boxes:
        remove_keeping_tail(element)  # the words after the box belong to the sentence around it


def _read_article(tree: Any) -> Any:
    """trafilatura's reading of the page: its article text and the metadata it finds (a Document, or None)."""
    import trafilatura

    return trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _text_of(document: Any) -> str:
    return str(getattr(document, "text", None) or "")


def extract_html(raw: bytes, name: str, budget: Budget | None = None) -> Extraction:
    """The article of a saved page; ExtractionError when the file is not HTML or holds no article text."""
    if not _looks_like_html(raw):
        raise ExtractionError(f"{name} is not an HTML page (no HTML markup in it); save the page as HTML")
    import trafilatura
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        raise ExtractionError(f"{name} cannot be read as HTML")
    _count_elements(tree, budget or Budget.from_limits(), name)
    language = _language(tree)
    facts = page_facts(tree)  # read before trafilatura, which may prune the tree it is given
    _drop_pop_ups(tree)
    set_apart_posts(tree)
    _unwrap_layout_tables(tree)
    lead = find_lead(tree)
    document = read_whole_body(tree, _read_article, lambda read: _lines(_text_of(read)))
    if not isinstance(document, Document) or not _has_sentence(document.text or ""):
        raise ExtractionError(f"{name}: no article text could be extracted from this page (no sentence in it)")
    authors = [a.strip() for a in (document.author or "").split(";") if a.strip()]
    published = document.date if document.date and _DATE.match(document.date) else None
    extraction = Extraction(
        text="\n".join(without_furniture(with_lead(_lines(document.text or ""), lead))) + "\n",
        extracted_with=f"trafilatura {trafilatura.__version__}",
        title=document.title or None,
        authors=authors,
        published=published,
        container=document.sitename or None,
        url=document.url or None,
        language=language,
    )
    return tidy_page(extraction, facts)
