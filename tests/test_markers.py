"""The ``slow`` marker is on every test whose module starts a process for it, read from the tests' source.

tests/conftest.py fails a test that starts a process unmarked when it runs; this finds the plain cases (the test, a
helper or a fixture of its module calling ``subprocess``, ``run_capped`` or ``sys.executable``) without running
anything, so that a test written without the marker fails in the inner loop too, where the slow tests never run."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).parent

PROCESS_NAMES = frozenset({"subprocess", "run_capped", "Popen", "check_output", "check_call"})
"""Names that start a process when called or used: the module, and what tests import from it or from helpers."""


@dataclass(frozen=True)
class FoundTest:
    path: Path
    name: str
    line: int
    starts: str | None
    """The name that starts a process, directly or through a helper or fixture of the module; None if none."""
    marked: bool


def _is_slow_mark(node: ast.expr) -> bool:
    """``pytest.mark.slow``, alone or in a list or tuple (a ``pytestmark`` or a decorator)."""
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_slow_mark(element) for element in node.elts)
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "slow"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "mark"
    )


def _process_use(node: ast.AST) -> str | None:
    """The first process-starting name ``node`` uses (``sys.executable`` included)."""
    for child in ast.walk(node):
        if isinstance(child, ast.Name) and child.id in PROCESS_NAMES:
            return child.id
        if (
            isinstance(child, ast.Attribute)
            and child.attr == "executable"
            and isinstance(child.value, ast.Name)
            and child.value.id == "sys"
        ):
            return "sys.executable"
    return None


def _names_used(node: ast.AST) -> set[str]:
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name)}


def _functions(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef, bool]]:
    """Every function at module level or in a class, with whether its class is marked slow."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            yield node, False
        elif isinstance(node, ast.ClassDef):
            class_marked = any(_is_slow_mark(decorator) for decorator in node.decorator_list)
            for member in node.body:
                if isinstance(member, ast.FunctionDef):
                    yield member, class_marked


def read_tests(path: Path) -> list[FoundTest]:
    """The test functions of one module, each with what starts a process for it and whether it is marked slow."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_marked = any(
        isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Name) and target.id == "pytestmark" for target in node.targets)
        and _is_slow_mark(node.value)
        for node in tree.body
    )
    functions = list(_functions(tree))
    # A helper or fixture starts a process if it uses a process name or names another one that does.
    starts: dict[str, str] = {}
    for function, _ in functions:
        if (use := _process_use(function)) is not None:
            starts[function.name] = use
    changed = True
    while changed:
        changed = False
        for function, _ in functions:
            if function.name in starts:
                continue
            through = sorted(_names_used(function) & starts.keys())
            if through:
                starts[function.name] = f"{through[0]} ({starts[through[0]]})"
                changed = True
    found = []
    for function, class_marked in functions:
        if not function.name.startswith("test"):
            continue
        cause = starts.get(function.name)
        if cause is None:
            fixtures = sorted({argument.arg for argument in function.args.args} & starts.keys())
            cause = f"fixture {fixtures[0]} ({starts[fixtures[0]]})" if fixtures else None
        marked = module_marked or class_marked or any(_is_slow_mark(d) for d in function.decorator_list)
        found.append(FoundTest(path, function.name, function.lineno, cause, marked))
    return found


def test_every_test_that_starts_a_process_is_marked_slow() -> None:
    unmarked = [
        f"{test.path.relative_to(TESTS.parent).as_posix()}:{test.line}: {test.name} uses {test.starts}"
        for path in sorted(TESTS.rglob("test_*.py"))
        for test in read_tests(path)
        if test.starts is not None and not test.marked
    ]
    assert unmarked == [], "mark these with pytest.mark.slow (or the module with pytestmark):\n" + "\n".join(unmarked)


def test_the_reading_finds_a_process_through_a_helper_and_a_fixture(tmp_path: Path) -> None:
    module = tmp_path / "test_example.py"
    module.write_text(
        "import subprocess, sys\nimport pytest\n\n"
        "def run(*args):\n    return subprocess.run(args)\n\n"
        "def twice():\n    run('a')\n    run('b')\n\n"
        "@pytest.fixture\ndef built():\n    return sys.executable\n\n"
        "def test_through_helper():\n    twice()\n\n"
        "@pytest.mark.slow\ndef test_marked():\n    run('c')\n\n"
        "def test_through_fixture(built):\n    pass\n\n"
        "def test_in_process():\n    assert 1\n",
        encoding="utf-8",
    )
    found = {test.name: (test.starts, test.marked) for test in read_tests(module)}
    assert found == {
        "test_through_helper": ("twice (run (subprocess))", False),
        "test_marked": ("run (subprocess)", True),
        "test_through_fixture": ("fixture built (sys.executable)", False),
        "test_in_process": (None, False),
    }
