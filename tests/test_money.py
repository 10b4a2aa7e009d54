"""Money as a reader reads it: the sum in groups of three, and the currency's code."""

from __future__ import annotations

import pytest

from claimtrack.engine.compare import describe_quantity
from claimtrack.model.quantities import ExactQuantity


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (214_000_000, "dollars", "214,000,000 dollars"),
        (214_000_000, "US dollars", "214,000,000 USD"),
        (214_000_000, "USD", "214,000,000 USD"),
        (40, "million euro", "40,000,000 EUR"),
        (2500.5, "EUR", "2,500.5 EUR"),
        (214_000_000, "person", "214000000 people"),  # counts keep their digits as written
    ],
)
def test_money_has_separators_and_its_currency(value: float, unit: str, shown: str) -> None:
    assert describe_quantity(ExactQuantity.model_validate({"exactly": value, "unit": unit})) == shown
