"""The properties `draft` proposes when none fits: named after the verb a date dates or the noun a number counts,
never a word twice, never a noun made a verb ("sentenced to life" was `lifed_on`), never a word of counting
counted again ("six counts of" was `count_count`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.drafting.candidates import event_verb
from claimtrack.drafting.property_names import count_property, event_property, id_of
from helpers import archived_article
from helpers import invoke as run


def _proposed(tmp_path: Path, sentence: str) -> list[str]:
    """The `property add` lines `draft` proposes for one sentence in a fresh repository."""
    root = archived_article(tmp_path, f"Court news\n\n{sentence}\n", source_id="news", published="2022-05-05")
    code, out, _ = run(root, "draft", "news")
    assert code == 0, out
    lines = [line.removeprefix("# needs: ") for line in out.splitlines() if "property add" in line]
    return sorted(set(lines))


@pytest.mark.parametrize(
    ("sentence", "proposed"),
    [
        (
            "A judge sentenced Anna Berg to life on 3 May 2022.",
            "claimtrack property add --id sentenced_on --label 'sentenced on' --claim-type event",
        ),
        (
            "Velmar Corp returned the ferry to service on 2 May 2022.",
            "claimtrack property add --id returned_on --label 'returned on' --claim-type event",
        ),
        (
            "Anna Berg was convicted on six counts of fraud.",
            "claimtrack property add --id count --label count --claim-type quantity --unit count",
        ),
        (
            "The Velmar ferry crossed the strait 12 times.",
            "claimtrack property add --id times --label times --claim-type quantity --unit time",
        ),
    ],
)
def test_a_proposed_property_reads_as_a_reader_names_it(tmp_path: Path, sentence: str, proposed: str) -> None:
    assert proposed in _proposed(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("A judge sentenced Anna Berg to life on 3 May.", "sentenced"),
        ("He returned to work on Monday.", "returned"),
        ("The band went to court in March.", "went"),
        ("She moved to Paris in 2019.", "moved"),
        # Near misses: "to" before a verb with no sure verb before it, and the auxiliaries.
        ("The company plans to open the bridge on Friday.", "opened"),
        ("It is set to launch in May.", "launched"),
        ("They hope to finish by June.", "finished"),
        ("The city will open the bridge on Friday.", "opened"),
        ("The treaty is expected to take effect in May.", "took"),
    ],
)
def test_a_word_after_to_is_a_verb_only_when_no_sure_verb_is_before_it(sentence: str, verb: str) -> None:
    at = min(sentence.index(f" {word} ") for word in ("on", "in", "by") if f" {word} " in sentence[10:])
    assert event_verb(sentence, at) == verb


@pytest.mark.parametrize(
    ("unit", "property_id", "label"),
    [
        ("count", "count", "count"),
        ("time", "times", "times"),
        ("body count", "body_count", "body count"),
        ("number", "number", "number"),
        ("car", "car_count", "car count"),
        ("passenger", "passenger_count", "passenger count"),
        ("exchange", "exchange_count", "exchange count"),  # a noun like any other: counted
    ],
)
def test_a_word_of_counting_is_not_counted_again(unit: str, property_id: str, label: str) -> None:
    proposed = count_property(unit)
    assert (proposed.id, proposed.label, proposed.unit) == (property_id, label, unit)


@pytest.mark.parametrize(
    ("words", "property_id"),
    [("opened on", "opened_on"), ("count count", "count"), ("on on", "on"), ("boat  Count", "boat_count")],
)
def test_an_id_never_says_a_word_twice_in_a_row(words: str, property_id: str) -> None:
    assert id_of(words) == property_id


def test_an_event_property_is_its_verb_on() -> None:
    assert event_property("sentenced").command() == (
        "claimtrack property add --id sentenced_on --label 'sentenced on' --claim-type event"
    )
