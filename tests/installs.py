"""Helpers for tests that install claimtrack as a user would: a clone of this checkout at its commit, a new
virtual environment with claimtrack installed in it by pip, and a shell environment without this one's PATH.

The new environments get claimtrack's dependencies from the test environment (a .pth file names its
site-packages) and install only what they are given, without dependencies, so each takes seconds.
"""

from __future__ import annotations

import os
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SYSTEM_PATH = os.pathsep.join(p for p in ("/usr/local/bin", "/usr/bin", "/bin") if Path(p).is_dir())
"""A PATH with git and the system's tools, and no claimtrack: not this environment's bin folder."""


def shell_env(**extra: str) -> dict[str, str]:
    """This process's environment with no virtual environment active and the system's PATH, for git as a user
    with a name and no global configuration."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    env |= {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull}
    env |= {"GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": SYSTEM_PATH}
    env.pop("GITHUB_ACTIONS", None)
    return env | extra


def run(cwd: Path, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command that must succeed; its output is in the assertion's message when it does not."""
    command = [str(a) for a in args]
    completed = subprocess.run(command, cwd=cwd, env=env or shell_env(), capture_output=True, text=True, check=False)
    assert completed.returncode == 0, f"{command}: {completed.stdout}{completed.stderr}"
    return completed


def clone_at_head(where: Path) -> tuple[Path, str]:
    """A clone of this checkout in ``where``/claimtrack, and its commit (uncommitted changes are not in it)."""
    if not (PROJECT / ".git").exists():
        pytest.skip("the project checkout is not a git repository")
    folder = where / "claimtrack"
    run(PROJECT, "git", "clone", "-q", "--no-hardlinks", PROJECT, folder)
    return folder, run(folder, "git", "rev-parse", "HEAD").stdout.strip()


def file_url(folder: Path) -> str:
    """A local repository's URL as pip and git both take it."""
    return f"file://localhost{folder}"


def installed(where: Path, *pip_args: str | Path) -> Path:
    """A new virtual environment with ``pip install --no-deps pip_args`` run in it; its bin folder."""
    venv.create(where, with_pip=True)
    bin_folder = where / "bin"
    site = run(where, bin_folder / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
    (Path(site.stdout.strip()) / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")
    run(where, bin_folder / "python", "-m", "pip", "install", "-q", "--no-deps", "--ignore-installed", *pip_args)
    return bin_folder
