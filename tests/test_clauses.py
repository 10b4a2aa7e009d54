"""text/clauses.py and drafting/modality.py: the modality of each clause of a sentence, with the cue that
decided it. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.drafting.modality import modality_of
from claimtrack.model.claims import Modality
from claimtrack.text.clauses import Clauses


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        ("The mayor allegedly took 40 bribes.", "40", Modality.REPORTED, "allegedly"),
        ("The mayor is accused of taking 40 bribes.", "40", Modality.REPORTED, "accused of"),
        ("The port handled 12 ships, the mayor said.", "12", Modality.REPORTED, "said"),
        ("The port will buy 12 ships.", "12", Modality.PLANNED, "will"),
        ("The port plans to buy 12 ships.", "12", Modality.PLANNED, "plans to"),
        ("The port is expected to buy 12 ships.", "12", Modality.PLANNED, "is expected to"),
        ("Sales could reach 12 ships.", "12", Modality.PREDICTED, "could"),
        ("The port did not buy 12 ships.", "12", Modality.DENIED, "did not"),
        ("The port never bought 12 ships.", "12", Modality.DENIED, "never"),
        ("The port bought 12 ships.", "12", Modality.ASSERTED, None),
        # One clause each: the purchase is done, the rest planned, and the denial is the third clause's.
        ("The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.", "12", Modality.ASSERTED, None),
        ("The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.", "20", Modality.PLANNED, "will"),
        (
            "The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.",
            "30",
            Modality.DENIED,
            "did not",
        ),
        # Attribution is the whole sentence's; a clause's own cue is stronger.
        ("The port bought 12 ships, but it will sell 20, the mayor said.", "12", Modality.REPORTED, "said"),
        ("The port bought 12 ships, but it will sell 20, the mayor said.", "20", Modality.PLANNED, "will"),
    ],
)
def test_modality_per_clause(sentence: str, word: str, modality: Modality, cue: str | None) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word)) == (modality, cue)


def test_the_whole_sentence_takes_its_strongest_clause() -> None:
    assert modality_of("The port bought 12 ships, and it will buy 20 more.") == (Modality.PLANNED, "will")


def test_may_the_month_is_no_forecast() -> None:
    assert modality_of("The port opened in May.") == (Modality.ASSERTED, None)
