"""`claimtrack entity remove` and `claimtrack property remove`: vocabulary entries nothing uses, taken out."""

from typing import Annotated, Literal

import typer

from claimtrack.cli.app import EXIT_PROBLEMS, EXIT_USAGE, RootOption, loaded_workspace, root_of, say_error

_VALID_FIRST = "fix these first (the vocabulary must be valid to remove from it)"


def _remove(
    kind: Literal["entity", "property"], entry_id: str | None, every_unused: bool, dry_run: bool, root: RootOption
) -> None:
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.vocabulary_remove import StillUsed, plan_removal, plan_unused, remove
    from claimtrack.render.escape import one_line

    if (entry_id is None) == (not every_unused):
        say_error(f"{kind} remove: give an id or --unused, not both")
        raise typer.Exit(EXIT_USAGE)
    workspace = loaded_workspace(root_of(root), all_valid=True, hint=_VALID_FIRST)
    try:
        removals = plan_unused(workspace, kind) if entry_id is None else [plan_removal(workspace, kind, entry_id)]
        if not dry_run:
            remove(workspace, removals)
    except StillUsed as used:
        say_error(used.heading)
        typer.echo("".join(f"  {one_line(user)}\n" for user in used.users), err=True, nl=False)
        raise typer.Exit(EXIT_PROBLEMS) from None
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    done = "would remove" if dry_run else "removed"
    for removal in removals:
        typer.echo(f"{done} {kind} '{removal.id}' from {removal.path}")
    if every_unused:
        from claimtrack.model.wording import noun

        drafted = f"unused drafted {noun(kind, len(removals))}"
        typer.echo(f"{done} {len(removals)} {drafted}" if removals else f"no {drafted}")


def entity_remove(
    entity_id: Annotated[str | None, typer.Argument(help="The entity's id.", metavar="ID")] = None,
    every_unused: Annotated[
        bool,
        typer.Option("--unused", help="Remove every entity draft proposed that nothing names now (--dry-run first)."),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be removed.")] = False,
    root: RootOption = None,
) -> None:
    """Remove an entity from vocabulary/entities/, or with --unused what deleted drafts left behind: every
    entity 'draft --write' added (its description still says so) that no claim names.

    Refused, naming each user, while a claim (a draft too) names it or another entity refers to it (part_of,
    disjoint). Every other entry and every comment line between entries stays; a file left empty is kept as
    'entities: []'.
    """
    _remove("entity", entity_id, every_unused, dry_run, root)


def property_remove(
    property_id: Annotated[str | None, typer.Argument(help="The property's id.", metavar="ID")] = None,
    every_unused: Annotated[
        bool,
        typer.Option("--unused", help="Remove every property draft proposed that nothing uses now (--dry-run first)."),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be removed.")] = False,
    root: RootOption = None,
) -> None:
    """Remove a property from the vocabulary, or with --unused what deleted drafts left behind: every property
    'draft --write' added (its description still says so) that no claim uses.

    Refused, naming each user, while a claim (a draft too) uses it or another property's not_before names it.
    Every other entry and every comment line between entries stays; a file left empty is kept as
    'properties: []'.
    """
    _remove("property", property_id, every_unused, dry_run, root)
