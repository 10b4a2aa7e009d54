"""Render coverage per source as text or JSON."""

from __future__ import annotations

import json

from claimtrack.engine.coverage import SourceCoverage
from claimtrack.render.escape import json_safe, one_line

JSON_FORMAT_VERSION = 1


def render_text(results: list[SourceCoverage]) -> str:
    lines = []
    for result in results:
        lines.append(f"{result.source}: {result.summary()}")
        lines.extend(one_line(f"  line {s.line}: {s.text}") for s in result.uncovered)
    covered = sum(r.covered for r in results)
    checkable = sum(r.checkable for r in results)
    share = 1.0 if checkable == 0 else covered / checkable
    lines.append(f"total: {covered}/{checkable} checkable sentences quoted ({share:.1%})")
    return "\n".join(lines) + "\n"


def render_json(results: list[SourceCoverage]) -> str:
    payload = {
        "version": JSON_FORMAT_VERSION,
        "sources": [
            {
                "source": r.source,
                "checkable": r.checkable,
                "covered": r.covered,
                "share": round(r.share, 4),
                "uncovered": [{"line": s.line, "text": s.text} for s in r.uncovered],
                "dismissed": [{"line": s.line, "text": s.text} for s in r.dismissed],
            }
            for r in results
        ],
    }
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"


RENDERER_BY_NAME = {"text": render_text, "json": render_json}
