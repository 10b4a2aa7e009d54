"""The related command: the passages of archived sources that bear on one claim and that no evidence quotes."""

import sys
from typing import Annotated

import typer

from claimtrack.cli.app import EXIT_USAGE, OutputFormat, RootOption, loaded_workspace, root_of


def related(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.", metavar="CLAIM")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    root: RootOption = None,
) -> None:
    """List the sentences of archived sources that name CLAIM's subject and give a value of its type (a date,
    a number in its unit, an entity) that no claim of its type on the subject quotes, each saying whether its value
    agrees with the claim's: what rule CT214 reports, for one claim."""
    from claimtrack.engine.index import ClaimIndex
    from claimtrack.engine.related import Relations, not_looked_up
    from claimtrack.render.escape import one_line
    from claimtrack.render.related_list import RENDERER_BY_NAME
    from claimtrack.repository.references import close_match

    index = ClaimIndex(loaded_workspace(root_of(root)))
    if claim_id in index.drafts:
        shown = one_line(claim_id)
        typer.echo(f"claimtrack: {shown} is a draft: accept it ('claimtrack accept {shown}') to compare it", err=True)
        raise typer.Exit(EXIT_USAGE)
    if claim_id not in index.claims:
        typer.echo(one_line(f"claimtrack: unknown claim '{claim_id}'{close_match(claim_id, index.claims)}"), err=True)
        raise typer.Exit(EXIT_USAGE)
    reason = not_looked_up(index.claim(claim_id))
    if reason is not None:
        typer.echo(one_line(reason))
        return
    found = Relations(index).of(claim_id)
    sys.stdout.write(RENDERER_BY_NAME[output_format.value](index.claim(claim_id), found))
