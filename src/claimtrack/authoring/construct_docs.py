"""docs/vocabulary.md's worked examples of what a claim can say beyond a value: beginnings and ends, absolute
statements, somebody's words, corrections and the misleading verdict (issue 26). Each example is a file as
`claimtrack fmt` lays it out, and says which rule reads it."""

from __future__ import annotations

CONSTRUCTS = """\
## Claims: beginnings, absolute statements, somebody's words, corrections

The claim's fields are in `schemas/claim.schema.json`; these are the ones that say how a sentence means its
value, each with a worked example from `tests/corpora/tarnline-railway/`. `claimtrack new` writes them
(`--began`, `--ended`, `--absolute`, `--said-by`, `--said-setting`, `--said-on`).

### Beginnings and ends: `began`, `ended`

"A partner since 2019" says when the membership *began*, not only that it held then. A relation takes
`began` (instead of `valid_from`) and `ended` (instead of `valid_until`):

```yaml
# claims/consortium/carvania-partner-since-2019.yaml
type: relation
subject: carvania
property: member_of
value: tarnline-consortium
began: '2019'
modality: asserted
```

A beginning compares as "held from then" with other claims, so any claim that the relation held later
agrees with it. Two beginnings of one relation at different times ("joined the consortium in April 2021")
conflict, unless a claim says it ended between them (a member who left and rejoined); so do two ends, and a
span held from before a beginning to after it (CT217, conflicting-beginnings). Keep `valid_from` for
"a member in 2019", which says nothing of when it began.

### Absolute statements: `absolute: never | always | first`

"Has never been a member", "has avoided joining", "has always", "for the first time" speak of all the time
before the claim's date. Mark the relation, and give the date it speaks from (`as_of`, usually the article's):

```yaml
# claims/unions/ostmere-never-in-freight-pact.yaml
type: relation
subject: ostmere
property: member_of
value: tarn-freight-pact
as_of: '2022-06'
absolute: never
modality: denied
```

`never` needs a denial, `always` a fact, `first` a `began` date (CT103 otherwise). A claim that the relation
held before that date ("belonged to the pact from 2010 to 2014") contradicts it: CT218
(absolute-statement), whose message suggests `misleading` or `refuted`. A span after the date does not.

### Somebody's words: `said`

A denial, a plan or a forecast can be somebody's words: `said` keeps the speaker (an entity) and the
setting, whatever the modality.

```yaml
# "'Harlund Works is not building our carriages,' he said in a statement."
type: relation
subject: tarnline-carriages
property: built_by
value: harlund-works
as_of: '2022-06'
modality: denied
said:
  by: tomas-berge
  setting: in a statement to the Tarn Wire
  on: '2022-06-01'
```

The claim is compared as what it says (a denial here), and messages name the speaker ("tomas-berge said:
not harlund-works"). An `attribution` claim stays the form for a statement that is tracked, not checked.

### Corrections and retractions: a source's `corrects`

A source that corrects or retracts a passage (of an earlier source, or of itself) lists it, quoted exactly
from the corrected text, with the words of its own text that stand instead:

```yaml
# sources/kessby-herald-2022-03-24.yaml
corrects:
  - source: kessby-herald-2022-03-10
    kind: correction
    quote: Ostmere will pay 40 per cent of the cost of the line
    replacement: Ostmere pays 45 per cent of the cost
  - source: kessby-herald-2022-03-10
    kind: retraction
    quote: Survey work was halted in January after a landslide near Brask
```

A claim every supporting quote of which lies in a corrected passage is reported by CT216
(corrected-evidence): a warning naming the figure that stands and whether the publisher corrected itself,
an error for a retraction. It is no rival of the correction (no CT201). A correction needs a
`replacement`; a retraction has none.

### The verdict `misleading`

Beside `supported`, `disputed`, `refuted` and `unverifiable`: true as worded, or in part, but leaving out
what changes its meaning. It needs a `review.note` saying what (CT205), and acknowledges the findings on
the claim as `refuted` does; the ClaimReview export rates it "Misleading".

```yaml
status: misleading
review:
  by: Tarnline corpus review
  on: '2026-12-07'
  note: True of June 2022, but it leaves out that Ostmere belonged to the pact from 2010 to 2014.
```
"""
