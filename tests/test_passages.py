"""The passages index: a source is read only when it may name the entity asked about, and what it gives is
what reading every source in full gives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.engine.passages import PassageIndex, passages_of
from claimtrack.model.sources import Source
from claimtrack.model.vocabulary import Entity
from claimtrack.text.mentions import EntityNames
from rulekit import claim, repo, source
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


@pytest.mark.slow
def test_the_drafting_readers_are_imported_only_when_a_source_is_read(tmp_path: Path) -> None:
    """A check whose sources name none of its subjects reads no passage, and so never pays for importing the
    date and quantity readers (their patterns take some 20 ms to compile); one that reads a passage does."""
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "import claimtrack.cache\n"
        "claimtrack.cache.check(Path(sys.argv[1]), cached=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('claimtrack.text.date_reader', 'claimtrack.text.quantity_reader', 'claimtrack.engine.coverage'))))\n"
    )

    def imported(root: Path) -> str:
        run = subprocess.run([sys.executable, "-c", program, str(root)], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout

    silent = repo(tmp_path / "silent", claim("c", "'2016'"))
    assert imported(silent) == "[]\n"
    naming = repo(tmp_path / "naming", claim("c", "'2016'"), sources=source("a", "The treaty was signed in 2016."))
    assert "claimtrack.text.date_reader" in imported(naming)
