"""Render the passages related to one claim (``claimtrack related``) as text or JSON."""

from __future__ import annotations

import json

from claimtrack.engine.compare import describe_value
from claimtrack.engine.related import RelatedPassage
from claimtrack.model.claims import AnyClaim
from claimtrack.render.escape import json_safe, one_line

JSON_FORMAT_VERSION = 1


def _heading(claim: AnyClaim) -> str:
    return f"{claim.id} ({claim.subject} {claim.property} {describe_value(claim)})"


def render_text(claim: AnyClaim, related: list[RelatedPassage]) -> str:
    if not related:
        return (
            one_line(f"{_heading(claim)}: no passage bears on it that no {claim.type} claim on {claim.subject} quotes")
            + "\n"
        )
    count = f"{len(related)} passage{'s' if len(related) > 1 else ''}"
    lines = [one_line(f"{_heading(claim)}: {count} no {claim.type} claim on {claim.subject} quotes")]
    for item in related:
        value = f"'{item.words}'" + ("" if item.reading.casefold() == item.words.casefold() else f" ({item.reading})")
        if item.also:
            value += f", also names {', '.join(item.also)}"
        lines.append(one_line(f"{item.passage.source} line {item.passage.line}: {item.verdict.value}: {value}"))
        if item.note is not None:
            lines.append(one_line(f"  {item.note}"))
        lines.append(one_line(f"  {' '.join(item.passage.text.split())}"))
    return "\n".join(lines) + "\n"


def render_json(claim: AnyClaim, related: list[RelatedPassage]) -> str:
    payload = {
        "version": JSON_FORMAT_VERSION,
        "claim": claim.id,
        "subject": claim.subject,
        "property": claim.property,
        "value": describe_value(claim),
        "passages": [
            {
                "source": item.passage.source,
                "line": item.passage.line,
                "text": item.passage.text,
                "verdict": item.verdict.value,
                "words": item.words,
                "reading": item.reading,
                "note": item.note,
                "also": list(item.also),
            }
            for item in related
        ],
    }
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"


RENDERER_BY_NAME = {"text": render_text, "json": render_json}
