"""Countries named by the word for their people: "Russian troops" are Russia's, "150 Indians" India's.

The names and demonyms are countryinfo's (every country and territory of ISO 3166). A demonym is read as
written ("Afghan", "Chinese") or in the plural ("Afghans", "Indians"); one shared by several territories is
the most populous one's ("Chinese" is China, not Macau; "American" the United States). A few words of a
people that name no country of their own ("European", "Arab") are left out: they are no country's.
"""

from __future__ import annotations

from functools import cache

_NOT_ONE_COUNTRY = frozenset(["", "Channel Islander"])
"""Demonyms of no single country (the Channel Islands' for Jersey and Guernsey)."""
_ALSO = {"Saudi": "Saudi Arabia", "Argentine": "Argentina", "Argentinian": "Argentina"}
"""Demonyms news writes that countryinfo gives in another form ("Saudi Arabian", "Argentinean")."""
_NO_PLURAL = ("s", "sh", "ch", "ese", "x", "z")
"""Demonyms that are their own plural ("the Swiss", "the Chinese", "the Dutch")."""


@cache
def _countries() -> dict[str, str]:
    """Each demonym, singular and plural, to the name of its country."""
    from countryinfo import all_countries

    best: dict[str, tuple[int, str]] = {}
    for country in all_countries():
        demonym = country.demonym() or ""
        if demonym in _NOT_ONE_COUNTRY or not demonym[0].isupper():
            continue
        population = country.population() or 0
        for single in demonym.split(","):  # "Bosnian,Herzegovinian"
            plural = [] if single.endswith(_NO_PLURAL) else [f"{single}s"]
            for word in (single, *plural):
                if word not in best or population > best[word][0]:
                    best[word] = (population, country.name())
    names = {word: name for word, (_, name) in best.items()}
    for word, name in _ALSO.items():
        names[word] = names[f"{word}s"] = name
    return names


def country_of_people(word: str) -> str | None:
    """The country whose people ``word`` names ("Russian", "Indians", "Dutch"), or None."""
    return _countries().get(word)


def is_demonym(word: str) -> bool:
    """``word`` names a country's people (capitalised, as written)."""
    return word in _countries()
