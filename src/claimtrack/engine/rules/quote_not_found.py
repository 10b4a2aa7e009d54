"""An evidence quote that does not occur in its source's archived text.

## What it finds
Each evidence link whose `quote` cannot be found in the archived text of its
`source`, even after normalising whitespace (no-break spaces included),
typographic quotes and apostrophes, dashes, Unicode compatibility forms and
case; or whose `prefix`/`suffix` match none of the quote's occurrences. The
message shows the closest passage in the source, its line in the archived
text and how similar it is, so that a typo is a one-line fix. Sources without
an archived text are not checked.

## Why it matters
A quote is the evidence. If the words are not in the source, nobody can verify
the claim from it, and a paraphrase can drift from what the source says.

## Example
```yaml
evidence:
  - source: southey-2018-mtc-treaty
    stance: supports
    quote: signed on 29 November 2016     # the text says "on November 29th, 2016"
```

## How to resolve
Copy the words exactly from the archived text (the closest passage in the
message is usually the one meant), or fix `prefix`/`suffix`. If the quote is
from another source, change `source`.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding
from claimtrack.text.quotes import closest_passage

CODE = "CT203"
NAME = "quote-not-found"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "quote not found in {source}{detail}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
_SHOWN = 160


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def check(index: ClaimIndex) -> Iterator[Finding]:
    for item, position, found in index.anchored_links():
        if found.selected:
            continue
        link = item.model.evidence[position]
        if found.found:
            detail = f": it occurs {len(found.occurrences)} time(s), but never with the given prefix/suffix"
        else:
            original = index.workspace.archived_text(link.source) or ""
            normalised = index.mapped_text(link.source)
            passage = None if normalised is None else closest_passage(original, normalised, link.quote)
            detail = (
                ""
                if passage is None
                else f"; closest passage ({passage.similarity:.0f}% similar, line {passage.line}): "
                f"'{_shorten(passage.text)}'"
            )
        yield FINDING.at(
            item,
            ("evidence", position, "quote"),
            claims=(item.model.id,),
            sources=(link.source,),
            subject=item.model.subject,
            property=item.model.property,
            source=link.source,
            detail=detail,
        )
