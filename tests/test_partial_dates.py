from __future__ import annotations

import datetime as dt
import re
import time

import edtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.partial_dates import (
    PARTIAL_DATE_PATTERN,
    PartialDate,
    coerce_partial_date,
    is_partial_date,
    parse_partial_date,
)


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


SCHEMA_PATTERN = re.compile(PARTIAL_DATE_PATTERN)
# Text near dates: digits, the date's punctuation, and a few characters a date must not hold.
near_dates = st.text(alphabet="0123456789-/.~?%\n x٣", max_size=24)
# Days just inside and just outside each month, in any year of four digits (and the leap rules' years).
near_days = st.builds(
    "{:04d}-{:02d}-{:02d}".format,
    st.one_of(st.integers(0, 9999), st.sampled_from([1600, 1700, 1900, 2000, 2016, 2100])),
    st.integers(0, 13),
    st.integers(0, 32),
)


@settings(max_examples=500)
@given(
    st.one_of(
        partial_dates,
        near_dates,
        near_days,
        st.tuples(near_days, near_days).map("/".join),
        partial_dates.map(lambda d: d + "\n"),
        st.text(max_size=12),
    )
)
def test_python_reads_the_dates_the_schema_pattern_accepts(text: str) -> None:
    assert is_partial_date(text) is bool(SCHEMA_PATTERN.search(text)), text


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2016-02-29", True),
        ("1900-02-29", False),
        ("2000-02-29", True),
        ("2016-04-31", False),
        ("2016-00", False),
        ("0999", False),
        ("2016~/..", True),
        ("../..", False),
        ("../2016/..", False),
        ("2016-05-05%", True),
        ("2016~?", False),
        ("２０１６", False),
    ],
)
def test_edges_of_the_date_language(text: str, valid: bool) -> None:
    assert is_partial_date(text) is valid
    assert bool(SCHEMA_PATTERN.search(text)) is valid
