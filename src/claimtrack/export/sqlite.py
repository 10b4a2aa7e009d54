"""The repository as a SQLite database, for Datasette or any SQL client.

Tables for sources (and their derived_from/cites links, and the passages they correct or retract),
entities (with aliases and part_of), properties, claims (with those resting on corrected passages),
evidence and findings (with the claims each involves), with primary and
foreign keys. Rows are inserted in a fixed order into a fresh database, so two exports of the
same files give the same bytes. A file is only replaced when it is a previous export, which
the `claimtrack_export` table marks.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

from claimtrack import __version__
from claimtrack.engine.compare import describe_value, value_as_written
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.results import CheckResult
from claimtrack.repository.atomic import replacing

EXPORT_FORMAT = 1
MARKER_TABLE = "claimtrack_export"

SCHEMA = """
CREATE TABLE claimtrack_export (format INTEGER NOT NULL, claimtrack_version TEXT NOT NULL);
CREATE TABLE sources (
  id TEXT PRIMARY KEY, title TEXT, kind TEXT NOT NULL, publisher TEXT, container TEXT, published TEXT,
  url TEXT, accessed TEXT, language TEXT, text_path TEXT, sha256 TEXT, note TEXT, file TEXT NOT NULL
);
CREATE TABLE source_links (
  source_id TEXT NOT NULL REFERENCES sources(id), target_id TEXT NOT NULL REFERENCES sources(id),
  relation TEXT NOT NULL CHECK (relation IN ('derived_from', 'cites')), PRIMARY KEY (source_id, target_id, relation)
);
CREATE TABLE corrections (
  corrected_by TEXT NOT NULL REFERENCES sources(id), position INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id), kind TEXT NOT NULL CHECK (kind IN ('correction', 'retraction')),
  quote TEXT NOT NULL, replacement TEXT, note TEXT, PRIMARY KEY (corrected_by, position)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, label TEXT NOT NULL, part_of TEXT REFERENCES entities(id), description TEXT
);
CREATE TABLE entity_aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id), alias TEXT NOT NULL, PRIMARY KEY (entity_id, alias)
);
CREATE TABLE properties (
  id TEXT PRIMARY KEY, label TEXT NOT NULL, claim_type TEXT NOT NULL, single_valued INTEGER NOT NULL, unit TEXT
);
CREATE TABLE claims (
  id TEXT PRIMARY KEY, file TEXT NOT NULL, type TEXT NOT NULL, statement TEXT NOT NULL,
  subject TEXT NOT NULL REFERENCES entities(id), property TEXT NOT NULL REFERENCES properties(id),
  value TEXT NOT NULL, value_json TEXT NOT NULL, place TEXT REFERENCES entities(id), modality TEXT NOT NULL,
  status TEXT NOT NULL, review_by TEXT, review_on TEXT, review_note TEXT, independent_sources INTEGER NOT NULL
);
CREATE TABLE evidence (
  claim_id TEXT NOT NULL REFERENCES claims(id), position INTEGER NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id), stance TEXT NOT NULL, quote TEXT NOT NULL,
  prefix TEXT, suffix TEXT, note TEXT, PRIMARY KEY (claim_id, position)
);
CREATE TABLE corrected_claims (
  claim_id TEXT NOT NULL REFERENCES claims(id), corrected_by TEXT NOT NULL, position INTEGER NOT NULL,
  PRIMARY KEY (claim_id, corrected_by, position), FOREIGN KEY (corrected_by, position) REFERENCES corrections
);
CREATE TABLE findings (
  id INTEGER PRIMARY KEY, code TEXT NOT NULL, rule TEXT NOT NULL, severity TEXT NOT NULL, state TEXT NOT NULL,
  message TEXT NOT NULL, subject TEXT, property TEXT, file TEXT NOT NULL, line INTEGER NOT NULL,
  "column" INTEGER NOT NULL, resolution TEXT
);
CREATE TABLE finding_claims (
  finding_id INTEGER NOT NULL REFERENCES findings(id), claim_id TEXT NOT NULL REFERENCES claims(id),
  PRIMARY KEY (finding_id, claim_id)
);
CREATE INDEX evidence_by_source ON evidence(source_id);
CREATE INDEX claims_by_subject ON claims(subject, property);
"""


class ExportError(Exception):
    """The export cannot be written; the message says why."""


def is_previous_export(path: Path) -> bool:
    """Whether ``path`` is a regular file holding a claimtrack export (read only, nothing created)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a FIFO would block sqlite's open, a device would be read
    except OSError:
        return False
    # In a URI a name's "#", "?" and "%" would start a fragment, a query or an escape: another file
    # would be checked (and "notes#.db" would create "notes"), so the path is percent-encoded.
    uri = "file:" + quote(os.path.abspath(path).encode("utf-8", "surrogateescape")) + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return False
    try:
        row = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", (MARKER_TABLE,)
        ).fetchone()
        return bool(row and row[0])
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _fill(connection: sqlite3.Connection, result: CheckResult, index: ClaimIndex) -> None:
    workspace = index.workspace
    connection.executescript(SCHEMA)
    connection.execute("INSERT INTO claimtrack_export VALUES (?, ?)", (EXPORT_FORMAT, __version__))
    for source_id, item in sorted(workspace.sources.items()):
        s = item.model
        connection.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                source_id, s.title, s.kind.value, s.publisher, s.container,
                None if s.published is None else str(s.published), s.url,
                None if s.accessed is None else str(s.accessed), s.language, s.text, s.sha256, s.note, item.path,
            ),
        )  # fmt: skip
    for source_id, item in sorted(workspace.sources.items()):
        for relation in ("derived_from", "cites"):
            for target in sorted(set(getattr(item.model, relation))):
                connection.execute("INSERT INTO source_links VALUES (?, ?, ?)", (source_id, target, relation))
    for source_id, item in sorted(workspace.sources.items()):
        for position, fix in enumerate(item.model.corrects):
            connection.execute(
                "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?)",
                (source_id, position, fix.source, fix.kind.value, fix.quote, fix.replacement, fix.note),
            )
    for entity_id, entity_item in sorted(workspace.entities.items()):
        e = entity_item.model
        connection.execute(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?)", (entity_id, e.kind.value, e.label, e.part_of, e.description)
        )
        for alias in sorted(set(e.aliases)):
            connection.execute("INSERT INTO entity_aliases VALUES (?, ?)", (entity_id, alias))
    for property_id, property_item in sorted(workspace.properties.items()):
        p = property_item.model
        connection.execute(
            "INSERT INTO properties VALUES (?, ?, ?, ?, ?)",
            (property_id, p.label, p.claim_type.value, int(p.single_valued), p.unit),
        )
    for claim_id, claim_item in index.claims.items():
        c = claim_item.model
        review = c.review
        connection.execute(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                claim_id, claim_item.path, c.type, c.statement, c.subject, c.property, describe_value(c),
                json.dumps(value_as_written(c), sort_keys=True, ensure_ascii=False), c.place, c.modality.value,
                c.status.value, None if review is None else review.by, None if review is None else str(review.on),
                None if review is None else review.note, len(index.origins(claim_id)),
            ),
        )  # fmt: skip
        for position, link in enumerate(c.evidence):
            connection.execute(
                "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (claim_id, position, link.source, link.stance.value, link.quote, link.prefix, link.suffix, link.note),
            )
    for claim_id, corrected in sorted(index.corrected.items()):
        for passage in corrected.passages:
            position = workspace.sources[passage.by].model.corrects.index(passage.correction)
            connection.execute("INSERT INTO corrected_claims VALUES (?, ?, ?)", (claim_id, passage.by, position))
    for number, f in enumerate(result.findings, start=1):
        connection.execute(
            "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                number, f.code, f.rule, f.severity.value, f.state.value, f.message, f.subject, f.property,
                f.path, f.line, f.column, f.resolution,
            ),
        )  # fmt: skip
        for claim_id in sorted(set(f.claims)):
            connection.execute("INSERT INTO finding_claims VALUES (?, ?)", (number, claim_id))


def export_sqlite(result: CheckResult, target: Path) -> None:
    """Write the database to ``target`` (atomically), refusing to replace anything but a previous export."""
    index = result.require_index()
    if not result.validation.success:
        raise ExportError("the repository has invalid files; run 'claimtrack validate' and fix them first")
    if os.path.lexists(target) and not is_previous_export(target):
        raise ExportError(f"{target} exists and is not a claimtrack export; claimtrack will not overwrite it")
    with replacing(target) as temporary:
        connection = sqlite3.connect(temporary)
        try:
            # Keys are checked once everything is in (an entity may lie in one inserted after it).
            with connection:
                _fill(connection, result, index)
            problems = connection.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise ExportError(f"the export would break {len(problems)} foreign key(s); this is a bug")
        finally:
            connection.close()
