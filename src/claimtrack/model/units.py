"""What a quantity's unit measures, and the factor that turns one unit into another.

A unit is free text in a claim file. Read as a measure, it is one of three kinds:

- a *physical* unit pint knows (a length, an area, a volume, a duration, a speed, a mass, a power, an
  energy, a percentage or percentage points): ``mile`` and ``kilometre`` convert into each other;
- a *currency* the Unicode CLDR names (``euro``, ``US dollar``, ``EUR``, ``$``, read by Babel): an amount
  converts only into the same currency, since no exchange rate is invented;
- a *counted noun* otherwise (``person``, ``patrol boat``): it agrees only with the same noun.

Any of them may start with a scale word (``million euro``, ``thousand passenger``), and a quantity may be a
rate (``per: year``): the period converts as a duration does, and a rate never meets a total.

Two quantities in the same unit text and period are compared without any of this, so most comparisons never
load pint; its registry (about half a second) is built once, the first time two different units meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from pint import UnitRegistry


class Period(StrEnum):
    """The period of a rate: "7.5 million passengers a year" is ``per: year``."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
"""Scale words a unit may start with: ``{exactly: 2.5, unit: million euro}`` is 2,500,000 euros."""

_SPELLINGS = (
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"\bpercentage[ -]points?\b"), "percentage_point"),
    (re.compile(r"\bbasis[ -]points?\b"), "basis_point"),
    (re.compile(r"\bpp\b"), "percentage_point"),
    (re.compile(r"\bbps?\b"), "basis_point"),
)
"""Names pint reads as two units ("percentage" times "point"), joined into the one unit they are, and their
abbreviations (pint has "pp" and "bp" of its own, which the two units must not redefine: it logs when they do)."""

_PINT_TEXT = re.compile(r"[A-Za-z][A-Za-z_ /-]{0,59}")
"""What is handed to pint: letters, spaces, '/' and '-', never digits or operators, so no unit text makes pint
compute ("km**99999") or read it as an expression."""

_DIMENSION_UNITS = (
    "metre",
    "metre ** 2",
    "metre ** 3",
    "second",
    "metre / second",
    "kilogram",
    "watt",
    "joule",
    "percentage_point",
    "percent",
)
"""One unit of each dimension compared after conversion: length, area, volume, duration, speed, mass, power,
energy, percentage points and percentages. A unit pint reads as anything else (a radian, a candela) is taken
for a counted noun."""


@dataclass(frozen=True)
class Measure:
    """A unit as a comparison reads it: ``amount * factor`` is the amount in the base unit of ``base``."""

    kind: Literal["physical", "currency", "counted"]
    base: str
    """The dimension (physical), the currency's code or name (currency), or the noun (counted)."""
    factor: float


@cache
def registry() -> UnitRegistry[Any]:
    """pint's unit registry, built on first use, with percentage points and basis points added."""
    import pint

    units: UnitRegistry[Any] = pint.UnitRegistry()
    units.define("percentage_point = [percentage_point]")
    units.define("basis_point = 0.01 percentage_point")
    return units


@cache
def _dimensions() -> frozenset[str]:
    units = registry()
    return frozenset(str(units.parse_units(name).dimensionality) for name in _DIMENSION_UNITS)


def _physical(text: str) -> Measure | None:
    for pattern, name in _SPELLINGS:
        text = pattern.sub(name, text)
    if not _PINT_TEXT.fullmatch(text):
        return None
    units = registry()
    try:
        parsed = units.parse_units(text)
    except Exception:  # pint raises a dozen kinds of error on text that is not a unit (a counted noun)
        return None
    dimension = str(parsed.dimensionality)
    if dimension not in _dimensions():
        return None
    if dimension == "dimensionless" and str(parsed) not in ("percent", "permille"):
        return None
    return Measure("physical", dimension, float(units.Quantity(1, parsed).to_base_units().magnitude))


@cache
def _currency_names() -> dict[str, str]:
    """Every English name, plural, code and symbol of a currency (lower case), to the currency's code."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_currency_symbol

    names: dict[str, str] = {}
    for code in map(str, Locale("en").currencies):
        for name in (code, get_currency_name(code, 1, "en"), get_currency_name(code, 2, "en")):
            names.setdefault(name.lower(), code)
        symbol = get_currency_symbol(code, "en")
        if symbol != code:
            names.setdefault(symbol.lower(), code)
    return names


@cache
def _currency_words() -> frozenset[str]:
    """The last words of the names of the currencies in use ("dollar", "euro", "pound"): a currency named
    loosely, as articles do."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    territories = map(str, Locale("en").territories)
    in_use = {code for territory in territories for code in get_territory_currencies(territory)}
    return frozenset(get_currency_name(c, n, "en").lower().rsplit(" ", 1)[-1] for c in in_use for n in (1, 2))


def _currency(text: str) -> Measure | None:
    lower = text.lower()
    code = _currency_names().get(lower)
    if code is not None:
        return Measure("currency", code, 1.0)
    last = lower.rsplit(" ", 1)[-1]
    if last in _currency_words():
        # "dollar" alone names no one currency: it meets only itself (and "dollars").
        return Measure("currency", lower.removesuffix("s"), 1.0)
    return None


@cache
def readings(unit: str) -> tuple[Measure, ...]:
    """The measures a unit text may be, most likely first: "pound" is a currency or a mass."""
    text = " ".join(unit.split())
    scale = 1.0
    first, _, rest = text.partition(" ")
    if first.lower() in SCALES and rest:
        scale, text = SCALES[first.lower()], rest
    found = [m for m in (_currency(text), _physical(text)) if m is not None]
    if not found:
        found.append(Measure("counted", text, 1.0))
    return tuple(Measure(m.kind, m.base, m.factor * scale) for m in found)


@cache
def _period_seconds(period: Period) -> float:
    return float(registry().Quantity(1, period.value).to("second").magnitude)


class Incommensurable(StrEnum):
    """Why two units give no factor."""

    DIFFERENT = "different"
    """Two different things: a length and a duration, two counted nouns. Values in them never agree."""
    UNRELATED = "unrelated"
    """Amounts in two currencies, or a rate and a total: both may be true, and nothing compares them."""


def conversion(unit: str, per: Period | None, into: str, into_per: Period | None) -> float | Incommensurable:
    """The factor that turns an amount in ``unit`` (per ``per``) into one in ``into`` (per ``into_per``)."""
    if unit == into and per == into_per:
        return 1.0
    if (per is None) != (into_per is None):
        return Incommensurable.UNRELATED
    unrelated = False
    for one in readings(unit):
        for other in readings(into):
            if one.kind == other.kind and one.base == other.base:
                factor = one.factor / other.factor
                if per is not None and into_per is not None:
                    factor *= _period_seconds(into_per) / _period_seconds(per)
                return factor
            unrelated = unrelated or one.kind == other.kind == "currency"
    return Incommensurable.UNRELATED if unrelated else Incommensurable.DIFFERENT


def commensurable(unit: str, into: str) -> bool:
    """Amounts in ``unit`` convert into ``into``: the same thing, measured in a different unit or scale."""
    return not isinstance(conversion(unit, None, into, None), Incommensurable)
