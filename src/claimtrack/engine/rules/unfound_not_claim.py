"""A sentence dismissed as no claim whose words the source's text does not hold.

## What it finds
Each entry of a source's `not_claims` (written by `claimtrack dismiss`)
whose `quote` cannot be found in the source's own archived text, normalised
as evidence quotes are (whitespace, typographic quotes, dashes, case).

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
coverage` lists the sentences and their lines), or delete the entry.
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


def check(index: ClaimIndex) -> Iterator[Finding]:
    for source_id, item in sorted(index.workspace.sources.items()):
        if not item.model.not_claims:
            continue
        text = index.mapped_text(source_id)
        if text is None:
            continue  # no archived text to hold the words: CT116 or CT117 says why
        for position, not_claim in enumerate(item.model.not_claims):
            if not occurrences(text.text, normalise_text(not_claim.quote)):
                shown = " ".join(not_claim.quote.split())
                yield FINDING.at(
                    item, ("not_claims", position, "quote"), sources=(source_id,), source=source_id, quote=shown
                )
