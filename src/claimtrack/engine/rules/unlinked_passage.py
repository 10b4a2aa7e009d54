"""A passage of an archived source that bears on a claim, and that no claim of its type on its subject quotes.

## What it finds
Sentences of archived texts that name a claim's subject (by label, alias or
slug id) and give a value of the claim's type: a date for an event, a number
counting the claim's unit for a quantity, an entity of a kind the property
takes for a relation. The sources are indexed once per run, sentences by the
entities they name, and dates and numbers are read as `claimtrack draft`
reads them (relative dates against the source's publication day). A date
agrees when it lies within the claim's date and is at least as precise; a
number or an entity agrees when CT201 would let both values stand; values
that cannot both be true disagree, and the message then opens with "a
disagreement nobody entered". When a word of the property's name
("signed" of `signed_on`) lies in clauses of the sentence that give values,
only theirs are read: "reported it on Sunday after two others were
confirmed last week" dates the report on Sunday.

A sentence is passed over when an evidence quote of a claim or draft of the
same type on the same subject lies in it (a quote on another subject does not
link it to this claim, nor a count's quote a date's: "reported its third case
on Sunday", quoted for the count of cases, still dates the report); when its source's `not_claims` dismiss it (`claimtrack dismiss`:
a reviewer decided it states no claim); when it repeats a passage its source corrects ("Correction: an
article said that ..."), which the correction accounts for; when its value is the one another claim on the subject gives for
another property; when it disagrees, or gives a relation's value, without a
word of the property (of its id, label or description: "signed",
"ratified", "member"); when it disagrees on a property that is not
single-valued, or beside another value that may be the claim's; and when
the claim holds over a span and the sentence gives dates, none within it.
Denials and drafts are not looked at. One finding per claim, source and
sentence; `claimtrack related CLAIM` lists them for one claim.

## Why it matters
The rules compare only what someone typed as a claim. When a third source
gives the treaty another signing date in a sentence nobody linked, no rule
can notice the disagreement; and a passage that agrees is evidence the claim
does not cite yet.

## Example
```yaml
# claims/treaty/treaty-signed-2016.yaml, quoting sources/southey.txt line 3;
# sources/wire.txt, line 4: "The treaty was signed in Moscow on November 29th, 2017."
subject: treaty-mtc-2016
property: signed_on
value: '2016-11-29'
```

## How to resolve
Read the passage. When it bears on the claim, link it: add it to the
claim's evidence (`stance: supports` or `contradicts`); a disagreement may
also become a claim of its own, or a reason for the claim's status. When it
is about something else, it is a note and fails nothing; a claim on the
subject for what it does say, quoting it, links it. Findings on a claim a
reviewer refuted or found unverifiable (with a `review` note) are
acknowledged: the decision stands until someone revisits it.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import describe_value
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.related import RelatedPassage, Relations, Verdict
from claimtrack.engine.resolution import is_set_aside, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT214"
NAME = "unlinked-passage"
SEVERITY = Severity.NOTE
SCOPE = Scope.SUBJECT
MESSAGE = (
    "{source} line {line} gives {subject} {property} {found}, as {claim} does, "
    "and no {kind} claim on {subject} quotes it: {passage}"
)
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
DISAGREEMENT_MESSAGE = (
    "a disagreement nobody entered: {source} line {line} gives {subject} {property} {found} "
    "where {claim} gives {value}, and no {kind} claim on {subject} quotes it: {passage}"
)
DISAGREEMENT = FindingTemplate(CODE, NAME, SEVERITY, DISAGREEMENT_MESSAGE)

SHOWN = 200
"""A passage longer than this is shortened in the message; `claimtrack related` shows it whole."""


def found_words(related: RelatedPassage) -> str:
    """The value as the passage writes it, with how it was read when that differs."""
    words = f"'{related.words}'"
    if related.reading.casefold() != related.words.casefold():
        words += f" ({related.reading})"
    if related.also:
        words += f" (it also names {listing(list(related.also))})"
    if related.note is not None:
        words += f" [{related.note}]"
    return words


def shortened(text: str, limit: int = SHOWN) -> str:
    text = " ".join(text.split())
    return f'"{text}"' if len(text) <= limit else f'"{text[: limit - 3].rstrip()}..."'


def check(index: ClaimIndex) -> Iterator[Finding]:
    relations = Relations(index)
    for claim_id, item in index.claims.items():
        claim = item.model
        # A reviewer who refuted the claim, or found it unverifiable, has decided on it: what other
        # passages say stays listed, as acknowledged.
        state = State.ACKNOWLEDGED if is_set_aside(claim) else State.OPEN
        for related in relations.of(claim_id):
            template = FINDING if related.verdict is Verdict.AGREES else DISAGREEMENT
            yield template.at(
                item,
                ("value",),
                state=state,
                resolution=resolution_note([claim]),
                claims=(claim_id,),
                sources=(related.passage.source,),
                subject=claim.subject,
                kind=claim.type,
                property=claim.property,
                source=related.passage.source,
                line=related.passage.line,
                found=found_words(related),
                claim=claim_id,
                value=describe_value(claim),
                passage=shortened(related.passage.text),
            )
