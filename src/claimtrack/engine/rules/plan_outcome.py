"""A plan whose reported outcome differs from it: the sources say something else was done, that it was not,
or that it was done late.

## What it finds
Each claim stated as `planned` is matched with the claims on the same subject
and property stated as done (`asserted` or `reported`): for an event, every
such claim (its value is when it happened); for a quantity or a relation, those
whose date (`as_of`, `valid_from`/`valid_until`) overlaps the plan's, or that
have none. When there are such outcomes and none agrees with the plan's value
(the same compatibility as CT201: dates as intervals of days, quantities as
intervals, places by containment), the plan differs from what was done. When
there is none, but a `denied` claim denies the planned value over the plan's
own date (a route planned for April, "the island is still waiting" in June),
the plan was not done. When the planned event happened after the plan's date
(or the planned relation began after it, with the planned value), the plan
was carried out late, and the finding gives the delay in days ("planned for
April 2021, opened on 14 July 2021": 75 to 104 days late). Claims with
other participants or another place (Dalvary's ratification against a vote
planned in Aurenia) are no outcome of the plan.
The report's Plans section lists every plan with its outcome: fulfilled,
late, differs, overdue (no outcome, and its date has passed by the newest
source's publication) or pending.

## Why it matters
"The treaty provides for 12 boats" followed by "15 boats were handed over" is
not a contradiction between sources — both can be true — but it is the story:
a plan changed, or a source has the number wrong. A fact-checker tracking
promises wants to see every plan next to what became of it.

## Example
```yaml
# claims/boats/boats-planned-12.yaml           # claims/boats/boats-transferred-15.yaml
property: boats_transferred                    property: boats_transferred
value: {exactly: 12, unit: patrol boat}        value: {exactly: 15, unit: patrol boat}
modality: planned                              modality: reported
```

Late: the line's opening planned for April 2021 and reported on 14 July 2021
gives "done 75 to 104 days late" (from the last day of April, or the first).

```yaml
# claims/line/line-opening-planned-2021-04.yaml  # claims/line/line-opened-2021-07-14.yaml
property: opened_on                              property: opened_on
value: '2021-04'                                 value: '2021-07-14'
modality: planned                                modality: reported
```

## How to resolve
Check both sources. If the plan changed, record it in a `review.note` on the
planned claim (the finding is then acknowledged); if one source has the value
wrong, set that claim `refuted` with a note, as for CT201.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import describe_value
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.plans import Outcome, plan_classes
from claimtrack.engine.resolution import classes_acknowledged, has_note, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import AnyClaim, Modality
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT213"
NAME = "plan-outcome-differs"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = "{subject} {property}: planned {planned} ({plan}, from {plan_sources}), but stated as done: {done}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
NOT_DONE_MESSAGE = (
    "{subject} {property}: planned {planned} ({plan}, from {plan_sources}), but stated as not done: {done}"
)
NOT_DONE = FindingTemplate(CODE, NAME, SEVERITY, NOT_DONE_MESSAGE)
LATE_MESSAGE = "{subject} {property}: planned {planned} ({plan}, from {plan_sources}), but done {delay} late: {done}"
LATE = FindingTemplate(CODE, NAME, SEVERITY, LATE_MESSAGE)
TEMPLATES = {Outcome.DIFFERS: FINDING, Outcome.NOT_DONE: NOT_DONE, Outcome.LATE: LATE}


def _stated(claim: AnyClaim) -> str:
    return "not " if claim.modality is Modality.DENIED else ""


def _sources(index: ClaimIndex, claim_id: str) -> str:
    return listing(list(index.supporters(claim_id))) or "no supporting source"


def check(index: ClaimIndex) -> Iterator[Finding]:
    for found in plan_classes(index):
        template = TEMPLATES.get(found.outcome)
        if template is None:
            continue
        plans = [index.claim(c) for c in found.plans]
        done = [index.claim(c) for c in found.outcomes]
        noted = [p for p in plans if has_note(p)]
        settled = len(noted) == len(plans) or classes_acknowledged(plans, done)
        notes = resolution_note([*plans, *done]) or " | ".join(f"{p.id}: {p.review.note}" for p in noted if p.review)
        yield template.at(
            index.claims[found.plans[0]],
            ("value",),
            state=State.ACKNOWLEDGED if settled else State.OPEN,
            claims=(*found.plans, *found.outcomes),
            subject=found.subject,
            property=found.property,
            resolution=notes or None,
            planned=describe_value(plans[0]),
            plan=listing(list(found.plans)),
            plan_sources=listing(sorted({s for p in found.plans for s in index.supporters(p)}))
            or "no supporting source",
            delay=str(found.delay),
            done=listing(
                [f"{_stated(c)}{describe_value(c, plans[0])} ({c.id}, from {_sources(index, c.id)})" for c in done]
            ),
        )
