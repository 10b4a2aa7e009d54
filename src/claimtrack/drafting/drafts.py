"""Drafts for a source: proposals for the checkable sentences no claim quotes yet, laid out as claim files.

A complete proposal becomes a claim file for ``claims/drafts/``: validated
with the models, laid out as ``fmt`` does, with the value's clause as its
quote and statement when the sentence says more (``evidence_spans``), else the
sentence, status ``unreviewed``, and comments saying where it came from
and what was guessed. A draft whose subject or property the vocabulary lacks
says so with the ``claimtrack entity add`` and ``property add`` lines that add
them; ``--write`` adds them (entities to ``vocabulary/entities/drafted.yaml``,
for a person to review with the drafts). An incomplete proposal (nothing
named, a number that counts no noun) is listed as comments.

Sentences are read in order, each passing its subject to the next: "It" and
"The treaty" take the subject of the sentence before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from claimtrack.authoring.draft_comments import needs_line, without_stale_lines
from claimtrack.authoring.new_files import (
    AuthoringError,
    UnknownIdError,
    _validated,
    _write_new,
    _yaml_text,
    confine,
    slug,
)
from claimtrack.authoring.vocabulary_remove import DRAFTED
from claimtrack.drafting.candidates import EntityCandidate, PropertyCandidate, names_inside, source_kinds
from claimtrack.drafting.citations import Citation, KnownClaims, value_key
from claimtrack.drafting.evidence_spans import Evidence, evidences
from claimtrack.drafting.identical_texts import quoted_in_twins
from claimtrack.drafting.kept_subjects import kept_subjects
from claimtrack.drafting.propose import Proposal, Vocabulary, next_context, propose
from claimtrack.drafting.subjects import Context, Subject
from claimtrack.engine.coverage import SourceCoverage, measure_coverage
from claimtrack.model.claims import ClaimType
from claimtrack.model.partial_dates import PartialDate
from claimtrack.repository.discover import DRAFTS_DIR, FileKind, is_draft
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace
from claimtrack.text.date_reader import publication_day, publication_year
from claimtrack.text.periods import Keeper, fiscal_keeper
from claimtrack.text.quotes import normalise_text, occurrences
from claimtrack.text.schedule_lines import listed_years
from claimtrack.text.sentences import Sentence, spans_in_normal_form, split_sentences
from claimtrack.text.sports import sport_of
from claimtrack.text.story_day import told_day
from claimtrack.text.story_times import story_times
from claimtrack.text.story_years import StoryTime


@dataclass(frozen=True)
class Draft:
    """A proposal for one sentence, and the claim file it becomes when it is complete."""

    line: int
    sentence: str
    proposal: Proposal
    path: str | None = None
    """claims/drafts/<id>.yaml, for a complete proposal."""
    text: str | None = None
    """The claim file's text, for a complete proposal."""
    evidence: Evidence | None = None
    """The quote and statement the claim file gives (the value's clause, or the sentence)."""


@dataclass
class SourceDrafts:
    source: str
    coverage: SourceCoverage
    """What `coverage` says of the source: the sentences drafted from are those it counts as not quoted."""
    drafts: list[Draft] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    """Sentences stating what a claim already says: evidence to add with `claimtrack cite`, not new claims."""
    too_long: list[tuple[int, int]] = field(default_factory=list)
    """The line and length of each uncovered sentence longer than ``MAX_SENTENCE_CHARS``, left unread."""

    def nothing_to_draft(self) -> str:
        """What `draft` says when it proposes nothing, in the words of `coverage`: '3/4 checkable sentences
        quoted (75.0%): nothing to draft in the 1 not quoted ...'."""
        left = len(self.coverage.uncovered)
        them = "it" if left == 1 else "them"
        why = f" in the {left} not quoted ('claimtrack coverage' lists {them})" if left else ""
        return f"{self.source}: {self.coverage.summary()}: nothing to draft{why}"


MAX_SENTENCE_CHARS = 4000
"""The longest sentence drafted from. Every draft quotes its whole sentence, so one "sentence" of 100 KB (a table
or a list run together, or a hostile text) holding thousands of values would give thousands of drafts each 100 KB
long: time and output growing as the square of the text. The longest of the 7,122 sentences of the 164 real news
pages in ../shared/realnews runs to 611 characters."""


def vocabulary_of(workspace: Workspace) -> Vocabulary:
    return Vocabulary.of(
        [p.model for p in workspace.properties.values()],
        [e.model for e in workspace.entities.values()],
        [c.model for c in workspace.claims.values() if not is_draft(c.path)],
    )


