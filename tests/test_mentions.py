"""Entity names found in text: the names of a vocabulary looked up by first word find what one pattern of
every name, longest first, finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack.model.vocabulary import Entity
from claimtrack.text.mentions import EntityNames, fold, name_words, words

# Pieces that names and texts share, so that names are found often, in every case and glued to signs.
PIECES = ["Russia", "russian", "Federation", "US", "us", "U.S.", "Mi-35M", "St.", "Petersburg", "(RU)", "ß", "ss", "İ"]
SEPARATORS = [" ", "  ", "\n", "-", ", ", "'s ", ".", "(", ")", " — "]


def reference_find(names: EntityNames, text: str) -> list[tuple[int, int, str]]:
    """Every name (in lower case and as written) in one pattern, longest first, tried at every place."""
    forms = {*names.by_name, *(fold(n) for n in names.exact), *names.written.values()}
    alternatives = sorted(forms, key=lambda n: (-len(n), n))
    if not alternatives:
        return []
    either = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in alternatives)
    pattern = re.compile(rf"(?<![\w-])(?:{either})(?![\w-])", re.IGNORECASE)
    found = []
    for match in pattern.finditer(text):
        written = " ".join(match.group().split())
        entity = names.exact.get(written) or names.by_name.get(fold(written))
        if entity is not None:
            found.append((match.start(), match.end(), entity))
    return found


names_written = st.lists(st.sampled_from(PIECES), min_size=1, max_size=3).map(" ".join)
vocabularies = st.lists(st.lists(names_written, min_size=1, max_size=3), min_size=1, max_size=6).map(
    lambda lists: [Entity(id=f"e-{i}", kind="place", label=n[0], aliases=n[1:]) for i, n in enumerate(lists)]
)
texts = st.lists(st.sampled_from(PIECES + SEPARATORS + ["the", "Russia-Ukraine", "3"]), max_size=20).map("".join)


OVERLAPPING = [
    Entity(id="e-0", kind="place", label="Russian Federation"),
    Entity(id="e-1", kind="place", label="Federation"),
    Entity(id="e-2", kind="place", label="U.S.", aliases=["US"]),
]


@settings(max_examples=300)
@given(vocabularies, texts)
@example(OVERLAPPING, "the Russian\nFederation, a Federation, U.S.(RU) us")
def test_names_are_found_as_one_pattern_of_every_name_finds_them(entities: list[Entity], text: str) -> None:
    names = EntityNames(entities, ids=True)
    assert [(m.start, m.end, m.entity) for m in names.find(text)] == reference_find(names, text)


@settings(max_examples=300)
@given(vocabularies, texts)
def test_a_text_naming_an_entity_has_every_word_of_one_of_its_names(entities: list[Entity], text: str) -> None:
    named = {m.entity for m in EntityNames(entities, ids=True).find(text)}
    for entity in entities:
        if entity.id in named:
            assert any(name <= words(text) for name in name_words(entity, ids=True))


def test_longest_name_first_whole_words_and_acronyms_as_written() -> None:
    names = EntityNames(
        [
            Entity(id="russia", kind="country", label="Russia", aliases=["Russian Federation"]),
            Entity(id="usa", kind="country", label="United States", aliases=["US", "U.S."]),
            Entity(id="mi-35m", kind="other", label="Mi-35M"),
        ],
        ids=True,
    )
    text = "The Russian  Federation, not Russia-Ukraine; us and US, the U.S. and mi-35m helicopters."
    found = [(text[m.start : m.end], m.entity) for m in names.find(text)]
    assert found == [("Russian  Federation", "russia"), ("US", "usa"), ("U.S.", "usa"), ("mi-35m", "mi-35m")]


def test_a_name_is_found_as_the_vocabulary_writes_it_and_in_lower_case() -> None:
    names = EntityNames([Entity(id="grossstadt", kind="place", label="Großstadt")])
    text = "Großstadt, GROSSSTADT and grossstadt."
    assert [text[m.start : m.end] for m in names.find(text)] == ["Großstadt", "GROSSSTADT", "grossstadt"]


def test_a_name_with_a_dotted_capital_i_is_found_in_every_case() -> None:
    """ "İstanbul" casefolds to "i̇stanbul", whose combining dot is no letter: it was found in no spelling."""
    istanbul = Entity(id="istanbul", kind="place", label="İstanbul")
    names = EntityNames([istanbul])
    text = "İstanbul, Istanbul, ISTANBUL and istanbul."
    assert [text[m.start : m.end] for m in names.find(text)] == ["İstanbul", "Istanbul", "ISTANBUL", "istanbul"]
    assert all(name <= words(text) for name in name_words(istanbul))
    assert names.entity_named("ISTANBUL") == "istanbul"
