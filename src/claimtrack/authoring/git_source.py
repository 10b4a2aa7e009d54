"""What `init --git` and `--rev` accept: the forms git and pip take, written only with characters that
neither a shell (the workflow's ``pip install`` line) nor YAML (the pre-commit config) reads as syntax.

A value comes from whoever runs ``init``, perhaps copied from a page; the workflow it writes runs in CI with
the repository's token. So a URL is a scheme URL (https, http, ssh, git, file), git's scp form
(``git@host:path``) or a local path, and a revision is a commit (hex) or a ref name as
``git check-ref-format`` allows it; neither has a space, a quote, ``$``, a backtick, ``;``, ``&``, ``|``,
``#``, ``\\``, or a leading ``-`` (which git and pip would take as an option).
"""

from __future__ import annotations

import re

_URL = re.compile(r"(?:https?|ssh|git|file)://[A-Za-z0-9._~%+@:/-]+")
_SCP = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~/-]+")
_PATH = re.compile(r"[A-Za-z0-9._~/-]+")
_REV = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")


class BadGitSource(ValueError):
    """A --git or --rev value outside the accepted forms: the one-line reason."""


def check_git_source(url: str, rev: str | None) -> None:
    """Raise BadGitSource unless ``url`` and ``rev`` (when given) are in the accepted forms."""
    check_url(url)
    if rev is not None:
        check_rev(rev)


def check_url(url: str) -> None:
    if url.startswith("-") or not any(p.fullmatch(url) for p in (_URL, _SCP, _PATH)):
        raise BadGitSource(
            f"--git {url!r} is not a git URL claimtrack accepts: https://, http://, ssh://, git:// or file:// "
            "URLs, user@host:path, or a local path, of letters, digits and . _ ~ % + @ : / -"
        )


def as_pip_url(url: str) -> str:
    """The URL as pip's ``git+URL`` takes it: git's scp form ``user@host:path`` has no scheme, which pip
    needs, so it becomes ``ssh://user@host/path``, the same repository."""
    if _SCP.fullmatch(url):
        place, _, path = url.partition(":")
        return f"ssh://{place}/{path.lstrip('/')}"
    return url


def check_rev(rev: str) -> None:
    """A ref name as ``git check-ref-format`` allows it (no ``..``, no part starting with ``.``, not ending
    in ``.lock``, ``/`` or ``.``), of the characters above, or a commit's hex digits."""
    parts = rev.split("/")
    if (
        len(rev) > 255
        or not _REV.fullmatch(rev)
        or ".." in rev
        or any(not part or part.startswith(".") or part.endswith(".lock") for part in parts)
        or rev.endswith(".")
    ):
        raise BadGitSource(
            f"--rev {rev!r} is not a git tag, branch or commit claimtrack accepts: letters, digits and . _ / -, "
            "starting with a letter or digit, without '..' or a part starting with '.'"
        )
