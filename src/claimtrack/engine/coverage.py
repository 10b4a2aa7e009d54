"""Coverage: which checkable sentences of each archived source no claim's evidence quotes yet.

A sentence is checkable when it is a statement (it ends with . ! or ?, where
headings, photo captions and credits do not, or leads into a list with a
colon: "Seven questions face the candidates tonight:", or it is a line of its own read as a headline, said once in
the text: "At least seven killed in earthquake", ``text.headlines``) of the article (not
the site's call to its reader or its copyright notice, ``text.furniture``) and gives a date or a
number, or names an entity of the registry (by label or alias). Dates are
the ones a draft reads: a month, a weekday, "yesterday", "this spring",
"last weekend", "the current fiscal year", "a year ago", and "today" when it
names the day, not the present age ("published today", not "rare today":
``text.today``), months and weekdays capitalised ("they may" is no date); numbers are digits or number words
("fifteen", "a dozen"), and a span of one ("after a year", "within a month"), but not the digits of a clock
time or an ordinal ("at 12:45", "10 p.m.", "its 50th"), which a draft never reads as a value. Numbered notes (an
essay's footnotes, a line starting "3. ") are not counted: the works they cite
are sources of their own, linked by ``cites``. A sentence is covered when an
evidence quote for that source lies, at least in part, inside it (both in
normal form, as quotes are matched: a quote over a wrapped line's end counts).
A sentence no claim quotes that holds words of one of the source's ``not_claims``
(a reviewer's "this is no claim", ``claimtrack dismiss``) is dismissed: counted
apart, neither checkable nor to draft from. An entry naming one ``value`` of the
sentence dismisses that value only: the sentence stays checkable, and `draft`
proposes its other values (``SourceCoverage.dismissed_values``). Sentences are split as a reader sees
them (``text.sentences``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

from claimtrack.repository.workspace import Workspace
from claimtrack.text.furniture import is_furniture, is_notice
from claimtrack.text.headlines import headline_lines
from claimtrack.text.quotes import normalise_text, occurrences
from claimtrack.text.schedule_lines import is_schedule_line
from claimtrack.text.sentences import Sentence, spans_in_normal_form, split_sentences
from claimtrack.text.today import days_named

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = (
    r"yesterday|tomorrow|tonight|(?:this|last|next|past|coming|current)\s+(?:(?:fiscal|financial)\s+)?(?:year|month|week"
    r"|weekend|quarter|season|decade|spring|summer|autumn|fall|winter|night|morning|afternoon|evening)"
    r"|(?:a|an|one)\s+(?:day|week|month|year|decade)\s+(?:ago|earlier|later|after|before)|the\s+weekend"
    r"|(?:earlier|later)\s+(?:in|on)\s+the\s+day"
)
_ONE_SPAN = (
    r"(?:after|for|within|over|about|nearly|almost|under)\s+an?\s+(?:minute|hour|day|week|month|year|decade|century)"
)
"""A span of one, as a draft reads it ("after a year", "within a month", "about an hour")."""
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen"
)
_DATE_OR_NUMBER = re.compile(
    rf"\d|\b(?:{_RELATIVE}|{_ONE_SPAN}|{_NUMBER_WORDS})\b|\b(?-i:{_MONTHS}|{_WEEKDAYS})\b",
    re.IGNORECASE,
)
"""A month or a weekday is a date only written as a name, capitalised: "may" and "march" are verbs."""
_NO_VALUE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?|\b\d{1,2}:\d{2}\b|\b\d+(?:st|nd|rd|th)\b"
    r"|\bone\s+(?:of|another|such)\b|\b(?:no|this|that|the|which|every|any|each|such)\s+one\b",
    re.IGNORECASE,
)
"""Numbers a draft never reads as a value: a clock time ("at 12:45", "10 p.m.", "9.30 A.M.", "2:30pm"), an
ordinal in digits ("a 6th fatality", "its 50th anniversary") and "one" standing for a thing, not counting it
("one of the most difficult", "no one knew", "one another", "such as this one"). A sentence whose only numbers they are ("Listen
live at 12:45 and 17:45 weekdays") gives coverage nothing to quote, as it gives `draft` nothing to propose."""


_NOTE_LINE = re.compile(r"\s*\d{1,3}\.\s+\S")
"""A numbered note ("3. McDermott, Roger ...", an essay's footnote): it cites a work, recorded as a
source in the citing source's ``cites``, and asserts nothing to quote."""
_STATEMENT_END = re.compile(r"[.!?][\"”’')\]]*\d{0,2}$|[.!?,]\s*[”\"]$")
_LEAD_IN_WORDS = 8
"""A sentence ending with a colon is a statement leading into a list ("Seven questions face the candidates
tonight:") when it has at least this many words, most not capitalised; "Tour dates:" and a title-case
heading ("5 Tips to Enjoy Game Day:") are headings."""


def is_statement(sentence: str) -> bool:
    """The sentence ends as a statement does, or leads into a list with a colon: headings, captions and
    credits do not."""
    if _STATEMENT_END.search(sentence) is not None:
        return True
    words = [w for w in sentence.split() if w[0].isalpha()]
    lower = sum(w[0].islower() for w in words)
    return sentence.endswith(":") and len(sentence.split()) >= _LEAD_IN_WORDS and 2 * lower > len(words)


def is_note_line(line: str) -> bool:
    """A numbered note's line ("3. McDermott, Roger ..."): it cites a work and asserts nothing to quote."""
    return _NOTE_LINE.match(line) is not None


def is_checkable(sentence: str, names: list[str], headline: bool = False) -> bool:
    """A statement (it ends as a sentence does, or it is a ``headline``, a line reading as one: other headings,
    captions and credits do not) of the article (not the site's call to its reader) that gives a date or a
    number or names an entity of the registry."""
    statement = headline or is_statement(sentence)
    if not (statement or is_schedule_line(sentence)) or is_furniture(sentence) or is_notice(sentence):
        return False  # a schedule's line ("June 9 – Tampa, FL") states its date as a sentence does
    if _DATE_OR_NUMBER.search(_NO_VALUE.sub(" ", sentence)) or days_named(sentence):
        return True
    return any(name in sentence for name in names)


@dataclass
class SourceCoverage:
    source: str
    checkable: int = 0
    covered: int = 0
    uncovered: list[Sentence] = field(default_factory=list)
    dismissed: list[Sentence] = field(default_factory=list)
    """Sentences no claim quotes that the source's ``not_claims`` say state no claim."""
    dismissed_values: dict[int, list[str]] = field(default_factory=dict)
    """By the start of an uncovered sentence: the words (in normal form) of its values that the source's
    ``not_claims`` say are no claim, which `draft` does not propose."""

    @property
    def share(self) -> float:
        return 1.0 if self.checkable == 0 else self.covered / self.checkable

    def summary(self) -> str:
        """'3/4 checkable sentences quoted (75.0%); 1 dismissed as no claim': the words `coverage` and `draft`
        both use for what is left to quote."""
        dismissed = f"; {len(self.dismissed)} dismissed as no claim" if self.dismissed else ""
        return f"{self.covered}/{self.checkable} checkable sentences quoted ({self.share:.1%}){dismissed}"


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
        # Read as every archived text is: inside sources/, a regular file, at most max_text_bytes (a text
        # naming /dev/zero, a FIFO or a file outside is CT116 and has no coverage).
        text = workspace.archived_text(source_id)
        if text is None:
            continue
        normal = normalise_text(text)
        quoted = _Quoted(normal, quotes.get(source_id, []))
        not_claims = located.model.not_claims
        dismissed = _Quoted(normal, [n.quote for n in not_claims if n.value is None])
        values = [(_Quoted(normal, [n.quote]), normalise_text(n.value)) for n in not_claims if n.value is not None]
        result = SourceCoverage(source_id)
        lines = text.split("\n")
        sentences = split_sentences(text)
        headlines = headline_lines(sentences, normal, is_statement)
        for sentence, span in zip(sentences, spans_in_normal_form(sentences, normal), strict=True):
            headline = sentence.start in headlines
            if is_note_line(lines[sentence.line - 1]) or not is_checkable(sentence.text, names, headline):
                continue
            if span is not None and quoted.overlaps(*span):
                result.checkable += 1
                result.covered += 1
            elif span is not None and dismissed.overlaps(*span):
                result.dismissed.append(sentence)
            else:
                result.checkable += 1
                result.uncovered.append(sentence)
                gone = [value for quote, value in values if span is not None and quote.overlaps(*span)]
                if gone:
                    result.dismissed_values[sentence.start] = gone
        results.append(result)
    return results


class _Quoted:
    """Where a source's quotes lie in its text in normal form (where quotes are matched, whatever the line
    ends and spaces), to ask in logarithmic time whether a span holds part of one."""

    def __init__(self, normal: str, quotes: list[str]) -> None:
        spans = sorted(
            (at, at + len(needle)) for needle in map(normalise_text, quotes) for at in occurrences(normal, needle)
        )
        self._starts = [start for start, _ in spans]
        self._furthest = list(accumulate((end for _, end in spans), max))
        """The furthest end of the spans up to each one."""

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans starting before ``end``
        return before > 0 and self._furthest[before - 1] > start
