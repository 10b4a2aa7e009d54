"""The canonical layout of claimtrack files, written with ruamel.yaml's round-trip mode.

Canonical means: the yaml-language-server schema line first (on every kind of file),
keys in the models' order, dates and checksums as quoted strings, two-space
indentation with list items indented under their key, and no line folding.
Every comment line, the author's wording and the quoting of other strings survive; the one line
fmt owns is the schema line, which it writes in its canonical form.
Formatting never changes what a file means: the result is loaded again and its
model compared with the original's before anything is written.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic, Severity
from claimtrack.repository.confined import Escape, write_inside
from claimtrack.repository.discover import FileKind, RepoFile, schema_line
from claimtrack.repository.load import load_file
from claimtrack.repository.parse import parse_document
from claimtrack.repository.validate_models import validate_document

# The models' fields, in the order files lay them out; tests/test_fmt.py ties every list to its models.
CLAIM_ORDER = (
    "id", "type", "statement", "summary", "subject", "property", "value", "place", "participants", "holder",
    "as_of", "valid_from", "valid_until", "began", "ended", "absolute", "modality", "said", "status", "evidence",
    "review", "tags",
)  # fmt: skip
SOURCE_ORDER = (
    "id", "title", "kind", "authors", "publisher", "container", "published", "url", "accessed",
    "language", "text", "sha256", "original", "original_sha256", "extracted_with", "derived_from", "cites", "corrects",
    "not_claims", "note",
)  # fmt: skip
NESTED_ORDER = {
    "evidence": ("source", "stance", "quote", "prefix", "suffix", "note"),
    "review": ("by", "on", "note"),
    "said": ("by", "setting", "on"),
    "corrects": ("source", "kind", "quote", "replacement", "note"),
    "not_claims": ("quote", "value", "why"),
    "value": ("exactly", "about", "tolerance", "more_than", "at_least", "less_than", "at_most", "unit", "per"),
    "properties": ("id", "label", "claim_type", "single_valued", "value_kinds", "unit", "not_before", "description"),
    "entities": ("id", "kind", "label", "aliases", "part_of", "disjoint", "description"),
}
TOP_ORDER = {FileKind.CLAIM: CLAIM_ORDER, FileKind.SOURCE: SOURCE_ORDER}
DATE_KEYS = frozenset({"as_of", "valid_from", "valid_until", "began", "ended", "published", "accessed", "on"})
ALWAYS_QUOTED = frozenset({"sha256", "original_sha256"})
# Characters YAML treats as line breaks inside plain or single-quoted text: only double quotes escape them.
_NEEDS_ESCAPES = ("\x85", "\u2028", "\u2029")


def round_trip_yaml() -> YAML:
    """The round-trip reader and writer fmt uses: comments and quoting kept, no folding, fmt's indentation."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 1_000_000
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _reorder(mapping: CommentedMap, order: tuple[str, ...]) -> None:
    """Put known keys in ``order``, unknown ones after them in their own order; comments stay with their keys."""
    ranked = sorted(mapping.keys(), key=lambda k: order.index(k) if k in order else len(order))
    for key in ranked:
        mapping[key] = mapping.pop(key)


def _restyle(value: Any, key: str | None, date_value: bool) -> Any:
    if isinstance(value, float) and type(value) is not float:
        # A round-tripped float keeps the digits it was written with, which can lose precision on output:
        # the canonical form is Python's shortest exact representation.
        return float(value)
    is_date_key = key in DATE_KEYS or (key == "value" and date_value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime) and is_date_key:
        return SingleQuotedScalarString(value.isoformat())  # an unquoted YAML timestamp, read as a date
    if isinstance(value, str):
        if any(ch in value for ch in _NEEDS_ESCAPES):
            return DoubleQuotedScalarString(value)
        if key in ALWAYS_QUOTED or is_date_key:
            return SingleQuotedScalarString(value)
    return value


def _drop_anchor(node: Any) -> None:
    """Anchors mean nothing without aliases, which claimtrack refuses: the canonical form has none."""
    anchor = getattr(node, "anchor", None)
    if anchor is not None and getattr(anchor, "value", None) is not None:
        anchor.value = None


