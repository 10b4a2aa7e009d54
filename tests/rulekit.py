"""Small repositories for rule tests: a vocabulary, sources with texts, and claims built from keywords.

``claim(...)`` lays a claim file out in a fixed order, so tests can point at
lines: 1 schema comment, 2 id, 3 type, 4 statement, 5 subject, 6 property,
7 value (a scalar value; a quantity's mapping starts on line 7 too).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from claimtrack.engine.check import check_repository
from claimtrack.engine.results import CheckResult

PROPERTIES = """\
properties:
  - {id: signed_on, label: signed on, claim_type: event, single_valued: true}
  - {id: ratified_on, label: ratified on, claim_type: event, single_valued: true, not_before: [signed_on]}
  - {id: occurred_on, label: took place on, claim_type: event, single_valued: true}
  - {id: held_by, label: held by, claim_type: relation, single_valued: true, value_kinds: [person]}
  - {id: located_in, label: located in, claim_type: relation, single_valued: true, value_kinds: [place, country]}
  - {id: member_of, label: member of, claim_type: relation, value_kinds: [organisation]}
  - {id: helicopters, label: helicopters ordered, claim_type: quantity, single_valued: true, unit: helicopter}
  - {id: students, label: students, claim_type: quantity, single_valued: true, unit: student}
  - {id: said, label: said, claim_type: attribution}
"""

ENTITIES = """\
entities:
  - {id: treaty-mtc, kind: treaty, label: The treaty}
  - {id: defence-minister, kind: post, label: Defence minister}
  - {id: alice, kind: person, label: Alice}
  - {id: bob, kind: person, label: Bob}
  - {id: uzbekistan, kind: country, label: Uzbekistan}
  - {id: jizzakh, kind: place, label: Jizzakh province, part_of: uzbekistan}
  - {id: forish-range, kind: place, label: Forish range, part_of: jizzakh}
  - {id: farish-range, kind: place, label: Farish range, aliases: [Forish range]}
  - {id: samarkand, kind: place, label: Samarkand, part_of: uzbekistan}
  - {id: csto, kind: organisation, label: CSTO}
  - {id: exercise, kind: event, label: The exercise}
  - {id: uzbek-army, kind: organisation, label: Uzbek army}
"""

HEAD = "# yaml-language-server: $schema=../schemas/claim.schema.json"
DEFAULT_TEXT = "Alpha beta gamma. Delta epsilon."
REVIEW_ON = "'2026-11-23'"


def _yaml_value(value: Any, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        return [f"{indent}  {k}: {v}" for k, v in value.items()]
    return []


def claim(
    claim_id: str,
    value: Any = "'2016-11-29'",
    *,
    type: str = "event",
    subject: str = "treaty-mtc",
    property: str = "signed_on",
    modality: str = "asserted",
    status: str | None = None,
    note: str | None = "Decided from the evidence.",
    evidence: list[tuple[str, str, str]] | None = None,
    **fields: str,
) -> tuple[str, str]:
    """(path, text) of a claim file; a status other than unreviewed gets a review with ``note``."""
    lines = [
        HEAD,
        f"id: {claim_id}",
        f"type: {type}",
        f"statement: Claim {claim_id}.",
        f"subject: {subject}",
        f"property: {property}",
    ]
    lines += ["value:", *_yaml_value(value)] if isinstance(value, dict) else [f"value: {value}"]
    lines += [f"{key}: {text}" for key, text in fields.items()]
    lines.append(f"modality: {modality}")
    if status is not None:
        lines.append(f"status: {status}")
    lines.append("evidence:")
    for source, stance, quote in evidence or [("a", "supports", "Alpha beta gamma")]:
        lines += [f"  - source: {source}", f"    stance: {stance}", f"    quote: {quote}"]
    if status not in (None, "unreviewed"):
        lines += ["review:", "  by: A. Reviewer", f"  on: {REVIEW_ON}"]
        if note is not None:
            lines.append(f"  note: {note}")
    return f"claims/{claim_id}.yaml", "\n".join(lines) + "\n"


def source(source_id: str, text: str | None = DEFAULT_TEXT, **meta: str) -> dict[str, str]:
    """The files of a source: its metadata and, unless ``text`` is None, its archived text."""
    lines = ["# yaml-language-server: $schema=../schemas/source.schema.json", f"id: {source_id}", "kind: news"]
    lines += [f"{key}: {value}" for key, value in meta.items()]
    files = {}
    if text is not None:
        lines += [f"text: {source_id}.txt", f"sha256: '{hashlib.sha256(text.encode()).hexdigest()}'"]
        files[f"sources/{source_id}.txt"] = text
    files[f"sources/{source_id}.yaml"] = "\n".join(lines) + "\n"
    return files


def repo(root: Path, *claims: tuple[str, str], sources: dict[str, str] | None = None) -> Path:
    """A repository with the rule vocabulary, the given claims, and sources (default: one source 'a')."""
    files = {"vocabulary/properties.yaml": PROPERTIES, "vocabulary/entities/all.yaml": ENTITIES}
    files |= sources if sources is not None else source("a")
    files |= dict(claims)
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def run(root: Path) -> CheckResult:
    result = check_repository(root)
    assert result.validation.diagnostics == [], result.validation.diagnostics
    return result


def found(root: Path, code: str) -> list[tuple[str, int, int, str]]:
    """(path, line, column, state) of each finding of one rule."""
    return [(f.path, f.line, f.column, f.state.value) for f in run(root).findings if f.code == code]


def messages(root: Path, code: str) -> list[str]:
    return [f.message for f in run(root).findings if f.code == code]
