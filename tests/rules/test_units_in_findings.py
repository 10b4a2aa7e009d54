"""Quantities in different units as the rules see them: compared in one unit, and named in one unit."""

from __future__ import annotations

from pathlib import Path

from rulekit import PROPERTIES, claim, found, messages, repo

CODE = "CT201"
UNIT_PROPERTIES = PROPERTIES + (
    "  - {id: length, label: length, claim_type: quantity, single_valued: true}\n"
    "  - {id: cost, label: cost, claim_type: quantity, single_valued: true}\n"
    "  - {id: passengers, label: passengers, claim_type: quantity, single_valued: true}\n"
)
LINE = {"type": "quantity", "subject": "treaty-mtc", "property": "length"}
COST = {"type": "quantity", "subject": "treaty-mtc", "property": "cost"}
PASSENGERS = {"type": "quantity", "subject": "treaty-mtc", "property": "passengers"}


def _repo(root: Path, *claims: tuple[str, str]) -> Path:
    repo(root, *claims)
    (root / "vocabulary" / "properties.yaml").write_text(UNIT_PROPERTIES, encoding="utf-8")
    return root


def test_one_length_in_miles_and_in_kilometres_is_silent(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("line-312-km", {"exactly": 312, "unit": "kilometre"}, **LINE),
        claim("line-194-miles", {"exactly": 194, "unit": "mile"}, **LINE),
    )
    assert found(root, CODE) == []


def test_two_lengths_in_two_units_conflict_and_the_message_gives_both_in_one_unit(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("line-312-km", {"exactly": 312, "unit": "kilometre"}, **LINE),
        claim("line-214-miles", {"exactly": 214, "unit": "mile"}, **LINE),
    )
    assert found(root, CODE) == [("claims/line-214-miles.yaml", 8, 3, "open")]
    assert messages(root, CODE) == [
        "treaty-mtc length: 2 claims give values that cannot all be true: "
        "214 miles (line-214-miles, unreviewed) and 312 kilometres (193.9 miles) (line-312-km, unreviewed)"
    ]


def test_money_in_two_currencies_is_never_compared(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("cost-eur", {"exactly": 2.5, "unit": "billion euro"}, **COST),
        claim("cost-usd", {"exactly": 2.5, "unit": "billion US dollar"}, **COST),
        claim("cost-usd-loose", {"exactly": 9, "unit": "billion dollar"}, **COST),
    )
    assert found(root, CODE) == []


def test_money_in_one_currency_compares_with_its_scale_normalised(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("cost-2-5-billion", {"exactly": 2.5, "unit": "billion euro"}, **COST),
        claim("cost-2-48-billion", {"exactly": 2_480_000_000, "unit": "euro"}, **COST),
        claim("cost-3-1-billion", {"exactly": 3_100_000_000, "unit": "EUR"}, **COST),
    )
    assert messages(root, CODE) == [
        "treaty-mtc cost: 3 claims give values that cannot all be true: "
        "2,480,000,000 EUR (cost-2-48-billion, unreviewed), "
        "2,500,000,000 EUR (cost-2-5-billion, unreviewed) and "
        "3,100,000,000 EUR (cost-3-1-billion, unreviewed)"
    ]


def test_a_rate_and_a_total_are_silent_and_two_rates_compare(tmp_path: Path) -> None:
    silent = _repo(
        tmp_path / "silent",
        claim("passengers-a-year", {"exactly": 7.5, "unit": "million passenger", "per": "year"}, **PASSENGERS),
        claim("passengers-in-total", {"exactly": 31_000_000, "unit": "passenger"}, **PASSENGERS),
        claim("passengers-a-day", {"about": 20_000, "unit": "passenger", "per": "day"}, **PASSENGERS),
    )
    assert found(silent, CODE) == []
    fires = _repo(
        tmp_path / "fires",
        claim("passengers-a-year", {"exactly": 7.5, "unit": "million passenger", "per": "year"}, **PASSENGERS),
        claim("passengers-a-day", {"exactly": 31_000, "unit": "passenger", "per": "day"}, **PASSENGERS),
    )
    assert messages(fires, CODE) == [
        "treaty-mtc passengers: 2 claims give values that cannot all be true: "
        "31000 passengers a day (passengers-a-day, unreviewed) and "
        "7.5 million passengers a year (20530 passengers a day) (passengers-a-year, unreviewed)"
    ]


def test_a_property_counted_in_kilometres_takes_miles_but_not_minutes(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        claim("line-194-miles", {"exactly": 194, "unit": "mile"}, **LINE),
        claim("line-90-minutes", {"exactly": 90, "unit": "minute"}, **LINE),
    )
    text = (root / "vocabulary" / "properties.yaml").read_text(encoding="utf-8")
    text = text.replace("{id: length, label: length,", "{id: length, label: length, unit: kilometre,")
    (root / "vocabulary" / "properties.yaml").write_text(text, encoding="utf-8")
    from claimtrack.engine.check import check_repository

    problems = check_repository(root).validation.diagnostics
    assert [(p.code, p.path, p.message) for p in problems] == [
        ("CT115", "claims/line-90-minutes.yaml", "property 'length' is counted in 'kilometre', not 'minute'")
    ]
