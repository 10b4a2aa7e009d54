"""Anchoring evidence quotes in archived texts, the way annotation tools re-anchor a TextQuoteSelector.

A quote is looked for after normalising both texts: Unicode compatibility
forms, typographic quotes and apostrophes, dashes, runs of whitespace
(no-break spaces included) and case. ``prefix`` and ``suffix`` tell repeated
occurrences apart. When a quote is not found the closest passage is located
with rapidfuzz, so that a typo is a one-line fix.
"""

from __future__ import annotations

import io
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from claimtrack.repository.limits import limit

_QUOTES = {ord(c): "'" for c in "‘’‚‛′`´"} | {ord(c): '"' for c in "“”„‟″«»"}
_DASHES = {ord(c): "-" for c in "‐‑‒–—―−"}
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


@dataclass(frozen=True)
class NormalisedText:
    """A text in normal form, with the index in the original of each normalised character."""

    text: str
    origin: Sequence[int]
    """An array of machine integers: a tuple of Python ints took some 36 bytes per character."""

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if not self.origin or start >= len(self.origin):
            return (0, 0)
        last = min(end, len(self.origin)) - 1
        return self.origin[start], self.origin[last] + 1


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DROP_INVISIBLE = {ord(c): None for c in _INVISIBLE}
_ASCII_REPLACED = [(chr(code), plain) for code, plain in (_QUOTES | _DASHES).items() if code < 128]
"""The few ASCII characters normalising replaces (the backtick), as (character, replacement)."""


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


CHUNK_CHARS = 1 << 20
"""A long text is normalised a piece of about this many characters at a time, cut at a space or a line
end: splitting a whole 20 MiB text into words held millions of strings at once."""


def normalise_text(text: str) -> str:
    """The normal form of ``text``; a long text piece by piece (see ``CHUNK_CHARS``), with the same result.

    Pieces are cut just before a space or a line end, which normalising makes a single space between
    the pieces' normal forms, and every step is character by character, so nothing depends on the cut.
    """
    if len(text) <= CHUNK_CHARS:
        return _normalise_piece(text)
    pieces = []
    start = 0
    while start < len(text):
        end = start + CHUNK_CHARS
        if end < len(text):
            cuts = [at for at in (text.find(" ", end), text.find("\n", end)) if at >= 0]
            end = min(cuts) if cuts else len(text)
        piece = _normalise_piece(text[start:end])
        if piece:
            pieces.append(piece)
        start = end
    return " ".join(pieces)


def _normalise_piece(text: str) -> str:
    """The normal form of ``text``, as ``normalise(text).text``, computed with whole-string operations.

    Character by character it is the same transformation (NFKC of each character, quotes and dashes
    made plain, case folded, invisible characters dropped, whitespace runs made one space, the ends
    trimmed); ASCII is its own NFKC form, so only other characters go through unicodedata, and an ASCII
    text has no quote, dash or invisible character to replace. ``str.split`` splits at the characters
    ``str.isspace`` names, as ``normalise`` does.
    """
    if text.isascii():
        folded = text.lower()  # casefold() of ASCII
        for ascii_character, plain in _ASCII_REPLACED:
            folded = folded.replace(ascii_character, plain)
    else:
        folded = _NON_ASCII.sub(_nfkc, text).translate(_QUOTES).translate(_DASHES).casefold()
        folded = folded.translate(_DROP_INVISIBLE)
    return " ".join(folded.split())


def normalise(text: str) -> NormalisedText:
    """The normal form with, for each of its characters, the index of the original one it came from."""
    # Written to a buffer and an array of machine integers, not lists: a list holds an object per character.
    chars = io.StringIO()
    origin = array("q")
    last = ""
    for index, ch in enumerate(text):
        for out in unicodedata.normalize("NFKC", ch).translate(_QUOTES).translate(_DASHES).casefold():
            if out in _INVISIBLE:
                continue
            if out.isspace():
                if last and last != " ":
                    chars.write(" ")
                    origin.append(index)
                    last = " "
                continue
            chars.write(out)
            origin.append(index)
            last = out
    written = chars.getvalue()
    if written.endswith(" "):
        written = written[:-1]
        origin.pop()
    return NormalisedText(written, origin)


def occurrences(haystack: str, needle: str) -> list[int]:
    """Every index where ``needle`` starts in ``haystack``, overlapping ones too (none for an empty needle)."""
    found: list[int] = []
    if not needle:
        return found
    start = haystack.find(needle)
    while start >= 0:
        found.append(start)
        start = haystack.find(needle, start + 1)
    return found


@dataclass(frozen=True)
class Anchor:
    """Where a quote lies in a source: every occurrence, and those its prefix and suffix select."""

    occurrences: tuple[int, ...]
    selected: tuple[int, ...]

    @property
    def found(self) -> bool:
        return bool(self.occurrences)


def anchor(source: str, quote: str, prefix: str | None = None, suffix: str | None = None) -> Anchor:
    """Where ``quote`` lies in ``source`` (a text already in normal form)."""
    needle = normalise_text(quote)
    found = occurrences(source, needle)
    before = normalise_text(prefix) if prefix else ""
    after = normalise_text(suffix) if suffix else ""
    selected = []
    text = source
    for start in found:
        # Normalised text has single spaces: skip at most one between the quote and its context.
        head_end = start - 1 if start and text[start - 1] == " " else start
        end = start + len(needle)
        tail_start = end + 1 if end < len(text) and text[end] == " " else end
        if (not before or text.endswith(before, 0, head_end)) and (not after or text.startswith(after, tail_start)):
            selected.append(start)
    return Anchor(tuple(found), tuple(selected))


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    line: int
    text: str
    similarity: float
    """0 to 100."""


def closest_passage(original: str, source: NormalisedText, quote: str) -> Passage | None:
    """The passage of the source most like the quote, or None when nothing is alike."""
    from rapidfuzz import fuzz

    needle = normalise_text(quote)
    if not needle or not source.text or len(source.text) > limit("max_fuzzy_chars") or len(needle) > len(source.text):
        return None
    alignment = fuzz.partial_ratio_alignment(needle, source.text)
    if alignment is None or alignment.score == 0:
        return None
    start, end = source.original_span(alignment.dest_start, alignment.dest_end)
    # Widen to whole words: the alignment is as long as the quote, and may cut a word in two.
    while start > 0 and original[start - 1].isalnum():
        start -= 1
    while end < len(original) and original[end].isalnum():
        end += 1
    # Not from the space before its first word: a normalised space stands for a whole run of whitespace and
    # points at its first character, the line end before the passage's line ("line 5" for words on line 6).
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    line = original.count("\n", 0, start) + 1
    return Passage(start, end, line, original[start:end], alignment.score)
