"""Parse one file's bytes into plain data plus the position of every key and value.

Parsing is safe by construction: the C-backed composer builds a node tree and
this module turns nodes into dicts, lists, strings, numbers and booleans
itself. No tag ever constructs an object, aliases are refused (so no alias
bomb can expand), and YAML 1.2 resolution keeps ``on:`` and ``no`` strings.
Every problem is returned as a diagnostic, never raised.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.limits import limit
from claimtrack.repository.yaml_composer import compose_all, could_exceed, scan_limits

_CORE = "tag:yaml.org,2002:"
PathKey = tuple[str | int, ...]


class Position(NamedTuple):
    """Where a key or value was written (1-based). A named tuple: a parse makes dozens per file."""

    line: int
    column: int


@dataclass
class Document:
    """A parsed file: its data and where each piece of it was written (1-based)."""

    path: str
    text: str
    data: Any
    value_positions: Mapping[PathKey, Position] = field(default_factory=dict)
    key_positions: Mapping[PathKey, Position] = field(default_factory=dict)

    def locate(self, loc: PathKey, *, at_key: bool = False) -> Position:
        """The position of the deepest existing part of ``loc``."""
        values, keys = self.value_positions, self.key_positions
        for end in range(len(loc), -1, -1):
            prefix = loc[:end]
            if at_key and prefix in keys:
                return keys[prefix]
            if prefix in values:
                return values[prefix]
        return Position(1, 1)


class _Refused(Exception):
    def __init__(self, problem: Diagnostic) -> None:
        self.problem = problem


def _position(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _scalar(node: ScalarNode, path: str) -> Any:
    tag, text = node.tag or "", node.value
    if not tag.startswith(_CORE) and tag != "!":
        pos = _position(node)
        raise _Refused(diagnostic("CT009", path, pos.line, pos.column, tag=tag))
    kind = tag[len(_CORE) :]
    if kind in ("str", "timestamp") or tag == "!":
        # A timestamp stays the text written: dates are partial dates, validated by the model.
        return text
    if kind == "null":
        return None
    if kind == "bool":
        return text.lower() == "true"
    if kind == "int":
        return _integer(node, path)
    if kind == "float":
        lowered = text.lower().replace("_", "")
        if lowered.endswith(".inf"):
            return float("-inf") if lowered.startswith("-") else float("inf")
        if lowered.endswith(".nan"):
            return float("nan")
        try:
            return float(lowered)
        except ValueError:
            # The resolver's patterns accept forms such as `._` or `-._e+1` that are not numbers: YAML 1.2's
            # core schema reads what does not match a number as a string.
            return text
    pos = _position(node)
    raise _Refused(diagnostic("CT009", path, pos.line, pos.column, tag=tag))


MAX_INTEGER_DIGITS = 4300
"""Longest integer read, in decimal digits (Python's own limit for turning text into an int and back)."""
_MAX_INTEGER = 10**MAX_INTEGER_DIGITS


def _integer(node: ScalarNode, path: str) -> int | str:
    digits = node.value.replace("_", "")
    unsigned = digits.lstrip("+-")
    written = len(unsigned) - (2 if unsigned[1:2] in ("x", "o", "b") else 0)
    # A longer text is refused before any conversion: a long decimal makes int() raise, and a long
    # hexadecimal one makes a number that no JSON writer takes.
    if written <= MAX_INTEGER_DIGITS:
        try:
            value = int(digits, 0)
        except ValueError:
            try:
                value = int(digits, 10)
            except ValueError:
                # The resolver's patterns accept forms such as `+_` or `0x_` that are not numbers: YAML 1.2's
                # core schema reads what does not match a number as a string.
                return str(node.value)
        if -_MAX_INTEGER < value < _MAX_INTEGER:
            return value
    pos = _position(node)
    raise _Refused(diagnostic("CT015", path, pos.line, pos.column, limit=MAX_INTEGER_DIGITS))


_KEY_TAGS = frozenset(_CORE + kind for kind in ("str", "int", "float", "bool", "null", "timestamp"))
"""What a key may resolve to: a key stays the text written, but a tag of any other kind is refused, as on a value."""


class _Builder:
    def __init__(self, path: str, max_depth: int) -> None:
        self.path = path
        self.max_depth = max_depth
        self.seen: set[int] = set()
        self.values: dict[PathKey, Position] = {}
        self.keys: dict[PathKey, Position] = {}

    def build(self, node: Node, where: PathKey) -> Any:
        if id(node) in self.seen:
            # An alias shares its anchor's node, so the node's own mark is the anchor's: point at the key instead.
            pos = self.keys.get(where, _position(node))
            raise _Refused(diagnostic("CT010", self.path, pos.line, pos.column))
        self.seen.add(id(node))
        mark = node.start_mark
        self.values[where] = pos = Position(mark.line + 1, mark.column + 1)
        if len(where) > self.max_depth:
            raise _Refused(diagnostic("CT012", self.path, pos.line, pos.column, limit=self.max_depth))
        if isinstance(node, ScalarNode):
            return _scalar(node, self.path)
        if node.tag not in (_CORE + "map", _CORE + "seq"):
            pos = _position(node)
            raise _Refused(diagnostic("CT009", self.path, pos.line, pos.column, tag=node.tag))
        if isinstance(node, SequenceNode):
            return [self.build(item, (*where, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, MappingNode)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key_mark = key_node.start_mark
            key_pos = Position(key_mark.line + 1, key_mark.column + 1)
            if not isinstance(key_node, ScalarNode) or key_node.tag == _CORE + "merge":
                raise _Refused(
                    diagnostic(
                        "CT004",
                        self.path,
                        key_pos.line,
                        key_pos.column,
                        reason="mapping keys must be plain words (no merge keys, lists or mappings as keys)",
                    )
                )
            if key_node.tag != "!" and key_node.tag not in _KEY_TAGS:
                raise _Refused(diagnostic("CT009", self.path, key_pos.line, key_pos.column, tag=key_node.tag))
            key = key_node.value
            if key in result:
                first = self.keys[(*where, key)]
                raise _Refused(
                    diagnostic("CT006", self.path, key_pos.line, key_pos.column, key=key, first_line=first.line)
                )
            self.keys[(*where, key)] = key_pos
            result[key] = self.build(value_node, (*where, key))
        return result


def text_of(raw: bytes) -> str:
    """The text of bytes that have decoded before (a byte-order mark is not part of it)."""
    return (raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw).decode("utf-8")


def _decode(raw: bytes, path: str) -> str | Diagnostic:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = _line_column(raw, nul)
        return diagnostic("CT003", path, line, column, reason="NUL byte in file; this is not a text file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_column(raw, error.start)
        return diagnostic(
            "CT003", path, line, column, reason=f"invalid UTF-8 (byte 0x{raw[error.start]:02x}); save the file as UTF-8"
        )


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


def _tab_in_indentation(text: str, line: int) -> int | None:
    lines = text.splitlines()
    if 1 <= line <= len(lines):
        current = lines[line - 1]
        indent = current[: len(current) - len(current.lstrip(" \t"))]
        if "\t" in indent:
            return indent.index("\t") + 1
    return None


def _syntax_problem(error: YAMLError, text: str, path: str) -> Diagnostic:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    for candidate in (line, line - 1):
        tab_column = _tab_in_indentation(text, candidate)
        if tab_column is not None:
            return diagnostic("CT005", path, candidate, tab_column)
    if isinstance(error, MarkedYAMLError):
        reason = error.problem or error.context or "syntax error"
    else:
        reason = str(error).splitlines()[0]
    return diagnostic("CT004", path, line, column, reason=reason)


def parse_document(raw: bytes, path: str, expected: str, *, max_bytes: int | None = None) -> Document | Diagnostic:
    """Turn a file's bytes into a Document, or the first problem that stops it being read.

    ``expected`` names what the file should hold (e.g. "claim") for messages. Limits come
    from claimtrack.repository.limits unless ``max_bytes`` is given.
    """
    max_bytes = limit("max_file_bytes") if max_bytes is None else max_bytes
    max_depth = limit("max_depth")
    max_nodes = limit("max_nodes")
    if len(raw) > max_bytes:
        return diagnostic("CT002", path, 1, 1, size=len(raw), limit=max_bytes)
    text = _decode(raw, path)
    if isinstance(text, Diagnostic):
        return text
    if could_exceed(text, max_nodes):
        refused = scan_limits(text, path, max_depth, max_nodes)
        if refused is not None:
            return refused
    try:
        nodes = compose_all(text)
    except YAMLError as error:
        return _syntax_problem(error, text, path)
    except RecursionError:
        return diagnostic("CT012", path, 1, 1, limit=max_depth)
    if not nodes or (isinstance(nodes[0], ScalarNode) and nodes[0].tag == _CORE + "null" and len(nodes) == 1):
        return diagnostic("CT011", path, 1, 1, expected=expected)
    if len(nodes) > 1:
        pos = _position(nodes[1])
        return diagnostic("CT008", path, pos.line, pos.column)
    root = nodes[0]
    if not isinstance(root, MappingNode):
        pos = _position(root)
        found = "a list" if isinstance(root, SequenceNode) else "a single value"
        return diagnostic("CT007", path, pos.line, pos.column, found=found, expected=expected)
    builder = _Builder(path, max_depth)
    try:
        data = builder.build(root, ())
    except _Refused as refused:
        return refused.problem
    return Document(path=path, text=text, data=data, value_positions=builder.values, key_positions=builder.keys)