def _canonical(node: Any, key: str | None = None, date_value: bool = False) -> Any:
    _drop_anchor(node)
    if isinstance(node, CommentedMap):
        if key in NESTED_ORDER:
            _reorder(node, NESTED_ORDER[key])
        for child in list(node.keys()):
            node[child] = _canonical(node[child], str(child), date_value)
        return node
    if isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            node[index] = _canonical(item, key, date_value)
        return node
    return _restyle(node, key, date_value)


def _split_head(text: str) -> tuple[list[str], str]:
    """Leading comment and blank lines (without any schema line or document start marker), and the rest."""
    lines = text.lstrip("\ufeff").split("\n")
    head: list[str] = []
    while lines and (lines[0].strip() in ("", "---") or lines[0].lstrip().startswith("#")):
        line = lines.pop(0)
        if line.strip() == "---" or line.lstrip().startswith("# yaml-language-server:"):
            continue
        if line.strip() or head:
            head.append(line.rstrip())
    while head and head[-1] == "":
        head.pop()
    if lines and lines[0].startswith("%"):
        raise ValueError("it starts with a YAML directive; lay it out by hand")
    return head, "\n".join(lines)


def format_text(text: str, relative: PurePosixPath, kind: FileKind) -> str:
    """The canonical text of a file that loads; raises ValueError when the result would mean something else."""
    head, body = _split_head(text.replace("\r\n", "\n"))
    yaml = round_trip_yaml()
    buffer = io.StringIO()
    try:
        try:
            data = yaml.load(body)
        except (ValueError, IndexError) as error:
            # Its constructor turns what the YAML 1.2 patterns call a number into one, and fails on forms
            # that are none (`+_`, `0x_`): the loader reads those as strings, which fmt cannot lay out.
            raise ValueError(f"the round-trip YAML parser cannot read a number in it ({error})") from None
        if isinstance(data, CommentedMap):
            if kind in TOP_ORDER:
                _reorder(data, TOP_ORDER[kind])
            data = _canonical(data, None, kind is FileKind.CLAIM and data.get("type") == "event")
        yaml.dump(data, buffer)
    except YAMLError as error:
        # The C parser that loads files accepts a little more than the round-trip parser (a tab before a
        # colon): such a file is valid but cannot be laid out, and is left as it is.
        problem = str(error).strip().splitlines()
        raise ValueError(f"the round-trip YAML parser cannot read it ({problem[0] if problem else error})") from None
    # Comments the dump put before the first key (one that followed an anchor, say) join the head.
    moved, dumped = _split_head(buffer.getvalue())
    head += [line.strip() for line in moved]
    lines = [schema_line(relative, kind), *head]
    formatted = "\n".join(lines) + ("\n" if lines else "") + dumped
    _same_meaning(text, formatted, relative, kind)
    return formatted


def _model(text: str, relative: PurePosixPath, kind: FileKind) -> Any:
    document = parse_document(text.encode("utf-8"), relative.as_posix(), kind.value)
    if isinstance(document, Diagnostic):
        raise ValueError(document.message)
    model, problems = validate_document(document, kind)
    if model is None:
        raise ValueError("; ".join(p.message for p in problems))
    return model


def _same_meaning(before: str, after: str, relative: PurePosixPath, kind: FileKind) -> None:
    if _model(before, relative, kind) != _model(after, relative, kind):
        raise ValueError("formatting would change what the file means; left as it is")


@dataclass
class FormatResult:
    checked: int = 0
    changed: list[str] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity is Severity.ERROR)


def format_files(root: Path, files: list[RepoFile], *, check: bool) -> FormatResult:
    """Format each file that loads (or, with ``check``, only say which would change)."""
    result = FormatResult()
    for file in files:
        loaded = load_file(root, file)
        errors = [d for d in loaded.diagnostics if d.severity is Severity.ERROR]
        if errors or loaded.document is None:
            result.problems.extend(errors)
            continue
        result.checked += 1
        original = loaded.document.text
        try:
            formatted = format_text(original, file.relative, file.kind)
        except ValueError as error:
            result.problems.append(diagnostic("CT014", file.posix, 1, 1, reason=str(error)))
            continue
        if formatted != original:
            result.changed.append(file.posix)
            if not check:
                try:
                    write_inside(root, root / file.relative, formatted.encode("utf-8"))
                except Escape as escape:
                    result.problems.append(diagnostic("CT014", file.posix, 1, 1, reason=str(escape)))
    return result
