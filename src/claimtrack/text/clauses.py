"""A sentence's clauses, and how each puts what it says: done, planned, forecast, reported, or denied.

A sentence is cut into clauses at semicolons, at a comma or dash before a
conjunction ("…, and it will…", "…, but…", "…, while…", not "…, while
lowering"), before "that", "which", "who", "where", "why" and "whether"
("signed a deal on Tuesday that will reopen the link": the signing is done,
the reopening planned; ", many of whom would"), before a subordinating
conjunction ("because", "when", "if", "although"; "after", "before", "since",
"as" and "and" when a subject and its verb follow them, "after being"),
before a negated infinitive ("its decision to no longer fund"), around an age
set off by commas ("Jo Lind, 55, could face"), after a phrase that sets the
scene ("At 4-7, the team would not…", "Among those aged 18 to 25, …"; not a
time: "In May, the bridge did not open" denies May), around the whole a part
is taken of ("a third of its 12,000 staff will go"), before a past figure
compared ("…, down from 4 percent", "from an original estimate of 660,000")
and where reported speech begins or ends (``reported_speech``). In a clause, cue words decide, the strongest first:
a negation makes a denial ("won't play on Friday" too), words of intent or
schedule a plan ("will", "plans to", "hopes to"), words of likelihood or
expectation a forecast ("could", "is expected to"). Then
attribution: a clause inside somebody's words ("the port bought 12 boats,
the minister said", "according to …", a quotation) is reported, while the
saying itself ("the minister said on Tuesday") is stated. A clause with no
cue, outside reported words, asserts.

The cues read as a reader reads them: "its will" is a noun; "did not know",
"didn't see", "has not disclosed", "has not yet" and "no longer than" deny
no value ("don't expect … until 2021" still forecasts); "was going to" is
the past; "will let you", "will charge you" tell a policy, no plan; "may have perished" is the past, uncertain, not a forecast;
"will" after "predicted that", "worry that" or "the report claims" is
somebody's forecast, and "would" is a plan only as the past of a reported
"will" ("he said it would open in May"), elsewhere a forecast ("the line
would cost $3 billion").

Also: "'ll" is "will" (not "you'll", which tells any reader how things are), "should" forecasts ("should
have" is the past), "with a goal of" plans, "would have" is the past; a clause ends at a colon, before "how"
and "until", at the comma closing an opening "While …" or "Although …" and after "as" with a named subject; a
condition with no cue of its own takes the forecast of what follows it ("if it gets to 100 games, that will
be…"); an amount a possessive owns ("the state's $2 billion") and a phrase opening with "Given" take no cue;
a negation does not deny when a negated state began or ended ("hadn't spoken since 2006"; "won't open until
May" plans May) nor the day of an event it speaks about ("did not come to him about the July 25 call").

A sentence a quotation holds ends its clause ("…three ferries. We expect…"); "and", a new subject and a verb of
plan or saying open one ("reached 1.64 GW and Seoul plans to install"); "wants to", somebody's "expects … to" and
what a plan "includes" or "calls for" plan or forecast, from the plan's name on; the level a change starts from
("from around 20% now to 24%") is what there is.

Dates use the same reading: a weekday or a bare month in a planned or
forecast clause lies ahead of the publication, not behind it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from claimtrack.model.claims import Modality
from claimtrack.text.reported_speech import Attribution, asides_of, attributions

_CUT = re.compile(
    r"(?<=[a-z]{3}[.!?])[\"”’]?\s+(?=[\"“]?[A-Z])|[;:]\s+|;|[,–—]\s+(?=(?:and|but|while(?!\s+\w+ing\b)|whereas|although|though|which|who|whom|whose|where|yet|or|otherwise)\b)"
    r"|[,–—]\s+(?=(?:many|most|some|all|none|each|both|several|one|two|three|four|five|[\d,.]+)\s+of\s+(?:whom|which)\b)"
    r"|\s+(?=(?:but|whereas|that|that[’']s|which|who|whom|whose|where|why|how|whether|because|when|if|unless"
    r"|although)\s)"
    r"|\s+(?=(?:after|before|since)\s+(?:being\b|having\b|(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|has|have|had|did"
    r"|will|would|can|could)\b))"
    r"|(?<!such)(?<!well)(?<!many)(?<!much)(?<!same)\s+(?=as\s+(?:the|a|an|it|they|he|she|we|its|their|his|her|this"
    r"|these|those|(?-i:[A-Z])[\w'’-]+)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|has|have|had|did|will|would|can|could)\b)"
    r"|\s+(?=(?:to\s+(?:no\s+longer|not|never)|not\s+to)\s)"
    r"|,\s+(?=(?:may|might|could|would|will|can|should|must)\s)|[,–—]\s+(?=(?:down|up)\s+(?:from|on)\s)|\s+(?=(?:compared\s+(?:with|to)|from\s+(?:an?|the|its)\s+(?:original"
    r"|earlier|previous|initial|prior)|down\s+from\s+(?:previous|prior|earlier))\s)"
    r"|(?<!\d)\s+(?=and\s+(?:[\w'’-]+\s+){1,3}?(?:was|were|is|are|has|have|had|will|would|could|may|might|plans?"
    r"|expects?|wants?|aims?|hopes?|intends?|says|said)\s)",
    re.IGNORECASE,
)
_NOUN_PHRASE_PLAN = re.compile(
    r"\b(?i:a|an|the|its|their|his|her|of)\s+(?:scheduled|planned|upcoming|proposed)\s+[^,;]*?(?=\s+(?:of|on|for|in|at"
    r"|to|with|by|will|would|is|are|was|were|has|have|had)\s|[,;]|$)"
)
"""A plan an adjective makes of one noun phrase ("cancelling a scheduled Dec. 15 imposition of tariffs on $156
billion"): the plan is the imposition's date, not what follows."""
_PLAN_CONTENT = re.compile(
    r"\b(?:plan|roadmap|strategy|blueprint)s?\s+(?:includes?|calls?\s+for|envisages?|envisions?|sets?\s+out|foresees?)\b",
    re.IGNORECASE,
)
"""What a plan holds is planned from the plan's name on ("the roadmap includes a cut to $0.10 by 2030"); what the
clause says before it ("Sixteen priorities identified in the roadmap") is not."""
_LOOK_BACK = re.compile(
    r"\b(?:first|only|largest|biggest|highest|lowest|best|worst|most|least|longest|shortest|fastest|strongest"
    r"|weakest|deepest|hottest|coldest|wettest|driest|busiest)\b[^,;.]{0,50}?(?=\s(?:in|for|since|over)\s+(?:the\s+"
    r"(?:past|last)\s+)?(?:(?:nearly|almost|about|around|roughly|some|more than|over|at least)\s+)?"
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a decade|decades))"
)
"""A superlative's span looks back ("together for the first time in 25 years", "the largest sale for nine
years"): what the clause plans, the span does not."""
_WHOLE_SET = re.compile(
    r"\b(?:half|most|many|some|all|none|each|several|any|an?\s+(?:third|quarter|fifth)|[a-z]+\s+(?:thirds|quarters)"
    r"|\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:(?:the\s+)?\S+[’']s|the|its|their|his|her|our)\s+"
    r"(\d[\d,.]*)(?=\s)",
    re.IGNORECASE,
)
"""The whole a part is taken of ("More than a third of the firm's 12,000 employees will lose their jobs", "five
of the 10 candidates will serve"): a count of what is, whatever the clause says of the part."""
_SCENE = re.compile(
    r"^[\"“]?(?:(?:But|And|So|Yet)\s+)?(?:[Aa]t(?!\s+(?:least|most|the|a|an|first|last)\b)|[Aa]mong|[Ww]ith|[Oo]f|[Gg]iven)\s[^,;]*"
    r"(?:,\s+(?:including|excluding|such as|mostly|notably|plus)\s[^,;]*)*(?=,)"
)
"""A phrase that sets the scene before the clause's subject ("At 4-7, including 2-6 at home, the team would
probably not make the playoffs", "Among those aged 18 to 25, the rates didn't change"): its values keep
their own modality, whatever the clause's verb says."""
_FROM_LEVEL = re.compile(
    r"\bfrom\s+((?:(?:around|about|roughly|nearly|some|approximately)\s+)?[$€£]?(?!(?:1[89]|20)\d\d\b)\d[\d,.]*"
    r"(?:\s*(?:%|percent|per\s+cent))?)(?:[/\w]*)(?:\s+(?:now|today|currently|at\s+present))?\s+to\s+"
    r"(?:(?:around|about|roughly|nearly|some|approximately)\s+)?[$€£]?\d",
    re.IGNORECASE,
)
"""The level a change starts from ("raise efficiency from around 20% now to 24% by 2030"): what there is, whatever
the clause plans or forecasts of the change."""
_AGE = re.compile(r"(?<=[\w.]),\s+\d{1,3},")
_POSSESSED = re.compile(
    r"(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwhat)(?<!\bhe)(?<!\bshe)(?<!\bwho)(?<!\bhere)(?<=\w)[’']s\s+"
    r"((?:[$€£]\s?)?\d[\d,.]*(?:\s+(?:million|billion|trillion))?)(?=\s)",
    re.IGNORECASE,
)
"""An amount a possessive owns ("the state's $2 billion in cash reserves", "Jupiter's 79 moons") is what there
is, whatever the clause's verb says of it."""
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PRESUPPOSED = re.compile(
    rf"\b(?:about|regarding|concerning|over|following|after|before|since)\s+(?:the|that|its|their|his|her)\s+"
    rf"({_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?=\s+[a-z]{{3,}})|\b((?:since|until|till)\s[^,;:]*)",
    re.IGNORECASE,
)
"""What a negation does not deny: a day that names an event ("did not come to him about the July 25 call"), and
when a negated state began or ended ("hadn't spoken since his death in 2006", "did not discover it until 1991")."""
_CONDITION = re.compile(r"[\s\"“,(\[]*(?:if|unless)\s", re.IGNORECASE)
_OPENING_CLAUSE = re.compile(r"^[\"“]?(?:While|Although|Though|Even though|Whereas)\s[^,;]*(?=,)")
"""A subordinate clause that opens the sentence ends at its first comma ("While the plan gives 60 frames a
second, most titles will cost the same"): the main clause's cue does not reach back into it."""
"""An age set off by commas after a name ("Jo Lind, 55, could face"): it describes the person now, whatever
the clause's verb says of them."""
_DENIED = re.compile(
    r"\b(?:did not|didn[’']t|does not|doesn[’']t|do not|don[’']t|has not|hasn[’']t|have not|haven[’']t"
    r"|had not|hadn[’']t|was not|wasn[’']t|were not|weren[’']t|is not|isn[’']t|are not|aren[’']t|never|denied"
    r"|denies|deny|rejected (?:reports|claims)|no longer(?!\s+than)|not to|will not|won[’']t|would not|wouldn[’']t"
    r"|cannot|can[’']t|could not|couldn[’']t|should not|shouldn[’']t|must not|mustn[’']t)\b",
    re.IGNORECASE,
)
_FUTURE_DENIAL = re.compile(r"will not|won[’']t", re.IGNORECASE)
_NOT_A_DENIAL = re.compile(
    r"\s+(?:yet\b|(?:know|knew|see|saw|seen|think|thought|believe|remember|recall|want|understand|expect|say|said"
    r"|disclose|reveal|specify|specified|comment|elaborate|respond|explain|mention|reali[sz]e|notice|discover|learn)\w*\b)",
    re.IGNORECASE,
)
"""After a negation: a value that is still to come ("has not yet"), or one the negated knowing or seeing
does not touch ("didn't know … before Tuesday's event")."""
_PLANNED = re.compile(
    r"\b(?:will|(?<=\w)(?<![Yy]ou)[’']ll|with (?:a|the|its|their) (?:goal|aim|target) of|shall|plans? to|planned|planning to|intends? to|intention to|hopes? to|hoping to|wants to|scheduled|set to|(?:is|are) (?:set|slated|due) (?:for|on|in)|slated to|is to|are to|aims? to|going to|to be held|would|upcoming|(?:roadmap|strategy|blueprint) to|(?:plan|roadmap|strategy|blueprint)s?\s+(?:includes?|calls?\s+for|envisages?|envisions?|sets?\s+out|foresees?))\b",
    re.IGNORECASE,
)
_HABIT = re.compile(r"\s+(?:\w+\s+)?(?:let|allow|give|charge|pay|refund|send|cost|offer|get)\s+you\b", re.IGNORECASE)
"""After "will": what a firm or a rule does for anyone, any time ("will let you go $50 into the red", "will
charge you $35"), a habit or a policy, not a plan."""
_WILL_AS_NOUN = {"its", "his", "her", "their", "our", "my", "your", "the", "own", "free", "good", "ill", "a"}
_PREDICTED = re.compile(
    r"\b(?:(?:is|are|was|were)(?:\s+\w+ly)?\s+expected(?:\s+to)?|is likely to|are likely to|likely|(?:is|are) possible|could|may|might|should"
    r"|(?<!updated )(?<!weather )(?<!the )(?<!its )(?<!latest )(?<!on )(?<!of )forecasts?|predicts?|projected|estimates? that"
    r"|[Ee]xpects?\s+(?:[\w'’-]+\s+){1,4}?to|[Ll]ooking ahead|(?<!previous )(?<!prior )(?<!earlier )(?:outlook|guidance))\b"
)
_PAST_UNCERTAIN = re.compile(r"\s+(?:not\s+)?(?:have|seem|seems|appear|sound|look)\b")
"""After "may", "might", "could": the past, held uncertain ("may have perished"), or how a thing looks now
("might seem unusual"), not a forecast."""
_ABILITY = re.compile(r"\s+(?:only|barely|hardly|scarcely)\b")
"""After "could": what someone was able to do ("could only manage two steps"), not a forecast."""
_BELIEF = re.compile(
    r"\b(?:predict(?:s|ed)?|forecasts?|project(?:s|ed)?|expects?|expected that|assumes?|assumed|assume that|worr(?:y|ies|ied)"
    r"|fears?|feared|believes?|believed|thinks?|thought|hopes?|hoped|claims?|claimed|estimates?|estimated|doubts?)\b",
    re.IGNORECASE,
)
"""Words of somebody's expectation: a "will" after them is a forecast, not a plan."""


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    modality: Modality
    cue: str | None
    """The words that decided the modality; None for an assertion."""
    said_by: tuple[int, int] | None = None
    """Where the sentence names whose words the clause gives ("the interior minister"), whatever its
    modality; None when they are the page's own or the speaker is not named."""
    reported_by: str | None = None
    """The cue that gives the clause as somebody's words ("said", "according to"), whatever its own cue: what
    puts a value the cue cannot reach (a date before the publication in a clause that plans)."""


