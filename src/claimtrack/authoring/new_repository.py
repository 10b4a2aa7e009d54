"""`claimtrack init`: a working claims repository in a folder, written from the package's starter files.

Nothing that exists is ever overwritten: a file already there is skipped and reported, so init can
be run in a folder that holds a git repository, or again after a part was left out.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path, PurePosixPath

from claimtrack.authoring.install_source import InstallSource, from_index
from claimtrack.authoring.new_files import AuthoringError
from claimtrack.repository.confined import escapes, make_folders_inside, write_inside
from claimtrack.repository.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR
from claimtrack.repository.schemas import render_schemas

WORKFLOW = ".github/workflows/claimtrack.yml"
PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
PROPERTIES = f"{VOCABULARY_DIR}/properties.yaml"
ENTITIES_DIR = f"{VOCABULARY_DIR}/entities"


def starter_text(name: str) -> str:
    """A starter file shipped with the package (under claimtrack/authoring/starter/)."""
    return resources.files("claimtrack.authoring").joinpath("starter", name).read_text(encoding="utf-8")


class HookKind(StrEnum):
    REPO = "repo"
    """pre-commit installs claimtrack in an environment of its own: from its git repository (``repo:``), or by
    pip's requirement (``additional_dependencies``) when there is no repository to clone."""
    LOCAL = "local"
    """``language: system``: the claimtrack on PATH runs, so its environment must be active at each commit."""


@dataclass(frozen=True)
class InitOptions:
    workflow: bool = True
    pre_commit: bool = True
    source: InstallSource = field(default_factory=from_index)
    """Where the workflow and the hooks install claimtrack from (default: this version, from an index)."""
    hooks: HookKind = HookKind.REPO


@dataclass
class InitResult:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def install_requirement(options: InitOptions) -> str:
    """What `pip install` is given, quoted for a shell."""
    return shlex.quote(options.source.requirement)


def pre_commit_config(options: InitOptions) -> str:
    source = options.source
    if options.hooks is HookKind.LOCAL:
        return starter_text("pre-commit-local.yaml")
    if source.repo is not None and source.rev is not None:
        text = starter_text("pre-commit-git.yaml")
        return text.replace("@REPO@", json.dumps(source.repo)).replace("@REV@", json.dumps(source.rev))
    return starter_text("pre-commit-python.yaml").replace("@REQUIREMENT@", json.dumps(source.requirement))


def planned_files(options: InitOptions) -> dict[str, str]:
    """Repository-relative path → content of every file init writes, in the order it writes them."""
    install = install_requirement(options)
    files = {
        "README.md": starter_text("README.md").replace("@INSTALL@", install),
        ".gitignore": starter_text("gitignore"),
        PROPERTIES: starter_text("properties.yaml"),
    }
    files |= {f"schemas/{name}": text for name, text in render_schemas().items()}
    if options.pre_commit:
        files[PRE_COMMIT_CONFIG] = pre_commit_config(options)
    if options.workflow:
        files[WORKFLOW] = starter_text("workflow.yml").replace("@INSTALL@", install)
    return files


def init_repository(folder: Path, options: InitOptions) -> InitResult:
    """Write the starter repository into ``folder`` (made if missing), skipping every path that exists;
    AuthoringError, before anything is written, when a link or a file stands on the way to one (a
    ``.github`` linked to another checkout would take the workflow there)."""
    planned = planned_files(options)
    folder.mkdir(parents=True, exist_ok=True)
    for relative in (*(f"{d}/.keep" for d in (CLAIMS_DIR, SOURCES_DIR, ENTITIES_DIR)), *planned):
        reason = escapes(folder, folder / PurePosixPath(relative))
        if reason is not None:
            raise AuthoringError(reason)
    result = InitResult()
    for directory in (CLAIMS_DIR, SOURCES_DIR, ENTITIES_DIR):
        path = folder / directory
        if path.exists() or path.is_symlink():
            result.skipped.append(f"{directory}/")
        else:
            make_folders_inside(folder, path)
            result.written.append(f"{directory}/")
    for relative, text in planned.items():
        path = folder / PurePosixPath(relative)
        if path.exists() or path.is_symlink():
            result.skipped.append(relative)
            continue
        try:
            write_inside(folder, path, text.encode("utf-8"), replace=False)
        except FileExistsError:
            result.skipped.append(relative)
            continue
        result.written.append(relative)
    return result
