"""Where a new claims repository installs claimtrack from: the way this claimtrack itself was installed.

pip records how it installed a distribution (PEP 610: ``direct_url.json`` in its metadata folder): from a
version control URL at a commit, from a local folder (editable or not), or from an archive; a distribution
without that record came from a package index. ``init`` writes that same source into the pre-commit config and
the workflow, so the line it writes installs on the day it is written: a commit that exists, a folder that
exists, a version an index has.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import metadata
from pathlib import Path
from urllib.parse import quote, unquote, urlparse

from claimtrack import __version__
from claimtrack.authoring.git_source import as_pip_url

GIT_TIMEOUT = 30.0
"""Seconds a git command init runs (reading a checkout, asking a remote for a revision) may take."""


class SourceKind(StrEnum):
    VCS = "vcs"
    DIRECTORY = "directory"
    ARCHIVE = "archive"
    INDEX = "index"
    GIVEN = "given"


@dataclass(frozen=True)
class InstallSource:
    """One way to install claimtrack, for pip and for pre-commit."""

    kind: SourceKind
    requirement: str
    """What ``pip install`` is given (unquoted): ``claimtrack==0.1.0``, ``claimtrack @ git+URL@COMMIT``, …"""
    described: str
    """Where it comes from, in words, for init's message."""
    repo: str | None = None
    """A git repository pre-commit can clone at ``rev`` (its ``repo:``); None when there is none."""
    rev: str | None = None
    on_this_machine: bool = False
    """A path or file:// URL: a CI runner elsewhere cannot install from it."""
    warnings: tuple[str, ...] = field(default=())


class UnusableSource(Exception):
    """A git repository that cannot be used as given; the message says why and what to give instead."""


def _is_local(url: str) -> bool:
    text = url.removeprefix("git+")
    return text.startswith(("file:", "/", ".")) or ("://" not in text and not text.startswith("git@"))


def file_url(folder: Path) -> str:
    """``folder`` as a URL pip and git both take: pip's requirement syntax wants a host, which git reads as
    this machine."""
    return "file://localhost" + quote(folder.resolve().as_posix(), safe="/")


def _path_of(url: str) -> Path:
    parsed = urlparse(url)
    return Path(unquote(parsed.path))


def _git(folder: Path | None, *args: str) -> str | None:
    """A git command's stdout, stripped; None when git is missing, fails or takes too long."""
    command = ["git", *(("-C", str(folder)) if folder is not None else ()), *args]
    try:
        completed = subprocess.run(command, capture_output=True, text=True, timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return completed.stdout.strip() if completed.returncode == 0 else None


def direct_url_record(distribution: metadata.Distribution | None = None) -> dict[str, object] | None:
    """claimtrack's PEP 610 record, or None when it was installed from an index (or the record is unreadable)."""
    try:
        found = distribution or metadata.distribution("claimtrack")
    except metadata.PackageNotFoundError:
        return None
    text = found.read_text("direct_url.json")
    if text is None:
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) and isinstance(record.get("url"), str) else None


def from_index(version: str = __version__) -> InstallSource:
    return InstallSource(SourceKind.INDEX, f"claimtrack=={version}", f"version {version} from the package index")


def from_record(record: dict[str, object] | None, version: str = __version__) -> InstallSource:
    """The install source a PEP 610 record describes (None: an index install of ``version``)."""
    if record is None:
        return from_index(version)
    url = str(record["url"])
    vcs_info = record.get("vcs_info")
    subdirectory = record.get("subdirectory")
    if isinstance(vcs_info, dict):
        return _from_vcs(url, vcs_info, subdirectory if isinstance(subdirectory, str) else None)
    dir_info = record.get("dir_info")
    if isinstance(dir_info, dict) and urlparse(url).scheme == "file":
        return from_directory(_path_of(url), editable=bool(dir_info.get("editable")))
    requirement = f"claimtrack @ {url}"
    return InstallSource(SourceKind.ARCHIVE, requirement, f"the archive {url}", on_this_machine=_is_local(url))


def _from_vcs(url: str, vcs_info: dict[str, object], subdirectory: str | None) -> InstallSource:
    vcs = str(vcs_info.get("vcs", "git"))
    commit = str(vcs_info.get("commit_id", ""))
    requirement = f"claimtrack @ {vcs}+{url}@{commit}" + (f"#subdirectory={subdirectory}" if subdirectory else "")
    described = f"{url} at commit {commit}"
    local = _is_local(url)
    if vcs != "git" or subdirectory:
        # pre-commit clones git repositories only, and runs hooks from the repository's top folder.
        return InstallSource(SourceKind.VCS, requirement, described, on_this_machine=local)
    return InstallSource(SourceKind.VCS, requirement, described, repo=url, rev=commit, on_this_machine=local)


def from_directory(folder: Path, *, editable: bool) -> InstallSource:
    """A local folder: its git repository at its current commit when it is a clean checkout's top folder; its
    ``origin`` at that commit when the commit was pushed there; else the folder itself, for pip only."""
    how = "an editable install of" if editable else "installed from"
    top = _git(folder, "rev-parse", "--show-toplevel")
    commit = _git(folder, "rev-parse", "HEAD")
    if top is None or commit is None or Path(top).resolve() != folder.resolve():
        return InstallSource(
            SourceKind.DIRECTORY,
            f"claimtrack @ {file_url(folder)}",
            f"the folder {folder} ({how} it; not the top of a git checkout, so pre-commit cannot clone it)",
            on_this_machine=True,
        )
    warnings: list[str] = []
    if _git(folder, "status", "--porcelain", "--untracked-files=no"):
        warnings.append(
            f"{folder} has uncommitted changes: the hooks and the workflow install its commit {commit[:12]}, "
            "without them"
        )
    origin = _git(folder, "remote", "get-url", "origin")
    if origin and not _is_local(origin) and _git(folder, "branch", "--remotes", "--contains", commit):
        return InstallSource(
            SourceKind.VCS,
            f"claimtrack @ git+{origin}@{commit}",
            f"{origin} at commit {commit} (the origin of {how} {folder})",
            repo=origin,
            rev=commit,
            warnings=tuple(warnings),
        )
    return InstallSource(
        SourceKind.VCS,
        f"claimtrack @ git+{file_url(folder)}@{commit}",
        f"the git checkout {folder} at commit {commit} ({how} it)",
        repo=str(folder.resolve()),
        rev=commit,
        on_this_machine=True,
        warnings=tuple(warnings),
    )


def from_git(url: str, rev: str | None) -> InstallSource:
    """A git repository named on the command line, at ``rev``; without it, at the commit its HEAD names now."""
    if url.startswith("-") or (rev or "").startswith("-"):
        raise UnusableSource(f"--git and --rev take a repository and a revision, not an option: {url!r} {rev!r}")
    local = "://" not in url and not url.startswith("git@")
    pip_url = file_url(Path(url)) if local else as_pip_url(url)
    if rev is None:
        found = _git(None, "ls-remote", url, "HEAD")
        if not found:
            raise UnusableSource(f"cannot read the current commit of {url} (git ls-remote failed); give --rev")
        rev = found.split()[0]
    return InstallSource(
        SourceKind.GIVEN, f"claimtrack @ git+{pip_url}@{rev}", f"{url} at {rev} (--git)", repo=url, rev=rev,
        on_this_machine=local or pip_url.startswith("file:"),
    )  # fmt: skip


def this_install() -> InstallSource:
    """How the running claimtrack was installed, as a source a new repository can install from."""
    return from_record(direct_url_record())
