"""`claimtrack new --value` for quantities: ranges, two bounds, rates and the mapping draft writes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.authoring.new_files import AuthoringError, parse_quantity
from claimtrack.cli import app
from claimtrack.repository.discover import FileKind
from claimtrack.repository.validate_models import adapter

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12", {"exactly": 12}),
        ("up to 40 million", {"at_most": 40_000_000}),
        ("between 40 and 50", {"at_least": 40, "at_most": 50}),
        ("40 to 50", {"at_least": 40, "at_most": 50}),
        ("40-50", {"at_least": 40, "at_most": 50}),
        ("40–50", {"at_least": 40, "at_most": 50}),
        ("from 2 to 3 million", {"at_least": 2_000_000, "at_most": 3_000_000}),
        ("more than 40 and less than 50", {"more_than": 40, "less_than": 50}),
        ("at least 1,200 and at most 1,500", {"at_least": 1200, "at_most": 1500}),
        ("7.5 million a year", {"exactly": 7_500_000, "per": "year"}),
        ("about 20,000 per day", {"about": 20_000, "per": "day"}),
        ("between 4 and 6 each week", {"at_least": 4, "at_most": 6, "per": "week"}),
        ("1,200 annually", {"exactly": 1200, "per": "year"}),
        ("{at_least: 40, at_most: 50}", {"at_least": 40, "at_most": 50}),
        ("more_than: 200, per: day", {"more_than": 200, "per": "day"}),
    ],
)
def test_a_typed_quantity_is_the_mapping_a_claim_file_writes(text: str, value: dict[str, Any]) -> None:
    parsed = parse_quantity(text, "passenger")
    per = value.pop("per", None)
    assert parsed == value | {"unit": "passenger"} | ({"per": per} if per else {})
    assert list(parsed)[-2 if per else -1] == "unit"


@pytest.mark.parametrize(
    "text", ["12 and 13", "more than 40 and more than 50", "300 a fortnight", "{exactly: many}", "lots"]
)
def test_what_is_not_a_quantity_is_refused_with_the_forms_it_may_take(text: str) -> None:
    with pytest.raises(AuthoringError, match="a range \\(between 40 and 50, 40 to 50\\)"):
        parse_quantity(text, "passenger")


def test_a_range_written_backwards_is_refused() -> None:
    with pytest.raises(AuthoringError, match="'50 to 40': the range's first number is larger than its second"):
        parse_quantity("50 to 40", "passenger")


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("$8.8 billion", "USD", {"exactly": 8_800_000_000, "unit": "USD"}),
        ("50 million euros", "euro", {"exactly": 50_000_000, "unit": "euro"}),
        ("between 5 and 7 percent", "percent", {"at_least": 5, "at_most": 7, "unit": "percent"}),
        ("1 hour 52 minutes", "hour", {"exactly": 112, "unit": "minute"}),
        ("194 miles", "kilometre", {"exactly": 194, "unit": "mile"}),
        ("7.5 million passengers a year", "passenger", {"exactly": 7_500_000, "unit": "passenger", "per": "year"}),
    ],
)
def test_a_quantity_as_an_article_writes_it_keeps_a_unit_that_converts(
    text: str, unit: str, value: dict[str, Any]
) -> None:
    assert parse_quantity(text, unit) == value


def test_a_quantity_in_a_unit_that_does_not_convert_is_refused() -> None:
    with pytest.raises(
        AuthoringError, match=re.escape("'$8.8 billion' counts 'USD', which does not convert into 'euro'")
    ):
        parse_quantity("$8.8 billion", "euro")


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(["between {} and {}", "{} to {}", "{}-{}", "from {} to {}"]),
)
def test_every_range_in_order_is_a_valid_bounded_quantity(a: int, b: int, form: str) -> None:
    low, high = sorted((a, b))
    value = parse_quantity(form.format(f"{low:,}", high), "passenger")
    assert value == {"at_least": low, "at_most": high, "unit": "passenger"}
    claim = {
        "id": "c", "type": "quantity", "statement": "S.", "subject": "s", "property": "p", "value": value,
        "modality": "asserted", "evidence": [{"source": "a", "stance": "supports", "quote": "q"}],
    }  # fmt: skip
    adapter(FileKind.CLAIM).validate_python(claim)


def test_new_writes_a_range_and_a_rate(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    (tmp_path / "a.txt").write_text("Between 40 and 50 people marched; 7.5 million passengers a year.\n", "utf-8")
    runner.invoke(app, ["source", "add", str(tmp_path / "a.txt"), "--id", "a", "--root", str(root)])
    runner.invoke(
        app, ["entity", "add", "--id", "march", "--kind", "event", "--label", "The march", "--root", str(root)]
    )
    args = ["new", "--subject", "march", "--statement", "S.", "--root", str(root)]
    result = runner.invoke(
        app, [*args, "--property", "people_taking_part", "--value", "between 40 and 50", "--evidence", "a:supports:40"]
    )
    assert result.output == "wrote claims/march/march-people-taking-part-at-least-40-at-most-50.yaml\n"
    written = (root / "claims/march/march-people-taking-part-at-least-40-at-most-50.yaml").read_text("utf-8")
    assert "value:\n  at_least: 40\n  at_most: 50\n  unit: person\n" in written
    rate = ["--property", "amount", "--unit", "passenger", "--value", "7.5 million a year", "--id", "rate"]
    result = runner.invoke(app, [*args, *rate, "--evidence", "a:supports:7.5 million passengers a year"])
    assert result.output == "wrote claims/march/rate.yaml\n"
    assert "value:\n  exactly: 7500000\n  unit: passenger\n  per: year\n" in (
        root / "claims/march/rate.yaml"
    ).read_text("utf-8")
