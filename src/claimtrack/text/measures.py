"""Units of measure as the quantity reader meets them beyond "12 boats": glued to the number, named before the
noun they measure, and the hundredths of a currency.

- Glued: "renders at 1440p and 30fps" is 1440 ``p`` and 30 ``fps``; "a 120Hz screen", "64GB", "a 5000mAh
  battery", "10km", "90km/h", "6ft", "3kg" the same, and a temperature in degrees ("above 40C", "25°C": ``degree
  Celsius``; "98F"). Only these abbreviations: "4K", "5G" or "3D" are names, and so is a glued letter of a model
  ("S10e", "A13", "Room 12C": a capitalised word before a number glued to a lone capital names a thing), and "m"
  is left out, being as often a million as a metre ("10m"). The words before one give its bound as before any
  quantity ("within 30km", "over 90km/h"): ``quantity_bounds``.
- Named before the noun: "10.7 teraflop hardware" measures teraflops and "a 12 megapixel camera" megapixels,
  as "12 patrol boats" counts boats: a unit of measure right after the number is what it counts, whatever
  noun follows ("150 kW DC fast charging" measures kW). A unit of two words is one: "20.7 cubic foot trunk",
  "2.1 cu.ft.", "100 metric tons", "50 basis points".
- Hundredths: "10 cents" is 0.10 ``USD`` ("50 euro cents" 0.50 ``EUR``), "20 pence" 0.20 ``GBP``, "50 paise"
  0.50 ``INR``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.text.quantity_words import NOT_A_NAME

_GLUED_UNITS = {
    "p": "p", "P": "p", "fps": "fps", "FPS": "fps", "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
    "KB": "KB", "MB": "MB", "GB": "GB", "TB": "TB", "mAh": "mAh", "Wh": "Wh", "kWh": "kWh", "W": "W", "kW": "kW",
    "MW": "MW", "GW": "GW", "mm": "mm", "cm": "cm", "km": "km", "kg": "kg", "mph": "mph", "MP": "MP", "nm": "nm",
    "ms": "ms", "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "ft": "foot", "lb": "lb", "lbs": "lb",
    "C": "degree Celsius", "°C": "degree Celsius", "ºC": "degree Celsius", "F": "degree Fahrenheit",
    "°F": "degree Fahrenheit", "ºF": "degree Fahrenheit",
}  # fmt: skip
"""Abbreviations written glued to a number, and the unit each is: case tells "MW" from "mW", so it is kept."""
_GLUED = re.compile(
    r"(?<![\w.,$€£¥₹/-])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    rf"(?P<unit>{'|'.join(sorted(_GLUED_UNITS, key=len, reverse=True))})\b(?![-/.]\w)"
)
_LONE_CAPITALS = frozenset(["C", "F"])
"""Glued units of one capital, which a label shares ("Room 12C", "Gate 3F"): never after a capitalised word."""
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w’'.-]*)\s+$")
"""A number with its unit glued on: "1080p", "30fps", "120Hz"; never inside a word or a name ("RTX2080p"), a
fraction or a date ("1/2p"), nor before a hyphen ("5W-30" is an oil's grade)."""

MEASURES = frozenset(
    [
        "teraflop", "gigaflop", "petaflop", "megapixel", "inch", "foot", "feet", "yard", "mile", "metre", "meter",
        "kilometre", "kilometer", "centimetre", "centimeter", "millimetre", "millimeter", "gram", "kilogram",
        "tonne", "ton", "litre", "liter", "gallon", "acre", "hectare", "watt", "kilowatt", "megawatt", "gigawatt",
        "volt", "horsepower", "degree", "knot", "second", "minute", "hour", "day", "week", "month", "year",
        "decade", "century", "kw", "kwh", "mw", "gw", "hp", "bhp", "ps", "nm", "lb-ft", "mph", "kph", "km/h", "km",
        "kg", "mm", "cm", "lb", "lbs", "oz", "mah", "wh", "ghz", "mhz", "hz", "gb", "tb", "mb", "fps",
    ]
)  # fmt: skip
"""Units of measure, lower case: right after a number, each is what the number counts, even when a noun follows
("10.7 teraflop hardware", "a 10 year plan", "12 hour shifts", "150 kW DC fast charging", "a 101 hp coaxial
drive")."""
_TWO_WORDS = re.compile(
    r"\s+(?:(?P<cubic>cubic|cu\.?\s?)|(?P<square>square|sq\.?\s?))(?:\s*(?P<foot>feet|foot|ft\b\.?)"
    r"|\s*(?P<unit>inch(?:es)?|yards?|met(?:er|re)s?|kilomet(?:er|re)s?|miles?|centimet(?:er|re)s?)\b)"
    r"|\s+metric\s+(?P<ton>tons?|tonnes?)\b|\s+light[\s-](?P<light>years?)\b|\s+basis\s+(?P<basis>points?)\b",
    re.IGNORECASE,
)
"""Units of two words: "20.7 cubic foot trunk", "2.1 cu.ft.", "1,200 sq. ft.", "40 square miles", "100 metric
tons", "11 light years", "50 basis points"."""

_HUNDREDTHS = {"cent": "USD", "penny": "GBP", "pence": "GBP", "paisa": "INR", "paise": "INR"}
"""A currency's hundredth, by the currency it is of when none is named ("10 cents" are a dollar's)."""


@dataclass(frozen=True)
class GluedMeasure:
    """A number with its unit glued on: where it is, its value and its unit."""

    start: int
    end: int
    value: int | float
    unit: str


def glued_measures(sentence: str) -> list[GluedMeasure]:
    """Every number of ``sentence`` written with its unit glued on ("1440p", "30fps")."""
    found = []
    for match in _GLUED.finditer(sentence):
        before = sentence[max(0, match.start() - 24) : match.start()]
        named = _CAPITALISED_BEFORE.search(before)
        if match["unit"] in _LONE_CAPITALS and named and named[1].lower() not in (*NOT_A_NAME, "above", "below"):
            continue  # "Room 12C", "Gate 3F": a label (but "Above 40C" at a sentence's start is a temperature)
        number = float(match["number"].replace(",", ""))
        value = int(number) if number.is_integer() else number
        found.append(GluedMeasure(match.start(), match.end(), value, _GLUED_UNITS[match["unit"]]))
    return found


def hundredths(nouns: tuple[str, ...], currencies: dict[str, str]) -> str | None:
    """The currency of a count of hundredths ("10 cents": ``USD``; "50 euro cents": ``EUR``, the word before
    read in ``currencies``), or None when the noun counted is no hundredth."""
    if not nouns or nouns[-1] not in _HUNDREDTHS:
        return None
    named = currencies.get(nouns[-2]) if len(nouns) > 1 else None
    return named or _HUNDREDTHS[nouns[-1]]


def two_word_measure(sentence: str, end: int) -> tuple[str, int] | None:
    """The unit of two words right after the number ending at ``end`` ("cubic foot", "square mile", "metric ton",
    "light-year"), singular, and where its words end; None when there is none."""
    found = _TWO_WORDS.match(sentence, end)
    if found is None:
        return None
    if found["ton"] or found["light"] or found["basis"]:
        return ("metric ton" if found["ton"] else "light-year" if found["light"] else "basis point"), found.end()
    unit = "foot" if found["foot"] else _singular_measure(found["unit"].lower())
    return f"{'cubic' if found['cubic'] else 'square'} {unit}", found.end()


def _singular_measure(word: str) -> str:
    return "inch" if word.startswith("inch") else word.removesuffix("es" if word.endswith("ches") else "s")
