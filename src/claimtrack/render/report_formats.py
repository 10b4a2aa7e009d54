"""The report formats by name, for the CLI."""

from __future__ import annotations

from collections.abc import Callable

from claimtrack.engine.report import Report
from claimtrack.render.github import render_github
from claimtrack.render.report_html import render_html
from claimtrack.render.report_json import render_json
from claimtrack.render.report_markdown import render_markdown
from claimtrack.render.report_text import render_text
from claimtrack.render.sarif import render_sarif

REPORTER_BY_NAME: dict[str, Callable[[Report], str]] = {
    "markdown": render_markdown,
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "html": render_html,
}
