"""The YAML composer parse.py reads files with: ruamel.yaml's C parser, composing node trees with YAML 1.2
resolution and constructing nothing, and a flat scan of its events for files that might nest too deep or hold
too many nodes.

This is an adapter around ruamel.yaml's internals (its C parser class and its resolver's tables), kept apart so
that ``parse.py`` reads as a plain walk over nodes. Two measured reasons for going below ruamel's public
``YAML`` object: making one looks for plug-ins on disk and defines a loader class per document, which costs
more than parsing a claim file; and its resolver looks up the YAML version and rebuilds its tables for every
scalar (a third of parsing).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import Node, ScalarNode, SequenceNode
from ruamel.yaml.resolver import BaseResolver, VersionedResolver, implicit_resolvers
from ruamel.yaml.tag import Tag

from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.repository.limits import MAXIMA

_YAML_1_2: dict[str | None, list[tuple[str, Any]]] = {}
"""First character of a plain scalar -> the YAML 1.2 tags it may resolve to, with their patterns."""
for _versions, _tag, _pattern, _first in implicit_resolvers:
    if (1, 2) in _versions:
        for _char in _first:
            _YAML_1_2.setdefault(_char, []).append((_tag, _pattern))


@lru_cache(maxsize=8192)
def _implicit_tag(value: str) -> Tag | None:
    """The YAML 1.2 tag a plain scalar resolves to, or None for a string; the same words recur in every file."""
    for tag, pattern in _YAML_1_2.get(value[:1] if value else "", []) + _YAML_1_2.get(None, []):
        if pattern.match(value):
            return Tag(suffix=tag)
    return None


class _Yaml12Resolver(VersionedResolver):
    """YAML 1.2 resolution of plain scalars, from one table built at import and a cache of words seen.

    The C parser does not report a ``%YAML`` directive to the resolver, so every document was
    resolved as YAML 1.2 whatever it says; ruamel's resolver also looked the version up, and
    rebuilt its tables, for every scalar of every file (a third of parsing).
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # No path resolvers are ever added, so a node that is not a plain scalar of a known form gets its kind's tag.
        if kind is ScalarNode:
            tag = _implicit_tag(value) if implicit[0] else None
            return self.DEFAULT_SCALAR_TAG if tag is None else tag
        return self.DEFAULT_SEQUENCE_TAG if kind is SequenceNode else self.DEFAULT_MAPPING_TAG

    def __init__(self, loadumper: Any = None) -> None:
        # Resolution never depends on the loader's version (see above), so none is looked up.
        BaseResolver.__init__(self, loadumper)
        self._loader_version = None
        self._version_implicit_resolver = {}


try:
    from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - ruamel.yaml.clib is installed with ruamel.yaml on CPython
    CParser = None


if CParser is not None:

    class _CComposer(CParser, _Yaml12Resolver):  # type: ignore[misc]
        """The C reader, scanner and parser, composing nodes with YAML 1.2 resolution and building nothing.

        Defined once: ruamel's YAML object defines a new loader class, and sets up a constructor this
        module never uses, for every document it reads.
        """

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            _Yaml12Resolver.__init__(self, loadumper=self)


@lru_cache(maxsize=1)
def _composer() -> YAML:
    """One YAML instance for every file: making one looks for plug-ins on disk, which costs more than parsing."""
    yaml = YAML(typ="safe")
    yaml.Resolver = _Yaml12Resolver
    return yaml


def compose_all(text: str) -> list[Node]:
    """Every document's node tree."""
    if CParser is None:  # pragma: no cover
        return list(_composer().compose_all(text))
    composer = _CComposer(text)
    try:
        nodes = []
        while composer.check_node():
            nodes.append(composer.get_node())
        return nodes
    finally:
        composer.dispose()


COMPOSER_SAFE_DEPTH = MAXIMA["max_depth"]
"""Deepest nesting the C composer is given: it recurses once per level in C, with no check, and past
some tens of thousands of levels the process dies. ``max_depth`` may not be set above it."""


def could_exceed(text: str, max_nodes: int) -> bool:
    """Whether the text might nest deeper than the composer can take or hold more than ``max_nodes`` nodes.

    Each level of nesting opens with one of ``[ { - : ?``, and a text holds at most about one node a
    character (``{a,b,c}``: a key and its empty value for each letter and comma), so a small file with
    few openers is composed directly; others are scanned first.
    """
    if len(text) > max_nodes:
        return True
    openers = text.count("[") + text.count("{") + text.count("-") + text.count(":") + text.count("?")
    return openers > COMPOSER_SAFE_DEPTH


def scan_limits(text: str, path: str, max_depth: int, max_nodes: int) -> Diagnostic | None:
    """The first node nested deeper than ``max_depth`` or beyond the ``max_nodes``-th, from the parser's events.

    The event stream is flat, so this holds one event at a time however deep or long the file is; the
    depth counted is the builder's (a mapping's keys are not nodes of their own level).
    """
    if CParser is None:  # pragma: no cover
        return None
    parser = CParser(text)
    # One entry per open collection: for a mapping, whether its next node is a key.
    open_collections: list[bool | None] = []
    nodes = 0
    try:
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind in (MappingEndEvent, SequenceEndEvent):
                open_collections.pop()
                continue
            if kind not in (ScalarEvent, MappingStartEvent, SequenceStartEvent, AliasEvent):
                if kind is StreamEndEvent:
                    return None
                continue
            nodes += 1
            is_key = bool(open_collections) and open_collections[-1] is True
            if open_collections and open_collections[-1] is not None:
                open_collections[-1] = not open_collections[-1]
            mark = event.start_mark
            if nodes > max_nodes:
                return diagnostic("CT016", path, mark.line + 1, mark.column + 1, limit=max_nodes)
            if not is_key and len(open_collections) > max_depth:
                return diagnostic("CT012", path, mark.line + 1, mark.column + 1, limit=max_depth)
            if kind is MappingStartEvent:
                open_collections.append(True)
            elif kind is SequenceStartEvent:
                open_collections.append(None)
    except YAMLError:
        return None  # composing the text reports the syntax error, at its place
    finally:
        parser.dispose()
