"""The domain reads as if nothing were cached: no domain module imports the cache package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimtrack"
DOMAIN = [
    "models",
    "parse.py",
    "validate_models.py",
    "load.py",
    "validate.py",
    "workspace.py",
    "references.py",
    "index.py",
    "anchoring.py",
    "compare.py",
    "quotes.py",
    "rules",
    "findings.py",
    "partial_dates.py",
    "check.py",
    "originals.py",
    "results.py",
    "report.py",
    "render",
]


def _modules() -> list[Path]:
    found: list[Path] = []
    for name in DOMAIN:
        path = PACKAGE / name
        found.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return found


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_a_domain_module_imports_nothing_from_the_cache(path: Path) -> None:
    assert not {n for n in _imported(path) if n == "claimtrack.cache" or n.startswith("claimtrack.cache.")}