def _value_words(proposal: Proposal) -> str:
    if proposal.claim_type is ClaimType.EVENT:
        return str(proposal.value)
    bound, number = next((k, v) for k, v in proposal.value.items() if k != "unit")
    return f"{'' if bound == 'exactly' else bound} {number}"


def claim_data(
    proposal: Proposal, claim_id: str, sentence: str, source: str, evidence: Evidence | None = None
) -> dict[str, Any]:
    """The draft's fields; its statement and quote the value's clause (``evidence``), else the sentence."""
    quote, statement = (sentence, sentence) if evidence is None else (evidence.quote, evidence.statement)
    return {
        "id": claim_id,
        "type": proposal.claim_type.value,
        "statement": statement,
        "subject": proposal.subject,
        "property": proposal.property_id,
        "value": proposal.value,
        "modality": proposal.modality.value,
        **({} if proposal.said_by is None else {"said": {"by": proposal.said_by}}),
        "status": "unreviewed",
        "evidence": [{"source": source, "stance": "supports", "quote": quote}],
    }


def _file_text(data: dict[str, Any], relative: PurePosixPath, comments: list[str]) -> str:
    text = _yaml_text(data, relative, FileKind.CLAIM)
    schema, _, body = text.partition("\n")
    return "\n".join([schema, *(f"# {c}" for c in comments), body])


def draft_source(workspace: Workspace, source_id: str, vocabulary: Vocabulary | None = None) -> SourceDrafts:
    """Drafts for every checkable sentence of the source that no claim (nor draft) quotes yet."""
    item = workspace.sources.get(source_id)
    if item is None:
        raise UnknownIdError(f"unknown source '{source_id}'{close_match(source_id, workspace.sources)}")
    coverage = next((c for c in measure_coverage(workspace, only=source_id) if c.source == source_id), None)
    if coverage is None:
        raise AuthoringError(f"source {source_id} has no archived text to draft from")
    vocabulary = vocabulary or vocabulary_of(workspace)
    taken = set(workspace.claims) | set(workspace.claim_stems)
    result = SourceDrafts(source_id, coverage)
    uncovered = {sentence.start for sentence in coverage.uncovered}
    text = workspace.archived_text(source_id) or ""
    reading, normal = _SourceReading(text, item.model.published), normalise_text(text)
    known = KnownClaims((c.model for c in workspace.claims.values() if not is_draft(c.path)), source_id)
    in_twins = quoted_in_twins(workspace, source_id, reading.sentences)  # read already, in a source of the same text
    kept = kept_subjects(workspace, source_id, reading.sentences, normal, vocabulary)
    for sentence, when, context in reading.each(vocabulary, kept):
        if sentence.start in uncovered and len(sentence.text) > MAX_SENTENCE_CHARS:
            result.too_long.append((sentence.line, len(sentence.text)))
        elif sentence.start in uncovered:
            quoted = [*known.quoted_in(sentence.text), *in_twins.get(sentence.start, [])]
            dismissed = coverage.dismissed_values.get(sentence.start, [])
            proposals = [
                p for p in _proposals(sentence.text, vocabulary, when, context) if not _dismissed(p, dismissed)
            ]
            _read(proposals, sentence.text, sentence.line, source_id, known, quoted, result, taken, normal)
    return result


_When = tuple[dt.date | None, int | None, Keeper | None, int | None, StoryTime | None, dt.date | None]
"""What dates a sentence: the publication's day and year, whose fiscal years, a schedule line's year, the
story's last told date (``story_times``), the day the story tells from (``story_day``)."""


class _SourceReading:
    """A source's sentences read in order, each with what dates it and the context the sentences before give."""

    def __init__(self, text: str, published: PartialDate | None) -> None:
        # A publication known only to the month or year is no day to count "last week" from, but gives "in May"
        # a year.
        self.day, self.year = publication_day(published), publication_year(published)
        self.sentences, self.keeper = split_sentences(text), fiscal_keeper(text)
        self.texts = [s.text for s in self.sentences]
        self.names = names_inside(self.texts)

    def each(
        self, vocabulary: Vocabulary, kept: Mapping[int, Subject] | None = None
    ) -> Iterator[tuple[Sentence, _When, Context]]:
        """Each sentence, what dates it and its context; a sentence a claim quotes passes on the subject ``kept``
        gives it (``kept_subjects``), not the one reading it again gives."""
        names, texts, day = self.names, self.texts, self.day
        context = Context(elsewhere=names, sport=sport_of([" ".join(sorted(names))]), kinds=source_kinds(texts, names))
        listed = listed_years(texts, day)  # the year of each line of a schedule still to come
        times = story_times(self.sentences, day, year=self.year, keeper=self.keeper, sport=context.sport)
        told = told_day(self.sentences, day)  # a story told from the day before its publication
        for index, (sentence, story) in enumerate(zip(self.sentences, times, strict=True)):
            yield sentence, (day, self.year, self.keeper, listed.get(index), story, told), context
            context = next_context(sentence.text, vocabulary, context)
            if kept and sentence.start in kept:
                context = replace(context, previous=kept[sentence.start])


