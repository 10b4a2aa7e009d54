"""The package as the release workflow builds it: an sdist and a wheel that pass `twine check --strict`, carrying
the version from its one place, the starter files init writes and the report's assets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimtrack import __version__

PROJECT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_package_builds_and_passes_twine_check(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "build", "--outdir", str(dist), str(PROJECT)]
    completed = subprocess.run(build, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    wheel = dist / f"claimtrack-{__version__}-py3-none-any.whl"
    assert {p.name for p in dist.iterdir()} == {f"claimtrack-{__version__}.tar.gz", wheel.name}
    check = [sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(dist.iterdir()))]
    completed = subprocess.run(check, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "claimtrack/authoring/starter/pre-commit-git.yaml",
        "claimtrack/authoring/starter/pre-commit-python.yaml",
        "claimtrack/authoring/starter/workflow.yml",
    ):
        assert needed in names


def test_the_release_workflow_builds_checks_and_publishes_on_a_version_tag() -> None:
    workflow = YAML(typ="safe").load((PROJECT / ".github/workflows/release.yml").read_text(encoding="utf-8"))
    assert workflow["on"] == {"push": {"tags": ["v*"]}}
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    runs = "\n".join(step.get("run", "") for step in build["steps"])
    assert "python -m build" in runs
    assert "twine check --strict dist/*" in runs
    assert 'if [ "$TAG" != "v$version" ]' in runs
    assert publish["permissions"] == {"id-token": "write"}  # trusted publishing: no stored token
    assert publish["steps"][-1] == {"uses": "pypa/gh-action-pypi-publish@release/v1"}
    assert "password" not in str(publish)
