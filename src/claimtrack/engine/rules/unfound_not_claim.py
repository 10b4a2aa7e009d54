"""A sentence dismissed as no claim whose words the source's text does not hold.

## What it finds
Each entry of a source's `not_claims` (written by `claimtrack dismiss`)
whose `quote` cannot be found in the source's own archived text, normalised
as evidence quotes are (whitespace, typographic quotes, dashes, case), or
whose `value` (the one value of the sentence dismissed) is not words of its
`quote`.

## Why it matters
A dismissal makes `draft` and `coverage` pass a sentence by. Words the text
does not hold dismiss nothing: the sentence is proposed again at the next
`draft`, and the entry only says so here.

## Example
```yaml
# sources/harbour-news.yaml
not_claims:
  - quote: The new pier opened in June 2022.   # the text says "in May 2022"
    why: The pier is not our story.
```

## How to resolve
Copy the sentence's words exactly from the archived text (`claimtrack
coverage` lists the sentences and their lines), and the value's words from
the sentence, or delete the entry.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding
from claimtrack.text.quotes import normalise_text, occurrences

CODE = "CT220"
NAME = "unfound-not-claim"
SEVERITY = Severity.ERROR
SCOPE = Scope.REPOSITORY
MESSAGE = "source {source} dismisses words its text does not hold: '{quote}'"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
VALUE_MESSAGE = "source {source} dismisses a value its quote does not hold: '{value}' in '{quote}'"
VALUE_FINDING = FindingTemplate(CODE, NAME, SEVERITY, VALUE_MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for source_id, item in sorted(index.workspace.sources.items()):
        if not item.model.not_claims:
            continue
        text = index.mapped_text(source_id)
        if text is None:
            continue  # no archived text to hold the words: CT116 or CT117 says why
        for position, not_claim in enumerate(item.model.not_claims):
            shown = " ".join(not_claim.quote.split())
            if not occurrences(text.text, normalise_text(not_claim.quote)):
                yield FINDING.at(
                    item, ("not_claims", position, "quote"), sources=(source_id,), source=source_id, quote=shown
                )
            elif not_claim.value is not None and normalise_text(not_claim.value) not in normalise_text(shown):
                yield VALUE_FINDING.at(
                    item,
                    ("not_claims", position, "value"),
                    sources=(source_id,),
                    source=source_id,
                    value=not_claim.value,
                    quote=shown,
                )
