"""A text's sentences as a reader sees them, each with its exact place in the archived text.

Paragraphs first. A blank line ends a paragraph, and so does a line indented
deeper than the one before it (but for a list item's line wrapped under its
words), or one starting a numbered note or a list item ("3. ", "- ") or a
table's row ("| HD | 225.86 |"). In a
text that shows its paragraphs by indenting their first lines (most indented
lines are followed by one at the text's usual indent), every indented line
starts a paragraph, one after a paragraph of a single line too. In a
hard-wrapped text a line end is no paragraph's end either: a line broken only
because the next word did not fit is joined to the next (in a text a tool
wrapped at a fixed width, "did not fit" is exact, so a heading as long as a
line still ends where the next word would have fitted). A text counts as
wrapped when most of its line ends look like that (the line and the next word
together fill most of the text's usual line width); in a text written one
line per paragraph every line is a paragraph, as before, so a heading is
never glued to the sentence below it.

Then sentences, within each paragraph, by sentencex (a compiled splitter that
knows each language's abbreviations: "Nov. 18", "Mr. Smith", "the U.S.
delegation", "No. 5", and quotations ending "…done.” Then"), in time linear in
the text; "at 10 a.m. Friday" is one sentence too (the splitter ends one at "a.m."). An essay's footnote number glued to a sentence's end
("agreements.2 Later") ends the sentence too.

A sentence keeps its span in the archived text (``start``, ``end``: the text
between is exactly the archive's, line ends included) and its words with every
run of whitespace made one space (``text``). Quotes are matched after the same
normalisation, so the words of a sentence that runs over a line end are still
found in the archive.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from sentencex import segment

from claimtrack.text.quotes import normalise_text

_NOTE_START = re.compile(r"\s*(?:\d{1,3}\.|[•*–-])\s+\S")
"""A line starting a numbered note or a list item: a paragraph of its own even in a wrapped text."""
_GLUED_FOOTNOTE = re.compile(r"(?<=[^\W\d])[.!?][\"”’')\]]*\d{1,2}(?=\s+[\"“‘(\[]?[A-Z])")
"""An essay's footnote number glued to the end of a sentence ("agreements.2 Later"): the sentence ends there."""
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.IGNORECASE)
_WEEKDAY_NEXT = re.compile(r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_NUMBER_ONLY = re.compile(r"\s*\d{1,3}\.\s*")
_FIRST_WORD = re.compile(r"\S+")
_TABLE_ROW = re.compile(r"\s*\|.*\|\s*$")
"""A row of a table as extraction writes one ("| HD | 225.86 |"): a paragraph of its own even in a wrapped text."""
_SENTENCE_END = re.compile(r"[.!?:][\"”’')\]]*\s*$")
WRAP_SHARE = 0.8
"""A line end is a wrap when the line and the next line's first word would have filled this share of the
text's line width: a wrapper breaks a line only when the next word does not fit."""
TIGHT_SHARE = 0.9
"""A text wrapped by a tool at a fixed width: at least this share of the line ends that look like wraps are
lines the next word would have made longer than the text's usual width. Such a text's line that the next word
would have fitted on ends a paragraph (a heading without a stop, glued to the sentence below it otherwise);
a text wrapped by hand or by a proportional font is read with the share above. Only a line that could end a
heading counts (no comma, no word like "of" or "the" at its end) before one that starts with a capital."""
_NO_HEADING_END = frozenset(
    ["of", "the", "a", "an", "to", "in", "on", "at", "by", "for", "and", "or", "as", "with", "from", "that"]
)
_CAPITAL = re.compile(r"\s*[\"“‘(]?[A-Z0-9]")


@dataclass(frozen=True)
class Sentence:
    """A sentence: its span in the archived text, the line it starts on, and its words."""

    start: int
    end: int
    line: int
    text: str
    """The words of ``archive[start:end]``, every run of whitespace (a line end included) one space."""
    paragraph: int = 0
    """The number of the paragraph it is in, from 0: what a story tells holds through its paragraph."""


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order, paragraph by paragraph."""
    lines = text.split("\n")
    line_starts = _line_starts(lines)
    sentences: list[Sentence] = []
    for number, (start, end) in enumerate(_paragraphs(lines, line_starts, len(text))):
        # Line ends inside a paragraph are spaces to the splitter; the same length keeps every offset.
        paragraph = text[start:end].replace("\n", " ")
        offset = held = start
        for piece in segment("en", paragraph):
            offset += len(piece)
            if _NUMBER_ONLY.fullmatch(piece):
                continue  # a note's or a list's number ("3. McDermott"): the start of what follows
            if _CLOCK_END.search(piece) and _WEEKDAY_NEXT.match(text, offset):
                continue  # "at 10 a.m. Friday": the clock's abbreviation ends no sentence before its day
            for begin, finish in _footnote_cuts(text, held, offset):
                _add(sentences, text, (begin, finish, number), line_starts)
            held = offset
        _add(sentences, text, (held, offset, number), line_starts)
    return sentences


def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def _paragraphs(lines: list[str], line_starts: list[int], length: int) -> Iterator[tuple[int, int]]:
    """The spans of the text's paragraphs (``length`` characters long), blank lines left out."""
    wrapped = _wrapped_breaks(lines)
    start: int | None = None
    for number, line in enumerate(lines):
        if not line.strip():
            if start is not None:
                yield start, line_starts[number] - 1
                start = None
            continue
        if start is None:
            start = line_starts[number]
        if number + 1 < len(lines) and number not in wrapped:
            yield start, line_starts[number] + len(line)
            start = None
    if start is not None:
        yield start, length


def _wrapped_breaks(lines: list[str]) -> set[int]:
    """The numbers (from 0) of the lines whose end is a wrap, not a paragraph's end; none unless most line
    ends between two lines of text look like wraps (of those that no indent or note says are paragraphs' ends)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 3:
        return set()
    width = lengths[(len(lengths) * 9) // 10]  # the usual width: a long line or two (a link) does not set it
    filled: dict[int, int] = {}
    first_lines = _first_line_indent(lines, width)  # None: a paragraph starts deeper than the line before it
    for number, (line, following) in enumerate(pairwise(lines)):
        if not line.strip() or not following.strip():
            continue
        if _NOTE_START.match(following) or (
            _indent(following) > (_indent(line) if first_lines is None else min(_indent(line), first_lines))
            and _indent(following) != _item_text_column(line)
        ):
            continue
        if _TABLE_ROW.match(line) or _TABLE_ROW.match(following):
            continue
        first = _FIRST_WORD.search(following)
        filled[number] = len(line.rstrip()) + 1 + (len(first.group()) if first else 0)
    wraps = {number for number, full in filled.items() if full > WRAP_SHARE * width}
    tight = {number for number in wraps if filled[number] > width}
    if len(tight) >= TIGHT_SHARE * len(wraps):  # a tool's fixed width: a heading the next word would have fitted
        wraps -= {n for n in wraps - tight if _could_end_heading(lines[n]) and _CAPITAL.match(lines[n + 1])}
    return wraps if 2 * len(wraps) > len(filled) else set()


def _first_line_indent(lines: list[str], width: int) -> int | None:
    """The text's least indent when it shows paragraphs by indenting their first lines, so that a line indented
    deeper starts a paragraph even after a paragraph of one line, itself indented; else None.
    It does when most lines indented deeper than the least follow a line that ends a sentence or stops short
    of the width (a list's continued lines, indented under their item, mostly follow a line the wrap cut), and
    a third of them at least go on on a line at the least indent (not a text indented as a block)."""
    base = min((_indent(line) for line in lines if line.strip()), default=0)
    after = [(line, following) for line, following in pairwise(lines) if line.strip() and following.strip()]
    deeper = [line for line, following in after if _indent(following) > base]
    ended = sum(bool(_SENTENCE_END.search(line)) or len(line.rstrip()) < WRAP_SHARE * width for line in deeper)
    go_on = sum(_indent(line) > base and _indent(following) == base for line, following in after)
    return base if deeper and 2 * ended > len(deeper) and 3 * go_on >= len(deeper) else None


def _could_end_heading(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1][-1] not in ",;" and words[-1].lower() not in _NO_HEADING_END


def _item_text_column(line: str) -> int | None:
    """Where a list item's words start ("- The port" at 2): its wrapped lines are indented to there."""
    item = _NOTE_START.match(line)
    return item.end() - 1 if item else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _footnote_cuts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _GLUED_FOOTNOTE.finditer(text, start, end):
        yield start, match.end()
        start = match.end()
    yield start, end


def _add(sentences: list[Sentence], text: str, span: tuple[int, int, int], line_starts: list[int]) -> None:
    start, end, paragraph = span
    chunk = text[start:end]
    words = chunk.split()
    if not words:
        return
    begin = start + len(chunk) - len(chunk.lstrip())
    finish = end - (len(chunk) - len(chunk.rstrip()))
    sentences.append(Sentence(begin, finish, bisect_right(line_starts, begin), " ".join(words), paragraph))


def spans_in_normal_form(sentences: list[Sentence], normal: str) -> list[tuple[int, int] | None]:
    """Where each of a text's ``sentences`` lies in the text in normal form (``normal``, as ``quotes``
    gives it, where quotes are anchored); None for one not found there. Each is looked for after the one
    before, so a text is searched once over."""
    spans: list[tuple[int, int] | None] = []
    cursor = skipped = 0
    for sentence in sentences:
        needle = normalise_text(sentence.text)
        at = normal.find(needle, cursor, cursor + skipped + len(needle) + _SLACK) if needle else -1
        if at < 0:
            spans.append(None)
            skipped += len(needle)  # the next sentence lies after this one, wherever it is
            continue
        spans.append((at, at + len(needle)))
        cursor, skipped = at + len(needle), 0
    return spans


_SLACK = 64
"""How far after the end of the sentence before a sentence's normal form may start: only spaces and
characters normalising drops lie between, so a failed search stays short."""
