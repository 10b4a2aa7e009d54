"""Render validation diagnostics as text (``path:line:col: CODE message``) or JSON."""

from __future__ import annotations

import json

from claimtrack.engine.rules import RULES
from claimtrack.model.codes import CODES
from claimtrack.model.diagnostics import Severity
from claimtrack.render.escape import json_safe, one_line
from claimtrack.repository.validation import ValidationResult

JSON_FORMAT_VERSION = 1


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _name(code: str) -> str:
    """The name of a loading code, or of the rule whose code validate reports too (CT203, a quote not found)."""
    return CODES[code].name if code in CODES else RULES[code].NAME


def render_text(result: ValidationResult) -> str:
    lines = [one_line(f"{d.location()}: {d.code} {d.message}") for d in result.diagnostics]
    errors = result.errors
    warnings = len(result.diagnostics) - errors
    checked = _plural(result.files_checked, "file")
    if errors:
        files = len({d.path for d in result.diagnostics if d.severity is Severity.ERROR})
        summary = f"{_plural(errors, 'error')} in {_plural(files, 'file')} ({checked} checked)"
    else:
        summary = f"{checked} valid"
    if warnings:
        summary += f", {_plural(warnings, 'warning')}"
    lines.append(summary)
    return "\n".join(lines) + "\n"


def render_json(result: ValidationResult) -> str:
    payload = {
        "version": JSON_FORMAT_VERSION,
        "files_checked": result.files_checked,
        "errors": result.errors,
        "problems": [
            {
                "path": d.path,
                "line": d.line,
                "column": d.column,
                "code": d.code,
                "name": _name(d.code),
                "severity": d.severity.value,
                "message": d.message,
            }
            for d in result.diagnostics
        ],
    }
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"


RENDERER_BY_NAME = {"text": render_text, "json": render_json}
