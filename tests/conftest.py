from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", deadline=None, max_examples=5000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


EXPECTED = Path(__file__).parent / "expected"


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