class Clauses:
    """The clauses of one sentence, to ask the modality at any place in it (in logarithmic time)."""

    def __init__(self, sentence: str) -> None:
        speech = attributions(sentence)
        # Cues reach to the edges of their clause; what is reported changes also at an aside or a quotation.
        clause_edges = {0, len(sentence)}
        for cut in _CUT.finditer(sentence):
            clause_edges |= {cut.start(), cut.end()}
        clause_edges |= {match.start() for match in _PLAN_CONTENT.finditer(sentence)}
        for pattern in (_NOUN_PHRASE_PLAN, _LOOK_BACK, _SCENE, _OPENING_CLAUSE):
            clause_edges |= {edge for match in pattern.finditer(sentence) for edge in (match.start(), match.end())}
        clause_edges |= {end for start, end in asides_of(sentence) if sentence[start] == ","}
        clause_edges |= {edge for attribution in speech for edge in attribution.frame}
        report_edges = {edge for attribution in speech for span in attribution.content for edge in span}
        # What only describes (an age, the whole a part is taken of) takes no cue; the clause around it keeps its own.
        described = {m.span() for m in _AGE.finditer(sentence)} | {m.span(1) for m in _WHOLE_SET.finditer(sentence)}
        described |= {m.span(1) for m in _POSSESSED.finditer(sentence)}
        described |= {m.span(1) for m in _FROM_LEVEL.finditer(sentence)}
        presupposed = [m.span(1) if m[1] else m.span(2) for m in _PRESUPPOSED.finditer(sentence)]
        described_edges = {edge for span in [*described, *presupposed] for edge in span}
        ordered, by_clause = sorted(clause_edges | report_edges | described_edges), sorted(clause_edges)
        pieces = list(pairwise(ordered)) or [(0, 0)]
        owners = _owners([start for start, _ in pieces], speech)
        context = _Context.of(sentence, speech)
        cues = {bounds: _own_cue(context, *bounds) for bounds in pairwise(by_clause)}
        _conditions(sentence, cues)
        self.clauses: list[Clause] = []
        for (start, end), reported in zip(pieces, owners, strict=True):
            at = min(bisect_right(by_clause, start) - 1, len(by_clause) - 2)
            bounds = (by_clause[at], by_clause[at + 1]) if len(by_clause) > 1 else (0, 0)
            cue = None if any(a <= start and end <= b for a, b in described) else cues.get(bounds)
            if cue is not None and cue[0] is Modality.DENIED and any(a <= start and end <= b for a, b in presupposed):
                # "did not come to him about the July 25 call": the call took place; "won't open until May": it will
                cue = (Modality.PLANNED, cue[1]) if _FUTURE_DENIAL.fullmatch(cue[1]) else None
            self.clauses.append(_clause(start, end, cue, reported))
        self._starts = [clause.start for clause in self.clauses]
        self.sentence = sentence

    def at(self, position: int) -> Clause:
        """The clause holding ``position`` (a character of the sentence)."""
        return self.clauses[max(0, bisect_right(self._starts, position) - 1)]


