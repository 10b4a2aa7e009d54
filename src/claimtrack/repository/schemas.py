"""Export the models as JSON Schemas (Draft 2020-12) and tell when the files in schemas/ are stale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimtrack.repository.confined import read_inside, write_inside
from claimtrack.repository.discover import SCHEMA_NAMES, FileKind
from claimtrack.repository.reading import NotAFile, TooLarge
from claimtrack.repository.validate_models import adapter

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"

_TITLES = {
    FileKind.CLAIM: "claimtrack claim",
    FileKind.SOURCE: "claimtrack source",
    FileKind.PROPERTIES: "claimtrack property vocabulary",
    FileKind.ENTITIES: "claimtrack entity registry",
}


def build_schema(kind: FileKind) -> dict[str, Any]:
    schema = adapter(kind).json_schema()
    return {"$schema": DRAFT_2020_12, "title": _TITLES[kind], **{k: v for k, v in schema.items() if k != "title"}}


def render_schemas() -> dict[str, str]:
    """File name → exact file content for every schema."""
    return {
        SCHEMA_NAMES[kind]: json.dumps(build_schema(kind), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        for kind in FileKind
    }


def _current(base: Path, path: Path, content: str) -> bool:
    """Whether ``path`` holds exactly ``content``: read inside ``base`` only, bounded, and a link leading
    out, a FIFO, a device or bytes that are not UTF-8 all count as stale, never as an error."""
    try:
        return read_inside(base, path, len(content.encode("utf-8"))) == content.encode("utf-8")
    except (OSError, NotAFile, TooLarge):
        return False


def stale_schemas(folder: Path, rendered: dict[str, str] | None = None, *, base: Path | None = None) -> list[str]:
    """Names of the schema files that are missing or differ from what the models export; ``base`` is the
    folder no read may leave (default: ``folder``)."""
    return [
        name
        for name, content in (rendered or render_schemas()).items()
        if not _current(base or folder, folder / name, content)
    ]


def write_schemas(folder: Path, *, base: Path | None = None) -> list[str]:
    """Write every schema that changed, atomically, through real folders below ``base`` (default:
    ``folder``) only; returns the names written."""
    written = []
    rendered = render_schemas()
    base = base or folder
    for name in stale_schemas(folder, rendered, base=base):
        write_inside(base, folder / name, rendered[name].encode("utf-8"))
        written.append(name)
    return written
