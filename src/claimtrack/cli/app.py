"""The command-line application: the Typer app, shared options and helpers, and the entry point.

Commands live in the modules beside this one, by what they do, and are listed in ``commands.COMMANDS``;
each turns its options into arguments for the pipeline, prints what a renderer returns, and exits with a code.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from claimtrack import __version__
from claimtrack.cli.commands import LazyGroup

if TYPE_CHECKING:
    from claimtrack.repository.discover import RepoFile
    from claimtrack.repository.workspace import Workspace

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130
EXIT_CODES = (
    "Exit codes: 0 nothing wrong, 1 problems found, 2 usage error, 3 a bug in claimtrack (CLAIMTRACK_DEBUG=1 "
    "shows the traceback), 130 interrupted."
)
"""The one list of exit codes: the top-level help gives it, and a test holds README.md's to it."""

app = typer.Typer(
    name="claimtrack",
    cls=LazyGroup,
    help=(
        "Track fact-checked claims kept as YAML files in git: validate them against their sources, "
        "find where sources disagree, and report it.\n\n"
        "New here: 'claimtrack init' makes a repository; 'source add' archives an article, 'draft' proposes its "
        "claims, 'accept' keeps them and 'check' finds where sources disagree. The commands below are in that "
        "order; each one's --help says more.\n\n"
        f"{EXIT_CODES}"
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


RootOption = Annotated[
    Path | None,
    typer.Option(
        "--root",
        help="The claims repository. Default: the nearest folder, from here upwards, holding claims/ or sources/.",
        file_okay=False,
    ),
]


NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Do everything again (parse every file, look for every quote, run every rule) and leave "
        ".claimtrack_cache/ alone; it is never needed, only faster.",
    ),
]

AllowValueMismatch = Annotated[
    bool,
    typer.Option(
        "--allow-value-mismatch", help="Write it even when a supporting quote states a date or number not the value."
    ),
]
"""`new` and `cite`: a quote stating another date or number than the value (CT219) is refused without it."""


PROGRESS_FROM_FILES = 2000


class ProgressBar:
    """A progress bar on stderr for long loads, on a terminal only (never on a pipe or in CI)."""

    def __init__(self) -> None:
        import os

        self.enabled = sys.stderr.isatty() and not os.environ.get("CI")
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_FROM_FILES:
            return
        if self._progress is None:
            from rich.console import Console
            from rich.progress import Progress

            self._progress = Progress(console=Console(stderr=True), transient=True)
            self._progress.start()
            self._task = self._progress.add_task("reading files", total=total)
        self._progress.update(self._task, completed=done)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Track fact-checked claims kept as YAML files in git."""


def say_error(error: object) -> None:
    """``claimtrack: MESSAGE`` on stderr, one line, its content (a file name, a library's reason) neutralised."""
    from claimtrack.render.escape import one_line

    typer.echo(f"claimtrack: {one_line(str(error))}", err=True)


class _NeutralHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        from claimtrack.render.escape import one_line

        sys.stderr.write(f"claimtrack: {one_line(record.name)}: {one_line(record.getMessage())}\n")


def route_library_logs() -> logging.Handler:
    """Send the warnings of the libraries claimtrack runs (pypdf names a PDF's own keys in its warnings, a
    line of its own may start with ``::error``) to stderr through the neutraliser, never raw."""
    handler = _NeutralHandler(logging.WARNING)
    logging.getLogger().addHandler(handler)
    return handler


def root_of(root: Path | None) -> Path:
    from claimtrack.repository.discover import NotARepository, find_root

    try:
        return find_root(Path.cwd()) if root is None else find_root(root, named=True)
    except NotARepository as error:
        say_error(error)
        raise typer.Exit(EXIT_USAGE) from None


def loaded_workspace(
    repository: Path, *, all_valid: bool = False, hint: str | None = None, tolerated: frozenset[str] = frozenset()
) -> Workspace:
    """The repository's validated workspace; exit 1 with its problems printed (and ``hint`` after them) when it
    cannot be built (with ``all_valid``, when any file has an error whose code is not ``tolerated``)."""
    from claimtrack.model.diagnostics import Severity
    from claimtrack.render.diagnostic_lines import render_text as render_problems
    from claimtrack.repository.validate import validate_repository

    result = validate_repository(repository)
    blocking = any(d.severity is Severity.ERROR and d.code not in tolerated for d in result.diagnostics)
    if result.workspace is None or (all_valid and blocking):
        sys.stderr.write(render_problems(result))
        if hint is not None:
            typer.echo(f"claimtrack: {hint}", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    return result.workspace


def chosen_files(repository: Path, paths: list[Path] | None) -> list[RepoFile] | None:
    """The files ``paths`` name (None without paths: the whole repository); exit 2 on a stray path."""
    from claimtrack.repository.validate import select_files

    if not paths:
        return None
    chosen, unmatched = select_files(repository, paths)
    if unmatched:
        typer.echo(f"claimtrack: not a claimtrack file in {repository.name}/: {', '.join(unmatched)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    return chosen


def emit(rendered: str, output: Path | None) -> None:
    """Print the rendered output, or write it to ``output`` atomically and say so on stderr."""
    if output is None:
        sys.stdout.write(rendered)
        return
    from claimtrack.repository.atomic import write_atomically

    with usage_error_on_failure(output):
        write_atomically(output, rendered)
    typer.echo(f"wrote {output}", err=True)


@contextmanager
def usage_error_on_failure(target: Path) -> Iterator[None]:
    """Turn a failure to write ``target`` (a folder, a device, a read-only place) into a one-line usage error."""
    from claimtrack.render.escape import one_line as shown

    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        sys.stderr.write(f"claimtrack: cannot write {shown(str(target))}: {reason}\n")
        raise typer.Exit(EXIT_USAGE) from None


def auto_format(given: str | None, default: str) -> str:
    """The format asked for; else GitHub annotations inside GitHub Actions; else the default."""
    import os

    if given is not None:
        return given
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else default


def names(values: list[str] | None) -> frozenset[str]:
    return frozenset(v.strip() for value in values or [] for v in value.split(",") if v.strip())


GC_THRESHOLDS = (200_000, 50, 1000)
"""A run builds millions of small containers (parsed files, models, indexes) that live until it ends;
the cyclic collector's default thresholds (700, 10, 10) scan them over and over, a quarter to a third
of a warm run on 10,000 claims. A run collects rarely instead: it is short, and its cycles are few."""


def main() -> None:
    """Run the app; a bug is reported in one line (set CLAIMTRACK_DEBUG=1 for the traceback)."""
    import gc
    import os

    from claimtrack.repository.limits import InvalidSetting

    gc.set_threshold(*GC_THRESHOLDS)
    # The models are claimtrack's own: the pydantic plugins other installed packages register (to observe an
    # application's models) have no business validating them, and finding them reads every installed
    # package's entry points, some 10 ms with 90 packages, on every run that validates a file. A value the
    # user set is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    handler = route_library_logs()
    try:
        app(standalone_mode=True)
    except InvalidSetting as error:
        say_error(error)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        sys.stderr.write("claimtrack: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    except Exception as error:
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        from claimtrack.render.escape import one_line

        sys.stderr.write(
            f"claimtrack: internal error ({type(error).__name__}: {one_line(str(error))}); "
            "this is a bug in claimtrack, please report it with CLAIMTRACK_DEBUG=1 output\n"
        )
        sys.exit(EXIT_BUG)
    finally:
        logging.getLogger().removeHandler(handler)  # main() may run in a process that goes on (a test)
