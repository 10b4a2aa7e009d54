"""Commands that take articles in: extract a source's original again, draft claims from it."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from claimtrack.cli.app import EXIT_PROBLEMS, RootOption, loaded_workspace, root_of, say_error

if TYPE_CHECKING:
    from claimtrack.drafting.drafts import SourceDrafts, Written
    from claimtrack.repository.workspace import Workspace


class DraftFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


def source_extract(
    source_id: Annotated[str, typer.Argument(help="The source's id.", metavar="ID")],
    root: RootOption = None,
) -> None:
    """Extract the text of source ID's archived original (a saved page or a PDF) again, and say whether it
    differs from the archived text. Writes nothing; exits 1 when the text changed."""
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.intake.reextract import reextract
    from claimtrack.render.escape import one_line

    workspace = loaded_workspace(root_of(root))
    try:
        outcome = reextract(workspace, source_id)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    was = outcome.recorded_with or "an unrecorded extractor"
    now = outcome.extraction.extracted_with
    if not outcome.changed:
        typer.echo(f"{source_id}: text unchanged (archived with {was}, extracted now with {now})")
        return
    lines = outcome.changed_lines()
    typer.echo(f"{source_id}: text changed (archived with {was}, extracted now with {now}):")
    typer.echo("\n".join(one_line(line) for line in lines))
    raise typer.Exit(EXIT_PROBLEMS)


def draft(
    source_id: Annotated[str, typer.Argument(help="The source's id.", metavar="SOURCE")],
    write: Annotated[
        bool, typer.Option("--write", help="Write the drafts under claims/drafts/ (never over an existing file).")
    ] = False,
    output_format: Annotated[
        DraftFormat, typer.Option("--format", help="text (the drafts as YAML) or json (for tools; see the README).")
    ] = DraftFormat.TEXT,
    root: RootOption = None,
) -> None:
    """Propose claims for the checkable sentences of SOURCE that no claim quotes yet.

    Each date proposes an event claim and each quantity a quantity claim, quoting its sentence (or only the
    value's clause, of a sentence giving several values), with a subject and a property from the vocabulary
    and a modality; relative dates are resolved against the
    source's publication date, each resolution noted. A subject or property the vocabulary lacks is
    proposed with the `entity add` or `property add` line that adds it; a sentence stating what a claim
    already says proposes the `claimtrack cite` line instead. Prints the drafts as YAML (--format json: as
    JSON, for tools); --write adds the vocabulary they need and puts them under claims/drafts/, where
    `check` reports them as drafts (a note) until a person accepts them ('claimtrack accept') or deletes them.

    Run again (after accept, dismiss or cite), it reads only the sentences `coverage` lists as not quoted: a
    sentence a claim or a draft quotes, or one dismissed, never comes back. A value a claim states already,
    one quoting SOURCE included, proposes the `cite` line, never a second claim; a sentence that gave no
    complete draft before may give one now that the vocabulary has the names it lacked. With nothing left to
    draft, it says what `coverage` says of SOURCE.
    """
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.drafting.drafts import draft_source, render_drafts
    from claimtrack.render.escape import safe_text

    repository = root_of(root)
    workspace = loaded_workspace(repository)
    try:
        drafts = draft_source(workspace, source_id)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    if output_format is DraftFormat.JSON:
        from claimtrack.render.draft_json import render_drafts_json

        if write:
            _write_drafts(workspace, drafts)
        typer.echo(render_drafts_json(drafts), nl=False)
        return
    if not write:
        typer.echo(safe_text(render_drafts(drafts)), nl=False)
        return
    written = _write_drafts(workspace, drafts)
    for line in written.vocabulary:
        typer.echo(line)
    for path in written.drafts:
        typer.echo(f"wrote {path}")
    for path in written.kept:
        typer.echo(f"kept {path}: it exists; claimtrack never overwrites it")
    if drafts.citations:
        typer.echo(
            f"{len(drafts.citations)} sentence(s) state claims that exist: add them with the 'claimtrack cite' "
            "lines printed without --write"
        )
    incomplete = sum(1 for d in drafts.drafts if d.path is None)
    if incomplete:
        typer.echo(f"{incomplete} proposal(s) not drafted (no subject or property): run without --write to see them")
    if written.drafts:
        typer.echo(NEXT_STEP)
    elif not drafts.drafts and not drafts.citations and not drafts.too_long:
        typer.echo(drafts.nothing_to_draft())


NEXT_STEP = (
    "next: check each draft against its sentence and correct what is wrong ('claimtrack edit ID'); "
    "'claimtrack accept ID' (or --all) then makes it a claim; 'claimtrack dismiss ID --why ...' one that is no "
    "claim, so that its sentence is not proposed again"
)
"""What `draft --write` prints last: what a person does with the drafts it wrote."""


def _write_drafts(workspace: "Workspace", drafts: "SourceDrafts") -> "Written":
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.drafting.drafts import write_drafts

    try:
        return write_drafts(workspace, drafts)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