def _proposals(sentence: str, vocabulary: Vocabulary, when: _When, context: Context) -> list[Proposal]:
    day, year, keeper, listed, story, told = when
    return propose(
        sentence, vocabulary, day, year=year, context=context, keeper=keeper, listed=listed, story=story, told=told
    )


def _dismissed(proposal: Proposal, values: list[str]) -> bool:
    """The proposal's value is one the source's ``not_claims`` dismiss (its words, in normal form)."""
    return normalise_text(proposal.value_text) in values


def sentence_proposals(workspace: Workspace, source_id: str, quote: str) -> tuple[str, list[Proposal]] | None:
    """The sentence of the source that ``quote`` starts in, and every value `draft` reads from it, read as `draft`
    reads the source (whether or not a claim quotes it); None when the text does not hold the quote."""
    item = workspace.sources[source_id]
    text = workspace.archived_text(source_id) or ""
    normal = normalise_text(text)
    found = occurrences(normal, normalise_text(quote))
    if not found:
        return None
    reading = _SourceReading(text, item.model.published)
    spans = spans_in_normal_form(reading.sentences, normal)
    vocabulary = vocabulary_of(workspace)
    for (sentence, when, context), span in zip(reading.each(vocabulary), spans, strict=True):
        if span is not None and span[0] <= found[0] < span[1]:  # the sentence the quote starts in
            return sentence.text, _proposals(sentence.text, vocabulary, when, context)
    return None


def _read(
    proposals: list[Proposal],
    sentence: str,
    line: int,
    source: str,
    known: KnownClaims,
    quoted: list[tuple[str, str]],
    result: SourceDrafts,
    taken: set[str],
    normal: str,
) -> None:
    """The citations and drafts of one sentence, from the values read of it (``proposals``): a claim's quote it
    holds (``quoted``: claim and quote), or a value a claim states, is a citation of that claim; every other
    value a draft, quoting its value's clause unless the source's text (``normal``, in normal form) holds that
    clause more than once (CT204 would call it ambiguous), and then the whole sentence."""
    cited = {citation.claim for citation in result.citations}  # a claim is cited once from a source
    for claim, quote in quoted:
        if claim in cited:
            continue
        result.citations.append(Citation(line, sentence, claim, quote))
        cited.add(claim)
    repeated = known.cited_values(claim for claim, _ in quoted)  # values the quoted claims already state
    days: set[tuple[str | None, str]] = set()  # a day said twice ("Monday night (Nov. 18)") is one claim
    for proposal, evidence in zip(proposals, evidences(sentence, proposals), strict=True):
        stated = known.stating(proposal)
        if stated is None and value_key(proposal.value) in repeated:
            continue
        if proposal.claim_type == "event":
            if (proposal.subject, proposal.value) in days:
                continue
            days.add((proposal.subject, proposal.value))
        if stated is None:
            if evidence.quote != sentence and len(occurrences(normal, normalise_text(evidence.quote))) > 1:
                evidence = Evidence(sentence, sentence)
            result.drafts.append(_draft(proposal, sentence, line, source, taken, evidence))
        elif stated not in cited:
            result.citations.append(Citation(line, sentence, stated, sentence))
            cited.add(stated)


def _draft(proposal: Proposal, sentence: str, line: int, source: str, taken: set[str], evidence: Evidence) -> Draft:
    if proposal.subject is None or proposal.property_id is None:
        return Draft(line, sentence, proposal, evidence=evidence)
    base = slug(proposal.subject, proposal.property_id, _value_words(proposal))
    claim_id, number = base, 1
    while claim_id in taken:
        number += 1
        claim_id = f"{base}-{number}"
    taken.add(claim_id)
    relative = PurePosixPath(DRAFTS_DIR, f"{claim_id}.yaml")
    data = claim_data(proposal, claim_id, sentence, source, evidence)
    _validated(FileKind.CLAIM, data)
    comments = [
        f"Draft from {source}, line {line}: check every field ('claimtrack edit'), then "
        f"'claimtrack accept {claim_id}', or delete it.",
        *(needs_line(candidate.command()) for candidate in _needs(proposal)),
        *proposal.notes,
    ]
    return Draft(line, sentence, proposal, relative.as_posix(), _file_text(data, relative, comments), evidence)


