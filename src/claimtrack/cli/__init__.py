"""The command line: options become arguments, the pipeline runs, a renderer's text is printed, and
the exit code says how it went. `app` is the Typer application; `main` the entry point."""
# isort: skip_file
# The modules register their commands on the app as they are imported: this order is `--help`'s order.

from __future__ import annotations

from claimtrack.cli import files  # noqa: F401
from claimtrack.cli import findings  # noqa: F401
from claimtrack.cli import authoring  # noqa: F401
from claimtrack.cli import intake  # noqa: F401
from claimtrack.cli import related  # noqa: F401
from claimtrack.cli import repository  # noqa: F401
from claimtrack.cli.app import app, main

__all__ = ["app", "main"]
