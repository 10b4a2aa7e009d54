from __future__ import annotations

import datetime as dt
import time

import edtf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.partial_dates import PartialDate, coerce_partial_date, parse_partial_date


@st.composite
def single_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1000, 9999))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    qualifier = draw(st.sampled_from(["", "", "~", "?", "%"]))
    if precision == "year":
        return f"{year}{qualifier}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year}-{month:02d}{qualifier}"
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day if year < 9999 else 28
    day = draw(st.integers(1, last))
    return f"{year}-{month:02d}-{day:02d}{qualifier}"


partial_dates = st.one_of(
    single_dates(),
    st.tuples(single_dates(), single_dates()).map("/".join),
    single_dates().map(lambda d: f"../{d}"),
    single_dates().map(lambda d: f"{d}/.."),
)


def _day(value: object) -> dt.date | None:
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None  # edtf gives ±inf for open ends


@given(partial_dates)
def test_bounds_agree_with_the_edtf_package(text: str) -> None:
    ours = parse_partial_date(text)
    theirs = edtf.parse_edtf(text)
    assert (ours.lower, ours.upper) == (_day(theirs.lower_strict()), _day(theirs.upper_strict()))


@given(partial_dates)
def test_printing_round_trips(text: str) -> None:
    assert str(parse_partial_date(text)) == text
    assert parse_partial_date(str(parse_partial_date(text))) == parse_partial_date(text)


@given(partial_dates, partial_dates)
def test_overlap_is_symmetric_and_containment_implies_it(a: str, b: str) -> None:
    x, y = parse_partial_date(a), parse_partial_date(b)
    assert x.overlaps(y) == y.overlaps(x)
    if not x.is_reversed and not y.is_reversed and x.contains(y):
        assert x.overlaps(y)
    if x.ends_before(y):
        assert not x.overlaps(y)


@given(single_dates())
def test_a_date_contains_itself_and_its_year(text: str) -> None:
    date = parse_partial_date(text)
    year = parse_partial_date(text[:4])
    assert date.contains(date)
    assert year.contains(date)


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("2018", "2018-03", True),
        ("2017-11", "2018-03", False),
        ("2016-11-29", "2017-11-29", False),
        ("2016", "2016-11-29", True),
        ("2006/2012", "2010", True),
        ("../2012", "2013", False),
        ("2012/..", "2013-05", True),
    ],
)
def test_compatibility_examples(a: str, b: str, compatible: bool) -> None:
    assert parse_partial_date(a).overlaps(parse_partial_date(b)) is compatible


@pytest.mark.parametrize("text", ["2017-02-29", "2016-13", "0999", "16", "2016-1-5", "2016/", "2016\n", "March 2017"])
def test_invalid_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a partial date"):
        parse_partial_date(text)


def test_leap_day_and_yaml_timestamps() -> None:
    assert parse_partial_date("2016-02-29").lower == dt.date(2016, 2, 29)
    assert coerce_partial_date(dt.date(2016, 11, 29)) == PartialDate(
        "2016-11-29", dt.date(2016, 11, 29), dt.date(2016, 11, 29)
    )
    with pytest.raises(ValueError, match="time of day"):
        coerce_partial_date(dt.datetime(2016, 11, 29, 10, 0))
