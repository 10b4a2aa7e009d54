"""The one codec of the cache's rows: how findings, diagnostics and rows of equal length are kept as JSON.

Each row is a list of a value's fields in the class's own order, so a field added to ``Finding`` or
``Diagnostic`` is kept without a change here (a test round-trips every field). Severity and state are string
enumerations, written as their values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from operator import attrgetter
from typing import Any

from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.model.findings import Finding, State

_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_DIAGNOSTIC_FIELDS = tuple(f.name for f in fields(Diagnostic))
_FINDING_VALUES = attrgetter(*_FINDING_FIELDS)
_DIAGNOSTIC_VALUES = attrgetter(*_DIAGNOSTIC_FIELDS)
_SEVERITY, _STATE = _FINDING_FIELDS.index("severity"), _FINDING_FIELDS.index("state")
_TUPLES = tuple(_FINDING_FIELDS.index(name) for name in ("claims", "sources"))
_SEVERITIES = {severity.value: severity for severity in Severity}
_STATES = {state.value: state for state in State}
"""The members by value: calling the enumerations for the 10,000 or so values of a result costs several ms."""


def finding_row(finding: Finding) -> list[Any]:
    """A finding as the store keeps it: a JSON list of its fields in order, its tuples as lists (so that a row
    read back compares equal to one made again, and the store keeps a part that did not change)."""
    row = list(_FINDING_VALUES(finding))
    for at in _TUPLES:
        row[at] = list(row[at])
    return row


def finding_from_row(row: Sequence[Any]) -> Finding:
    """The finding ``finding_row`` kept; raises KeyError, ValueError or TypeError on another shape."""
    if len(row) != len(_FINDING_FIELDS):
        raise ValueError("a finding row of another length")
    values = list(row)
    values[_SEVERITY], values[_STATE] = _SEVERITIES[values[_SEVERITY]], _STATES[values[_STATE]]
    for at in _TUPLES:
        values[at] = tuple(values[at])
    return Finding(*values)


def diagnostic_row(diagnostic: Diagnostic) -> list[Any]:
    """A diagnostic as the store keeps it: a JSON list of its fields in order."""
    return list(_DIAGNOSTIC_VALUES(diagnostic))


def diagnostic_from_row(row: Sequence[Any], path: str | None = None) -> Diagnostic:
    """The diagnostic ``diagnostic_row`` kept (at ``path`` when given); raises KeyError, ValueError or TypeError
    on another shape."""
    if len(row) != len(_DIAGNOSTIC_FIELDS):
        raise ValueError("a diagnostic row of another length")
    kept = dict(zip(_DIAGNOSTIC_FIELDS, row, strict=True))
    kept["severity"] = _SEVERITIES[kept["severity"]]
    if path is not None:
        kept["path"] = path
    return Diagnostic(**kept)


def columns(rows: Mapping[str, tuple[Any, ...]], names: tuple[str, ...]) -> dict[str, list[Any]]:
    """Rows of equal length by name, as one value keeps them: the names, then a list per field (JSON reads
    and writes that several times faster than a list per row)."""
    fields = list(zip(*rows.values(), strict=True)) if rows else [()] * len(names)
    return {"names": list(rows), **{name: list(field) for name, field in zip(names, fields, strict=True)}}


def from_columns(value: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[Any, ...]]:
    """The rows ``columns`` kept; raises KeyError, TypeError or ValueError on another shape."""
    keys, fields = value["names"], [value[name] for name in names]
    if not all(isinstance(f, list) and len(f) == len(keys) for f in [keys, *fields]):
        raise ValueError("columns of different lengths")
    return dict(zip(keys, zip(*fields, strict=True), strict=True))
