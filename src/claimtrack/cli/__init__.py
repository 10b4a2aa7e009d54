"""The command line: options become arguments, the pipeline runs, a renderer's text is printed, and
the exit code says how it went. `app` is the Typer application; `main` the entry point. The commands
are listed in `commands.COMMANDS`, and a run imports only the module of the command it runs."""

from __future__ import annotations

from claimtrack.cli.app import app, main

__all__ = ["app", "main"]
