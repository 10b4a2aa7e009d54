"""`claimtrack init`: a working claims repository in a folder, written from the package's starter files.

Nothing that exists is ever overwritten: a file already there is skipped and reported, so init can
be run in a folder that holds a git repository, or again after a part was left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path, PurePosixPath

from claimtrack import __version__
from claimtrack.repository.atomic import write_bytes_atomically
from claimtrack.repository.discover import CLAIMS_DIR, SOURCES_DIR, VOCABULARY_DIR
from claimtrack.repository.schemas import render_schemas

WORKFLOW = ".github/workflows/claimtrack.yml"
PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
PROPERTIES = f"{VOCABULARY_DIR}/properties.yaml"
ENTITIES_DIR = f"{VOCABULARY_DIR}/entities"


def starter_text(name: str) -> str:
    """A starter file shipped with the package (under claimtrack/authoring/starter/)."""
    return resources.files("claimtrack.authoring").joinpath("starter", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class InitOptions:
    workflow: bool = True
    pre_commit: bool = True
    git_url: str | None = None
    """Install claimtrack from this git repository (pre-commit's ``repo:``) instead of by version."""
    git_rev: str | None = None
    """The tag or commit of ``git_url``; default: the tag of this version, v<version>."""


@dataclass
class InitResult:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def install_requirement(options: InitOptions) -> str:
    """What `pip install` is given, quoted for a shell: a pinned version, or a git reference."""
    if options.git_url is None:
        return f'"claimtrack=={__version__}"'
    url = options.git_url
    if "://" not in url and not url.startswith("git@"):
        # A local repository: pip's requirement syntax needs a host in the URL, which git reads as this machine.
        url = "file://localhost" + Path(url).resolve().as_posix()
    return f'"claimtrack @ git+{url}@{_rev(options)}"'


def _rev(options: InitOptions) -> str:
    return options.git_rev or f"v{__version__}"


def pre_commit_config(options: InitOptions) -> str:
    if options.git_url is None:
        return starter_text("pre-commit-local.yaml")
    return starter_text("pre-commit-git.yaml").replace("@REPO@", options.git_url).replace("@REV@", _rev(options))


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
    """Write the starter repository into ``folder`` (made if missing), skipping every path that exists."""
    result = InitResult()
    for directory in (CLAIMS_DIR, SOURCES_DIR, ENTITIES_DIR):
        path = folder / directory
        if path.exists():
            result.skipped.append(f"{directory}/")
        else:
            path.mkdir(parents=True)
            result.written.append(f"{directory}/")
    for relative, text in planned_files(options).items():
        path = folder / PurePosixPath(relative)
        if path.exists() or path.is_symlink():
            result.skipped.append(relative)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_bytes_atomically(path, text.encode("utf-8"), replace=False)
        except FileExistsError:
            result.skipped.append(relative)
            continue
        result.written.append(relative)
    return result
