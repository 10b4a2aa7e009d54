"""The gold set of real pages (benchmarks/gold/): well formed, and drafting scored on it above a floor."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from pydantic import TypeAdapter

from benchmark_modules import benchmark_module
from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.model.quantities import Quantity

FLOORS = {"complete drafts": (0.97, 0.91, 0), "every value read": (0.97, 0.96, 0)}
"""Precision, sentence recall and the most drafts from traps on the real pages drafting was worked on (the
development pages and the first three held-out sets together, all looked at by now), for the complete drafts and
for every value `draft` reads: today's levels, raised as drafting improves (2026-12-07, end of the day: complete
drafts 1018 of 1043 right, 617 of 671 sentences, none from a trap; every value read 1051 of 1078 right, 647 of
671 sentences). The fourth held-out set has a floor of its own (``HELDOUT4_FLOOR``)."""
MODALITY_FLOOR = 0.95
"""Of the complete drafts' right values, the share drafted with the gold's modality (the same pages): today
968 of 1018."""


SUBJECT_FLOOR = 0.68
"""Of the complete drafts' right values on the ten pages whose values name their subject (benchmarks/gold/README.md,
"Subjects"), the share drafted about it: 111 of 161 on 2026-12-07 (73 at the start of that day)."""


realnews = benchmark_module("realnews")
SPLITS = ("dev", "heldout", "heldout2", "heldout3")
"""The pages drafting is floored on; the second and third held-out sets were each measured once, then their misses
read and worked on (2026-12-07)."""
HELDOUT4 = "heldout4"
"""The fourth held-out set, measured once at the end of the session that annotated it (83%, 63%, 6 trap drafts at
b316579), then worked on (2026-12-07, evening): floored apart, at its own lower level."""
HELDOUT4_FLOOR = (0.94, 0.73, 0, 0.87)
"""Its complete drafts' precision, sentence recall, drafts from traps and modality right: 117 of 124, 76 of 103, 0,
103 of 117 at f5ad587."""


def _pages() -> list[tuple[str, dict[str, Any]]]:
    splits = (*SPLITS, HELDOUT4, "metadata")
    return [(split, page) for split in splits for page in realnews.load_gold(split)]


def test_each_page_is_annotated_once_and_in_one_split() -> None:
    counts = Counter(page["page"] for _, page in _pages())
    assert [p for p, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(("split", "page"), _pages(), ids=lambda x: x if isinstance(x, str) else x["page"])
def test_annotations_find_their_sentence_and_are_valid_values(split: str, page: dict[str, Any]) -> None:
    bodies = realnews.article_bodies()
    body = realnews.fold(bodies[realnews.page_key(page["page"], list(bodies))]["articleBody"])
    for item in [*(page.get("values") or []), *(page.get("traps") or [])]:
        assert set(item) <= {"at", "date", "quantity", "modality", "text", "subject"}, item
        assert body.count(realnews.fold(item["at"])) == 1, item["at"]
        if "date" in item:
            parse_partial_date(str(item["date"]))
        elif "quantity" in item:
            TypeAdapter(Quantity).validate_python(item["quantity"])
        else:
            assert realnews.fold(item["text"]).lower() in body.lower(), item
    parse_partial_date(str(page["published"]))
    assert isinstance(page["authors"], list)
    assert page["title"]
    assert page["outlet"]
    assert set(page) <= {"page", "title", "outlet", "authors", "published", "values", "traps"}


def test_draft_scored_on_the_real_pages_stays_above_its_floor() -> None:
    complete, every = realnews.Tally(), realnews.Tally()
    for split in SPLITS:
        result = realnews.score_gold(split)
        complete.add(result.complete)
        every.add(result.every_value)
    for name, tally in (("complete drafts", complete), ("every value read", every)):
        precision, recall, traps = FLOORS[name]
        assert tally.drafted > 0, name
        assert tally.right / tally.drafted >= precision, name
        assert tally.recall >= recall, name
        assert tally.traps <= traps, name
    assert complete.modality_right / complete.right >= MODALITY_FLOOR
    assert complete.subjects_right / complete.subjects >= SUBJECT_FLOOR


def test_draft_scored_on_the_fourth_held_out_set_stays_above_its_floor() -> None:
    complete = realnews.score_gold(HELDOUT4).complete
    precision, recall, traps, modality = HELDOUT4_FLOOR
    assert complete.right / complete.drafted >= precision
    assert complete.recall >= recall
    assert complete.traps <= traps
    assert complete.modality_right / complete.right >= modality


def test_metadata_of_the_real_pages_stays_above_its_floor() -> None:
    """Title, outlet, authors and publication day as `source add` reads them: on the 60 pages the readers were
    written on, today 60, 58, 58 and 59 right, 56 with all four; on the 39 of the second, third and fourth
    held-out sets, 38, 38, 37 and 37, 34 with all four."""
    metadata = benchmark_module("metadata", "gold_metadata")
    floors = {"written on": (60, 59, 58, 60, 58), "held out": (38, 39, 38, 39, 37)}
    for name, splits in metadata.SETS.items():
        right = {field: ok for field, (ok, _) in metadata.measure(splits=splits).items()}
        assert all(ok >= floor for ok, floor in zip(right.values(), floors[name], strict=True)), name


@pytest.mark.parametrize(
    ("drafted", "wanted", "same"),
    [
        ("../2018", "../2018-12", True),
        ("2019-35", "2019-07/2019-09", True),
        ("2019", "2019-01-01/2019-12-31", True),
        ("2019", "2018", False),
        ("2019/..", "2019", False),
        ("../2019", "2019", False),
        ("not a date", "2019", False),
    ],
)
def test_dates_are_scored_as_the_days_they_cover(drafted: str, wanted: str, same: bool) -> None:
    assert realnews.same_date(drafted, wanted) is same


@pytest.mark.parametrize(
    ("drafted", "wanted", "same"),
    [
        ("The U.S.", "US", True),
        ("Pacific Gas & Electric Co.", ["PG&E", "Pacific Gas & Electric Co"], True),
        ("Alibaba’s", "Alibaba", True),
        ("Home Depot Inc", "Home Depot", False),
        ("Jose", ["Jose Mourinho", "Mourinho"], False),
    ],
)
def test_a_drafted_subject_is_one_of_the_annotated_names(drafted: str, wanted: str | list[str], same: bool) -> None:
    from claimtrack.drafting.candidates import EntityCandidate
    from claimtrack.model.vocabulary import EntityKind

    class Proposed:
        subject = "x"
        new_entity = EntityCandidate("x", EntityKind.OTHER, drafted)

    assert realnews.same_subject(Proposed(), wanted) is same
    vocabulary_entity = type("Known", (), {"subject": "home-depot-2", "new_entity": None})()
    assert realnews.same_subject(vocabulary_entity, "Home Depot")
