"""A name the country data knows is a country or a place, whatever one sentence guessed of it: one kind per
name in every source and every draft. Made-up sentences, with near misses that keep their kind."""

from __future__ import annotations

import pytest

from claimtrack.drafting.candidates import names_inside, source_kinds
from claimtrack.model.vocabulary import EntityKind
from claimtrack.text.places import known_kind


@pytest.mark.parametrize(
    ("sentences", "name", "kind"),
    [
        (["Oster Lines met officials from Beijing on Monday."], "Beijing", EntityKind.PLACE),
        (["Velmar Corp opened a plant in Beijing."], "Beijing", EntityKind.PLACE),
        (["Oster Lines beat Sweden 2-0.", "Sweden lost in Velmar."], "Sweden", EntityKind.COUNTRY),
        (["The talks in Sweden ended."], "Sweden", EntityKind.COUNTRY),
        (["OSTERBY, India (AP) — Oster Lines opened a depot in eastern India."], "India", EntityKind.COUNTRY),
        (["Trade with the United States fell."], "United States", EntityKind.COUNTRY),
        # Near misses: a person's name ("Chad" of "Chad Reed"), a firm's own word, a name the data lacks.
        (["Coach Chad Reed won.", "Then Chad said he was happy."], "Chad", EntityKind.OTHER),
        (["Shares of Jordan Bank rose."], "Jordan Bank", EntityKind.ORGANISATION),
        (["Velmar Corp met officials of Osterby."], "Osterby", EntityKind.OTHER),
    ],
)
def test_a_known_place_is_a_place_in_every_source(sentences: list[str], name: str, kind: EntityKind) -> None:
    assert source_kinds(sentences, names_inside(sentences))[name] is kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("China", EntityKind.COUNTRY), ("U.S.", EntityKind.COUNTRY), ("Beijing", EntityKind.PLACE),
     ("Texas", EntityKind.PLACE), ("Osterby", None), ("North", None)],
)  # fmt: skip
def test_the_kind_the_country_data_gives(name: str, kind: EntityKind | None) -> None:
    assert known_kind(name) is kind
