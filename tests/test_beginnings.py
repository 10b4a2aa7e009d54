"""Beginnings and ends of relations (engine/beginnings.py): the laws they keep."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.engine.beginnings import Edge, edge_conflicts, held_across
from claimtrack.engine.compare import EntityGraph
from claimtrack.model.claims import AnyClaim, RelationClaim
from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.model.vocabulary import Entity
from test_partial_dates import single_dates

GRAPH = EntityGraph({"council": Entity.model_validate({"id": "council", "kind": "organisation", "label": "Council"})})


def member(claim_id: str, **fields: Any) -> RelationClaim:
    data = {
        "id": claim_id,
        "type": "relation",
        "statement": "A member.",
        "subject": "valmora",
        "property": "member_of",
        "value": "council",
        "modality": "asserted",
        "evidence": [{"source": "a", "stance": "supports", "quote": "a member"}],
    }
    return RelationClaim.model_validate(data | fields)


def conflicts(*claims: RelationClaim) -> list[tuple[str, str]]:
    by_id: dict[str, AnyClaim] = {c.id: c for c in claims}
    return [(c.first, c.second) for c in edge_conflicts(by_id, sorted(by_id), GRAPH)]


def _starts_later(began: str, span: dict[str, str]) -> bool:
    """The span starts no earlier than the beginning's first day, and does not end before it starts."""
    first = parse_partial_date(began)
    start = parse_partial_date(span.get("valid_from") or span.get("as_of") or span["began"])
    reversed_span = "valid_until" in span and parse_partial_date(span["valid_until"]).ends_before(start)
    return start.lower is not None and first.lower is not None and start.lower >= first.lower and not reversed_span


later_spans = st.one_of(
    st.builds(lambda a: {"valid_from": a}, single_dates()),
    st.builds(lambda a, b: {"valid_from": a, "valid_until": b}, single_dates(), single_dates()),
    st.builds(lambda a: {"as_of": a}, single_dates()),
    st.builds(lambda a: {"began": a}, single_dates()),
)


@given(single_dates(), later_spans)
def test_a_beginning_is_compatible_with_every_later_held_during(began: str, span: dict[str, str]) -> None:
    if not _starts_later(began, span):
        return
    if "began" in span and not parse_partial_date(began).overlaps(parse_partial_date(span["began"])):
        return  # a second beginning, at another time: that one conflicts, as it should
    beginning, held = member("a", began=began), member("b", **span)
    assert conflicts(beginning, held) == []
    assert not held_across(held, Edge.BEGAN, parse_partial_date(began))


@given(single_dates(), single_dates())
def test_two_beginnings_conflict_exactly_when_their_dates_do_not_overlap(a: str, b: str) -> None:
    disjoint = not parse_partial_date(a).overlaps(parse_partial_date(b))
    assert bool(conflicts(member("a", began=a), member("b", began=b))) is disjoint
    assert bool(conflicts(member("b", began=b), member("a", began=a))) is disjoint


def test_a_span_held_from_before_to_after_a_beginning_runs_across_it() -> None:
    assert conflicts(member("a", began="2019"), member("b", valid_from="2015", valid_until="2022")) == [("a", "b")]
    assert conflicts(member("a", began="2019"), member("b", valid_from="2019", valid_until="2022")) == []
    assert conflicts(member("a", ended="2019"), member("b", valid_from="2015", valid_until="2022")) == [("a", "b")]
    assert conflicts(member("a", ended="2019"), member("b", valid_from="2015", valid_until="2019")) == []
