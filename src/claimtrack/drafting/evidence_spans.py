"""The words a draft keeps as evidence, and its statement: the value's own clause, when the sentence says more.

A sentence that gives several values ("The bridge carried 1.2 million cars in May, the council said on
Monday"), or one value in a long sentence, is cut to the clause that holds the value, as a fact-checker
narrows a quote: the clause as the conjunctions and punctuation cut it (``text.clauses.clause_bounds``), less
a trailing saying ("…, the council said on Monday") when the value is in what is said, or only the saying
when the value dates it. The quote stays the archive's exact words (a part of the sentence); the statement is
the same words as a plain sentence: capitalised, ended with a full stop, a leading "and" or "but" dropped,
and a leading "It", "He" or "She" replaced by the subject's name.

When unsure where the clause ends, the whole sentence is kept: a clause of fewer than four words, or with no
verb, one that opens with "that", "which" or "who" (its subject is outside it), or one that opens or closes a
quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.drafting.propose import Proposal
from claimtrack.text.clauses import clause_bounds
from claimtrack.text.reported_speech import attributions

LONG_SENTENCE = 160
"""Characters from which a sentence of one value is cut to the value's clause too."""
_LEADING = re.compile(r"(?:(?P<joined>and|or)\s+|(?:but|while|whereas|yet|so)\s+|[,;:—–-]\s*)+", re.IGNORECASE)
_DEPENDENT = re.compile(
    r"(?:that|which|who|whom|whose|where|when|because|if|although|though|as|since|after|before|until|unless"
    r"|while|whereas|how|why|what|whether|once|like)\b|(?:in|on|at|for|to|of|with|by|from|into|over|under)\s",
    re.IGNORECASE,
)
"""A clause that hangs on words outside it: a subordinate or relative clause, a prepositional phrase."""
_ENDS_OPEN = re.compile(
    r"\b(?:a|an|the|of|for|to|in|on|at|by|with|from|and|or|but|that|which|who|up|out|off|said|says|found|finds"
    r"|showed|shows|suggested|suggests|revealed|reveals|believes|believed|announced|reported|told|reports?|claims?"
    r"|news|fears?|hopes?|word|evidence|signs?|rumou?rs?|warnings?|concerns?|belief|view|fact|idea)$",
    re.IGNORECASE,
)
"""A last word that leaves the clause open: its object or its reported words follow it ("was greenlit in 2016,
with reports" that …)."""
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|did|does|do|said|says"
    r"|told|rose|fell|grew|won|lost|made|paid|took|gave|got|met|ran|spent|bought|sold|built|kept|brought|sent|began"
    r"|became|left|saw|hit|cut|set|put|led|held|came|went|stood|drew|fought|found|reached"
    r"|(?!(?:speed|need|seed|feed|breed|greed|deed|hundred|red|bed|shed|bred)\b)[a-z]{2,}ed)\b"
)
_MARK = re.compile(r"[,;:—–]")
_NEXT_WORD = re.compile(r"[\s,—–-]*(\w+)")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_PRONOUN = re.compile(r"(?:[Ii]t|[Hh]e|[Ss]he)(?=\s+[a-z])")


@dataclass(frozen=True)
class Evidence:
    """A draft's quote (exact words of its sentence) and statement."""

    quote: str
    statement: str


def value_evidence(sentence: str, start: int, end: int, *, values: int, subject: str | None = None) -> Evidence:
    """The quote and statement for the value written from ``start`` to ``end`` of ``sentence``, which gives
    ``values`` values; ``subject`` is the name a leading pronoun of the clause stands for."""
    if values < 2 and len(sentence) < LONG_SENTENCE:
        return Evidence(sentence, sentence)
    span = _clause(sentence, start, end)
    if span is None:
        return Evidence(sentence, sentence)
    quote = sentence[span[0] : span[1]]
    return Evidence(quote, _statement(quote, subject))


