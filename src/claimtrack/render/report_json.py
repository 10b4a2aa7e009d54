"""The report as JSON: a versioned contract (see the README), identical bytes for identical files."""

from __future__ import annotations

import json
from typing import Any

from claimtrack.engine.report import ClaimView, Discrepancy, PlanView, Report, SourceScore
from claimtrack.model.codes import CODES
from claimtrack.model.findings import Finding
from claimtrack.render.escape import json_safe


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding as the JSON outputs give it (the report's and the diff's), in one order."""
    f = finding
    return {
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.value,
        "state": f.state.value,
        "message": f.message,
        "subject": f.subject,
        "property": f.property,
        "file": f.path,
        "line": f.line,
        "column": f.column,
        "resolution": f.resolution,
        "sources": list(f.sources),
        "claims": list(f.claims),
    }


def _claim(view: ClaimView) -> dict[str, Any]:
    return {
        "id": view.id,
        "file": view.file,
        "line": view.line,
        "statement": view.statement,
        "value": view.value,
        "modality": view.modality,
        "status": view.status,
        "sources": list(view.sources),
        "contradicting_sources": list(view.contradicting),
        "independent_sources": view.independent_sources,
        "evidence": [{"source": e.source, "stance": e.stance, "quote": e.quote} for e in view.evidence],
        "review": None
        if view.review_by is None
        else {"by": view.review_by, "on": view.review_on, "note": view.review_note},
    }


def _discrepancy(item: Discrepancy) -> dict[str, Any]:
    # Every source behind the finding, and each claim described in full, in the finding's own form.
    return {**finding_json(item.finding), "sources": list(item.sources), "claims": [_claim(c) for c in item.claims]}


def _source(score: SourceScore) -> dict[str, Any]:
    return {
        "id": score.id,
        "title": score.title,
        "published": score.published,
        "claims_supported": score.supports,
        "refuted": score.refuted,
        "disputed": score.disputed,
        "unverifiable": score.unverifiable,
        "self_contradictions": score.self_contradictions,
        "derived_from": list(score.derived_from),
        "cites": list(score.cites),
        "cited_by": list(score.cited_by),
        "republished_by": list(score.republished_by),
    }


def _plan(view: PlanView) -> dict[str, Any]:
    return {
        "claim": view.plan.id,
        "file": view.plan.file,
        "line": view.plan.line,
        "subject": view.plan.subject,
        "property": view.plan.property,
        "value": view.plan.value,
        "due": view.due,
        "status": view.plan.status,
        "sources": list(view.plan.sources),
        "outcome": view.outcome,
        "delay": view.delay,
        "outcome_claims": [
            {"id": c.id, "value": c.value, "modality": c.modality, "status": c.status, "sources": list(c.sources)}
            for c in view.outcomes
        ],
    }


def to_data(report: Report) -> dict[str, Any]:
    s = report.summary
    return {
        "version": report.version,
        "summary": {
            "claims": s.claims,
            "claims_by_status": s.claims_by_status,
            "findings": s.findings,
            "open": s.open,
            "acknowledged": s.acknowledged,
            "open_errors": s.open_errors,
            "validation_errors": s.problems,
            "by_rule": [
                {"code": r.code, "rule": r.rule, "severity": r.severity, "open": r.open, "acknowledged": r.acknowledged}
                for r in s.by_rule
            ],
        },
        "discrepancies": [_discrepancy(d) for d in report.discrepancies],
        "problems": [
            {
                "file": d.path,
                "line": d.line,
                "column": d.column,
                "code": d.code,
                "name": CODES[d.code].name,
                "severity": d.severity.value,
                "message": d.message,
            }
            for d in report.problems
        ],
        "sources": [_source(s) for s in report.sources],
        "plans": [_plan(p) for p in report.plans],
        "corrections": [
            {
                "source": c.source,
                "corrected_by": c.corrected_by,
                "kind": c.kind,
                "quote": c.quote,
                "replacement": c.replacement,
                "by_publisher": c.by_publisher,
                "resting": list(c.resting),
                "standing": list(c.standing),
            }
            for c in report.corrections
        ],
        "claims": [
            {
                "id": c.id,
                "file": c.file,
                "status": c.status,
                "sources": list(c.sources),
                "independent_sources": c.independent_sources,
            }
            for c in report.claims
        ],
    }


def render_json(report: Report) -> str:
    return json_safe(json.dumps(to_data(report), indent=2, ensure_ascii=False)) + "\n"
