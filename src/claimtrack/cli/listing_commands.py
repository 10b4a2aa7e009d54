"""`entity list`, `property list`, `source list`: the vocabulary and the sources, with how many claims use each."""

from typing import Annotated

import typer

from claimtrack.cli.app import OutputFormat, RootOption, loaded_workspace, root_of

FormatOption = Annotated[OutputFormat, typer.Option("--format", help="text (aligned columns) or json.")]


def _print(kind: str, fmt: OutputFormat, root: RootOption) -> None:
    import sys

    from claimtrack.render.vocabulary_lists import RENDERER_BY_KIND

    workspace = loaded_workspace(root_of(root))
    sys.stdout.write(RENDERER_BY_KIND[kind](workspace, fmt.value))


def entity_list(fmt: FormatOption = OutputFormat.TEXT, root: RootOption = None) -> None:
    """List the entities claims may name (vocabulary/entities/), with how many claims name each."""
    _print("entity", fmt, root)


def property_list(fmt: FormatOption = OutputFormat.TEXT, root: RootOption = None) -> None:
    """List the properties claims may use (vocabulary/properties.yaml), with how many claims use each."""
    _print("property", fmt, root)


def source_list(fmt: FormatOption = OutputFormat.TEXT, root: RootOption = None) -> None:
    """List the archived sources, with their publication date, title and how many claims quote each."""
    _print("source", fmt, root)
