"""Which word before a verb of saying that is also a noun makes it the verb."""

from __future__ import annotations

import pytest

from claimtrack.text.sayers import a_sayer


@pytest.mark.parametrize("word", ["experts", "officials", "group", "automaker", "scientists", "police"])
def test_nouns_that_can_say(word: str) -> None:
    assert a_sayer(word)


@pytest.mark.parametrize(
    "word", ["the", "two", "media", "recent", "critical", "nationwide", "truly", "also", "children,”", "Officials"]
)
def test_words_that_make_the_verb_a_noun(word: str) -> None:
    assert not a_sayer(word)
