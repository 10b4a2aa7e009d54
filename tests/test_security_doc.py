"""SECURITY.md lists every limit with its environment variable and default, and bad values are usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.repository.limits import SETTINGS, InvalidSetting, Setting, limit
from helpers import run_main
from rulekit import claim, repo

SECURITY = (Path(__file__).resolve().parents[1] / "SECURITY.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_limit_is_documented_with_its_default(setting: Setting) -> None:
    row = next((line for line in SECURITY.splitlines() if line.startswith(f"| {setting.name} |")), "")
    assert f"`{setting.variable}`" in row
    assert f"| {setting.default}" in row
    assert setting.description in row


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMTRACK_MAX_DEPTH", "8")
    assert limit("max_depth") == 8
    monkeypatch.setenv("CLAIMTRACK_MAX_DEPTH", "-1")
    with pytest.raises(InvalidSetting, match="CLAIMTRACK_MAX_DEPTH must be a positive integer"):
        limit("max_depth")


def test_a_bad_limit_is_a_usage_error(tmp_path: Path) -> None:
    repo(tmp_path, claim("c"))
    ran = run_main("validate", "--root", str(tmp_path), env={"CLAIMTRACK_MAX_FILE_BYTES": "lots"})
    assert (ran.returncode, ran.stderr) == (
        2,
        "claimtrack: CLAIMTRACK_MAX_FILE_BYTES must be a positive integer, not 'lots'\n",
    )