def _owners(starts: list[int], speech: list[Attribution]) -> list[Attribution | None]:
    """For each piece (by its start), the first attribution whose content holds it. Every content edge is a
    piece edge, so a span covers whole pieces; each piece is given once (a skip list of the pieces left)."""
    owners: list[Attribution | None] = [None] * len(starts)
    following = list(range(len(starts) + 1))

    def free(index: int) -> int:
        while following[index] != index:
            following[index] = following[following[index]]
            index = following[index]
        return index

    for attribution in speech:
        for span_start, span_end in attribution.content:
            index = free(bisect_left(starts, span_start))
            while index < len(starts) and starts[index] < span_end:
                owners[index] = attribution
                following[index] = index + 1
                index = free(index + 1)
    return owners


@dataclass(frozen=True)
class _Context:
    """What the cues of every clause ask of the whole sentence, found once."""

    sentence: str
    belief_at: int
    """Where the first word of expectation stands (past the end when none does)."""
    first_frame_end: int
    """Where the first saying ends (past the end when none does): a "would" after it is a reported "will"."""

    @classmethod
    def of(cls, sentence: str, speech: list[Attribution]) -> _Context:
        belief = _BELIEF.search(sentence)
        frames = [a.frame[1] for a in speech if a.cue != "quotation marks"]
        beyond = len(sentence) + 1
        return cls(sentence, beyond if belief is None else belief.start(), min(frames, default=beyond))


