"""`claimtrack init` run by a claimtrack installed three ways, and the hooks it writes run by the real pre-commit.

A clone of this checkout (at its current commit) is installed with pip into new virtual environments: from
its git URL, from its folder, and editable. Each install's own `claimtrack init` must write the install line
that names where it came from. Then, in a shell whose PATH holds no claimtrack, the real pre-commit framework
installs the hooks that init wrote and blocks a commit that adds a disagreement:
pre-commit's own hook environment installs claimtrack, with its dependencies, as a user's would.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimtrack.repository.discover import FileKind, schema_line
from installs import clone_at_head, file_url, installed, run, shell_env
from rulekit import claim, repo

pytestmark = pytest.mark.slow

HOOKS = [{"id": "claimtrack-validate"}, {"id": "claimtrack-fmt"}, {"id": "claimtrack-check"}]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return clone_at_head(tmp_path_factory.mktemp("clone"))


def _init(bin_folder: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return run(folder.parent, bin_folder / "claimtrack", "init", folder.name)


def _written(folder: Path) -> tuple[list[dict[str, object]], str]:
    config = YAML(typ="safe").load((folder / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    workflow = (folder / ".github/workflows/claimtrack.yml").read_text(encoding="utf-8")
    [install] = [line.strip() for line in workflow.splitlines() if "pip install" in line and "claimtrack" in line]
    return config["repos"], install


@pytest.mark.parametrize("how", ["vcs", "folder", "editable"])
def test_init_writes_where_its_claimtrack_came_from(how: str, clone: tuple[Path, str], tmp_path: Path) -> None:
    folder, commit = clone
    url = file_url(folder)
    spec: list[str | Path] = {
        "vcs": [f"claimtrack @ git+{file_url(folder)}@{commit}"],
        "folder": [folder],
        "editable": ["-e", folder],
    }[how]
    bin_folder = installed(tmp_path / "env", *spec)
    completed = _init(bin_folder, tmp_path / "claims")
    repos, install = _written(tmp_path / "claims")
    if how == "vcs":
        assert repos == [{"repo": url, "rev": commit, "hooks": HOOKS}]
        assert f"claimtrack is installed from {url} at commit {commit}\n" in completed.stdout
    else:
        assert repos == [{"repo": str(folder), "rev": commit, "hooks": HOOKS}]
        how_words = "an editable install of it" if how == "editable" else "installed from it"
        assert f"claimtrack is installed from the git checkout {folder} at commit {commit} ({how_words})\n" in (
            completed.stdout
        )
    assert install == f"run: python -m pip install 'claimtrack @ git+{url}@{commit}'"
    assert "GitHub's runners cannot" in completed.stderr


def _claims_repository(folder: Path) -> None:
    """A good claim, with the vocabulary laid out as fmt would, in the repository init made."""
    shutil.rmtree(folder / "vocabulary")
    repo(folder, claim("s2016", "'2016-11-29'", status="supported"))
    for relative, kind in (
        ("vocabulary/properties.yaml", FileKind.PROPERTIES),
        ("vocabulary/entities/all.yaml", FileKind.ENTITIES),
    ):
        path = folder / relative
        path.write_text(f"{schema_line(relative, kind)}\n{path.read_text(encoding='utf-8')}", encoding="utf-8")


def test_the_hooks_init_writes_run_where_claimtrack_is_not_on_path(clone: tuple[Path, str], tmp_path: Path) -> None:
    folder, commit = clone
    bin_folder = installed(tmp_path / "env", f"claimtrack @ git+{file_url(folder)}@{commit}")
    claims = tmp_path / "claims"
    _init(bin_folder, claims)
    _claims_repository(claims)
    env = shell_env(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"))
    assert shutil.which("claimtrack", path=env["PATH"]) is None
    run(claims, "git", "init", "-q", "-b", "main", env=env)
    # pre-commit's hook script runs pre-commit with the interpreter that installed it, as `pipx install
    # pre-commit` would; claimtrack itself comes only from the environment pre-commit builds for the hooks.
    run(claims, sys.executable, "-m", "pre_commit", "install", env=env)
    run(claims, "git", "add", "-A", env=env)
    first = subprocess.run(["git", "commit", "-q", "-m", "one"], cwd=claims, env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "claimtrack check" in first.stdout + first.stderr
    path, text = claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")])
    (claims / path).write_text(text, encoding="utf-8")
    run(claims, "git", "add", "-A", env=env)
    second = subprocess.run(["git", "commit", "-q", "-m", "two"], cwd=claims, env=env, capture_output=True, text=True)
    assert second.returncode == 1
    assert "claims/s2016.yaml:7:8: CT201 [error] treaty-mtc signed_on: 2 claims give values" in second.stderr
