"""The table of diagnostic codes for loading and validation.

Codes are stable: once published a code keeps its meaning and is never reused.
CT0xx are problems reading a file as YAML, CT1xx are problems of the data
model and of references between files. (CT2xx is kept for the consistency
rules.) Each code has a message template so that wording stays consistent and
searchable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimtrack.model.diagnostics import Diagnostic, Severity


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: Severity
    template: str
    summary: str


_ALL = (
    Code("CT001", "unreadable-file", Severity.ERROR, "cannot read file: {reason}", "The file cannot be read."),
    Code(
        "CT002",
        "file-too-large",
        Severity.ERROR,
        "file is {size} bytes, more than the limit of {limit} bytes",
        "The file is larger than the configured limit.",
    ),
    Code("CT003", "invalid-encoding", Severity.ERROR, "{reason}", "The file is not valid UTF-8 text."),
    Code("CT004", "invalid-yaml", Severity.ERROR, "invalid YAML: {reason}", "The file is not valid YAML."),
    Code(
        "CT005",
        "tab-indentation",
        Severity.ERROR,
        "tab character used for indentation; YAML indents with spaces only",
        "A tab is used where YAML expects indentation.",
    ),
    Code(
        "CT006",
        "duplicate-key",
        Severity.ERROR,
        "duplicate key '{key}' (first defined on line {first_line})",
        "A mapping has the same key twice.",
    ),
    Code(
        "CT007",
        "not-a-mapping",
        Severity.ERROR,
        "the document is {found}, but a {expected} file must be a mapping of fields",
        "The document is a list or a scalar rather than a mapping.",
    ),
    Code(
        "CT008",
        "multiple-documents",
        Severity.ERROR,
        "a file holds one YAML document; a second one starts here",
        "The file has more than one YAML document.",
    ),
    Code(
        "CT009",
        "unsupported-tag",
        Severity.ERROR,
        "YAML tag '{tag}' is not supported; claimtrack never constructs objects from tags",
        "A YAML tag other than the core schema's.",
    ),
    Code(
        "CT010",
        "alias-not-allowed",
        Severity.ERROR,
        "YAML anchors and aliases are not allowed in claimtrack files; write the value out",
        "An alias (*name) refers to an anchor.",
    ),
    Code("CT011", "empty-file", Severity.ERROR, "file is empty; expected a {expected}", "The file holds no document."),
    Code(
        "CT012",
        "too-deep",
        Severity.ERROR,
        "nesting deeper than {limit} levels",
        "Mappings and lists are nested deeper than the limit.",
    ),
    Code(
        "CT013",
        "schema-line",
        Severity.WARNING,
        "first line should be '{expected}' so that editors check this file",
        "The yaml-language-server schema line is missing or points elsewhere.",
    ),
    Code(
        "CT014",
        "cannot-format",
        Severity.ERROR,
        "cannot format: {reason}",
        "claimtrack fmt could not lay the file out without changing it.",
    ),
    Code(
        "CT015",
        "number-too-long",
        Severity.ERROR,
        "integer written with more than {limit} digits, or beyond 10**{limit}",
        "An integer too long to be read or written back as a number.",
    ),
    Code(
        "CT016",
        "too-many-nodes",
        Severity.ERROR,
        "more than {limit} mappings, lists and values in one file",
        "The file holds more nodes than the limit.",
    ),
    Code("CT101", "missing-field", Severity.ERROR, "missing required field '{field}'", "A required field is absent."),
    Code("CT102", "unknown-field", Severity.ERROR, "unknown field '{field}'{hint}", "A field the model does not know."),
    Code("CT103", "invalid-value", Severity.ERROR, "{field}: {reason}", "A value of the wrong type or form."),
    Code(
        "CT110",
        "id-mismatch",
        Severity.ERROR,
        "id '{id}' does not match the file name '{stem}'",
        "A claim's or source's id differs from its file's stem.",
    ),
    Code(
        "CT111",
        "duplicate-id",
        Severity.ERROR,
        "{kind} id '{id}' is also defined in {other}",
        "Two files or entries share an id.",
    ),
    Code("CT112", "unknown-source", Severity.ERROR, "unknown source '{id}'{hint}", "Evidence cites a missing source."),
    Code(
        "CT113",
        "unknown-property",
        Severity.ERROR,
        "unknown property '{id}'{hint} (properties live in vocabulary/properties.yaml: "
        "'claimtrack property add' adds one, 'claimtrack vocabulary' explains the fields)",
        "A property not in the vocabulary.",
    ),
    Code(
        "CT114",
        "unknown-entity",
        Severity.ERROR,
        "unknown entity '{id}'{hint} (entities live in vocabulary/entities/: "
        "'claimtrack entity add' adds one, 'claimtrack vocabulary' explains the fields)",
        "An entity not in the registry.",
    ),
    Code(
        "CT115",
        "wrong-value-type",
        Severity.ERROR,
        "{reason}",
        "The claim's type or value does not fit its property.",
    ),
    Code(
        "CT116",
        "text-outside-sources",
        Severity.ERROR,
        "text path '{text}' must stay inside sources/",
        "An archived text path leaves the sources folder.",
    ),
    Code("CT117", "text-missing", Severity.ERROR, "{reason}", "The archived text is missing or has no checksum."),
    Code(
        "CT118",
        "sha256-mismatch",
        Severity.ERROR,
        "sha256 of {text} is {actual}, not the recorded value",
        "The archived text changed since its checksum was recorded.",
    ),
    Code("CT119", "reversed-interval", Severity.ERROR, "{reason}", "An interval ends before it starts."),
    Code(
        "CT120",
        "part-of-cycle",
        Severity.ERROR,
        "entity '{id}' is part of itself through {chain}",
        "The part_of links of entities form a cycle.",
    ),
    Code(
        "CT130",
        "original-missing",
        Severity.ERROR,
        "{reason}",
        "The archived original (a saved page or a PDF) is missing, unreadable or has no checksum.",
    ),
    Code(
        "CT131",
        "original-sha256-mismatch",
        Severity.ERROR,
        "sha256 of {original} is {actual}, not the recorded value",
        "The archived original changed since its checksum was recorded.",
    ),
)

CODES: dict[str, Code] = {c.code: c for c in _ALL}


def get(code: str) -> Code:
    try:
        return CODES[code]
    except KeyError:
        raise KeyError(f"no diagnostic code {code!r}") from None


def diagnostic(code: str, path: str, line: int, column: int, **params: Any) -> Diagnostic:
    """Build a diagnostic from the code's message template."""
    entry = get(code)
    return Diagnostic(
        path=path,
        line=line,
        column=column,
        code=code,
        message=entry.template.format(**params),
        severity=entry.severity,
    )