def _needs(proposal: Proposal) -> list[EntityCandidate | PropertyCandidate]:
    """What the vocabulary must gain before the draft validates: its subject, its property."""
    needs = [c for c in (proposal.new_entity, proposal.new_property, proposal.new_speaker) if c is not None]
    return list(dict.fromkeys(needs))


def render_drafts(result: SourceDrafts) -> str:
    """The drafts as YAML files one after another, and the incomplete proposals as comments."""
    parts: list[str] = []
    for draft in result.drafts:
        if draft.text is not None:
            parts.append(f"# --- {draft.path}\n{draft.text}")
            continue
        proposal = draft.proposal
        why = []
        if proposal.subject is None:
            why.append("the sentence names nothing a claim could be about")
        if proposal.property_id is None:
            why.append(f"no {proposal.claim_type.value} property fits")
        lines = [
            f"# --- not drafted: line {draft.line}: {proposal.claim_type.value} {proposal.value_text!r} "
            f"({'; '.join(why)})",
            f"#   {draft.sentence}",
            *(f"#   {note}" for note in proposal.notes),
        ]
        parts.append("\n".join(lines) + "\n")
    for citation in result.citations:
        parts.append(
            f"# --- cite: line {citation.line}: the sentence states {citation.claim}; add it as evidence:\n"
            f"{citation.command(result.source)}\n"
        )
    for line, length in result.too_long:
        parts.append(
            f"# --- not read: line {line}: a sentence of {length:,} characters, longer than any drafted from "
            f"({MAX_SENTENCE_CHARS:,}); quote the words that state a value with `claimtrack new`\n"
        )
    if not parts:
        return f"# {result.nothing_to_draft()}\n"
    return "\n".join(parts)


DRAFTED_ENTITIES = "drafted"
"""The file under vocabulary/entities/ that ``draft --write`` adds the entities its drafts need to."""


@dataclass
class Written:
    """What ``write_drafts`` did: drafts written, drafts left alone (they exist), vocabulary added."""

    drafts: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    """One line per entity or property added, as ``entity add`` and ``property add`` report them."""


def write_drafts(workspace: Workspace, result: SourceDrafts) -> Written:
    """Write the complete drafts under claims/drafts/, adding first the entities and properties they need
    (each once; entities to vocabulary/entities/drafted.yaml), so that every draft written validates."""
    from claimtrack.authoring.vocabulary_edit import EntitySpec, PropertySpec, add_entity, add_property

    root = workspace.root
    written = Written()
    added: set[str] = set()
    complete = [
        (d.proposal, d.line, d.path, d.text) for d in result.drafts if d.path is not None and d.text is not None
    ]
    for proposal, line, _, _ in complete:
        for need in _needs(proposal):
            if need.id in added or need.id in workspace.entities or need.id in workspace.properties:
                continue
            why = f"Named in {result.source}, line {line}, and {DRAFTED}; check it."
            if isinstance(need, EntityCandidate):
                spec = EntitySpec(need.id, need.kind.value, need.label, description=why, file=DRAFTED_ENTITIES)
                path = add_entity(workspace, spec)
                what = f"entity '{need.id}'"
            else:
                unit = need.unit
                path = add_property(
                    workspace, PropertySpec(need.id, need.label, need.claim_type.value, unit=unit, description=why)
                )
                what = f"property '{need.id}'"
            added.add(need.id)
            written.vocabulary.append(f"added {what} to {path.relative_to(root).as_posix()}")
    known = {*workspace.entities, *workspace.properties, *added}
    for proposal, _, relative, drafted in complete:
        named = [proposal.subject or "", proposal.property_id or "", proposal.said_by or ""]
        text = without_stale_lines(drafted, named, known, proposal.property_id)  # no "needs" this write met
        confine(root, root / relative)
        try:
            _write_new(root, root / relative, text.encode("utf-8"))
        except AuthoringError:
            written.kept.append(relative)
            continue
        written.drafts.append(relative)
    return written


__all__ = ["Draft", "SourceDrafts", "Written", "draft_source", "render_drafts", "sentence_proposals", "write_drafts"]
