"""The report stage: turn a check result into the report's data, filtered as asked.

Everything here comes from the files: no clock, no randomness, and every
list in a fixed order, so that two runs on one repository give equal reports.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from claimtrack.engine.compare import describe_value, span_ends, validity, value_as_written
from claimtrack.engine.corrections import corrected_passages, replacement_supporters
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.plans import plan_outcomes
from claimtrack.engine.results import CheckResult
from claimtrack.engine.rules import RULES
from claimtrack.model.claims import EventClaim, RelationClaim, Status
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.wording import plural

REPORT_VERSION = 1
"""The version of the JSON report's contract; raised on any incompatible change."""


@dataclass(frozen=True)
class EvidenceView:
    source: str
    stance: str
    quote: str


@dataclass(frozen=True)
class ClaimView:
    id: str
    file: str
    line: int
    statement: str
    subject: str
    property: str
    value: str | dict[str, object]
    value_text: str
    modality: str
    status: str
    sources: tuple[str, ...]
    """The sources that support it."""
    contradicting: tuple[str, ...]
    evidence: tuple[EvidenceView, ...]
    independent_sources: int
    review_by: str | None = None
    review_on: str | None = None
    review_note: str | None = None
    kind: str = ""
    """The claim's type: event, quantity, relation, attribution, assessment."""
    dated: str | None = None
    """When it happened or held, as written (an event's date, a relation's span); None when undated."""
    dated_from: dt.date | None = None
    dated_to: dt.date | None = None
    """The inclusive day bounds of ``dated``; None on an open side."""


@dataclass(frozen=True)
class Discrepancy:
    finding: Finding
    claims: tuple[ClaimView, ...]
    sources: tuple[str, ...] = ()
    """Every source behind the finding: those it names, then those cited by its claims' evidence."""


@dataclass(frozen=True)
class PlanView:
    """A planned claim and what became of it (see ``plans``)."""

    plan: ClaimView
    outcome: str
    due: str | None
    outcomes: tuple[ClaimView, ...]
    delay: str | None = None
    """How late a plan carried out late was: '75 to 104 days'."""

    def outcome_words(self) -> str:
        """The outcome as the Plans section says it: 'late by 75 to 104 days', 'fulfilled'."""
        return self.outcome if self.delay is None else f"{self.outcome} by {self.delay}"


@dataclass(frozen=True)
class CorrectionView:
    """A passage a source corrected or retracted: who corrected it, what stands instead, and the claims resting
    on it and supported by the replacement (see ``corrections``)."""

    source: str
    corrected_by: str
    kind: str
    quote: str
    replacement: str | None
    by_publisher: bool
    """The source corrected itself, or a source of the same publisher did."""
    resting: tuple[str, ...]
    """Claims resting only on the passage (CT216)."""
    standing: tuple[str, ...]
    """Claims the replacement supports: the figure that stands."""


@dataclass(frozen=True)
class SourceScore:
    id: str
    title: str | None
    published: str | None
    supports: int
    refuted: int
    disputed: int
    unverifiable: int
    self_contradictions: int
    derived_from: tuple[str, ...]
    cites: tuple[str, ...]
    cited_by: tuple[str, ...]
    """Sources that cite this one."""
    url: str | None = None
    republished_by: tuple[str, ...] = ()
    """Sources derived from this one (republications, rewrites): they take from it, they do not cite it."""


@dataclass(frozen=True)
class RuleCount:
    code: str
    rule: str
    severity: str
    open: int
    acknowledged: int


@dataclass(frozen=True)
class Summary:
    claims: int
    claims_by_status: dict[str, int]
    findings: int
    open: int
    acknowledged: int
    open_errors: int
    problems: int
    by_rule: tuple[RuleCount, ...]


@dataclass(frozen=True)
class Report:
    summary: Summary
    discrepancies: tuple[Discrepancy, ...]
    problems: tuple[Diagnostic, ...]
    sources: tuple[SourceScore, ...]
    claims: tuple[ClaimView, ...]
    plans: tuple[PlanView, ...] = ()
    corrections: tuple[CorrectionView, ...] = ()
    version: int = REPORT_VERSION


@dataclass(frozen=True)
class ReportFilter:
    """Which findings to show; an empty set lets everything through."""

    rules: frozenset[str] = frozenset()
    severities: frozenset[str] = frozenset()
    states: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()

    def admits(self, finding: Finding, claims: Iterable[ClaimView]) -> bool:
        claims = list(claims)
        sources = set(finding.sources) | {s for c in claims for s in (*c.sources, *c.contradicting)}
        return (
            (not self.rules or finding.code in self.rules or finding.rule in self.rules)
            and (not self.severities or finding.severity.value in self.severities)
            and (not self.states or finding.state.value in self.states)
            and (not self.statuses or any(c.status in self.statuses for c in claims))
            and (not self.subjects or finding.subject in self.subjects)
            and (not self.sources or bool(sources & self.sources))
        )


def headline(summary: Summary) -> str:
    """'3 findings: 2 open (1 error), 1 acknowledged': the same words in every format."""
    return (
        f"{plural(summary.findings, 'finding')}: {summary.open} open ({plural(summary.open_errors, 'error')}), "
        f"{summary.acknowledged} acknowledged"
    )


