"""A source that no claim's evidence uses and no other source cites or derives from.

## What it finds
Source files that no evidence link names, and that are neither in the
`cites` nor the `derived_from` of another source (an essay's footnotes are
kept as sources so that corroboration can be traced through them).

## Why it matters
An archived source nobody uses is either work not yet done (its claims are
missing) or clutter that makes the repository harder to review.

## Example
```yaml
# sources/forgotten-article.yaml, named by no claim and cited by no source
id: forgotten-article
kind: news
```

## How to resolve
Add the claims the source supports or contradicts, or delete the source.
`claimtrack coverage` lists the sentences of an archived text that no claim
quotes yet.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT211"
NAME = "orphan-source"
SEVERITY = Severity.NOTE
SCOPE = Scope.REPOSITORY
MESSAGE = "source {source} is used by no claim and cited by no source"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def check(index: ClaimIndex) -> Iterator[Finding]:
    used = index.sources_used()
    for item in index.workspace.sources.values():
        used.update(item.model.cites)
        used.update(item.model.derived_from)
    for source_id, item in sorted(index.workspace.sources.items()):
        if source_id not in used:
            yield FINDING.at(item, ("id",), sources=(source_id,), source=source_id)
