"""The report as SARIF 2.1.0, as GitHub code scanning reads it: one result per finding or
validation problem, at the file, line and column of the claim. Acknowledged findings carry a
suppression with the reviewer's note, so code scanning shows them as dismissed, not as alerts."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import quote

from claimtrack import __version__
from claimtrack.engine.report import Report
from claimtrack.engine.rules import RULES, rule_doc
from claimtrack.model.codes import CODES
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import State
from claimtrack.render.escape import json_safe

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "note"}


def _rule_descriptors(codes: list[str]) -> list[dict[str, Any]]:
    descriptors = []
    for code in codes:
        if code in RULES:
            doc = rule_doc(RULES[code])
            help_text = "\n\n".join(f"## {name}\n{text}" for name, text in doc.sections.items())
            descriptors.append(
                {
                    "id": code,
                    "name": doc.name,
                    "shortDescription": {"text": doc.summary},
                    "fullDescription": {"text": doc.sections.get("What it finds", doc.summary)},
                    "help": {"text": help_text, "markdown": help_text},
                    "defaultConfiguration": {"level": _LEVEL[doc.severity]},
                }
            )
        else:
            entry = CODES[code]
            descriptors.append(
                {
                    "id": code,
                    "name": entry.name,
                    "shortDescription": {"text": entry.summary},
                    "defaultConfiguration": {"level": _LEVEL[entry.severity]},
                }
            )
    return descriptors


def artifact_uri(path: str) -> str:
    """A repository-relative path as a URI reference: every byte outside the unreserved set and ``/``
    percent-encoded, so ``#``, ``?``, ``%20`` or a space in a name mean nothing but themselves."""
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def _location(path: str, line: int, column: int) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path), "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": line, "startColumn": column},
        }
    }


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:32]


def render_sarif(report: Report) -> str:
    codes = sorted({d.code for d in report.problems} | {d.finding.code for d in report.discrepancies})
    index_of = {code: i for i, code in enumerate(codes)}
    results: list[dict[str, Any]] = []
    for problem in report.problems:
        results.append(
            {
                "ruleId": problem.code,
                "ruleIndex": index_of[problem.code],
                "level": _LEVEL[problem.severity],
                "message": {"text": problem.message},
                "locations": [_location(problem.path, problem.line, problem.column)],
                "partialFingerprints": {"claimtrack/v1": _fingerprint(problem.code, problem.path, problem.message)},
            }
        )
    for item in report.discrepancies:
        f = item.finding
        result: dict[str, Any] = {
            "ruleId": f.code,
            "ruleIndex": index_of[f.code],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [_location(f.path, f.line, f.column)],
            "relatedLocations": [
                {**_location(c.file, c.line, 1), "id": i, "message": {"text": f"{c.id}: {c.value_text} ({c.status})"}}
                for i, c in enumerate(item.claims)
            ],
            # What the finding is about, not its wording (which names statuses) nor its line.
            "partialFingerprints": {"claimtrack/v2": _fingerprint(*f.identity())},
            "properties": {"state": f.state.value, "subject": f.subject, "property": f.property},
        }
        if f.state is State.ACKNOWLEDGED:
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": f.resolution or "acknowledged"}
            ]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "claimtrack",
                        "version": __version__,
                        "rules": _rule_descriptors(codes),
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The claims repository's root."}}},
                "results": results,
            }
        ],
    }
    return json_safe(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
