"""The scripts of benchmarks/ as modules for tests (they are not a package: each imports its neighbours by name)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def benchmark_module(name: str, as_name: str | None = None) -> ModuleType:
    """benchmarks/``name``.py loaded as the module ``as_name`` (its own name by default), registered in
    ``sys.modules`` when no module of that name is there yet (so that its neighbours import this one)."""
    spec = importlib.util.spec_from_file_location(as_name or name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(as_name or name, module)
    spec.loader.exec_module(module)
    return module
