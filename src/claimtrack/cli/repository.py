"""Starting a claims repository: init, and the vocabulary's documentation."""

from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.app import app


@app.command()
def init(
    folder: Annotated[
        Path, typer.Argument(help="Where to make the repository (made if missing). Default: here.", file_okay=False)
    ] = Path("."),
    workflow: Annotated[
        bool, typer.Option("--workflow/--no-workflow", help="Write .github/workflows/claimtrack.yml.")
    ] = True,
    pre_commit: Annotated[
        bool, typer.Option("--pre-commit/--no-pre-commit", help="Write .pre-commit-config.yaml.")
    ] = True,
    git_url: Annotated[
        str | None,
        typer.Option(
            "--git",
            help="Install claimtrack from this git repository (URL or path) in the workflow and the pre-commit "
            "config, instead of by version.",
        ),
    ] = None,
    git_rev: Annotated[
        str | None, typer.Option("--rev", help="The tag or commit of --git. Default: v<this version>.")
    ] = None,
) -> None:
    """Make a claims repository: claims/, sources/, a starter vocabulary, the JSON Schemas, a README,
    a .gitignore, a pre-commit config and a GitHub workflow.

    Never overwrites: a file that exists is left as it is and named as skipped.
    """
    from claimtrack.new_repository import InitOptions, init_repository

    if git_rev is not None and git_url is None:
        typer.echo("claimtrack: --rev needs --git", err=True)
        raise typer.Exit(2)
    options = InitOptions(workflow=workflow, pre_commit=pre_commit, git_url=git_url, git_rev=git_rev)
    result = init_repository(folder, options)
    where = "." if folder.resolve() == Path.cwd().resolve() else str(folder)
    for path in result.written:
        typer.echo(f"wrote {path}")
    for path in result.skipped:
        typer.echo(f"skipped {path}: it exists")
    typer.echo(
        f"claims repository ready in {where}: add a source with 'claimtrack source add', then a claim with "
        "'claimtrack new'"
    )


@app.command()
def vocabulary() -> None:
    """Explain every field of the vocabulary (properties and entities) and what it does to the rules.

    This is docs/vocabulary.md, generated from the models.
    """
    from claimtrack.vocabulary_docs import render_vocabulary_markdown

    typer.echo(render_vocabulary_markdown(), nl=False)
