"""A file `source add` is given that the repository archives already, byte for byte.

A second source with the same bytes is the same evidence under two ids: every
claim it supports would seem to rest on two sources, and `draft` would read
the same sentences again. `source add` refuses it, naming the source that has
those bytes (as its text or as its original), unless the new source says it
republishes that one (``--derived-from``): a page a wire service and a paper
both printed word for word is two publications, and the link records that
they are one origin.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from claimtrack.authoring.new_files import AuthoringError, SourceSpec
from claimtrack.repository.confined import read_text_inside
from claimtrack.repository.discover import SOURCES_DIR, FileKind, list_files
from claimtrack.repository.limits import limit


def archived_digests(root: Path) -> dict[str, list[tuple[str, str]]]:
    """Each sha256 the repository's source files record (``sha256``, ``original_sha256``): the id of each
    source recording it, with the archived file's name, in the order of the files' paths. A source file that
    cannot be read records nothing here."""
    found: dict[str, list[tuple[str, str]]] = {}
    yaml = YAML(typ="safe")
    for file in list_files(root, frozenset()):
        if file.kind is not FileKind.SOURCE:
            continue
        try:
            data = yaml.load(read_text_inside(root, root / file.posix, limit("max_file_bytes")))
        except (OSError, UnicodeDecodeError, YAMLError):
            continue
        if not isinstance(data, dict):
            continue
        for digest_key, name_key in (("sha256", "text"), ("original_sha256", "original")):
            digest, name = data.get(digest_key), data.get(name_key)
            if isinstance(digest, str) and isinstance(name, str):
                found.setdefault(digest, []).append((str(data.get("id", file.stem)), name))
    return found


def refuse_a_copy(root: Path, raw: bytes, given: Path, spec: SourceSpec) -> None:
    """AuthoringError when a source archives ``raw`` already and ``spec`` does not say it republishes it."""
    digest = hashlib.sha256(raw).hexdigest()
    archived = archived_digests(root).get(digest, [])
    if not archived or any(source in spec.derived_from for source, _ in archived):
        return
    source, name = archived[0]
    raise AuthoringError(
        f"{given.name} is byte for byte {SOURCES_DIR}/{name}, archived as source '{source}' (sha256 "
        f"{digest[:12]}...): draft that one ('claimtrack draft {source}'); to archive it again as a "
        f"republication of it, give --derived-from {source}"
    )
