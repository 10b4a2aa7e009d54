"""The limits claimtrack enforces on what it reads, each a named setting with a documented default.

A limit is changed with its environment variable (e.g. CLAIMTRACK_MAX_FILE_BYTES=10485760);
SECURITY.md explains what each one protects against. A value that is not a positive integer
is a usage error, never silently ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    variable: str
    default: int
    description: str
    maximum: int | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "max_file_bytes",
        "CLAIMTRACK_MAX_FILE_BYTES",
        5 * 1024 * 1024,
        "Largest claim, source or vocabulary file read; a larger one is refused (CT002) without being read.",
    ),
    Setting(
        "max_depth",
        "CLAIMTRACK_MAX_DEPTH",
        64,
        "Deepest nesting of mappings and lists in a file (CT012); at most 1000, as the C composer recurses "
        "once per level.",
        maximum=1000,
    ),
    Setting(
        "max_nodes",
        "CLAIMTRACK_MAX_NODES",
        200_000,
        "Most mappings, lists and scalars (keys included) in a file (CT016): what bounds the memory a file's "
        "parse takes, as a node costs far more than its bytes.",
    ),
    Setting(
        "max_text_bytes",
        "CLAIMTRACK_MAX_TEXT_BYTES",
        20 * 1024 * 1024,
        "Largest archived source text read, to check its checksum and quotes (CT117).",
    ),
    Setting(
        "max_fuzzy_chars",
        "CLAIMTRACK_MAX_FUZZY_CHARS",
        2_000_000,
        "Longest archived text searched for the passage closest to a quote that is not found.",
    ),
    Setting(
        "max_extract_seconds",
        "CLAIMTRACK_MAX_EXTRACT_SECONDS",
        60,
        "Longest `source add` or `source extract` may spend extracting the text of one saved page or PDF.",
        maximum=86_400,
    ),
    Setting(
        "max_pdf_pages",
        "CLAIMTRACK_MAX_PDF_PAGES",
        2000,
        "Most pages of a PDF whose text is extracted; a PDF with more is refused.",
    ),
    Setting(
        "max_html_elements",
        "CLAIMTRACK_MAX_HTML_ELEMENTS",
        20_000,
        "Most elements of a saved page whose text is extracted (the extractor's time grows faster than the "
        "page); a page with more is refused.",
    ),
    Setting(
        "git_timeout_seconds",
        "CLAIMTRACK_GIT_TIMEOUT",
        120,
        "Longest a git command run by `claimtrack diff` may take; at most a day.",
        maximum=86_400,
    ),
    Setting(
        "settle_seconds",
        "CLAIMTRACK_SETTLE_SECONDS",
        3,
        "How long a file must have been left unchanged before a check read it for its recorded status to "
        "stand for its bytes afterwards.",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}
MAXIMA = {s.name: s.maximum for s in SETTINGS if s.maximum is not None}


class InvalidSetting(ValueError):
    """An environment variable sets a limit to something that is not a positive integer."""


def limit(name: str) -> int:
    """The limit's value: its environment variable when set, else its default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.variable)
    if raw is None or raw.strip() == "":
        return setting.default
    try:
        value = int(raw.strip().replace("_", "")) if len(raw) <= 40 else 0
    except ValueError:
        value = 0
    if value <= 0:
        raise InvalidSetting(f"{setting.variable} must be a positive integer, not {raw[:40]!r}")
    if setting.maximum is not None and value > setting.maximum:
        raise InvalidSetting(f"{setting.variable} must be at most {setting.maximum}, not {raw[:40]!r}")
    return value
