"""Starting a claims repository: init, the vocabulary's documentation, entity add and property add."""

import shlex
from pathlib import Path
from typing import Annotated

import typer

from claimtrack.authoring.new_repository import WORKFLOW, HookKind, InitOptions
from claimtrack.cli.app import RootOption, loaded_workspace, root_of, say_error


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
            metavar="URL",
            help="Install claimtrack from this git repository (URL or path) in the workflow and the pre-commit "
            "config. Default: from where this claimtrack was installed (its git commit, its folder, or its "
            "version from the package index).",
        ),
    ] = None,
    git_rev: Annotated[
        str | None,
        typer.Option(
            "--rev", metavar="REV", help="The tag or commit of --git. Default: the commit its HEAD names now."
        ),
    ] = None,
    hooks: Annotated[
        HookKind,
        typer.Option(
            help="repo: pre-commit installs claimtrack itself, so no environment needs to be active; "
            "local: the hooks run the claimtrack on PATH.",
        ),
    ] = HookKind.REPO,
) -> None:
    """Make a claims repository: claims/, sources/, a starter vocabulary, the JSON Schemas, a README,
    a .gitignore, a pre-commit config and a GitHub workflow.

    Never overwrites: a file that exists is left as it is and named as skipped. Says where the hooks and the
    workflow install claimtrack from, and how to change it.
    """
    from claimtrack.authoring.git_source import BadGitSource, check_git_source
    from claimtrack.authoring.install_source import UnusableSource, from_git, this_install
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.new_repository import InitOptions, init_repository

    if git_rev is not None and git_url is None:
        typer.echo("claimtrack: --rev needs --git", err=True)
        raise typer.Exit(2)
    try:
        if git_url is not None:
            check_git_source(git_url, git_rev)
        source = this_install() if git_url is None else from_git(git_url, git_rev)
    except (BadGitSource, UnusableSource) as error:
        say_error(error)
        raise typer.Exit(2) from None
    options = InitOptions(workflow=workflow, pre_commit=pre_commit, source=source, hooks=hooks)
    try:
        result = init_repository(folder, options)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    where = "." if folder.resolve() == Path.cwd().resolve() else str(folder)
    for path in result.written:
        typer.echo(f"wrote {path}")
    for path in result.skipped:
        typer.echo(f"skipped {path}: it exists")
    if workflow or pre_commit:
        typer.echo(_install_message(options))
    warnings = list(source.warnings)
    if workflow and source.on_this_machine:
        warnings.append(
            f"{WORKFLOW} installs claimtrack from this machine, where GitHub's runners cannot: run init with "
            "--git URL --rev REV, a repository they can reach"
        )
    for warning in warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(
        f"claims repository ready in {where}: add a source with 'claimtrack source add', then a claim with "
        "'claimtrack new'"
    )


def _install_message(options: InitOptions) -> str:
    source = options.source
    if options.hooks is HookKind.LOCAL:
        hooks = "the claimtrack on PATH runs (activate its environment before committing)"
    elif source.repo is not None:
        hooks = "pre-commit installs claimtrack from that repository; no environment needs to be active"
    else:
        hooks = "pre-commit installs claimtrack by that requirement; no environment needs to be active"
    other = "--hooks repo" if options.hooks is HookKind.LOCAL else "--hooks local"
    return (
        f"claimtrack is installed from {source.described}\n"
        f"  {'workflow and README' if options.workflow else 'README'}: pip install {shlex.quote(source.requirement)}\n"
        f"  hooks: {hooks}\n"
        f"  to change it: delete .pre-commit-config.yaml and {WORKFLOW}, and run init again with "
        f"--git URL --rev REV or {other}"
    )


def vocabulary() -> None:
    """Explain every field of the vocabulary (properties and entities) and what it does to the rules.

    This is docs/vocabulary.md, generated from the models.
    """
    from claimtrack.authoring.vocabulary_docs import render_vocabulary_markdown

    typer.echo(render_vocabulary_markdown(), nl=False)


_VALID_FIRST = "fix these first (the vocabulary must be valid to add to it)"
_NAMED_BEFORE_ADDED = frozenset({"CT113", "CT114"})
"""An unknown property or entity that a claim names: what adding to the vocabulary is for (a draft saved from
`draft`'s output names them before its "needs" lines are run), so it does not stop the adding."""


def _written(path: Path, root: Path, what: str) -> None:
    typer.echo(f"added {what} to {path.relative_to(root).as_posix()}")


def entity_add(
    entity_id: Annotated[
        str, typer.Option("--id", help="How claims will name it: lower-case letters, digits, - and _.")
    ],
    kind: Annotated[
        str, typer.Option(help="country, person, organisation, treaty, place, event, post, group or other.")
    ],
    label: Annotated[str, typer.Option(help="Its usual name.")],
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name or spelling; repeatable.")] = None,
    part_of: Annotated[str | None, typer.Option("--part-of", help="The entity this one lies within.")] = None,
    disjoint: Annotated[
        list[str] | None, typer.Option("--disjoint", help="An entity this one shares no part with; repeatable.")
    ] = None,
    description: Annotated[str | None, typer.Option(help="Which entity this is, in one line.")] = None,
    file: Annotated[
        str | None, typer.Option("--file", help="The file under vocabulary/entities/ (no .yaml). Default: by kind.")
    ] = None,
    root: RootOption = None,
) -> None:
    """Add an entity to vocabulary/entities/, checked and laid out as fmt would; never duplicates an id or name."""
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.vocabulary_edit import EntitySpec, add_entity

    workspace = loaded_workspace(root_of(root), all_valid=True, hint=_VALID_FIRST, tolerated=_NAMED_BEFORE_ADDED)
    spec = EntitySpec(entity_id, kind, label, alias or [], part_of, disjoint or [], description, file)
    try:
        path = add_entity(workspace, spec)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    _written(path, workspace.root, f"entity '{entity_id}'")


def property_add(
    property_id: Annotated[str, typer.Option("--id", help="How claims will name it: lower-case letters, digits, _.")],
    label: Annotated[str, typer.Option(help="The property in words: 'signed on'.")],
    claim_type: Annotated[
        str, typer.Option("--claim-type", help="event, quantity, relation, attribution or assessment.")
    ],
    single_valued: Annotated[
        bool, typer.Option("--single-valued", help="A subject has one value at a time: differing values conflict.")
    ] = False,
    value_kind: Annotated[
        list[str] | None, typer.Option("--value-kind", help="Relations: a kind the value may be; repeatable.")
    ] = None,
    unit: Annotated[str | None, typer.Option(help="Quantities: the unit every value uses.")] = None,
    not_before: Annotated[
        list[str] | None,
        typer.Option("--not-before", help="Events: a property whose date this one's may not precede; repeatable."),
    ] = None,
    description: Annotated[str | None, typer.Option(help="What the property means, in one line.")] = None,
    root: RootOption = None,
) -> None:
    """Add a property to vocabulary/properties.yaml, checked and laid out as fmt would ('claimtrack vocabulary'
    explains each field and what it does to the rules)."""
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.authoring.vocabulary_edit import PropertySpec, add_property

    workspace = loaded_workspace(root_of(root), all_valid=True, hint=_VALID_FIRST, tolerated=_NAMED_BEFORE_ADDED)
    spec = PropertySpec(
        property_id, label, claim_type, single_valued, value_kind or [], unit, not_before or [], description
    )
    try:
        path = add_property(workspace, spec)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    _written(path, workspace.root, f"property '{property_id}'")
