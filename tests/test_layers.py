"""The domain reads as if nothing were cached: only the commands (``cli/``), ``diff.py`` and the cache package
itself import the cache package; every other module of claimtrack, present or added later, must not."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimtrack"
MAY_IMPORT_THE_CACHE = ("cli/", "diff.py", "cache/")
"""Paths under the package (a folder ends with /) whose modules may import ``claimtrack.cache``."""


def _domain_modules() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.relative_to(PACKAGE).as_posix().startswith(MAY_IMPORT_THE_CACHE)
    ]


def _module_name(path: Path) -> list[str]:
    parts = ["claimtrack", *path.relative_to(PACKAGE).with_suffix("").parts]
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imported(path: Path) -> set[str]:
    """Every module name ``path`` imports, relative imports made absolute, with each ``from M import n`` also
    counted as ``M.n`` (``from claimtrack import cache`` imports ``claimtrack.cache``)."""
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
    return names


def test_the_allow_list_names_what_exists() -> None:
    assert all((PACKAGE / name.rstrip("/")).exists() for name in MAY_IMPORT_THE_CACHE)
    assert len(_domain_modules()) > 50  # the walk found the package


@pytest.mark.parametrize("path", _domain_modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_domain_module_imports_nothing_from_the_cache(path: Path) -> None:
    assert not {n for n in _imported(path) if n == "claimtrack.cache" or n.startswith("claimtrack.cache.")}