def _clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the value's clause lies in the sentence, when it can be told with confidence."""
    left, right = clause_bounds(sentence, start)
    if end > right:
        return None  # a value across the clause's edge
    for attribution in attributions(sentence):
        frame_start, frame_end = attribution.frame
        if attribution.cue == "quotation marks":
            continue
        if frame_start <= start and end <= frame_end and frame_start > left:
            left, right = frame_start, min(right, frame_end)  # the saying's own day: "…, the council said on Monday"
        elif attribution.holds(start) and end <= frame_start < right and frame_start > start:
            right = frame_start  # what was said, without who said it after it
    if left == 0 and _DEPENDENT.match(sentence.lstrip('"“‘(')):
        return None  # "While the lineup is light (only three games), Early says…"
    following = _NEXT_WORD.match(sentence, right)
    if following is not None and following.group(1).lower() in ("and", "or") and right < len(sentence):
        after = sentence[right : clause_bounds(sentence, following.end(1) + 1)[1]]
        if not _VERB.search(" ".join(after.split()[1:])):
            return None  # "one with a 2.6GHz processor, a 2.3GHz model, and a 2.4GHz one": a list, one clause
    if following is not None and following.group(1).lower() in ("how", "why", "what", "whether"):
        return None  # "spent 45 seconds explaining how…": the clause goes on
    trimmed = _LEADING.match(sentence, left)
    if trimmed is not None and trimmed.group("joined") and left > 0:
        opening = clause_bounds(sentence, left - 1)[0]
        before = sentence[max([opening, *(m.end() for m in _MARK.finditer(sentence, opening, left - 2))]) : left]
        if not _VERB.search(before) or re.match(r"[$€£\d]", sentence[trimmed.end() :]):
            return None  # "both Hemsworth and Pine were said", "X, Y, and the two novels remained", "or $2.53 a share"
    if trimmed is not None:
        left = trimmed.end()
    while right > left and sentence[right - 1] in " ,;:—–-":
        right -= 1
    piece = sentence[left:right]
    if (left, right) == (0, len(sentence)) or not left <= start < end <= right:
        return None
    if any(piece.count(a) != piece.count(b) for a, b in ("()", "[]")):
        return None  # a bracket opened or closed outside the clause
    if len(piece.split()) < 4 or _DEPENDENT.match(piece) or not _VERB.search(piece) or _ENDS_OPEN.search(piece):
        return None
    if re.match(r"\s*,?\s*(?:that|which)\s", sentence[right:]):
        rest = sentence[right:]
        clause_after = rest[: clause_bounds(sentence, right + len(rest) - len(rest.lstrip(" ,")) + 1)[1] - right]
        if not _VERB.search(" ".join(clause_after.split()[1:])):
            return None  # "backed up that assessment": "that" was no clause's
    verb = _VERB.search(piece)
    before_verb = "" if verb is None else piece[: verb.start()]
    if not before_verb.strip():
        return None  # "flopped at the box office": the clause's subject is before it
    if "," in before_verb and not re.match(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*, \d{1,3},", piece):
        return None  # "$2.53 per diluted share, as revenue rose": no subject of its own
    if _QUOTE_MARKS.search(sentence):
        return None  # somebody's words: the quotation and who said it go together
    return left, right


def _statement(quote: str, subject: str | None) -> str:
    """The quote as a plain sentence."""
    text = quote.strip()
    pronoun = _PRONOUN.match(text)
    if subject and pronoun is not None:
        text = subject + text[pronoun.end() :]  # "it will reopen in May": the bridge will
    first = text.split()[0]
    if first.islower():  # not "iPhone", "eBay"
        text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else f"{text}."


def evidences(sentence: str, proposals: list[Proposal]) -> list[Evidence]:
    """The quote and statement of each proposal of the sentence (in the order given). A value is found by its
    words, the n-th proposal of the same words at their n-th place; when the sentence writes them another number
    of times than they were read, the whole sentence is kept."""
    places: dict[str, list[int]] = {}
    for proposal in proposals:
        words = proposal.value_text
        if words not in places:
            places[words] = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(words)}(?!\w)", sentence)]
    seen: dict[str, int] = {}
    found: list[Evidence] = []
    for proposal in proposals:
        words = proposal.value_text
        count = sum(p.value_text == words for p in proposals)
        index = seen[words] = seen.get(words, -1) + 1
        if len(places[words]) != count:
            found.append(Evidence(sentence, sentence))
            continue
        start = places[words][index]
        subject = None if proposal.new_entity is None else proposal.new_entity.label
        found.append(value_evidence(sentence, start, start + len(words), values=len(proposals), subject=subject))
    return found
