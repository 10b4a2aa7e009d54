"""A PDF's text as a reader sees it: paragraphs rejoined across line ends, hyphens and page breaks, without
the running headers, footers and page numbers printed on every page.

pypdf gives each page's text line by line, as it was printed. A line that
repeats at the top or bottom of most pages (the same once its digits are
set aside, so "Page 3 of 12" repeats as "Page # of #") is a running header
or footer, and a line of its own at the top or bottom of a page that is
only a page number ("7", "- 7 -", "Page 7", "7 of 12", "vii") is a page
number: both are left out. The lines that remain are joined into paragraphs:
a line continues the one before when that one does not end a sentence and
either is about as long as the page's lines (it was wrapped) or the line
starts as a continuation does (in lower case, with a digit or a comma). A
word split at a line end ("govern-" / "ment") is joined without its hyphen,
unless the document writes it with the hyphen elsewhere ("long-term"). Page
breaks are line ends like any other. The original file is archived as it
is; only this text is rejoined.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from statistics import median

_ENDS_SENTENCE = re.compile(r"(?:[.!?][\"”’)\]]*|:)$")
_CONTINUES = re.compile(r"^[a-z0-9(\"“‘,;%-]")
_HYPHENATED = re.compile(r"(\w+)-$")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(?:\d{1,3}|[ivxlcdm]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
EDGE_LINES = 3
"""Lines at the top and at the bottom of a page where running headers, footers and page numbers are looked for."""
WRAPPED_SHARE = 0.7
"""A line at least this share of the document's usual line length was wrapped by the layout, not ended."""


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _page_lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


def _edges(lines: list[str]) -> set[int]:
    return set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES), len(lines)))


def body_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines without its running header and footer lines and its page number."""
    split = [_page_lines(page) for page in pages]
    shapes: Counter[str] = Counter()
    for lines in split:
        shapes.update({_shape(lines[i]) for i in _edges(lines)})
    running = {shape for shape, count in shapes.items() if count >= 2 and count * 2 >= len(split)}
    result = []
    for lines in split:
        edges = _edges(lines)
        kept = [
            line
            for i, line in enumerate(lines)
            if not (i in edges and (_shape(line) in running or (len(split) > 1 and _PAGE_NUMBER.match(line))))
        ]
        result.append(kept)
    return result


def _joined(before: str, line: str, hyphenated_words: set[str]) -> str:
    match = _HYPHENATED.search(before)
    if match is None:
        return f"{before} {line}"
    if not line[:1].islower():  # "Anglo-" / "Saxon": a compound, not a word broken in two
        return before + line
    word = f"{match.group(1)}-{line.split(' ', 1)[0]}".lower().rstrip(".,;:!?")
    return before[: match.end(1)] + ("-" if word in hyphenated_words else "") + line


def _continues(previous: str, line: str, usual: float) -> bool:
    """The line goes on with the paragraph of ``previous``, a line that ended no sentence."""
    wrapped = len(previous) >= WRAPPED_SHARE * usual
    return wrapped or _CONTINUES.match(line) is not None or (_HYPHENATED.search(previous) is not None)


def _blank_line_ends(page: str) -> set[str]:
    """The lines of a page followed by a blank line: paragraph ends the layout marked."""
    raw = page.splitlines()
    return {" ".join(a.split()) for a, b in pairwise(raw) if a.strip() and not b.strip()}


def rejoin(pages: list[str]) -> str:
    """The pages' text, one paragraph a line, ending with a newline."""
    pages_lines = body_lines(pages)
    every = [line for lines in pages_lines for line in lines]
    usual = median(len(line) for line in every) if every else 0.0
    hyphenated_words = {w.lower() for w in re.findall(r"\b\w+-\w+\b", " ".join(every))}
    paragraphs: list[list[str]] = []
    """Each paragraph as its pieces, joined once at the end: a paragraph grown by adding to a string is
    copied at every line, and a page of 200,000 continued lines took tens of seconds."""
    previous: str | None = None
    """The last line taken, while its paragraph is open."""
    for page, lines in zip(pages, pages_lines, strict=True):
        ends = _blank_line_ends(page)
        for line in lines:
            if previous is not None and _continues(previous, line, usual):
                pieces = paragraphs[-1]
                joined = _joined(pieces[-1], line, hyphenated_words)  # the last line with its hyphen, then ``line``
                pieces[-1] = joined[: len(joined) - len(line)]
                pieces.append(line)
            else:
                paragraphs.append([line])
            previous = None if _ENDS_SENTENCE.search(line) or line in ends else line
    return "\n".join("".join(pieces) for pieces in paragraphs) + "\n" if paragraphs else ""
