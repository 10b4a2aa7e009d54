"""Commands that write new files: source add, new, and the exports."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.app import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    RootOption,
    app,
    emit,
    root_of,
)

source_app = typer.Typer(help="Manage sources: archived texts with their metadata.", no_args_is_help=True)
app.add_typer(source_app, name="source")


@source_app.command("add")
def source_add(
    text_file: Annotated[
        Path,
        typer.Argument(
            help="The article: a UTF-8 text, a saved web page (.html, .htm) or a PDF, archived byte for byte.",
            exists=True,
            dir_okay=False,
            metavar="FILE",
        ),
    ],
    source_id: Annotated[str, typer.Option("--id", help="The source's id, also its file names.")],
    kind: Annotated[
        str, typer.Option(help="news, analysis, essay, interview, official, republication, reference or other.")
    ] = "news",
    title: Annotated[str | None, typer.Option(help="The title, as the source gives it.")] = None,
    author: Annotated[list[str] | None, typer.Option("--author", help="An author; repeatable.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Who published it.")] = None,
    container: Annotated[str | None, typer.Option(help="The periodical, site or series it appeared in.")] = None,
    published: Annotated[str | None, typer.Option(help="When: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    accessed: Annotated[str | None, typer.Option(help="When it was retrieved.")] = None,
    language: Annotated[str | None, typer.Option(help="A BCP 47 tag such as en or ru.")] = None,
    derived_from: Annotated[
        list[str] | None, typer.Option("--derived-from", help="A source this one republishes; repeatable.")
    ] = None,
    cites: Annotated[list[str] | None, typer.Option("--cites", help="A source this one cites; repeatable.")] = None,
    note: Annotated[str | None, typer.Option(help="Anything a reviewer should know about the source.")] = None,
    root: RootOption = None,
) -> None:
    """Archive FILE under sources/ with its sha256, and write sources/ID.yaml.

    A text is archived as sources/ID.txt. A saved page (.html, .htm) or a PDF is archived as
    sources/ID.html or .pdf, its text extracted to sources/ID.txt and its metadata (title, authors,
    date, site, canonical URL, language) filled in where the file states them; options given here
    win. Refuses to overwrite an existing source. Leave out what the text does not tell: a field that
    cannot be known is better missing than guessed.
    """
    from claimtrack.authoring import AuthoringError, SourceSpec, add_source
    from claimtrack.intake.archive import add_original_source, original_suffix

    repository = root_of(root)
    spec = SourceSpec(
        id=source_id,
        kind=kind,
        title=title,
        authors=author or [],
        publisher=publisher,
        container=container,
        published=published,
        url=url,
        accessed=accessed,
        language=language,
        derived_from=derived_from or [],
        cites=cites or [],
        note=note,
    )
    try:
        if original_suffix(text_file) is None:
            written = list(add_source(repository, text_file, spec))
        else:
            written = add_original_source(repository, text_file, spec)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    paths = [path.relative_to(repository).as_posix() for path in written]
    typer.echo(f"wrote {', '.join(paths[:-1])} and {paths[-1]}")


def ask(value: str | None, label: str, interactive: bool, default: str | None = None) -> str:
    if value is not None:
        return value
    if interactive:
        answer: str = typer.prompt(label, default=default)
        return answer
    if default is not None:
        return default
    typer.echo(f"claimtrack: missing --{label.split(' (')[0].replace(' ', '-')}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command()
def new(
    subject: Annotated[str | None, typer.Option(help="The entity the claim is about (an id).")] = None,
    property_id: Annotated[str | None, typer.Option("--property", help="A property from the vocabulary.")] = None,
    value: Annotated[
        str | None,
        typer.Option(help="A date (2016-11-29), a quantity (12, about 50, more than 300), an entity id, or text."),
    ] = None,
    statement: Annotated[str | None, typer.Option(help="The assertion as one plain sentence.")] = None,
    source: Annotated[str | None, typer.Option(help="The source's id.")] = None,
    quote: Annotated[str | None, typer.Option(help="The exact words in the source's archived text.")] = None,
    stance: Annotated[str, typer.Option(help="supports or contradicts.")] = "supports",
    modality: Annotated[str, typer.Option(help="asserted, planned, predicted, reported or denied.")] = "asserted",
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Default: made from the subject, property and value.")
    ] = None,
    topic: Annotated[str | None, typer.Option(help="The folder under claims/. Default: the subject.")] = None,
    place: Annotated[str | None, typer.Option(help="Where it happened or holds (an entity id).")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="When the claim holds, for quantities and relations.")
    ] = None,
    root: RootOption = None,
) -> None:
    """Scaffold a claim file, asking for each missing field when run on a terminal.

    Checks at once that the property, subject and entities exist and that the quote is in the
    source's archived text; picks claims/<topic>/<id>.yaml; never overwrites a file.
    """
    from claimtrack.authoring import AuthoringError, ClaimSpec, new_claim
    from claimtrack.render.diagnostics import render_text as render_problems
    from claimtrack.validate import validate_repository

    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    repository = root_of(root)
    result = validate_repository(repository)
    if result.workspace is None or not result.success:
        sys.stderr.write(render_problems(result))
        raise typer.Exit(EXIT_PROBLEMS)
    spec = ClaimSpec(
        subject=ask(subject, "subject", interactive),
        property=ask(property_id, "property", interactive),
        value=ask(value, "value", interactive),
        statement=ask(statement, "statement", interactive),
        source=ask(source, "source", interactive),
        quote=ask(quote, "quote", interactive),
        stance=stance,
        modality=modality,
        id=claim_id,
        topic=topic,
        place=place,
        as_of=as_of,
    )
    try:
        path = new_claim(result.workspace, spec)
    except AuthoringError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {path.relative_to(repository).as_posix()}")


export_app = typer.Typer(help="Export the checked repository for other tools.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("sqlite")
def export_sqlite_command(
    database: Annotated[
        Path, typer.Argument(help="The SQLite file to write (replaced only if it is a previous export).")
    ],
    root: RootOption = None,
) -> None:
    """Write claims, evidence, sources, entities, properties and findings as SQLite tables with keys.

    Browse it with `datasette DATABASE` or any SQL client. The same files always give the same bytes.
    """
    from claimtrack.check import check_repository
    from claimtrack.export.sqlite import ExportError, export_sqlite

    result = check_repository(root_of(root))
    try:
        export_sqlite(result, database)
    except ExportError as error:
        typer.echo(f"claimtrack: {error}", err=True)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {database}")


@export_app.command("claimreview")
def export_claimreview_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically).")] = None,
    url_template: Annotated[
        str | None,
        typer.Option("--url-template", help="The URL of each published fact-check, with {id} for the claim's id."),
    ] = None,
    root: RootOption = None,
) -> None:
    """Write schema.org ClaimReview JSON-LD for every reviewed claim (rating scale in the README)."""
    from claimtrack.check import check_repository
    from claimtrack.export.claimreview import render_claimreview

    result = check_repository(root_of(root))
    if not result.validation.success:
        typer.echo("claimtrack: the repository has invalid files; run 'claimtrack validate' first", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    if url_template is not None and "{id}" not in url_template:
        typer.echo("claimtrack: --url-template must contain {id}", err=True)
        raise typer.Exit(EXIT_USAGE)
    rendered = render_claimreview(result, url_template)
    emit(rendered, output)