def claim_view(index: ClaimIndex, claim_id: str) -> ClaimView:
    item = index.claims[claim_id]
    claim = item.model
    review = claim.review
    span = claim.value if isinstance(claim, EventClaim) else None
    if isinstance(claim, RelationClaim) and span_ends(claim) != (None, None):
        span = validity(claim)
    return ClaimView(
        id=claim.id,
        file=item.path,
        line=item.position("value").line,
        statement=claim.statement,
        subject=claim.subject,
        property=claim.property,
        value=value_as_written(claim),
        value_text=describe_value(claim),
        modality=claim.modality.value,
        status=claim.status.value,
        sources=index.supporters(claim_id),
        contradicting=index.contradictors(claim_id),
        evidence=tuple(EvidenceView(e.source, e.stance.value, e.quote) for e in claim.evidence),
        independent_sources=len(index.origins(claim_id)),
        review_by=None if review is None else review.by,
        review_on=None if review is None else str(review.on),
        review_note=None if review is None else review.note,
        kind=claim.type,
        dated=None if span is None else span.text,
        dated_from=None if span is None else span.lower,
        dated_to=None if span is None else span.upper,
    )


def _scorecards(index: ClaimIndex, findings: list[Finding]) -> tuple[SourceScore, ...]:
    self_contradictions = Counter(s for f in findings if f.code == "CT209" for s in f.sources)
    cited_by: dict[str, list[str]] = {}
    republished_by: dict[str, list[str]] = {}
    for source_id, item in index.workspace.sources.items():
        for other in item.model.cites:
            cited_by.setdefault(other, []).append(source_id)
        for other in item.model.derived_from:
            republished_by.setdefault(other, []).append(source_id)
    scores = []
    for source_id, item in sorted(index.workspace.sources.items()):
        statuses = Counter(index.claim(c).status for c in index.supported_by_source.get(source_id, []))
        source = item.model
        scores.append(
            SourceScore(
                id=source_id,
                title=source.title,
                published=None if source.published is None else str(source.published),
                supports=sum(statuses.values()),
                refuted=statuses[Status.REFUTED],
                disputed=statuses[Status.DISPUTED],
                unverifiable=statuses[Status.UNVERIFIABLE],
                self_contradictions=self_contradictions[source_id],
                derived_from=tuple(source.derived_from),
                cites=tuple(source.cites),
                cited_by=tuple(sorted(set(cited_by.get(source_id, [])))),
                url=source.url,
                republished_by=tuple(sorted(set(republished_by.get(source_id, [])))),
            )
        )
    return tuple(scores)


def build_report(result: CheckResult, only: ReportFilter | None = None) -> Report:
    only = only or ReportFilter()
    index = result.require_index()
    views = {c: claim_view(index, c) for c in index.claims}
    discrepancies = []
    for finding in result.findings:
        claims = tuple(views[c] for c in finding.claims if c in views)
        if only.admits(finding, claims):
            discrepancies.append(Discrepancy(finding, claims, _sources_behind(finding, claims)))
    shown = [d.finding for d in discrepancies]
    by_rule = []
    for code, rule in RULES.items():
        states = Counter(f.state for f in shown if f.code == code)
        if states:
            by_rule.append(
                RuleCount(code, rule.NAME, rule.SEVERITY.value, states[State.OPEN], states[State.ACKNOWLEDGED])
            )
    statuses = Counter(v.status for v in views.values())
    summary = Summary(
        claims=len(views),
        claims_by_status={s.value: statuses[s.value] for s in Status},
        findings=len(shown),
        open=sum(1 for f in shown if f.state is State.OPEN),
        acknowledged=sum(1 for f in shown if f.state is State.ACKNOWLEDGED),
        open_errors=sum(1 for f in shown if f.is_open_error()),
        problems=sum(1 for d in result.validation.diagnostics if d.severity is Severity.ERROR),
        by_rule=tuple(by_rule),
    )
    return Report(
        summary=summary,
        discrepancies=tuple(discrepancies),
        problems=tuple(result.validation.diagnostics),
        sources=_scorecards(index, result.findings),
        claims=tuple(views.values()),
        plans=_plans(index, views),
        corrections=_corrections(index),
    )


def outcome_text(claim: ClaimView) -> str:
    """A plan's outcome claim as the Plans section says it: a denial reads 'not …'."""
    return f"not {claim.value_text}" if claim.modality == "denied" else claim.value_text


def _sources_behind(finding: Finding, claims: tuple[ClaimView, ...]) -> tuple[str, ...]:
    named = [*finding.sources, *(e.source for c in claims for e in c.evidence)]
    return tuple(dict.fromkeys(named))


def _plans(index: ClaimIndex, views: dict[str, ClaimView]) -> tuple[PlanView, ...]:
    return tuple(
        PlanView(
            plan=views[p.plan],
            outcome=p.outcome.value,
            due=None if p.due is None else p.due.text,
            outcomes=tuple(views[c] for c in p.outcomes),
            delay=None if p.delay is None else str(p.delay),
        )
        for p in plan_outcomes(index)
    )


def _corrections(index: ClaimIndex) -> tuple[CorrectionView, ...]:
    claims = {claim_id: item.model for claim_id, item in index.claims.items()}
    views = []
    for passage in corrected_passages(index.workspace):
        sources = index.workspace.sources
        first, second = sources.get(passage.source), sources.get(passage.by)
        publisher = None if first is None else first.model.publisher
        same = passage.by_itself or bool(publisher and second is not None and second.model.publisher == publisher)
        resting = tuple(c for c, corrected in index.corrected.items() if passage in corrected.passages)
        standing = () if passage.retracted else tuple(replacement_supporters(claims, passage, index.quote_anchors))
        fix = passage.correction
        views.append(
            CorrectionView(
                passage.source, passage.by, fix.kind.value, fix.quote, fix.replacement, same, resting, standing
            )
        )
    return tuple(views)
