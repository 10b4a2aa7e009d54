"""`claimtrack edit`: change fields of a claim that exists, keeping its id, its file and every other line."""

from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.app import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    NoCacheOption,
    RootOption,
    loaded_workspace,
    root_of,
    say_error,
)
from claimtrack.render.escape import one_line

_EMPTY_REMOVES = ' "" removes it.'


def edit(
    claim_id: Annotated[str, typer.Argument(help="The claim's id (it never changes).", metavar="CLAIM_ID")],
    value: Annotated[
        str | None,
        typer.Option(
            help="A date (2016-11-29), a quantity (12, about 50, up to 15: read as 'new --value' reads it, in the "
            "claim's unit unless --unit says another), an entity id, or text."
        ),
    ] = None,
    unit: Annotated[
        str | None, typer.Option(help="Quantities: the value's unit; alone, the same number in this unit.")
    ] = None,
    statement: Annotated[str | None, typer.Option(help="The assertion as one plain sentence.")] = None,
    summary: Annotated[
        str | None,
        typer.Option(help="The claim in 75 characters at most (ClaimReview's claimReviewed)." + _EMPTY_REMOVES),
    ] = None,
    subject: Annotated[str | None, typer.Option(help="The entity the claim is about (an id).")] = None,
    property_id: Annotated[
        str | None,
        typer.Option("--property", help="A property from the vocabulary; one of another claim type needs --value."),
    ] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, planned, predicted, reported or denied.")] = None,
    place: Annotated[
        str | None, typer.Option(help="Where it happened or holds (an entity id)." + _EMPTY_REMOVES)
    ] = None,
    participants: Annotated[
        list[str] | None,
        typer.Option(
            "--participant", help='Events: an entity taking part; repeatable, replaces the list; "" clears it.'
        ),
    ] = None,
    holder: Annotated[str | None, typer.Option(help="Assessments: who makes the judgement." + _EMPTY_REMOVES)] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="When the claim holds." + _EMPTY_REMOVES)] = None,
    valid_from: Annotated[
        str | None, typer.Option("--valid-from", help="Relations: since when." + _EMPTY_REMOVES)
    ] = None,
    valid_until: Annotated[
        str | None, typer.Option("--valid-until", help="Relations: until when." + _EMPTY_REMOVES)
    ] = None,
    began: Annotated[str | None, typer.Option(help="Relations: when it began." + _EMPTY_REMOVES)] = None,
    ended: Annotated[str | None, typer.Option(help="Relations: when it ended." + _EMPTY_REMOVES)] = None,
    absolute: Annotated[str | None, typer.Option(help="Relations: never, always or first." + _EMPTY_REMOVES)] = None,
    said_by: Annotated[
        str | None, typer.Option("--said-by", help="The speaker, for somebody's words." + _EMPTY_REMOVES)
    ] = None,
    said_setting: Annotated[
        str | None, typer.Option("--said-setting", help="Where it was said." + _EMPTY_REMOVES)
    ] = None,
    said_on: Annotated[str | None, typer.Option("--said-on", help="When it was said." + _EMPTY_REMOVES)] = None,
    tags: Annotated[
        list[str] | None, typer.Option("--tag", help='A tag (an id); repeatable, replaces the list; "" clears it.')
    ] = None,
    quote: Annotated[
        str | None,
        typer.Option(
            help="The source's exact words for the claim's first supporting evidence, in place of its quote "
            "(narrow a sentence with two numbers to the one that is the value)."
        ),
    ] = None,
    keep_review: Annotated[
        bool,
        typer.Option(
            "--keep-review", help="A verdict stays although what the claim asserts changes (a typo it saw through)."
        ),
    ] = False,
    reset_review: Annotated[
        bool,
        typer.Option(
            "--reset-review",
            help="What the claim asserts changes: make it unreviewed and remove its review (git keeps it).",
        ),
    ] = False,
    allow_value_mismatch: Annotated[
        bool,
        typer.Option(
            "--allow-value-mismatch", help="Write it even when a quote states a date or number that is not the value."
        ),
    ] = False,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Change fields of the claim CLAIM_ID; an option left out keeps what the file has.

    The claim's id and file name never change (other files and exports refer to them): to rename a claim,
    write it anew with 'claimtrack new'. The changed claim is checked as 'new' checks one (the models, every
    id it names, every quote, and for a new value a quote stating another) and written only when nothing is wrong, every
    problem listed otherwise. Each changed field is printed as 'field: before -> after'; every other line of
    the file, comments included, is kept. A claim with a verdict whose subject, property, value, dates, place,
    modality or speaker changes is refused unless --keep-review or --reset-review says what becomes of the
    verdict; a new statement, summary or tags keep it. After writing, the open errors the whole check now
    finds (between this claim and others) are named on stderr.
    """
    from claimtrack.authoring.edit_claim import ClaimEdit, ReviewChoice, edit_claim
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.render.review_lines import render_changes

    if keep_review and reset_review:
        say_error("--keep-review and --reset-review: give one of them")
        raise typer.Exit(EXIT_USAGE)
    repository = root_of(root)
    workspace = loaded_workspace(repository)
    given = ClaimEdit(
        value=value,
        unit=unit,
        statement=statement,
        summary=summary,
        subject=subject,
        property=property_id,
        modality=modality,
        place=place,
        holder=holder,
        as_of=as_of,
        valid_from=valid_from,
        valid_until=valid_until,
        began=began,
        ended=ended,
        absolute=absolute,
        said_by=said_by,
        said_setting=said_setting,
        said_on=said_on,
        participants=None if participants is None else tuple(participants),
        tags=None if tags is None else tuple(tags),
        quote=quote,
    )
    review = ReviewChoice.KEEP if keep_review else ReviewChoice.RESET if reset_review else ReviewChoice.REFUSE
    try:
        outcome = edit_claim(workspace, claim_id, given, review, allow_value_mismatch=allow_value_mismatch)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    shown = outcome.path.relative_to(repository).as_posix()
    if outcome.refused:
        for problem in outcome.problems:
            say_error(problem)
        for diagnostic in outcome.diagnostics:
            typer.echo(f"{diagnostic.location()}: {diagnostic.code} {diagnostic.message}", err=True)
        say_error(f"{shown} not changed: fix the problems above")
        raise typer.Exit(EXIT_PROBLEMS)
    if not outcome.written:
        typer.echo(f"{shown}: nothing changed")
        return
    typer.echo(f"wrote {shown}")
    typer.echo(render_changes(outcome.changes), nl=False)  # before the warnings on stderr
    _say_what_the_check_now_finds(repository, cached=not no_cache)


_SHOWN_ERRORS = 5


def _say_what_the_check_now_finds(repository: Path, *, cached: bool) -> None:
    """An edit checks its own claim; what it changes between claims (a conflict gone, leaving a refutation with
    nothing against it; a new one) shows only in the whole check, so the open errors are named now rather than
    at the next commit."""
    from claimtrack import cache
    from claimtrack.model.wording import plural

    errors = [f for f in cache.check(repository, cached=cached).findings if f.is_open_error()]
    if not errors:
        return
    say_error(f"warning: 'claimtrack check' now finds {plural(len(errors), 'open error')}:")
    for finding in errors[:_SHOWN_ERRORS]:
        typer.echo(one_line(f"  {finding.location()}: {finding.code} {finding.message}"), err=True)
    if len(errors) > _SHOWN_ERRORS:
        typer.echo(f"  and {len(errors) - _SHOWN_ERRORS} more", err=True)
