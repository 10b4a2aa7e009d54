"""An evidence quote that occurs more than once in its source, with nothing to tell which is meant.

## What it finds
Each evidence link whose `quote` occurs several times in the source's archived
text (after the same normalisation as `quote-not-found`) and whose `prefix`
and `suffix`, if any, still leave more than one occurrence.

## Why it matters
A short quote such as "in 2017" may be anchored in a different sentence from
the one the claim rests on; a reader following the link, or a tool
highlighting it, lands on the wrong passage.

## Example
```yaml
evidence:
  - source: southey-2018-mtc-treaty
    stance: supports
    quote: in 2017          # several sentences of the essay contain it
```

## How to resolve
Quote more of the sentence, or add a `prefix` (the words just before the
quote) or a `suffix` (the words just after) that pick out one occurrence.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT204"
NAME = "ambiguous-quote"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = "quote occurs {count} times in {source}; add a prefix or suffix, or quote more, to pick one"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for item, position, found in index.anchored_links():
        if len(found.selected) > 1:
            source = item.model.evidence[position].source
            yield FINDING.at(
                item,
                ("evidence", position, "quote"),
                claims=(item.model.id,),
                sources=(source,),
                subject=item.model.subject,
                property=item.model.property,
                count=len(found.selected),
                source=source,
            )
