"""Places the country data knows by name (countryinfo's): every country and territory, its states or provinces
and its capital. A name the data knows is a country or a place whatever a sentence guessed of it ("Beijing said"
is no person, "in Sweden" a country), so that two sources, or two sentences, do not give one name two kinds.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from claimtrack.model.vocabulary import EntityKind

_GENERIC = frozenset(
    ["Centre", "Center", "Central", "Plateau", "Eastern", "Western", "Northern", "Southern", "Delta", "Mountain",
     "Coast", "Capital", "North", "South", "East", "West", "Lakes", "Islands", "Upper", "Lower", "Island"]
)  # fmt: skip
"""Provinces whose name is a common word: no place by the name alone."""


@cache
def known_places() -> frozenset[str]:
    """The names of every country, its states or provinces and its capital (countryinfo's)."""
    from countryinfo import all_countries

    places: set[str] = set()
    for country in all_countries():
        capital = country.capital()  # a name, none, or a few territories' list of names
        for name in [
            country.name(),
            *(country.provinces() or []),
            *(capital if isinstance(capital, list) else [capital]),
        ]:
            if isinstance(name, str) and name:
                places.add(name)
    return frozenset(places - _GENERIC)


@cache
def _countries() -> frozenset[str]:
    from countryinfo import all_countries

    return frozenset(country.name() for country in all_countries()) | {"U.S.", "US", "U.K.", "UK", "UAE", "USA"}


def known_kind(text: str) -> EntityKind | None:
    """The kind of a name the country data knows: a country's, else a place's; None for any other name."""
    if text in _countries():
        return EntityKind.COUNTRY
    return EntityKind.PLACE if text in known_places() else None


def settled_kind(text: str, kind: EntityKind, strength: int, names: Iterable[str]) -> EntityKind:
    """The kind of a name of a source: the one its words told surely (``strength`` 3: a title, a word of its own,
    as ``candidates.source_kinds`` counts), else the country data's, unless the name is the first or last word of
    a longer name of the source (``names``: "Chad" of "Chad Reed" is a person's). A country read as a place is
    a country."""
    known = known_kind(text)
    if known is EntityKind.COUNTRY and kind is EntityKind.PLACE:
        return known  # a country is a place too, and more: "PATNA, India (AP)"
    if known is None or strength >= 3:
        return kind
    if any(" " in name and text in (name.split()[0], name.split()[-1]) for name in names):
        return kind
    return known
