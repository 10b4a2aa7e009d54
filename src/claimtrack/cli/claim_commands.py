"""Commands that write files: source add, new, review, and the exports."""

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from claimtrack import cache
from claimtrack.cli.app import (
    EXIT_PROBLEMS,
    EXIT_USAGE,
    NoCacheOption,
    RootOption,
    emit,
    loaded_workspace,
    root_of,
    say_error,
)


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
    win. Refuses to overwrite a source, or to archive bytes a source has (unless --derived-from names
    it). Leave out what the text does not tell: a field that cannot be known is better missing than guessed.
    """
    from claimtrack.authoring.new_files import AuthoringError, SourceSpec, add_source
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
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    paths = [path.relative_to(repository).as_posix() for path in written]
    typer.echo(f"wrote {', '.join(paths[:-1])} and {paths[-1]}")
    _show_corrections(repository, source_id)


def _show_corrections(repository: Path, source_id: str) -> None:
    """Point at the text's correction paragraphs, which the source's `corrects:` list should record."""
    from claimtrack.render.escape import one_line
    from claimtrack.text.correction_notes import correction_hints

    for hint in correction_hints(repository / "sources" / f"{source_id}.txt", source_id):
        typer.echo(one_line(hint))


def _prompted(label: str, check: "Callable[[str], str | None]", choices: list[str] | None = None) -> str:
    """Ask until the answer passes ``check``, showing the vocabulary's choices first and each problem as it comes."""
    if choices:
        shown = choices[:40]
        more = f" (and {len(choices) - len(shown)} more)" if len(choices) > len(shown) else ""
        typer.echo(f"{label}, one of:\n" + "".join(f"  {choice}\n" for choice in shown) + more, nl=not shown)
    while True:
        answer: str = typer.prompt(label)
        problem = check(answer)
        if problem is None:
            return answer
        typer.echo(f"  {problem}", err=True)


