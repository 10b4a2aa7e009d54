"""Every command's name and where its function lives, and the group that imports and builds only the one run.

A command is a plain function in one of the modules beside this one (its parameters are Typer options and
arguments, its docstring its help); ``COMMANDS`` names it, and ``SUMMARIES`` says in one line what it is for.
The table's order is ``--help``'s order: a newcomer's way through, from making a repository to the reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, get_args, get_origin

import typer
import typer.main
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption


class Group(NamedTuple):
    """A group of commands (``claimtrack cache clear``): its help, and its commands as ``COMMANDS`` gives them."""

    help: str
    commands: Mapping[str, str]


COMMANDS: Mapping[str, str | Group] = {
    "init": "repository_commands:init",
    "source": Group(
        "Manage sources: archived texts with their metadata.",
        {
            "add": "claim_commands:source_add",
            "extract": "source_commands:source_extract",
            "list": "listing_commands:source_list",
        },
    ),
    "entity": Group(
        "The entities claims may name (vocabulary/entities/).",
        {
            "add": "repository_commands:entity_add",
            "edit": "vocabulary_commands:entity_edit",
            "list": "listing_commands:entity_list",
            "remove": "vocabulary_commands:entity_remove",
        },
    ),
    "property": Group(
        "The properties claims may use (vocabulary/properties.yaml).",
        {
            "add": "repository_commands:property_add",
            "edit": "vocabulary_commands:property_edit",
            "list": "listing_commands:property_list",
            "remove": "vocabulary_commands:property_remove",
        },
    ),
    "vocabulary": "repository_commands:vocabulary",
    "draft": "source_commands:draft",
    "accept": "draft_commands:accept",
    "dismiss": "draft_commands:dismiss",
    "new": "claim_commands:new",
    "edit": "edit_command:edit",
    "cite": "cite_command:cite",
    "review": "review_command:review",
    "check": "check_commands:check",
    "validate": "file_commands:validate",
    "fmt": "file_commands:fmt",
    "coverage": "file_commands:coverage",
    "related": "related_command:related",
    "report": "check_commands:report",
    "diff": "check_commands:diff",
    "rules": "check_commands:rules",
    "export": Group(
        "Export the checked repository for other tools.",
        {"sqlite": "claim_commands:export_sqlite_command", "claimreview": "claim_commands:export_claimreview_command"},
    ),
    "schema": "file_commands:schema",
    "cache": Group(
        "The cache in .claimtrack_cache/: parses, quote anchors and the last check's result.",
        {"clear": "file_commands:cache_clear"},
    ),
}
"""Command name → ``module:function`` in ``claimtrack.cli``, or a group of such commands."""


SUMMARIES: Mapping[str, str] = {
    "init": "Make a claims repository, with its hooks and CI workflow.",
    "source": "Add, list and re-extract the archived sources.",
    "source add": "Archive a text, a saved web page or a PDF as a source.",
    "source extract": "Extract a source's text again and say what changed.",
    "source list": "List the archived sources.",
    "entity": "Add, change, list and remove the entities claims name.",
    "entity add": "Add an entity to vocabulary/entities/.",
    "entity edit": "Change an entity where it stands.",
    "entity list": "List the entities.",
    "entity remove": "Remove an entity, or every unused drafted one.",
    "property": "Add, change, list and remove the properties claims use.",
    "property add": "Add a property to vocabulary/properties.yaml.",
    "property edit": "Change a property where it stands.",
    "property list": "List the properties.",
    "property remove": "Remove a property, or every unused drafted one.",
    "vocabulary": "Explain the vocabulary's fields and what each does.",
    "draft": "Propose claims for a source's dates and numbers.",
    "accept": "Make reviewed drafts claims.",
    "dismiss": "Record a draft's value, or a sentence, as no claim.",
    "new": "Write a claim, checked before it is written.",
    "edit": "Change fields of a claim or a draft in place.",
    "cite": "Add a source's quote as evidence to an existing claim.",
    "review": "Record a reviewer's verdict on a claim.",
    "check": "Validate the repository and run every rule on it.",
    "validate": "Check the files, their ids and their quotes.",
    "fmt": "Lay the files out canonically.",
    "coverage": "List the sentences of each source no claim quotes.",
    "related": "List unquoted sentences that agree or disagree with a claim.",
    "report": "Write the discrepancy report (markdown, HTML, JSON, ...).",
    "diff": "Compare two revisions: claims, sources, findings.",
    "rules": "List the consistency rules, or explain one.",
    "export": "Export the repository for other tools.",
    "export sqlite": "Write the repository as SQLite tables.",
    "export claimreview": "Write schema.org ClaimReview, one per verdict.",
    "schema": "Write the JSON Schemas of the file formats.",
    "cache": "Clear the cache of parses and the last check.",
    "cache clear": "Delete .claimtrack_cache/.",
}
"""What each command and group is for, in one line of ``--help``'s list (by its words: ``"source add"``);
its own ``--help`` says the rest."""


class LazyGroup(TyperGroup):
    """A group that imports a command's module and builds the command only when it is looked up.

    Typer builds every command of an app (each parameter and its type) before it runs one, some 25 ms for
    this app, and every module defining one must be imported first. This group follows click's recipe for
    lazily loaded subcommands, in the group class Typer's ``cls`` option takes: ``list_commands`` reads the
    names from the table and ``get_command`` builds the one asked for, through a one-command Typer app. A
    run builds its own command alone; ``--help``, which lists them all, builds them all, and so does a name
    the table lacks, so that Typer can suggest the close ones.
    """

    def __init__(self, *, table: Mapping[str, str | Group] = COMMANDS, words: str = "", **attrs: Any) -> None:
        super().__init__(**attrs)
        self.table = table
        self.words = words
        """The group's own words ("source"), before its commands' in ``SUMMARIES``."""

    def list_commands(self, ctx: object) -> list[str]:
        return list(self.table)

    def get_command(self, ctx: object, name: str) -> TyperCommand | TyperGroup | None:
        entry = self.table.get(name)
        if entry is None:
            # Typer's "No such command … Did you mean …?" looks among the commands added to the group.
            for known in self.table:
                self.add_command(self._built(known, self.table[known]), known)
            return None
        return self._built(name, entry)

    def _built(self, name: str, entry: str | Group) -> TyperCommand | TyperGroup:
        words = f"{self.words} {name}".strip()
        if isinstance(entry, Group):
            return LazyGroup(
                name=name,
                help=entry.help,
                short_help=SUMMARIES.get(words),
                table=entry.commands,
                words=words,
                no_args_is_help=True,
                rich_markup_mode=self.rich_markup_mode,
            )
        from importlib import import_module

        module, function = entry.split(":")
        one = typer.Typer(add_completion=False, rich_markup_mode=self.rich_markup_mode)
        one.command(name, short_help=SUMMARIES.get(words))(getattr(import_module(f"claimtrack.cli.{module}"), function))
        command = typer.main.get_command(one)
        assert isinstance(command, TyperCommand)
        for param in command.params:
            worded(param)
        return command


def _word(param: TyperOption | TyperArgument) -> str:
    """A value's metavar in words, as click and argparse write them: TEXT, N, FILE, FOLDER, PATH, [a|b]."""
    described = param.type_descriptor
    if described.is_choice:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in described.choices or ()) + "]"
    info = described.parameter_info
    if described.is_path:
        return "FOLDER" if not info.file_okay else "FILE" if not info.dir_okay else "PATH"
    annotation: Any = described.annotation
    element = get_args(annotation)[0] if get_origin(annotation) is list else annotation
    if element is int:
        return "N"
    if element is float:
        return "NUMBER"
    return "TEXT"


def worded(param: object) -> None:
    """Typer writes a value's Python type (``<list[str]>``, ``<int range>``) and an argument three ways
    (``{SOURCE}``, ``[folder]``, ``CLAIM_ID <str>``); this gives every option a metavar in words and every
    argument its name in capitals, required ones bare and optional ones in brackets, as click's own tools do.
    """
    if isinstance(param, TyperOption) and not param.is_flag and not param.count and param.metavar is None:
        param.metavar = _word(param)
    elif isinstance(param, TyperArgument):
        name = param.metavar or (param.name or "").upper()
        param.metavar = name
        usage = (name if param.required else f"[{name}]") + ("..." if param.nargs != 1 else "")
        # Typer reads both through methods; an instance's own callables take their place for this parameter.
        # (setattr: mypy refuses an assignment to a method.)
        setattr(param, "_usage_display_name", lambda: usage)  # noqa: B010
        setattr(param, "display_type_rich", lambda ctx: None)  # noqa: B010
