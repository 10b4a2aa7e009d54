"""Commands that take articles in: extract a source's original again."""

from typing import Annotated

import typer

from claimtrack.cli.app import EXIT_PROBLEMS, RootOption, root_of
from claimtrack.cli.authoring import source_app


@source_app.command("extract")
def source_extract(
    source_id: Annotated[str, typer.Argument(help="The source's id.", metavar="ID")],
    root: RootOption = None,
) -> None:
    """Extract the text of source ID's archived original (a saved page or a PDF) again, and say whether it
    differs from the archived text. Writes nothing; exits 1 when the text changed."""
    from claimtrack.authoring import AuthoringError
    from claimtrack.intake.reextract import reextract
    from claimtrack.render.diagnostics import render_text as render_problems
    from claimtrack.validate import validate_repository

    result = validate_repository(root_of(root))
    if result.workspace is None:
        typer.echo(render_problems(result), err=True, nl=False)
        raise typer.Exit(EXIT_PROBLEMS)
    try:
        outcome = reextract(result.workspace, source_id)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    was = outcome.recorded_with or "an unrecorded extractor"
    now = outcome.extraction.extracted_with
    if not outcome.changed:
        typer.echo(f"{source_id}: text unchanged (archived with {was}, extracted now with {now})")
        return
    lines = outcome.changed_lines()
    typer.echo(f"{source_id}: text changed (archived with {was}, extracted now with {now}):")
    typer.echo("\n".join(lines))
    raise typer.Exit(EXIT_PROBLEMS)
