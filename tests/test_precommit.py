"""The hooks of .pre-commit-hooks.yaml, run by the real pre-commit framework on a real git repository.

A claims repository in a temporary folder points its .pre-commit-config.yaml at this checkout
(at its current commit), installs the hooks, and commits: a good claim passes, a bad one is
blocked with its path:line:col message. pre-commit builds the hooks' environment once per test
session, in a temporary PRE_COMMIT_HOME.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimtrack.repository.discover import FileKind, schema_line
from rulekit import claim, repo

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parents[1]


def _run(root: Path, env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=root, env=env, capture_output=True, text=True, check=check)


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }


def _project_commit(env: dict[str, str]) -> str:
    completed = _run(PROJECT, env, "git", "rev-parse", "HEAD", check=False)
    if completed.returncode != 0:
        pytest.skip("the project checkout is not a git repository")
    return completed.stdout.strip()


@pytest.fixture
def claims_repo(tmp_path: Path, environment: dict[str, str]) -> Path:
    root = repo(tmp_path, claim("s2016", "'2016-11-29'", status="supported"))
    for relative, kind in (
        ("vocabulary/properties.yaml", FileKind.PROPERTIES),
        ("vocabulary/entities/all.yaml", FileKind.ENTITIES),
    ):
        path = root / relative
        path.write_text(
            f"{schema_line(relative, kind)}\n{path.read_text(encoding='utf-8')}", encoding="utf-8"
        )  # as fmt lays it out
    (root / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"  - repo: {PROJECT.as_posix()}\n"
        f"    rev: {_project_commit(environment)}\n"
        "    hooks:\n"
        "      - id: claimtrack-validate\n"
        "      - id: claimtrack-fmt\n"
        "      - id: claimtrack-check\n",
        encoding="utf-8",
    )
    _run(root, environment, "git", "init", "-q", "-b", "main")
    _run(root, environment, sys.executable, "-m", "pre_commit", "install")
    return root


def _commit(root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    _run(root, env, "git", "add", "-A")
    return _run(root, env, "git", "commit", "-q", "-m", "change", check=False)


def test_a_good_commit_passes(claims_repo: Path, environment: dict[str, str]) -> None:
    completed = _commit(claims_repo, environment)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "claimtrack validate" in completed.stdout + completed.stderr


def test_a_bad_claim_is_blocked_with_its_location(claims_repo: Path, environment: dict[str, str]) -> None:
    assert _commit(claims_repo, environment).returncode == 0
    path, text = claim("typo", "'2016-11-29'", property="signed_in")
    (claims_repo / path).write_text(text, encoding="utf-8")
    completed = _commit(claims_repo, environment)
    output = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "claims/typo.yaml:6:11: CT113 unknown property 'signed_in'; did you mean 'signed_on'?" in output


def test_a_conflicting_claim_is_blocked_by_the_whole_repository_hook(
    claims_repo: Path, environment: dict[str, str]
) -> None:
    assert _commit(claims_repo, environment).returncode == 0
    path, text = claim("s2017", "'2017-11-29'", evidence=[("a", "supports", "Delta epsilon")])
    (claims_repo / path).write_text(text, encoding="utf-8")
    completed = _commit(claims_repo, environment)
    output = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "claimtrack check" in output
    assert "claims/s2016.yaml:7:8: CT201 [error] treaty-mtc signed_on: 2 claims give values" in output


def test_the_fmt_hook_rewrites_and_fails_the_commit_once(claims_repo: Path, environment: dict[str, str]) -> None:
    assert _commit(claims_repo, environment).returncode == 0
    path, text = claim("s2017", "'2017'", property="ratified_on", status=None)
    (claims_repo / path).write_text(text.replace("value: '2017'", "value: 2017-03"), encoding="utf-8")
    first = _commit(claims_repo, environment)
    assert first.returncode != 0
    assert "files were modified by this hook" in first.stdout + first.stderr
    assert "value: '2017-03'" in (claims_repo / path).read_text(encoding="utf-8")
    assert _commit(claims_repo, environment).returncode == 0


def test_the_validate_hook_alone_blocks_a_quote_not_in_its_source(
    claims_repo: Path, environment: dict[str, str]
) -> None:
    """A repository that runs only the validate hook cannot commit a quote its source does not hold."""
    config = claims_repo / ".pre-commit-config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text[: text.index("      - id: claimtrack-fmt")], encoding="utf-8")
    assert _commit(claims_repo, environment).returncode == 0
    path = claims_repo / "claims/s2016.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Alpha beta gamma", "Alpha beta delta"), encoding="utf-8")
    completed = _commit(claims_repo, environment)
    output = completed.stdout + completed.stderr
    assert completed.returncode != 0
    assert "claimtrack check" not in output
    assert (
        "claims/s2016.yaml:13:12: CT203 quote not found in a; closest passage (83% similar, line 1): 'Alpha beta gamma'\n"
        "1 error in 1 file (1 file checked)\n"
    ) in output
