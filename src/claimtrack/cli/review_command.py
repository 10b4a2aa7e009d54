"""`claimtrack review`: record a reviewer's verdict on a claim, or print its history."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.app import EXIT_USAGE, RootOption, loaded_workspace, root_of


def review(
    claim_id: Annotated[str, typer.Argument(help="The claim's id.", metavar="CLAIM_ID")],
    status: Annotated[
        str | None,
        typer.Option(
            metavar="STATUS",
            help="The verdict: supported, disputed, refuted, misleading, unverifiable (or unreviewed, which without "
            "--review-by also removes the review). Left out: the status stays.",
        ),
    ] = None,
    review_by: Annotated[
        str | None,
        typer.Option("--review-by", metavar="NAME", help="Who decided; every verdict names one. Left out: kept."),
    ] = None,
    review_note: Annotated[
        str | None,
        typer.Option(
            "--review-note",
            metavar="TEXT",
            help="Why: what the evidence shows. A refutation or a misleading verdict needs one, and a new "
            "verdict or reviewer brings its own. Left out: kept.",
        ),
    ] = None,
    review_on: Annotated[
        str | None,
        typer.Option(
            "--review-on",
            metavar="DATE",
            help="When it was decided. Left out: today for a new verdict, reviewer or note; else kept.",
        ),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history", help="Print how the claim's status and review changed in git, and exit.")
    ] = False,
    root: RootOption = None,
) -> None:
    """Record a reviewer's verdict on a claim: its status, and a review saying who decided, when and why.

    An option left out keeps what the file has; every field that changed is printed. Every other line of the
    file, comments included, is kept.
    """
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.review import ReviewRequest, record_review

    repository = root_of(root)
    if history:
        if status is not None or review_by is not None or review_note is not None or review_on is not None:
            typer.echo("claimtrack: --history records nothing: give it without the other options", err=True)
            raise typer.Exit(EXIT_USAGE)
        _print_history(repository, claim_id)
        return
    workspace = loaded_workspace(repository)
    request = ReviewRequest(status, review_by, review_note, review_on)
    try:
        recorded = record_review(workspace, claim_id, request)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    from claimtrack.render.review_lines import render_changes

    typer.echo(f"wrote {recorded.path.relative_to(repository).as_posix()}")
    sys.stdout.write(render_changes(recorded.changes))


def _print_history(repository: Path, claim_id: str) -> None:
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.review_history import review_history
    from claimtrack.render.review_lines import render_history

    workspace = loaded_workspace(repository)
    try:
        entries = review_history(workspace, claim_id)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(error.exit_code) from None
    sys.stdout.write(render_history(entries))
