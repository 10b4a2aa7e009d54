"""docs/vocabulary.md's section on quantities: units that convert, currencies, scales, rates, ranges, and how
to write fractions and remainders. Kept beside the page's generator; ``vocabulary_docs`` includes it."""

from __future__ import annotations

QUANTITY_SECTION = """\
## Quantities: units, rates, ranges and fractions

A quantity claim's `value` is a number with a `unit`, given `exactly`, `about` (±10% unless a `tolerance`
says otherwise) or by bounds (`more_than`, `at_least`, `less_than`, `at_most`, one or two of them). How
two values are compared depends on their units.

### Units that convert

Lengths, areas, volumes, durations, speeds, masses, power, energy, percentages and percentage points are
compared after conversion (the units are pint's: `mile`, `kilometre`, `km`, `square mile`, `hectare`,
`minute`, `hour`, `knot`, `km/h`, `tonne`, `MW`, `percent`, `percentage point`, `basis point`...). An
exact number stands for every number it may have been rounded from: `194` is 193.5 to 194.5, `1.5` is
1.45 to 1.55, and a round `300` is 250 to 350. So the railway's two lengths agree:

```yaml
# claims/railway/line-312-km.yaml             # claims/railway/line-194-miles.yaml
property: line_length                         property: line_length
value: {exactly: 312, unit: kilometre}        value: {exactly: 194, unit: mile}
```

and `{exactly: 214, unit: mile}` would not: CT201 gives each value also in the first one's unit, "214
miles (...) and 312 kilometres (193.9 miles)". Two values written in one unit are compared as written,
digit for digit. A length never agrees with a duration, nor `percent` with `percentage point`.

A property's `unit` accepts every unit that converts into it: a `line_length` counted in `kilometre`
takes `mile`, but not `minute` (CT115).

### Counted nouns

Any other unit is a counted noun (`person`, `household`, `patrol boat`): it agrees only with the same
noun, written the same way. `{exactly: 12, unit: helicopter}` and `{exactly: 12, unit: tank}` conflict.

### Money and scales

A currency (its code, its English name or plural, or its symbol: `EUR`, `euro`, `US dollars`, `$`) is
compared only with the same currency; amounts in two currencies are never compared, because claimtrack
invents no exchange rate. A loose name (`dollar`) meets only itself. A unit may start with a scale word
(`thousand`, `million`, `billion`, `trillion`), which is normalised before comparing:

```yaml
value: {exactly: 2.5, unit: billion euro}     # agrees with {exactly: 2480000000, unit: euro}
value: {exactly: 2.5, unit: billion US dollar}  # never compared with either
```

### Rates

"7.5 million passengers a year" is a rate: give its period with `per` (`hour`, `day`, `week`, `month`,
`year`). Rates are compared only with rates, converting the period (a year is 365.25 days); a rate and a
total ("31 million passengers since it opened") are never compared.

```yaml
value: {exactly: 7.5, unit: million passenger, per: year}   # agrees with {about: 20000, unit: passenger, per: day}
```

A rate per anything other than a period keeps its "per" in the unit, which compares as written: "11.1 assists
per game" is `{exactly: 11.1, unit: assist per game}`, "$2.52 a share" `{exactly: 2.52, unit: USD per share}`
(as `draft` writes them).

### Ranges and bounds

"between 40 and 50" is `{at_least: 40, at_most: 50}`; "more than 40 and less than 50" is
`{more_than: 40, less_than: 50}`. `claimtrack new --value` takes these words as typed ("between 40 and
50", "40 to 50", "40-50", "from 2 to 3 million", "more than 40 and less than 50"), each with a period
("7.5 million a year", "about 20,000 per day", "1,200 annually"), the mapping draft writes
(`--value "{at_least: 40, at_most: 50}"`), or a quantity as an article writes it and draft reads it
("$8.8 billion", "between 5 and 7 percent", "1 hour 52 minutes"), kept in the unit it names when that
converts into the property's (`194 miles` for a property counted in kilometres) and refused otherwise.

**A bound is a statement about the quantity, not the quantity itself.** "faces up to 15 years in prison"
and "faces up to 10 years" are two bounds, `{at_most: 15}` and `{at_most: 10}`, and both can hold (a
term of 8 years is under each), so no rule finds a disagreement between them. When what the article
gives is itself a limit (a maximum sentence, a capacity, a speed limit, a ceiling), make the property
that limit and the number its exact value: `max_prison_term` with `{exactly: 15, unit: year}` against
`{exactly: 10, unit: year}` is the disagreement it is (CT201). `draft` reads "up to" as `at_most` and
cannot know which you mean: change the value when you keep the draft.

### Fractions and remainders

A fraction is a quantity of its own, with the basis written in the statement, not a value to compute
silently. "Aurenia pays a quarter of the $4.8 billion cost; Dalvary pays the remainder" is three claims:

```yaml
# the basis: the cost
subject: railway
property: construction_cost
value: {exactly: 4.8, unit: billion US dollar}
# the fraction, as a share in percent ("a quarter" is 25, "a third" {at_least: 33.3, at_most: 33.4})
subject: aurenia
property: share_of_construction_cost
value: {exactly: 25, unit: percent}
statement: Aurenia pays a quarter of the railway's $4.8 billion construction cost.
# the remainder: 100 minus the shares the same passage gives
subject: dalvary
property: share_of_construction_cost
value: {exactly: 75, unit: percent}
statement: Dalvary pays the remainder of the railway's construction cost, after Aurenia's quarter.
```

Quote the words that give the fraction ("a quarter", "the remainder") in each claim's evidence, and say
in the link's `note` what it was computed from ("the remainder after Aurenia's 25 per cent, same
paragraph"). Compute a remainder only from shares the same source gives; when an amount is what the
article states ("Aurenia's $1.2 billion share"), add it as a claim in money too. Never combine figures
from different sources into one claim."""
