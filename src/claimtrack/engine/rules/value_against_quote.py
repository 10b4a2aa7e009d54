"""A claim whose own quote states a date or a number that cannot be its value.

## What it finds
Each supporting evidence link of an event or quantity claim whose quote
states a date (for an event) or a number of the claim's unit (for a
quantity) that cannot be the claim's value, read as `draft` reads them (the
same date and quantity readers, relative dates resolved against the
source's publication date). A quote stating several dates or numbers is
fine when one of them can be the value; "about 3,000" can be 2,950, and
"last Tuesday" can be the day it was that Tuesday. Only dates written in
full (with their year) and numbers followed by the claim's unit are held
against the value: a date the reader had to complete ("on 29 November", in a
source published two years later) agrees when it can, and never disagrees.
Quotes of contradicting links disagree by design and are not read.

## Why it matters
A typo in a value ("2025-03-10" for "11 March 2025") is caught by nobody:
the quote is in the source, so CT203 is silent, and the claim then
disagrees with every other source, or makes its own source seem to
contradict itself (CT209), blaming the source for the claim's mistake.

## Example
```yaml
value: '2025-03-10'
evidence:
  - source: ledger-2025-03-12
    stance: supports
    quote: The line opened on 11 March 2025   # the quote says 2025-03-11
```

## How to resolve
When the quote holds the value and another date or number ("30 people were
injured and three died", quoted whole for the death toll), quote only the
words that give the value: `claimtrack edit CLAIM --quote "three died"`
(the source's exact words, checked as `validate` checks quotes). Else correct
the value to what the quote says, or quote the sentence that gives the value;
or record in the claim's `review.note` why the quote's words mean something
else, which acknowledges the finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from claimtrack.engine.compare import describe_value
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.resolution import has_note
from claimtrack.engine.rules.base import FindingTemplate, Scope
from claimtrack.model.claims import AnyClaim, EventClaim, QuantityClaim, Stance
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.model.partial_dates import PartialDate, parse_partial_date
from claimtrack.model.quantities import quantities_compatible
from claimtrack.model.wording import noun
from claimtrack.text.stems import singular

if TYPE_CHECKING:
    from claimtrack.text.quantity_reader import QuantityMention

CODE = "CT219"
NAME = "value-against-quote"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUBJECT
MESSAGE = (
    "the quote from {source} reads {reading}, which cannot be the value {value}: quote only the words "
    'giving the value (claimtrack edit {claim} --quote "..."), or correct the value'
)
FINDING = FindingTemplate(CODE, NAME, SEVERITY, MESSAGE)
_MAY_STATE = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|fall"
    r"|winter|year|month|week|yesterday|today|tomorrow|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)",
    re.IGNORECASE,
)
"""What a quote stating a date or a number has (a word's beginning is enough): a quote without it is not
read, and a check whose quotes state nothing never imports the readers (their patterns take some 20 ms)."""


def disagreement(claim: AnyClaim, quote: str, published: PartialDate | None) -> str | None:
    """How the quote reads when it states a date or a number that cannot be the claim's value ("'11 March
    2025' as 2025-03-11"); None when it states none, or one that can be the value."""
    if not isinstance(claim, EventClaim | QuantityClaim) or _MAY_STATE.search(quote) is None:
        return None
    from claimtrack.text.date_reader import find_dates, publication_day, publication_year
    from claimtrack.text.quantity_reader import find_quantities

    day, year = publication_day(published), publication_year(published)
    dates = find_dates(quote, day, year=year)
    if isinstance(claim, EventClaim):
        readings = []
        for date in dates:
            try:
                parsed = parse_partial_date(date.value)
            except ValueError:
                continue
            if parsed.overlaps(claim.value):
                return None
            if date.note is None:  # written in full: a completed date never disagrees
                readings.append(f"'{date.text}' as {date.value}")
        return "; ".join(readings) or None
    if isinstance(claim, QuantityClaim):
        unit = claim.value.unit
        counted = [q for q in find_quantities(quote, [(d.start, d.end) for d in dates]) if _counts(q, unit)]
        readings = []
        for quantity in counted:
            if _compatible(claim, quantity):
                return None
            (number,) = quantity.value.values()
            readings.append(f"'{quantity.text}' as {_spoken(quantity.value)} {noun(unit, number)}")
        return "; ".join(readings) or None
    return None


def _counts(quantity: QuantityMention, unit: str) -> bool:
    """The number counts the unit: a percentage for ``percent``, else every word of the unit follows it."""
    if quantity.noun == "percent":
        return unit == "percent"
    return quantity.noun is not None and all(singular(w) in quantity.nouns for w in unit.split())


@cache
def _adapter() -> Any:
    from pydantic import TypeAdapter

    from claimtrack.model.quantities import Quantity

    return TypeAdapter(Quantity)


def _compatible(claim: QuantityClaim, quantity: QuantityMention) -> bool:
    try:
        read = _adapter().validate_python({**quantity.value, "unit": claim.value.unit})
    except ValueError:
        return True  # a reading the model cannot hold is no evidence against the value
    return quantities_compatible(claim.value, read)


def _spoken(value: dict[str, Any]) -> str:
    return " ".join(f"{'' if key == 'exactly' else key.replace('_', ' ') + ' '}{_number(number)}" for key, number in
                    value.items())  # fmt: skip


def _number(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def check(index: ClaimIndex) -> Iterator[Finding]:
    for item in index.claims.values():
        claim = item.model
        if not isinstance(claim, EventClaim | QuantityClaim):
            continue
        for position, link in enumerate(claim.evidence):
            if link.stance is not Stance.SUPPORTS:
                continue
            source = index.workspace.sources.get(link.source)
            reading = disagreement(claim, link.quote, None if source is None else source.model.published)
            if reading is None:
                continue
            yield FINDING.at(
                item,
                ("evidence", position, "quote"),
                state=State.ACKNOWLEDGED if has_note(claim) else State.OPEN,
                claims=(claim.id,),
                sources=(link.source,),
                subject=claim.subject,
                property=claim.property,
                resolution=claim.review.note if claim.review is not None else None,
                source=link.source,
                reading=reading,
                value=describe_value(claim),
                claim=claim.id,
            )
