"""An entity in the registry that no claim names and that contains no entity a claim names.

## What it finds
Entities under `vocabulary/entities/` that are not the subject, value, place,
participant or assessment holder of any claim, and that are not the
`part_of` of such an entity (a province stays because the range inside it is
named).

## Why it matters
The registry is what claims are checked against: an unused entry may be a
misspelt duplicate of the one claims use, and it makes the vocabulary harder
to keep consistent.

## Example
```yaml
# vocabulary/entities/people.yaml
entities:
  - id: sergei-shoygu      # claims use sergei-shoigu
    kind: person
    label: Sergei Shoygu
```

## How to resolve
Use the entity in the claims it belongs to, merge it into the entry claims
use (keeping the spelling as an alias), or delete it.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding

CODE = "CT212"
NAME = "orphan-entity"
SEVERITY = Severity.NOTE
SCOPE = Scope.REPOSITORY
MESSAGE = "entity {entity} is named by no claim"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)


def named_entities(index: ClaimIndex) -> set[str]:
    """The entities claims name, and every entity containing one of them."""
    named = index.entities_named()
    for entity_id in list(named):
        named.update(index.graph.ancestors(entity_id))
    return named


def check(index: ClaimIndex) -> Iterator[Finding]:
    named = named_entities(index)
    for entity_id, item in sorted(index.workspace.entities.items()):
        if entity_id not in named:
            yield FINDING.at(item, ("id",), entity=entity_id)
