"""Commands that settle drafts: accept one as a claim, or dismiss its value (or its sentence) as no claim."""

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


def accept(
    draft_ids: Annotated[
        list[str] | None,
        typer.Argument(help="The drafts' ids (their file names under claims/drafts/).", metavar="DRAFT_ID"),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="Accept every draft under claims/drafts/.")] = False,
    topic: Annotated[
        str | None,
        typer.Option(help="The folder under claims/. Default: the one 'new' would choose (never drafts/)."),
    ] = None,
    allow_value_mismatch: Annotated[
        bool,
        typer.Option(
            "--allow-value-mismatch", help="Accept it even when a quote states a date or number that is not the value."
        ),
    ] = False,
    allow_conflict: Annotated[
        bool,
        typer.Option(
            "--allow-conflict",
            help="Accept it even when its value cannot stand beside another claim's (CT201), for a reviewer to settle.",
        ),
    ] = False,
    no_cache: NoCacheOption = False,
    root: RootOption = None,
) -> None:
    """Make reviewed drafts claims: out of claims/drafts/, under the id their fields now give.

    Review a draft first: check every field against its quote, correct what is wrong with 'claimtrack edit',
    delete the drafts that are no claim. Each draft is then checked as 'new' checks a claim (the models, every
    id it names, every quote), given the id 'new' would give it (subject, property and value: a draft whose
    subject was corrected loses the old subject's id) and moved to claims/<topic>/, its 'Draft from' comments
    dropped. A draft with a problem, or whose id another claim has, stays where it is, every reason listed;
    so does one whose value cannot stand beside another claim's or another draft's of the run (CT201: two
    days of one thing), with the finding and the ways out (keep one; 'claimtrack review' the wrong one as
    refuted, or both as disputed, before accepting; or --allow-conflict).
    Each move is printed; then the open errors the whole check now finds (between the new claims and the
    others) are named on stderr.
    """
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.cli.edit_command import _say_what_the_check_now_finds
    from claimtrack.drafting.acceptance import accept_drafts
    from claimtrack.drafting.acceptance import draft_ids as all_drafts
    from claimtrack.render.escape import one_line

    if bool(draft_ids) == every:
        say_error("accept: name the drafts to accept, or give --all (not both)")
        raise typer.Exit(EXIT_USAGE)
    repository = root_of(root)
    workspace = loaded_workspace(repository)
    try:
        outcome = accept_drafts(
            workspace,
            all_drafts(workspace) if every else draft_ids or [],
            topic,
            allow_value_mismatch=allow_value_mismatch,
            allow_conflict=allow_conflict,
        )
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    if every and not outcome.accepted and not outcome.refused:
        typer.echo("no drafts under claims/drafts/")
        return
    for moved in outcome.accepted:
        typer.echo(f"accepted {moved.draft} as {moved.claim}")
    for refused in outcome.refused:
        for problem in refused.problems:
            typer.echo(one_line(f"  {problem}"), err=True)
        say_error(f"{refused.draft} not accepted: fix the problems above")
    if outcome.accepted:
        _say_what_the_check_now_finds(repository, cached=not no_cache)
    if outcome.refused:
        raise typer.Exit(EXIT_PROBLEMS)


def dismiss(
    draft_id: Annotated[
        str | None, typer.Argument(help="The draft whose value is no claim (its id).", metavar="DRAFT_ID")
    ] = None,
    why: Annotated[str | None, typer.Option("--why", help="Required: why it is no claim.")] = None,
    sentence: Annotated[
        bool, typer.Option("--sentence", help="With a draft: dismiss its whole sentence, every value of it.")
    ] = False,
    source: Annotated[
        str | None, typer.Option(help="Instead of a draft: the source whose sentence is no claim (with --quote).")
    ] = None,
    quote: Annotated[str | None, typer.Option(help="With --source: the sentence's words, exactly.")] = None,
    value: Annotated[
        str | None,
        typer.Option(help="With --source and --quote: only this value of the sentence, in its words ('$2.53')."),
    ] = None,
    root: RootOption = None,
) -> None:
    """Record that a draft's value (or a sentence) states no claim, so that 'draft' stops proposing it, and
    remove the draft.

    The draft's sentence and value go, with --why, to the source's 'not_claims' in sources/SOURCE.yaml: 'draft'
    proposes the sentence's other values still (keep the right one: a sentence giving a real count and a number
    that is no claim), and 'coverage' counts the sentence until a claim quotes it. When the value is the last
    one 'draft' reads from its sentence, or with --sentence, the whole sentence is dismissed: 'draft' proposes
    nothing from it again and 'coverage' counts it as dismissed, not as a sentence to quote. Without a draft,
    --source and --quote dismiss a sentence (--value one value of it). Delete the entry there to take the
    dismissal back.
    """
    from claimtrack.authoring.new_files import AuthoringError
    from claimtrack.drafting.dismissal import dismiss_draft, dismiss_sentence

    if (draft_id is None) == (source is None) or (source is None) != (quote is None):
        say_error("dismiss: name a draft, or give --source and --quote (not both)")
        raise typer.Exit(EXIT_USAGE)
    if (value is not None and source is None) or (sentence and draft_id is None):
        say_error("dismiss: --value goes with --source and --quote, --sentence with a draft")
        raise typer.Exit(EXIT_USAGE)
    if why is None:
        say_error("dismiss: --why is required: say why the sentence is no claim, for the next reviewer")
        raise typer.Exit(EXIT_USAGE)
    workspace = loaded_workspace(root_of(root))
    try:
        if source is not None and quote is not None:
            outcome = dismiss_sentence(workspace, source, quote, why, value=value)
        else:
            outcome = dismiss_draft(workspace, draft_id or "", why, whole_sentence=sentence)
    except AuthoringError as error:
        say_error(error)
        raise typer.Exit(error.exit_code) from None
    if outcome.value is not None:
        what = f"the value '{outcome.value}' of the sentence"
        recorded = f"recorded {what} as no claim in" if outcome.recorded else f"{what} was already no claim in"
    else:
        recorded = (
            "recorded the sentence as no claim in" if outcome.recorded else "the sentence was already no claim in"
        )
    last = ": it was the last value draft reads from the sentence" if outcome.last else ""
    typer.echo(f"{recorded} {outcome.source_path} (not_claims){last}")
    if outcome.removed is not None:
        typer.echo(f"removed {outcome.removed}")
    for other in outcome.also:
        typer.echo(f"{other} quotes the same sentence: dismiss or delete it too")
