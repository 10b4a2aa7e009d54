"""The house's order: each wing of ``claimtrack`` imports only the wings below it, so the folder names draw the
architecture (docs/architecture.md). The order is written here once; there is no allow-list.

- ``model``: the pydantic models of the files and the plain values every stage shares;
- ``repository``: files in, diagnostics out (discover, read, parse, load, validate, references, atomic writes);
- ``text``: reading text as words, sentences, quotes, dates and quantities, shared by the engine and drafting;
- ``engine``: the index, comparisons, rules, plans, passages, the check, its result, the report model and diff;
- ``authoring``: the commands' writers (init, new, review, fmt, the vocabulary), then ``drafting`` and ``intake``;
- ``render`` and ``export``: pure functions from a result to text or a file;
- ``cache``: everything kept between runs, behind one door; no wing below it knows it exists;
- ``cli``: options in, exit code out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimtrack"
WINGS = ("model", "repository", "text", "engine", "authoring", "drafting", "intake", "render", "export", "cache", "cli")
"""Every wing, lowest first: a module may import its own wing and the wings before it, never one after."""
TOP_LEVEL = {"__init__.py", "__main__.py"}
"""The only modules outside a wing: the version, and ``python -m claimtrack``."""


def _module_name(path: Path) -> list[str]:
    parts = ["claimtrack", *path.relative_to(PACKAGE).with_suffix("").parts]
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imported(path: Path) -> set[str]:
    """Every claimtrack module name ``path`` imports, relative imports made absolute, with each ``from M import n``
    also counted as ``M.n`` (``from claimtrack import cache`` imports ``claimtrack.cache``)."""
    package = _module_name(path)[:-1] if path.name != "__init__.py" else _module_name(path)
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return {name for name in names if name.startswith("claimtrack.")}


def _wing(module: str) -> str | None:
    """The wing a dotted name under ``claimtrack`` belongs to; None for the package's top level."""
    first = module.split(".")[1]
    return first if first in WINGS else None


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] in WINGS)


def test_every_module_lives_in_a_wing() -> None:
    loose = {path.name for path in PACKAGE.glob("*.py")} - TOP_LEVEL
    folders = {path.name for path in PACKAGE.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert loose == set()
    assert folders == set(WINGS)
    assert len(_modules()) > 100  # the walk found the package


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_imports_point_down_the_wings(path: Path) -> None:
    own = WINGS.index(path.relative_to(PACKAGE).parts[0])
    upward = {
        name
        for name in _imported(path)
        if (wing := _wing(name)) is not None and wing != WINGS[own] and WINGS.index(wing) > own
    }
    assert upward == set()


def test_no_two_modules_share_a_name() -> None:
    """One name per concept: a newcomer who reads ``words`` or ``check`` knows which module is meant."""
    names = [path.stem for path in _modules() if path.name != "__init__.py"]
    assert sorted({name for name in names if names.count(name) > 1}) == []


LINE_BUDGET = 400
"""A module longer than this is usually two (STYLE.md, "Small modules")."""


def test_no_module_is_over_the_line_budget() -> None:
    lengths = {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines()) for path in _modules()
    }
    assert {name: n for name, n in lengths.items() if n > LINE_BUDGET} == {}
