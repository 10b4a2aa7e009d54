"""`claimtrack cite`: evidence from a source added to a claim that exists."""

from typing import Annotated

import typer

from claimtrack.cli.app import RootOption, loaded_workspace, root_of, say_error


def cite(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.", metavar="CLAIM")],
    source_id: Annotated[str, typer.Argument(help="The source's id.", metavar="SOURCE")],
    quote: Annotated[str, typer.Option(help="The source's exact words.")],
    stance: Annotated[str, typer.Option(help="supports or contradicts.")] = "supports",
    prefix: Annotated[str | None, typer.Option(help="Text just before the quote, when it occurs twice.")] = None,
    suffix: Annotated[str | None, typer.Option(help="Text just after the quote, when it occurs twice.")] = None,
    note: Annotated[str | None, typer.Option(help="A note on the link.")] = None,
    allow_value_mismatch: Annotated[
        bool,
        typer.Option(
            "--allow-value-mismatch", help="Add it even when the quote states a date or number that is not the value."
        ),
    ] = False,
    root: RootOption = None,
) -> None:
    """Add evidence from SOURCE to the existing claim CLAIM: the quote must be the source's exact words (as
    'claimtrack validate' checks them) and, when it supports the claim, state no other value.

    Every other line of the claim's file, comments included, is kept; nothing is written on a problem.
    """
    from claimtrack.authoring.cite import Citation
    from claimtrack.authoring.cite import cite as add_citation
    from claimtrack.authoring.new_files import AuthoringError

    repository = root_of(root)
    workspace = loaded_workspace(repository)
    citation = Citation(claim_id, source_id, quote, stance, prefix, suffix, note, allow_value_mismatch)
    try:
        path = add_citation(workspace, citation)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    typer.echo(f"wrote {path.relative_to(repository).as_posix()}: {stance} from {source_id}")