def _on_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def new(
    subject: Annotated[str | None, typer.Option(help="The entity the claim is about (an id).")] = None,
    property_id: Annotated[str | None, typer.Option("--property", help="A property from the vocabulary.")] = None,
    value: Annotated[
        str | None,
        typer.Option(help="A date (2016-11-29), a quantity (12, about 50, more than 300), an entity id, or text."),
    ] = None,
    unit: Annotated[
        str | None, typer.Option(help="Quantities: the value's unit, for a property without a fixed one.")
    ] = None,
    statement: Annotated[str | None, typer.Option(help="The assertion as one plain sentence.")] = None,
    evidence: Annotated[
        list[str] | None,
        typer.Option("--evidence", help="SOURCE:STANCE:QUOTE, the quote in the source's exact words; repeatable."),
    ] = None,
    source: Annotated[str | None, typer.Option(help="The first link's source (with --quote and --stance).")] = None,
    quote: Annotated[str | None, typer.Option(help="The first link's exact words in the source.")] = None,
    stance: Annotated[str, typer.Option(help="The first link's stance: supports or contradicts.")] = "supports",
    prefix: Annotated[
        list[str] | None, typer.Option("--prefix", help="Text just before the quote, per link in order; repeatable.")
    ] = None,
    suffix: Annotated[
        list[str] | None, typer.Option("--suffix", help="Text just after the quote, per link in order; repeatable.")
    ] = None,
    evidence_note: Annotated[
        list[str] | None, typer.Option("--evidence-note", help="A note on a link, per link in order; repeatable.")
    ] = None,
    modality: Annotated[str, typer.Option(help="asserted, planned, predicted, reported or denied.")] = "asserted",
    claim_id: Annotated[
        str | None, typer.Option("--id", help="Default: made from the subject, property and value.")
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option(help="The folder under claims/. Default: the subject's, else the property's unless a subject's."),
    ] = None,
    place: Annotated[str | None, typer.Option(help="Where it happened or holds (an entity id).")] = None,
    participants: Annotated[
        list[str] | None, typer.Option("--participant", help="Events: an entity taking part; repeatable.")
    ] = None,
    holder: Annotated[str | None, typer.Option(help="Assessments: who makes the judgement (an entity id).")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="When the claim holds (quantities, relations).")] = None,
    valid_from: Annotated[str | None, typer.Option("--valid-from", help="Relations: since when.")] = None,
    valid_until: Annotated[str | None, typer.Option("--valid-until", help="Relations: until when.")] = None,
    began: Annotated[str | None, typer.Option(help="Relations: when it began ('a member since 2019').")] = None,
    ended: Annotated[str | None, typer.Option(help="Relations: when it ended ('left in 2012').")] = None,
    absolute: Annotated[
        str | None, typer.Option(help="Relations: never, always or first ('has never been a member').")
    ] = None,
    said_by: Annotated[str | None, typer.Option("--said-by", help="The speaker, for somebody's words.")] = None,
    said_setting: Annotated[
        str | None, typer.Option("--said-setting", help="Where it was said ('at a press conference').")
    ] = None,
    said_on: Annotated[str | None, typer.Option("--said-on", help="When it was said.")] = None,
    status: Annotated[
        str, typer.Option(help="unreviewed, supported, disputed, refuted, misleading or unverifiable.")
    ] = "unreviewed",
    review_by: Annotated[str | None, typer.Option("--review-by", help="Who decided the status.")] = None,
    review_note: Annotated[str | None, typer.Option("--review-note", help="Why: what the evidence shows.")] = None,
    review_on: Annotated[str | None, typer.Option("--review-on", help="When it was decided. Default: today.")] = None,
    tags: Annotated[list[str] | None, typer.Option("--tag", help="A tag (an id); repeatable.")] = None,
    allow_value_mismatch: Annotated[
        bool,
        typer.Option(
            "--allow-value-mismatch", help="Write it even when a quote states a date or number that is not the value."
        ),
    ] = False,
    root: RootOption = None,
) -> None:
    """Write a claim file covering every field of the format, checked first as 'claimtrack validate' checks it.

    On a terminal, asks for each missing field, offering the vocabulary's choices and checking each answer
    as it is typed. The claim goes to claims/<topic>/<id>.yaml; a file that exists is never overwritten.
    """
    from claimtrack.authoring.claim_answers import Answers
    from claimtrack.authoring.new_claim import ClaimSpec, EvidenceSpec, new_claim
    from claimtrack.authoring.new_files import AuthoringError

    interactive = _on_terminal()
    repository = root_of(root)
    workspace = loaded_workspace(repository, all_valid=True)
    answers = Answers(workspace)
    if not interactive:
        from claimtrack.authoring.claim_options import GivenOptions, describe, option_problems

        typed = GivenOptions(
            subject=subject,
            property=property_id,
            value=value,
            unit=unit,
            statement=statement,
            source=source,
            quote=quote,
            stance=stance,
            evidence=evidence or [],
            modality=modality,
            place=place,
            participants=participants or [],
            holder=holder,
            said_by=said_by,
            status=status,
            review_by=review_by,
            review_note=review_note,
        )
        problems = option_problems(workspace, typed)
        if any(problem.missing for problem in problems):
            typer.echo(describe(problems), err=True, nl=False)
            raise typer.Exit(EXIT_USAGE)

    def given(
        current: str | None,
        label: str,
        check: "Callable[[str], str | None]",
        choices: list[str] | None = None,
    ) -> str:
        # Off a terminal, every option the claim needs was given (option_problems said so above).
        return current if current is not None else _prompted(label, check, choices)

    try:
        links = [EvidenceSpec.parse(text) for text in evidence or []]
        subject = given(subject, "subject", answers.entity, answers.entity_choices())
        property_id = given(property_id, "property", answers.property, answers.property_choices())
        value = given(value, "value", answers.value_of(property_id), answers.value_choices(property_id))
        statement = given(statement, "statement", answers.text)
        if source is not None or quote is not None or not links:
            source = given(source, "source", answers.source, answers.source_choices())
            quote = given(quote, "quote", answers.quote_in(source))
            links.insert(0, EvidenceSpec(source, stance, quote))
        for index, link in enumerate(links):
            link.prefix = _nth(prefix, index) or link.prefix
            link.suffix = _nth(suffix, index) or link.suffix
            link.note = _nth(evidence_note, index) or link.note
        spec = ClaimSpec(
            subject=subject,
            property=property_id,
            value=value,
            statement=statement,
            evidence=links,
            modality=modality,
            id=claim_id,
            topic=topic,
            place=place,
            as_of=as_of,
            valid_from=valid_from,
            valid_until=valid_until,
            began=began,
            ended=ended,
            absolute=absolute,
            said_by=said_by,
            said_setting=said_setting,
            said_on=said_on,
            participants=participants or [],
            holder=holder,
            status=status,
            review_by=review_by,
            review_note=review_note,
            review_on=review_on,
            tags=tags or [],
            unit=unit,
            allow_value_mismatch=allow_value_mismatch,
        )
        path, drafted = new_claim(workspace, spec)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    if path is None:
        for problem in drafted.problems:
            typer.echo(f"{problem.location()}: {problem.code} {problem.message}", err=True)
        typer.echo(f"claimtrack: {drafted.relative.as_posix()} not written: fix the problems above", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    typer.echo(f"wrote {path.relative_to(repository).as_posix()}")


def _nth(values: list[str] | None, index: int) -> str | None:
    return values[index] if values and index < len(values) and values[index] else None


def export_sqlite_command(
    database: Annotated[
        Path, typer.Argument(help="The SQLite file to write (replaced only if it is a previous export).")
    ],
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Write claims, evidence, sources, entities, properties and findings as SQLite tables with keys.

    Browse it with `datasette DATABASE` or any SQL client. The same files always give the same bytes.
    """
    from claimtrack.export.sqlite import ExportError, export_sqlite

    result = cache.check(root_of(root), cached=not no_cache, with_index=True)
    try:
        export_sqlite(result, database)
    except ExportError as error:
        say_error(error)
        raise typer.Exit(EXIT_PROBLEMS) from None
    typer.echo(f"wrote {database}")


def export_claimreview_command(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically).")] = None,
    url_template: Annotated[
        str | None,
        typer.Option(
            "--url-template",
            metavar="URL",
            help="Required: the address of each published fact-check page, with {id} for the claim's id.",
        ),
    ] = None,
    archive_url_template: Annotated[
        str | None,
        typer.Option(
            "--archive-url-template",
            metavar="URL",
            help="Where you publish the archived copy of each source, with {id} for the source's id: the "
            "address of an appearance whose source has no url of its own.",
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", metavar="TAG", help="The reviews' language (inLanguage), e.g. en."),
    ] = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher",
            metavar="NAME",
            help="The organisation that publishes the fact-checks, each review's author as consumers read it. "
            "Default: each review's reviewer (review.by).",
        ),
    ] = None,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Write schema.org ClaimReview JSON-LD, one reviewed claim per line (JSON Lines).

    Each line is one fact-check page's JSON-LD. A field that cannot be written is named on stderr; a
    review without what consumers require (its claimant, its reviewer) is left out, and the exit code is 1.

    The claimant (itemReviewed.author) is the speaker the claim names (said.by), else the first author of
    its earliest source, else its publisher: give sources --author or --publisher when you add them.
    """
    from claimtrack.export.claimreview import render_claimreview
    from claimtrack.model.sources import LANGUAGE_PATTERN

    repository = root_of(root)
    if url_template is None:
        typer.echo(
            "claimtrack: export claimreview needs --url-template: every ClaimReview names the page of its "
            "fact-check (url), e.g. --url-template 'https://factcheck.example/claims/{id}'",
            err=True,
        )
        raise typer.Exit(EXIT_USAGE)
    for option, template in (("--url-template", url_template), ("--archive-url-template", archive_url_template)):
        if template is not None and "{id}" not in template:
            typer.echo(f"claimtrack: {option} must contain {{id}}", err=True)
            raise typer.Exit(EXIT_USAGE)
        if template is not None and not re.match(r"https?://[^/?#{}]", template):
            # Feeds and search engines read a full address; a relative one means nothing outside its page.
            say_error(f"{option} must be a full http:// or https:// address, e.g. https://factcheck.example/{{id}}")
            raise typer.Exit(EXIT_USAGE)
    if language is not None and not re.match(LANGUAGE_PATTERN, language):
        say_error(f"--language: {language!r} is not a BCP 47 language tag such as en or pt-BR")
        raise typer.Exit(EXIT_USAGE)
    result = cache.check(repository, cached=not no_cache, with_index=True)
    if not result.validation.success:
        typer.echo("claimtrack: the repository has invalid files; run 'claimtrack validate' first", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    exported = render_claimreview(result, url_template, archive_url_template, language, publisher)
    emit(exported.text, output)
    if language is None:
        typer.echo("claimtrack: warning: inLanguage left out of every review: --language gives it", err=True)
    if publisher is None:
        say_error(
            "warning: author is each review's reviewer, written as an organisation: --publisher names the "
            "organisation that publishes the fact-checks, the author consumers expect"
        )
    for omission in exported.omissions:
        say_error(f"warning: {omission}")
    if exported.left_out:
        say_error(f"{len(exported.left_out)} of {exported.records + len(exported.left_out)} reviews left out")
        raise typer.Exit(EXIT_PROBLEMS)
