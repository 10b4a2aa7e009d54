"""The validate stage: list files, load them, build the workspace and check references between files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import cast

from claimtrack.model.claims import AnyClaim
from claimtrack.model.diagnostics import ordered
from claimtrack.repository.discover import YAML_SUFFIXES, FileKind, RepoFile, classify_posix, list_files, stem_of
from claimtrack.repository.load import DIRECT, LoadedFile, Loader, Progress, load_files
from claimtrack.repository.references import check_references
from claimtrack.repository.validation import ValidationResult
from claimtrack.repository.workspace import build_workspace


def select_files(
    root: Path, paths: list[Path], listing: list[RepoFile] | None = None
) -> tuple[list[RepoFile], list[str]]:
    """The repository files named by ``paths`` (files or folders); and the paths that name none.

    A path that names a claimtrack file is taken as it is; the repository is listed (unless
    ``listing`` is its listing) only when a path names a folder or a file claimtrack ignores.
    """
    chosen: dict[str, RepoFile] = {}
    unmatched: list[str] = []
    root_resolved = root.resolve()
    by_path: dict[str, RepoFile] | None = None
    for given in paths:
        absolute = given if given.is_absolute() else Path.cwd() / given
        try:
            relative = PurePosixPath(absolute.resolve().relative_to(root_resolved).as_posix())
        except ValueError:
            unmatched.append(str(given))
            continue
        key = relative.as_posix()
        kind = classify_posix(key)
        if kind is not None and listing is None:
            where = root_resolved / key
            if not os.path.lexists(where):
                unmatched.append(str(given))
                continue
            if not where.is_dir():
                chosen[key] = RepoFile(key, kind)
                continue
        if by_path is None:
            by_path = {f.posix: f for f in (list_files(root) if listing is None else listing)}
        if key in by_path:
            matched = [by_path[key]]
        else:
            prefix = "" if key == "." else key + "/"
            matched = [f for name, f in by_path.items() if name.startswith(prefix)]
        if not matched and kind is not None and not absolute.exists():
            unmatched.append(str(given))
        for file in matched:
            chosen[file.posix] = file
    return [chosen[k] for k in sorted(chosen)], unmatched


def _file_names(paths: Iterable[str]) -> set[str]:
    """The file names that have the stem of one of ``paths``."""
    return {f"{stem_of(posix)}{suffix}" for posix in paths for suffix in YAML_SUFFIXES}


def _cited_sources(loaded: list[LoadedFile], listing: list[RepoFile], taken: dict[str, RepoFile]) -> list[RepoFile]:
    """The source files, not loaded yet, of the sources the loaded claims cite: a quote of a named claim is
    looked for in its source's archived text, which the source's file names."""
    cited = {
        link.source
        for item in loaded
        if item.file.kind is FileKind.CLAIM and item.model is not None
        for link in cast("AnyClaim", item.model).evidence
    }
    return [f for f in listing if f.kind is FileKind.SOURCE and f.posix not in taken and stem_of(f.posix) in cited]


def validate_repository(
    root: Path,
    files: list[RepoFile] | None = None,
    *,
    listing: list[RepoFile] | None = None,
    loader: Loader = DIRECT,
    progress: Progress | None = None,
) -> ValidationResult:
    """Validate the whole repository, or only ``files`` against the whole repository's vocabulary.

    ``listing`` is the repository's files when they are listed already; ``loader`` says how files are
    read and parsed.
    """
    listing = list_files(root) if listing is None else listing
    selected = listing if files is None else files
    # One pass over the listing: the vocabulary, and the stems that say whether an id exists (a few named
    # files need only the files that share their names).
    vocabulary: list[RepoFile] = []
    claim_stems: dict[str, list[str]] = {}
    source_stems: set[str] = set()
    wanted = None if files is None else _file_names(f.posix for f in files if f.kind is FileKind.CLAIM)
    for file in listing:
        posix, kind = file
        if kind is FileKind.CLAIM:
            if wanted is None or posix.rpartition("/")[2] in wanted:
                claim_stems.setdefault(stem_of(posix), []).append(posix)
        elif kind is FileKind.SOURCE:
            source_stems.add(stem_of(posix))
        elif kind is FileKind.PROPERTIES or kind is FileKind.ENTITIES:
            vocabulary.append(file)
    to_load = {f.posix: f for f in (*vocabulary, *selected)}
    loaded = load_files(root, sorted(to_load.values(), key=lambda f: f.posix), loader, progress)
    if files is not None:
        loaded += load_files(root, _cited_sources(loaded, listing, to_load), loader)
    workspace, problems = build_workspace(root, loaded, claim_stems, source_stems, loader.read_archive)
    selected_paths = {f.posix for f in selected}
    for item in loaded:
        # Vocabulary problems are always shown: every claim depends on the vocabulary.
        if item.file.posix in selected_paths or item.file in vocabulary:
            problems.extend(item.diagnostics)
    problems.extend(check_references(workspace, None if files is None else selected_paths))
    # A claim file's model is a claim (or nothing): the loader validates each file against its kind's model.
    claim_models = {
        item.file.posix: cast("AnyClaim | None", item.model) for item in loaded if item.file.kind is FileKind.CLAIM
    }
    return ValidationResult(len(selected), ordered(problems), workspace, claim_models)
