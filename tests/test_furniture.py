"""text/furniture.py and coverage: the site's calls to its reader are no sentence of the article. The sentences
are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.engine.coverage import is_checkable
from claimtrack.text.furniture import is_furniture


@pytest.mark.parametrize(
    "sentence",
    [
        "Get access to the Harbour Times Pro for as little as $59 for the first year.",
        "Subscribe now for $1 a week.",
        "- Subscribe to our newsletter for 3 stories a day.",
        "Sign up for 4 months of the Daily Ferry for just $1.",
        "Click here to read 10 more stories.",
        "Download our app to follow the 2024 season.",
        "Follow us on the web for the 12 best photos.",
        "Also read: 5 things to know about the strike.",
        "This week's Ferry Podcast is sponsored by the Tolvik Regatta, which takes place 18-24 May.",
        "The newsletter is brought to you by a bank founded in 1901.",
        "You can also subscribe to this newsletter here, with 10 stories a day.",
        "Also on ferry-news.example Harbour fees rise for the 3rd time in 2024",
        "Like this story? Share it with a friend!",
        "Share this article with your friends, 5 of them at least.",
        "Follow the Daily Ferry on Instagram for 3 photos a day.",
    ],
)
def test_calls_to_the_reader_are_furniture(sentence: str) -> None:
    assert is_furniture(sentence)
    assert not is_checkable(sentence, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "The regatta is sponsored by a bank founded in 1901.",
        "Readers could subscribe for $5 a month in 2019.",
        "About 4,000 people signed up for the newsletter last year.",
        "The council said it would click into gear in 2025.",
        "Fans who follow us on the ferry paid $12.",
        "He asked readers to subscribe, and 300 did.",
        "Also on Tuesday, 300 workers joined the strike.",
        "Also on the list were 12 boats built in 2019.",
        "The minister will follow the talks on television in 2025.",
        "She shared it with a friend in 2019.",
    ],
)
def test_the_articles_own_words_are_not(sentence: str) -> None:
    assert not is_furniture(sentence)
    assert is_checkable(sentence, [])
