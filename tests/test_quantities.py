from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.model.quantities import (
    ApproximateQuantity,
    BoundedQuantity,
    ExactQuantity,
    Interval,
    quantities_compatible,
)

numbers = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(numbers), draw(numbers)))
    lower = draw(st.sampled_from([a, -math.inf]))
    upper = draw(st.sampled_from([b, math.inf]))
    closed_low, closed_high = draw(st.booleans()), draw(st.booleans())
    if lower == upper:
        closed_low = closed_high = True
    return Interval(lower, upper, closed_low and lower != -math.inf, closed_high and upper != math.inf)


@given(intervals(), intervals())
def test_overlap_is_symmetric(a: Interval, b: Interval) -> None:
    assert a.overlaps(b) == b.overlaps(a)


@given(intervals(), intervals())
def test_containment_implies_overlap(a: Interval, b: Interval) -> None:
    if a.contains(b):
        assert a.overlaps(b)


@given(intervals())
def test_an_interval_contains_and_overlaps_itself(a: Interval) -> None:
    assert a.contains(a)
    assert a.overlaps(a)


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False), st.floats(min_value=0, max_value=1e6))
def test_exact_within_bounds_is_compatible(bound: float, value: float) -> None:
    more_than = BoundedQuantity(more_than=bound, unit="soldier")
    exact = ExactQuantity(exactly=value, unit="soldier")
    assert quantities_compatible(more_than, exact) is (value > bound)


def test_examples_from_the_corpus() -> None:
    assert quantities_compatible(
        BoundedQuantity(more_than=300, unit="student"), ExactQuantity(exactly=312, unit="student")
    )
    assert not quantities_compatible(
        BoundedQuantity(more_than=300, unit="student"), ExactQuantity(exactly=300, unit="student")
    )
    assert quantities_compatible(BoundedQuantity(at_most=7, unit="percent"), ExactQuantity(exactly=7, unit="percent"))
    assert quantities_compatible(
        ApproximateQuantity(about=50, unit="activity"), ExactQuantity(exactly=54, unit="activity")
    )
    assert not quantities_compatible(
        ExactQuantity(exactly=12, unit="helicopter"), ExactQuantity(exactly=12, unit="tank")
    )
    assert not quantities_compatible(
        ExactQuantity(exactly=18, unit="exercise"), ExactQuantity(exactly=36, unit="exercise")
    )
