from __future__ import annotations

import datetime as dt
import re
import time

import edtf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model.partial_dates import (
    PARTIAL_DATE_PATTERN,
    PartialDate,
    coerce_partial_date,
    is_partial_date,
    parse_partial_date,
    spoken,
    why_not_a_date,
)


@st.composite
def single_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1000, 9999))
    precision = draw(st.sampled_from(["year", "month", "day", "part"]))
    qualifier = draw(st.sampled_from(["", "", "~", "?", "%"]))
    if precision == "year":
        return f"{year}{qualifier}"
    if precision == "part":
        return f"{year}-{draw(st.integers(21, 41))}"
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


# The edtf package ends a winter (and the southern summer) on 31 December of its first year; claimtrack's
# winter runs to the end of February, as a meteorological winter does.
# It reads seasons in closed intervals only, and level 2's groupings only alone.
_WINTERS = re.compile(r"-(24|28|30)\b")
_PART = re.compile(r"-(2[1-9]|3[0-9]|4[01])\b")
_LEVEL_2 = re.compile(r"-(2[5-9]|3[0-9]|4[01])\b")


def _edtf_reads(text: str) -> bool:
    if _WINTERS.search(text):
        return False
    return "/" not in text or not (_LEVEL_2.search(text) or (".." in text and _PART.search(text)))


@given(partial_dates.filter(_edtf_reads))
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
    # A winter runs into the next year: it begins in its year.
    assert year.contains(date) or (_WINTERS.search(text) and year.overlaps(date))


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


@pytest.mark.parametrize(
    ("text", "lower", "upper"),
    [
        ("2021-21", "2021-03-01", "2021-05-31"),
        ("2021-22", "2021-06-01", "2021-08-31"),
        ("2021-23", "2021-09-01", "2021-11-30"),
        ("2021-24", "2021-12-01", "2022-02-28"),
        ("2023-24", "2023-12-01", "2024-02-29"),
        ("2021-28", "2021-12-01", "2022-02-28"),
        ("2021-29", "2021-09-01", "2021-11-30"),
        ("2021-30", "2021-12-01", "2022-02-28"),
        ("2021-31", "2021-03-01", "2021-05-31"),
        ("2021-32", "2021-06-01", "2021-08-31"),
        ("2021-33", "2021-01-01", "2021-03-31"),
        ("2021-36", "2021-10-01", "2021-12-31"),
        ("2021-37", "2021-01-01", "2021-04-30"),
        ("2021-39", "2021-09-01", "2021-12-31"),
        ("2021-40", "2021-01-01", "2021-06-30"),
        ("2021-41", "2021-07-01", "2021-12-31"),
        ("2021-21/2021-23", "2021-03-01", "2021-11-30"),
        ("9999-24", "9999-12-01", "9999-12-31"),
    ],
)
def test_seasons_and_parts_of_a_year_are_intervals_of_days(text: str, lower: str, upper: str) -> None:
    date = parse_partial_date(text)
    assert (date.lower, date.upper) == (dt.date.fromisoformat(lower), dt.date.fromisoformat(upper))


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("2021-21", "2021-04-10", True),
        ("2021-21", "2021-06", False),
        ("2021-24", "2022-01-15", True),
        ("2021-24", "2021-02", False),
        ("2021-23", "2021-35", True),
        ("2021-22", "2021", True),
    ],
)
def test_seasons_compare_like_other_dates(a: str, b: str, compatible: bool) -> None:
    assert parse_partial_date(a).overlaps(parse_partial_date(b)) is compatible


@pytest.mark.parametrize(
    "text",
    [
        "2017-02-29",
        "2021-20",
        "2021-42",
        "2021-13",
        "2021-21-05",
        "2016-13",
        "0999",
        "16",
        "2016-1-5",
        "2016/",
        "2016\n",
        "March 2017",
    ],
)
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
    st.integers(0, 45),
    st.integers(0, 32),
)
# Months and the parts of a year, with the codes just outside them.
near_parts = st.builds("{:04d}-{:02d}".format, st.integers(999, 9999), st.integers(0, 45))


@settings(max_examples=500)
@given(
    st.one_of(
        partial_dates,
        near_dates,
        near_days,
        near_parts,
        st.tuples(near_days, near_parts).map("/".join),
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
        ("2021-21", True),
        ("2021-41", True),
        ("2021-41?", False),
        ("2021-20", False),
        ("2021-42", False),
        ("2021-24/2022-22", True),
        ("２０１６", False),
    ],
)
def test_edges_of_the_date_language(text: str, valid: bool) -> None:
    assert is_partial_date(text) is valid
    assert bool(SCHEMA_PATTERN.search(text)) is valid


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2021-23", "2021-23 (autumn 2021)"),
        ("2021-35", "2021-35 (third quarter 2021)"),
        ("2021-21/2021-06-15", "2021-21/2021-06-15 (spring 2021 to 2021-06-15)"),
        ("../2021-24", "../2021-24 (open to winter 2021)"),
        ("2021-06", "2021-06"),
        ("2021-06-15/..", "2021-06-15/.."),
    ],
)
def test_seasons_are_said_in_words(text: str, said: str) -> None:
    assert spoken(parse_partial_date(text)) == said


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2021-02-30", "February 2021 has no 30th (it has 28 days)"),
        ("2021-02-29", "February 2021 has no 29th (it has 28 days)"),
        ("2021-04-31/2021-05", "April 2021 has no 31st (it has 30 days)"),
        ("2021-13", "there is no month 13 (01 to 12, or 21 to 24 for a season)"),
        ("2021-00-03", "there is no month 0 (01 to 12)"),
        ("2021-1-5", "write the year with four digits and the month and day with two: 2021-01-05"),
    ],
)
def test_a_bad_date_says_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"'{text}' is not a partial date: {reason}")):
        parse_partial_date(text)


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_no_reason_is_given_against_a_real_day(day: dt.date) -> None:
    assert why_not_a_date(day.isoformat()) is None