def _conditions(sentence: str, cues: dict[tuple[int, int], tuple[Modality, str] | None]) -> None:
    """A condition with no cue of its own ("if it gets to 100 games, that will be…") is put as what is said to
    follow it, when that plans or forecasts: a forecast."""
    ordered = [bounds for bounds in sorted(cues) if sentence[bounds[0] : bounds[1]].strip()]
    for bounds, following in pairwise(ordered):
        then = cues[following]
        if cues[bounds] is None and _CONDITION.match(sentence, bounds[0]) and then is not None and then[0] in _AHEAD:
            cues[bounds] = (Modality.PREDICTED, f"if … {then[1]}")


_AHEAD = (Modality.PLANNED, Modality.PREDICTED)


def _clause(start: int, end: int, own: tuple[Modality, str] | None, reported: Attribution | None) -> Clause:
    """The piece from ``start`` to ``end``: its clause's own cue, else whether it is somebody's words."""
    said_by = None if reported is None else reported.speaker
    reported_by = None if reported is None else reported.cue
    if own is not None:
        return Clause(start, end, own[0], own[1], said_by, reported_by)
    if reported is not None:
        return Clause(start, end, Modality.REPORTED, reported.cue, said_by, reported_by)
    return Clause(start, end, Modality.ASSERTED, None)


