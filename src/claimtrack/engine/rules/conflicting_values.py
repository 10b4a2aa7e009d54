"""Claims that give one subject's single-valued property values that cannot both be true.

## What it finds
Claims with the same subject and property, where the vocabulary marks the
property `single_valued`, that are stated alike — both as facts (`asserted`
or `reported`), or both as plans (`planned`: "the treaty provides for 12
boats" against "for 15") — hold over overlapping spans of time, and whose
values are incompatible. A plan is not compared with a fact here (that is its
outcome: CT213), and predictions are never compared (forecasts by different
people differ by nature). Dates
are compared as intervals of days (`2018` and `2018-03` agree, `2017-11` and
`2018-03` do not), quantities as intervals in one unit (`more_than: 300` and
`exactly: 312` agree; `{exactly: 194, unit: mile}` and `{exactly: 312, unit:
kilometre}` agree, since 194 stands for 193.5 to 194.5 miles, and the message
gives every value also in the first one's unit; amounts in two currencies, and
a rate against a total, are never compared), entities as the same entity, a spelling variant of it,
or one containing the other (a firing range and its province agree).
Two different places are known to exclude each other only when the
vocabulary says so: each lies (through `part_of`) in a different country,
or in a different part of one parent, or one lists the other as
`disjoint`. When it does not say, the finding is a warning that names what
the vocabulary lacks ("does not say whether one of velsk and oran-province
lies within the other").
People, treaties and posts never overlap: two different ones always differ.
Events whose `participants` are known to be different entities (Aurenia's
ratification and Dalvary's), and claims whose `place`s the vocabulary keeps
apart, are about different occasions and never conflict.
Relations with `valid_from`/`valid_until` or `as_of` conflict only where
their spans overlap, so two people holding one post in different years do not;
a span's partial-date ends count only where they surely reach, so "from 2009
to 2018" and a successor's "since March 2018" do not conflict (the first may
end in March 2018, as the second begins), while "from 2009 to 2019" does.
For any property, single-valued or not, a `denied` claim conflicts with a
fact whose value lies within the denied one over an overlapping span ("not a
member of the CSTO in 2025" against "a member since 2006"). A claim given as
somebody's words (`said`) is compared as what it says, and the message names
the speaker ("ilse-varga said: not ...").

## Why it matters
Two sources giving two signing dates for one treaty cannot both be right. Until
a reviewer decides which value stands, a reader of either claim is misled.

## Example
```yaml
# claims/treaty/treaty-signed-2016.yaml        # claims/treaty/treaty-signed-2017.yaml
subject: treaty-mtc-2016                       subject: treaty-mtc-2016
property: signed_on                            property: signed_on
value: '2016-11-29'                            value: '2017-11-29'
status: supported                              status: supported
```

## How to resolve
When the finding is a warning about places, first tell the vocabulary what
it lacks: a `part_of` on one place (they agree), or `part_of` links into
different regions, or `disjoint` (they conflict, and the finding becomes an
error). Otherwise decide from the evidence which value stands: set the other claim's status to
`refuted` with a `review` whose `note` says why, or mark every claim
involved `disputed` when the sources cannot decide. The finding then stays in
the report as acknowledged, and `check` passes.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimtrack.engine.compare import describe_value
from claimtrack.engine.index import ClaimIndex, Conflict
from claimtrack.engine.resolution import classes_acknowledged, is_set_aside, resolution_note
from claimtrack.engine.rules.base import FindingTemplate, Scope, listing
from claimtrack.model.claims import AnyClaim, Modality
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State

CODE = "CT201"
NAME = "conflicting-values"
SEVERITY = Severity.ERROR
SCOPE = Scope.SUBJECT
MESSAGE = "{subject} {property}: {count} claims give values that cannot all be true: {values}"
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
UNKNOWN_MESSAGE = (
    "{subject} {property}: {count} claims give different places, and the vocabulary does not say "
    "whether {missing}: add part_of to the one inside the other, or disjoint if they do not overlap: {values}"
)
UNKNOWN_RELATION = FindingTemplate(CODE, NAME, Severity.WARNING, UNKNOWN_MESSAGE)


def conflict_state(index: ClaimIndex, conflict: Conflict) -> State:
    settled = all(
        classes_acknowledged([index.claim(c) for c in first], [index.claim(c) for c in second])
        for first, second in conflict.class_pairs()
    )
    return State.ACKNOWLEDGED if settled else State.OPEN


_HOW_STATED = {Modality.DENIED: "not ", Modality.PLANNED: "planned: "}


def _stated(claim: AnyClaim) -> str:
    """How the claim is put: 'not ' for a denial, 'planned: ', and who said it ('ilse-varga said: not ')."""
    said = "" if claim.said is None else f"{claim.said.by} said: "
    return said + _HOW_STATED.get(claim.modality, "")


def _missing(index: ClaimIndex, conflict: Conflict) -> str:
    """What the vocabulary does not say, for the first pair it leaves open."""
    first, second = conflict.classes[conflict.unknown[0][0]], conflict.classes[conflict.unknown[0][1]]
    a, b = str(index.claim(first[0]).value), str(index.claim(second[0]).value)
    return f"one of {a} and {b} lies within the other"


def check(index: ClaimIndex) -> Iterator[Finding]:
    for conflict in index.conflicts:
        claims = [index.claim(c) for c in conflict.claim_ids()]
        # Standing claims first: the finding points at the claim a reviewer has to look at.
        ordered = sorted(claims, key=lambda c: (is_set_aside(c), index.claims[c.id].path))
        values = [f"{_stated(c)}{describe_value(c, ordered[0])} ({c.id}, {c.status})" for c in ordered]
        state = conflict_state(index, conflict)
        certain = conflict.is_certain()
        yield (FINDING if certain else UNKNOWN_RELATION).at(
            index.claims[ordered[0].id],
            ("value",),
            state=state,
            claims=tuple(c.id for c in ordered),
            subject=conflict.subject,
            property=conflict.property,
            resolution=resolution_note(ordered),
            count=len(claims),
            values=listing(values),
            missing="" if certain else _missing(index, conflict),
        )
