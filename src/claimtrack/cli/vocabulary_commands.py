"""`claimtrack entity edit`, `property edit`, `entity remove` and `property remove`: vocabulary entries changed in place, or taken
out when nothing uses them."""

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from claimtrack.cli.app import EXIT_PROBLEMS, EXIT_USAGE, RootOption, loaded_workspace, root_of, say_error

if TYPE_CHECKING:
    from claimtrack.authoring.vocabulary_edit import EntryEdit
    from claimtrack.repository.workspace import Workspace

_VALID_FIRST = "fix these first (the vocabulary must be valid to remove from it)"
_VALID_TO_EDIT = "fix these first (the vocabulary must be valid to edit it)"


def entity_edit(
    entity_id: Annotated[str, typer.Argument(help="The entity's id; it never changes (claims name it).", metavar="ID")],
    kind: Annotated[
        str | None,
        typer.Option(help="What it is: country, person, organisation, treaty, place, event, post, group or other."),
    ] = None,
    label: Annotated[str | None, typer.Option(help="Its usual name.")] = None,
    alias: Annotated[
        list[str] | None,
        typer.Option(
            "--alias", help="Its other names, all of them (they replace those it has); repeatable; '' for none."
        ),
    ] = None,
    description: Annotated[str | None, typer.Option(help="Which entity this is, in one line; '' for none.")] = None,
    root: RootOption = None,
) -> None:
    """Change an entity of vocabulary/entities/ where it stands: its kind (a drafted entity's guess corrected),
    label, aliases or description; every option left out is kept.

    The entry stays in its file with its id, and every other entry and comment line of the file is kept; the
    file is checked as 'validate' checks it and laid out as fmt would. Refused, with nothing written: an id
    the vocabulary lacks (with the closest ones), a kind that is none, a label or alias that names another
    entity, and a kind that a relation claim naming the entity as its value could not take (each is named).
    Prints each field it changed.
    """
    from claimtrack.authoring.vocabulary_edit import EntityChange, edit_entity

    if kind is None and label is None and alias is None and description is None:
        say_error("entity edit: give what to change: --kind, --label, --alias or --description")
        raise typer.Exit(EXIT_USAGE)
    _edit("entity", entity_id, root, lambda w: edit_entity(w, entity_id, EntityChange(kind, label, alias, description)))


def property_edit(
    property_id: Annotated[
        str, typer.Argument(help="The property's id; it never changes (claims name it).", metavar="ID")
    ],
    single_valued: Annotated[
        bool | None,
        typer.Option(
            "--single-valued/--many-valued",
            help="Whether a subject has one value at a time, so that claims giving differing values conflict "
            "(CT201): a treaty's signing day, a bridge's length; --many-valued for a subject's many dates or counts.",
            show_default=False,
        ),
    ] = None,
    label: Annotated[str | None, typer.Option(help="The property in words, as reports show it.")] = None,
    description: Annotated[str | None, typer.Option(help="What it means, in one line; '' for none.")] = None,
    root: RootOption = None,
) -> None:
    """Change a property of the vocabulary where it stands: whether it is single-valued (a property `draft`
    proposed is added many-valued; make it single-valued so that two sources' differing values are found),
    its label or its description; every option left out is kept.

    Its id, claim type and unit never change here (claims depend on them). The entry stays in its file, every
    other entry and comment line kept; the file is checked as 'validate' checks it and laid out as fmt would.
    Refused, with nothing written: an id the vocabulary lacks (with the closest ones) and an empty label.
    Prints each field it changed; run 'claimtrack check' for the conflicts a single-valued property shows.
    """
    from claimtrack.authoring.vocabulary_edit import PropertyChange, edit_property

    if single_valued is None and label is None and description is None:
        say_error("property edit: give what to change: --single-valued/--many-valued, --label or --description")
        raise typer.Exit(EXIT_USAGE)
    change = PropertyChange(label, single_valued, description)
    _edit("property", property_id, root, lambda w: edit_property(w, property_id, change))


def _edit(what: str, entry_id: str, root: RootOption, edit: "Callable[[Workspace], EntryEdit]") -> None:
    """Run one `entity edit` or `property edit` on the valid vocabulary, and say each field it changed."""
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.render.escape import one_line

    workspace = loaded_workspace(root_of(root), all_valid=True, hint=_VALID_TO_EDIT)
    try:
        edited = edit(workspace)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    shown = edited.path.relative_to(workspace.root).as_posix()
    if not edited.changes:
        typer.echo(f"{shown}: {what} '{entry_id}' already says so; nothing changed")
        return
    typer.echo(f"wrote {shown}")
    for change in edited.changes:
        typer.echo(one_line(f"  {change.name}: {change.before} -> {change.after}"))


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
