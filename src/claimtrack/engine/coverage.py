"""Coverage: which checkable sentences of each archived source no claim's evidence quotes yet.

A sentence is checkable when it is a statement (it ends with . ! or ?, where
headings, photo captions and credits do not) and gives a date or a number,
or names an entity of the registry (by label or alias). Dates are the ones a
draft reads: a month, a weekday, "yesterday", "this spring", "last year"
("today" is left out: it is as often "nowadays"); numbers are digits or
number words ("fifteen", "a dozen"). Numbered notes (an
essay's footnotes, a line starting "3. ") are not counted: the works they cite
are sources of their own, linked by ``cites``. A sentence is covered when an
evidence quote for that source lies, at least in part, inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimtrack.repository.workspace import Workspace

_ABBREVIATIONS = {"u.s", "mr", "mrs", "dr", "st", "prof", "gen", "col", "no", "vs", "etc", "e.g", "i.e", "jr", "sr"}
# A sentence ends at . ! or ?, perhaps followed by closing quotes or brackets and a footnote number
# glued to it ("Uzbekistan.2"), then whitespace and the start of the next sentence.
_END = re.compile(r"[.!?][\"”’')\]]*\d{0,2}(?=\s+[\"“‘(\[]?[A-Z0-9«])")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = r"yesterday|tomorrow|(?:this|last|next|past|coming)\s+(?:year|month|week|spring|summer|autumn|fall|winter)"
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen"
)
_DATE_OR_NUMBER = re.compile(
    rf"\d|\b(?:{_MONTHS}|{_WEEKDAYS}|{_RELATIVE}|{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    line: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character spans; paragraphs (lines) never share a sentence."""
    sentences: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        start = 0
        for match in _END.finditer(line):
            before = line[start : match.start()].rsplit(None, 1)
            last_word = before[-1].lower().rstrip(".") if before else ""
            if last_word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", last_word):
                continue  # "U.S." or an initial such as "M." does not end a sentence
            _add(sentences, line, start, match.end(), offset, number)
            start = match.end()
        _add(sentences, line, start, len(line), offset, number)
        offset += len(line) + 1
    return sentences


def _add(sentences: list[Sentence], line: str, start: int, end: int, offset: int, number: int) -> None:
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        begin = offset + start + lead
        sentences.append(Sentence(begin, begin + len(stripped), number, stripped))


_NOTE_LINE = re.compile(r"\s*\d{1,3}\.\s+\S")
"""A numbered note ("3. McDermott, Roger ...", an essay's footnote): it cites a work, recorded as a
source in the citing source's ``cites``, and asserts nothing to quote."""
_STATEMENT_END = re.compile(r"[.!?][\"”’')\]]*\d{0,2}$|[.!?,]\s*[”\"]$")


def is_statement(sentence: str) -> bool:
    """The sentence ends as a statement does: headings, captions and credits do not."""
    return _STATEMENT_END.search(sentence) is not None


def is_note_line(line: str) -> bool:
    """A numbered note's line ("3. McDermott, Roger ..."): it cites a work and asserts nothing to quote."""
    return _NOTE_LINE.match(line) is not None


def is_checkable(sentence: str, names: list[str]) -> bool:
    """A statement (it ends as a sentence does: headings, captions and credits do not) that gives a
    date or a number or names an entity of the registry."""
    if not is_statement(sentence):
        return False
    if _DATE_OR_NUMBER.search(sentence):
        return True
    return any(name in sentence for name in names)


@dataclass
class SourceCoverage:
    source: str
    checkable: int = 0
    covered: int = 0
    uncovered: list[Sentence] = field(default_factory=list)

    @property
    def share(self) -> float:
        return 1.0 if self.checkable == 0 else self.covered / self.checkable


def measure_coverage(workspace: Workspace, only: str | None = None) -> list[SourceCoverage]:
    """Coverage of every source that has an archived text (or of the source ``only``), sorted by source id."""
    names = sorted(
        {n for e in workspace.entities.values() for n in (e.model.label, *e.model.aliases) if len(n) > 3},
        key=len,
        reverse=True,
    )
    quotes: dict[str, list[str]] = {}
    for claim in workspace.claims.values():
        for link in claim.model.evidence:
            quotes.setdefault(link.source, []).append(link.quote)
    results = []
    for source_id in sorted(workspace.sources) if only is None else [only]:
        located = workspace.sources[source_id]
        if located.model.text is None:
            continue
        path = (workspace.root / located.path).parent / located.model.text
        text = path.read_text(encoding="utf-8")
        spans = [(i, i + len(q)) for q in quotes.get(source_id, []) for i in _occurrences(text, q)]
        result = SourceCoverage(source_id)
        lines = text.split("\n")
        for sentence in split_sentences(text):
            if is_note_line(lines[sentence.line - 1]) or not is_checkable(sentence.text, names):
                continue
            result.checkable += 1
            if any(a < sentence.end and sentence.start < b for a, b in spans):
                result.covered += 1
            else:
                result.uncovered.append(sentence)
        results.append(result)
    return results


def _occurrences(text: str, quote: str) -> list[int]:
    found, start = [], text.find(quote)
    while start >= 0:
        found.append(start)
        start = text.find(quote, start + 1)
    return found
