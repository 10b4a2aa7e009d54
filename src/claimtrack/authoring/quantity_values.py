"""A quantity typed for `claimtrack new --value`, as a claim file's value mapping.

Accepted, besides a number alone and one bound ("about 50", "more than 300", "up to 40 million", the words
draft reads):

- a range: "between 40 and 50", "40 to 50", "40-50", "from 2 to 3 million" (the scale word of the second
  number applies to a first without one): ``{at_least: 40, at_most: 50}``;
- two bounds: "more than 40 and less than 50": ``{more_than: 40, less_than: 50}``;
- a rate: any of them followed by "a year", "per day", "each month", "weekly", "annually":
  ``{exactly: 7500000, per: year}``;
- the mapping draft writes: "{at_least: 40, at_most: 50}" or "more_than: 200, per: day".
"""

from __future__ import annotations

import re
from typing import Any

from claimtrack.model.units import Period

QUANTITY_KEYS = ("exactly", "about", "tolerance", "more_than", "at_least", "less_than", "at_most")
LOWER_KEYS = ("more_than", "at_least")
UPPER_KEYS = ("less_than", "at_most")

_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALED = rf"({_NUMBER})(?:\s*({'|'.join(_SCALES)}))?"
_RANGES = (
    re.compile(rf"^between\s+{_SCALED}\s+and\s+{_SCALED}$", re.IGNORECASE),
    re.compile(rf"^(?:from\s+)?{_SCALED}\s*(?:to|-|–|—)\s*{_SCALED}$", re.IGNORECASE),
)
_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_ADVERBS["annually"] = "year"
_RATE = re.compile(
    rf"\s+(?:(?:a|an|per|each|every)\s+({'|'.join(p.value for p in Period)})|({'|'.join(_ADVERBS)}))$",
    re.IGNORECASE,
)
_PAIR = re.compile(r"\s*([a-z_]+)\s*:\s*([^,{}]+?)\s*(?:,|$)")


class NotAQuantity(ValueError):
    """The text is none of the forms a quantity is typed in."""


class ReversedRange(NotAQuantity):
    """A range whose first number is the larger: a typing slip, refused rather than read either way."""


def _scaled(number: str, scale: str | None) -> float:
    value = float(number.replace(",", ""))
    return value * _SCALES[scale.lower()] if scale else value


def _plain(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def _mapping(text: str) -> dict[str, Any]:
    """'{at_least: 40, at_most: 50}', 'more_than: 200, per: day' as a mapping of numbers (and a period)."""
    inner = text.strip().removeprefix("{").removesuffix("}")
    pairs = _PAIR.findall(inner)
    if not pairs or _PAIR.sub("", inner).strip():
        raise NotAQuantity(text)
    value: dict[str, Any] = {}
    for key, written in pairs:
        if key == "per":
            value["per"] = _period(written)
        elif key == "unit":
            value["unit"] = written.strip("'\"")
        elif key in QUANTITY_KEYS and re.fullmatch(_NUMBER, written.replace("_", "")):
            value[key] = _plain(float(written.replace(",", "").replace("_", "")))
        else:
            raise NotAQuantity(text)
    return value


def _period(word: str) -> str:
    word = word.strip("'\" ").lower()
    word = _ADVERBS.get(word, word)
    if word not in {p.value for p in Period}:
        raise NotAQuantity(word)
    return word


def _range(text: str) -> dict[str, Any] | None:
    match = next((m for m in (r.match(text.strip()) for r in _RANGES) if m is not None), None)
    if match is None:
        return None
    low_number, low_scale, high_number, high_scale = match.groups()
    low, high = _scaled(low_number, low_scale or high_scale), _scaled(high_number, high_scale)
    if low > high:
        raise ReversedRange(f"'{text}': the range's first number is larger than its second")
    return {"at_least": _plain(low), "at_most": _plain(high)}


def read_typed_quantity(text: str, single: Any) -> dict[str, Any]:
    """The value mapping (without its unit, unless a mapping gives one) for ``text``; ``single`` reads a
    number with at most one bound ("about 50"), returning None for anything else."""
    if ":" in text:
        return _mapping(text)
    per: str | None = None
    rate = _RATE.search(text)
    if rate is not None:
        per, text = _period(rate.group(1) or rate.group(2)), text[: rate.start()]
    value = _range(text)
    if value is None:
        parts = [single(part) for part in re.split(r"\s+and\s+", text.strip(), flags=re.IGNORECASE)]
        if any(part is None for part in parts) or not 1 <= len(parts) <= 2:
            raise NotAQuantity(text)
        value = {key: number for part in parts for key, number in part.items()}
        if len(parts) == 2 and not (set(value) & set(LOWER_KEYS) and set(value) & set(UPPER_KEYS)):
            raise NotAQuantity(f"{text}: two bounds are a lower one (more than, at least) and an upper one")
    return value | ({"per": per} if per else {})
