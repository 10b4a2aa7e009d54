from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No deadline and no too_slow health check: on a loaded machine (the suite runs in parallel, beside other work) an
# example's time says how busy the machine is, not how slow the code is. A test that sets its own
# suppress_health_check replaces this list, so it names too_slow again.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", deadline=None, max_examples=5000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


EXPECTED = Path(__file__).parent / "expected"

# The audit events of starting a process: a new program (subprocess, os.exec*, os.spawn*, os.posix_spawn,
# os.system) or a copy of this one (os.fork, as multiprocessing does).
_PROCESS_EVENTS = frozenset(
    {"subprocess.Popen", "os.exec", "os.fork", "os.forkpty", "os.posix_spawn", "os.spawn", "os.system"}
)
_STARTED: list[list[str]] = []


def _note_started(event: str, args: tuple[object, ...]) -> None:
    if _STARTED and event in _PROCESS_EVENTS:
        _STARTED[-1].append(f"{event} {args[1] if event == 'subprocess.Popen' else args[0]!r}")


sys.addaudithook(_note_started)


def _watch_processes(item: pytest.Item) -> Generator[None, object, object]:
    """Fail a test that starts a process without the ``slow`` marker, so that ``-m "not slow"`` (the inner loop in
    CONTRIBUTING.md) really leaves out every test that pays for a process, an environment or the browser."""
    started: list[str] = []
    _STARTED.append(started)
    try:
        result = yield
    finally:
        _STARTED.remove(started)
    if started and item.get_closest_marker("slow") is None:
        pytest.fail(f"{item.nodeid} starts a process but is not marked slow (pytest.mark.slow): {started[0]}")
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _watch_processes(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    return (yield from _watch_processes(item))


@pytest.fixture(autouse=True)
def installed_from_an_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """In this process `claimtrack init` sees claimtrack as installed from a package index, so its output is the
    same on every machine and it reads no git checkout; tests/test_init_installs.py and the tutorial's test
    run init from real installs, and tests/test_install_source.py reads each kind of install record."""
    from claimtrack.authoring import install_source

    monkeypatch.setattr(install_source, "this_install", install_source.from_index)


@pytest.fixture(scope="session", autouse=True)
def private_key_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test, and every process a test starts, signs cache stores with a key kept in a folder of this
    session's own, never in the developer's user cache folder. A test that switches keys sets
    CLAIMTRACK_KEY_DIR itself (monkeypatch restores this one after it)."""
    folder = tmp_path_factory.mktemp("signing-key")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLAIMTRACK_KEY_DIR", str(folder))
        yield folder


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Write the outputs the golden-file tests produce to tests/expected/ instead of comparing them.",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare an output with ``tests/expected/NAME``; with --update-golden, write it there instead, so that a
    changed output shows as a diff to review."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = EXPECTED / name
        if update:
            path.write_text(actual, encoding="utf-8", newline="")
            return
        assert actual == path.read_text(encoding="utf-8"), f"{name} differs; see CONTRIBUTING.md, Golden files"

    return check
