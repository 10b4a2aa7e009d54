"""Where init installs claimtrack from: the PEP 610 record read as a source, and the configs written for each.

The configs are read by pre-commit's own loader, so a config pre-commit would refuse fails here.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pre_commit.clientlib import load_config

from claimtrack import __version__
from claimtrack.authoring.install_source import SourceKind, UnusableSource, from_git, from_record
from claimtrack.authoring.new_repository import HookKind, InitOptions, install_requirement, pre_commit_config

COMMIT = "0123456789abcdef0123456789abcdef01234567"


def _git(folder: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": "/dev/null"}
    env |= {"GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": "/usr/bin:/bin"}
    completed = subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True, check=True)
    return completed.stdout.strip()


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    folder = tmp_path / "claimtrack-checkout"
    folder.mkdir()
    _git(folder, "init", "-q", "-b", "main")
    (folder / "setup.txt").write_text("one\n", encoding="utf-8")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-m", "one")
    return folder


def _config_loads(tmp_path: Path, text: str) -> list[dict[str, object]]:
    path = tmp_path / ".pre-commit-config.yaml"
    path.write_text(text, encoding="utf-8")
    repos: list[dict[str, object]] = load_config(str(path))["repos"]
    return repos


def test_an_index_install_gives_this_version_and_hooks_pre_commit_installs_by_requirement(tmp_path: Path) -> None:
    source = from_record(None)
    assert (source.kind, source.requirement, source.repo, source.on_this_machine) == (
        SourceKind.INDEX, f"claimtrack=={__version__}", None, False,
    )  # fmt: skip
    options = InitOptions(source=source)
    assert install_requirement(options) == f"claimtrack=={__version__}"
    [repo] = _config_loads(tmp_path, pre_commit_config(options))
    assert repo["repo"] == "local"
    hooks = repo["hooks"]
    assert isinstance(hooks, list)
    assert [(h["id"], h["language"], h["additional_dependencies"]) for h in hooks] == [
        (name, "python", [f"claimtrack=={__version__}"])
        for name in ("claimtrack-validate", "claimtrack-fmt", "claimtrack-check")
    ]


def test_a_vcs_install_gives_its_url_at_its_commit(tmp_path: Path) -> None:
    record = {"url": "https://example.org/team/claimtrack.git", "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    source = from_record(record)
    assert source.requirement == f"claimtrack @ git+https://example.org/team/claimtrack.git@{COMMIT}"
    assert (source.repo, source.rev, source.on_this_machine) == (record["url"], COMMIT, False)
    [repo] = _config_loads(tmp_path, pre_commit_config(InitOptions(source=source)))
    assert (repo["repo"], repo["rev"]) == (record["url"], COMMIT)
    assert install_requirement(InitOptions(source=source)) == f"'{source.requirement}'"


def test_a_vcs_install_from_a_subdirectory_or_another_vcs_is_installed_by_requirement() -> None:
    sub = {"url": "https://example.org/t/c.git", "vcs_info": {"vcs": "git", "commit_id": COMMIT}, "subdirectory": "py"}
    assert from_record(sub).requirement == f"claimtrack @ git+https://example.org/t/c.git@{COMMIT}#subdirectory=py"
    assert from_record(sub).repo is None
    hg = {"url": "https://example.org/t/c", "vcs_info": {"vcs": "hg", "commit_id": "abc"}}
    assert (from_record(hg).requirement, from_record(hg).repo) == ("claimtrack @ hg+https://example.org/t/c@abc", None)


def test_an_archive_is_installed_by_its_url_and_a_local_one_is_on_this_machine() -> None:
    remote = from_record({"url": "https://example.org/claimtrack-0.1.0.tar.gz", "archive_info": {}})
    assert (remote.kind, remote.requirement, remote.on_this_machine) == (
        SourceKind.ARCHIVE, "claimtrack @ https://example.org/claimtrack-0.1.0.tar.gz", False,
    )  # fmt: skip
    local = from_record({"url": "file:///tmp/dist/claimtrack-0.1.0-py3-none-any.whl", "archive_info": {}})
    assert (local.requirement, local.repo, local.on_this_machine) == (
        "claimtrack @ file:///tmp/dist/claimtrack-0.1.0-py3-none-any.whl", None, True,
    )  # fmt: skip


@pytest.mark.slow
def test_a_folder_that_is_no_checkout_is_installed_by_its_path(tmp_path: Path) -> None:
    source = from_record({"url": tmp_path.as_uri(), "dir_info": {}})
    assert (source.kind, source.requirement, source.repo, source.on_this_machine) == (
        SourceKind.DIRECTORY, f"claimtrack @ file://localhost{tmp_path}", None, True,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("editable", [True, False])
def test_a_checkout_is_cloned_by_pre_commit_at_its_commit(checkout: Path, editable: bool) -> None:
    commit = _git(checkout, "rev-parse", "HEAD")
    source = from_record({"url": checkout.as_uri(), "dir_info": {"editable": editable}})
    assert (source.kind, source.repo, source.rev, source.warnings) == (SourceKind.VCS, str(checkout), commit, ())
    assert source.requirement == f"claimtrack @ git+file://localhost{checkout}@{commit}"
    assert source.on_this_machine
    assert ("an editable install of" in source.described) is editable


@pytest.mark.slow
def test_uncommitted_changes_are_named_as_left_out(checkout: Path) -> None:
    (checkout / "setup.txt").write_text("two\n", encoding="utf-8")
    commit = _git(checkout, "rev-parse", "HEAD")
    source = from_record({"url": checkout.as_uri(), "dir_info": {"editable": True}})
    assert source.warnings == (
        f"{checkout} has uncommitted changes: the hooks and the workflow install its commit {commit[:12]}, "
        "without them",
    )


@pytest.mark.slow
def test_a_pushed_commit_is_installed_from_the_origin(checkout: Path, tmp_path: Path) -> None:
    commit = _git(checkout, "rev-parse", "HEAD")
    _git(checkout, "remote", "add", "origin", "https://example.org/team/claimtrack.git")
    _git(checkout, "update-ref", "refs/remotes/origin/main", commit)
    source = from_record({"url": checkout.as_uri(), "dir_info": {}})
    assert (source.repo, source.rev, source.on_this_machine) == (
        "https://example.org/team/claimtrack.git",
        commit,
        False,
    )


@pytest.mark.slow
def test_git_without_rev_takes_the_commit_head_names_now(checkout: Path) -> None:
    commit = _git(checkout, "rev-parse", "HEAD")
    source = from_git(str(checkout), None)
    assert (source.repo, source.rev, source.requirement) == (
        str(checkout), commit, f"claimtrack @ git+file://localhost{checkout}@{commit}",
    )  # fmt: skip
    assert from_git("https://example.org/c.git", "v2").requirement == "claimtrack @ git+https://example.org/c.git@v2"


@pytest.mark.slow
def test_git_that_cannot_be_read_or_looks_like_an_option_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnusableSource, match=r"cannot read the current commit of .*; give --rev"):
        from_git(str(tmp_path / "nowhere"), None)
    with pytest.raises(UnusableSource, match="not an option"):
        from_git("--upload-pack=touch", "v1")


def test_local_hooks_stay_an_option(tmp_path: Path) -> None:
    [repo] = _config_loads(tmp_path, pre_commit_config(InitOptions(hooks=HookKind.LOCAL)))
    hooks = repo["hooks"]
    assert isinstance(hooks, list)
    assert {h["language"] for h in hooks} <= {"system", "unsupported"}  # pre-commit 4.4 reads system as unsupported
