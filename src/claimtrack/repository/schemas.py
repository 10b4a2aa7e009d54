"""Export the models as JSON Schemas (Draft 2020-12) and tell when the files in schemas/ are stale."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimtrack.repository.atomic import write_atomically
from claimtrack.repository.discover import SCHEMA_NAMES, FileKind
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


def stale_schemas(folder: Path, rendered: dict[str, str] | None = None) -> list[str]:
    """Names of the schema files that are missing or differ from what the models export."""
    stale = []
    for name, content in (rendered or render_schemas()).items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(name)
    return stale


def write_schemas(folder: Path) -> list[str]:
    """Write every schema that changed, atomically; returns the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    rendered = render_schemas()
    for name in stale_schemas(folder, rendered):
        write_atomically(folder / name, rendered[name])
        written.append(name)
    return written