def _own_cue(context: _Context, start: int, end: int) -> tuple[Modality, str] | None:
    """The clause's own cue, the strongest first, read as a reader reads it."""
    sentence = context.sentence
    for match in _DENIED.finditer(sentence, start, end):
        if match.group()[0].isupper() and re.search(r"[a-z][\s\"“‘']*$", sentence[: match.start()]):
            continue  # a name's word: "the “Never Trumpers”"
        after = _NOT_A_DENIAL.match(sentence, match.end())
        if after is None:
            return Modality.DENIED, match.group()
        if after.group().strip().lower().startswith("expect"):
            return Modality.PREDICTED, f"{match.group()}{after.group()}"
    for match in _PLANNED.finditer(sentence, start, end):
        word = "will" if match.group()[1:] == "ll" else match.group().lower()  # "there'll be", "they’ll have"
        before = sentence[: match.start()].split()
        if word == "will" and before and before[-1].lower() in _WILL_AS_NOUN:
            continue  # "to impose its will"
        if word == "will" and _HABIT.match(sentence, match.end()):
            continue  # "the banks will let you go $50 into the red": a policy, as it is now
        if word == "would" and re.match(r"\s+have\b", sentence[match.end() :]):
            continue  # "he would have objected": the past, had things been otherwise, no plan
        if word == "would" and re.match(
            r"\s+(?:eventually|later|soon|ultimately|go\s+on\s+to)\b", sentence[match.end() :]
        ):
            continue  # "a path that would eventually lead there a decade later": the past's future, told as done
        if word == "going to" and before and before[-1].lower() in ("was", "were"):
            continue  # "I felt I was going to faint": the past, no plan
        if word in ("will", "would", "won't", "won’t"):
            hedged = re.match(r"\s+(?:likely|probably)\b", sentence[match.end() :])
            if hedged is not None:
                return Modality.PREDICTED, f"{match.group()}{hedged.group()}"
            if context.belief_at < match.start():
                belief = _BELIEF.match(sentence, context.belief_at)
                assert belief is not None
                return Modality.PREDICTED, f"{belief.group()} … {match.group()}"
            if word == "would" and context.first_frame_end > match.start():
                return Modality.PREDICTED, match.group()  # a condition, not a reported plan
        return Modality.PLANNED, match.group()
    for match in _PREDICTED.finditer(sentence, start, end):
        if match.group() in ("may", "might", "could", "should") and _PAST_UNCERTAIN.match(sentence, match.end()):
            continue
        if match.group() == "could" and _ABILITY.match(sentence, match.end()):
            continue
        return Modality.PREDICTED, match.group()
    return None


def looks_ahead(clause: Clause) -> bool:
    """The clause plans or forecasts, or denies what will be ("won't play Friday"): its weekdays and bare
    months lie after the publication."""
    if clause.modality is Modality.DENIED:
        return clause.cue is not None and _FUTURE_DENIAL.fullmatch(clause.cue) is not None
    return clause.modality in (Modality.PLANNED, Modality.PREDICTED)


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The clause holding ``position`` as the conjunctions and punctuation cut it (without the finer cuts of
    cues' reach): where an absolute word ("for the first time", "never") speaks of the same relation."""
    start, end = 0, len(sentence)
    for cut in _CUT.finditer(sentence):
        if cut.end() <= position:
            start = cut.end()
        elif cut.start() > position:
            end = cut.start()
            break
    return start, end
