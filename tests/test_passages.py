"""The passages index: a source is read only when it may name the entity asked about, and what it gives is
what reading every source in full gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.mentions import EntityNames
from claimtrack.models import Entity, Source
from claimtrack.passages import PassageIndex, passages_of
from test_mentions import PIECES, vocabularies

words_of_sentences = st.sampled_from([*PIECES, "the", "signed", "in", "2016", "Russia-Ukraine", "3."])
sentences = st.tuples(st.lists(words_of_sentences, min_size=1, max_size=8), st.sampled_from([".", "!", "", ":"]))
texts = st.lists(
    st.lists(sentences.map(lambda s: " ".join(s[0]) + s[1]), min_size=1, max_size=4).map(" ".join),
    min_size=1,
    max_size=4,
).map("\n".join)


@settings(max_examples=200)
@given(vocabularies, st.lists(texts, min_size=1, max_size=4))
def test_the_passages_naming_an_entity_are_those_of_every_source_read_in_full(
    entities: list[Entity], source_texts: list[str]
) -> None:
    sources = {f"s-{i}": Source(id=f"s-{i}", kind="news", published="2019-03-04") for i in range(len(source_texts))}
    text_of = dict(zip(sources, source_texts, strict=True)).get
    index = PassageIndex(sources, {e.id: e for e in entities}, text_of)
    names = EntityNames(entities, ids=True)
    for entity in entities:
        expected = [
            passage
            for source_id in sorted(sources)
            for passage in passages_of(source_id, sources[source_id], source_texts[int(source_id[2:])], names)
            if passage.names(entity.id)
        ]
        assert index.naming(entity.id) == expected


def test_a_source_without_text_and_an_entity_not_in_the_vocabulary_have_no_passages() -> None:
    entities = {"russia": Entity(id="russia", kind="country", label="Russia")}
    sources = {"a": Source(id="a", kind="news"), "b": Source(id="b", kind="news")}
    index = PassageIndex(sources, entities, {"b": "Russia signed it. Heading"}.get)
    assert [(p.source, p.text) for p in index.naming("russia")] == [("b", "Russia signed it.")]
    assert index.naming("france") == []
