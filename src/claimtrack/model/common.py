"""Field types shared by the models, each with a JSON Schema that accepts exactly what pydantic accepts."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    PlainValidator,
    Strict,
    WithJsonSchema,
)

from claimtrack.model.partial_dates import PARTIAL_DATE_PATTERN, PartialDate, coerce_partial_date

# Lower-case ASCII only: ids are file names, and must neither collide on
# case-insensitive file systems nor hide look-alike letters.
IDENTIFIER_PATTERN = r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$(?!\n)"
_IDENTIFIER = re.compile(IDENTIFIER_PATTERN)
IDENTIFIER_MAX_LENGTH = 120


class StrictModel(BaseModel):
    """No coercion and no unknown fields: a file means what it says or is rejected."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


def empty_list() -> list[Any]:
    """The default of a list field. (Not ``list``: pydantic inspects a default factory's signature, and
    reading a built-in's compiles the tokenizer's patterns, some 4 ms of a one-file run's start-up.)"""
    return []


LAX = Strict(False)
"""Marks an enum field that accepts its values as strings, as files write them."""


def _check_identifier(value: str) -> str:
    if len(value) > IDENTIFIER_MAX_LENGTH:
        raise ValueError(f"an id has at most {IDENTIFIER_MAX_LENGTH} characters")
    if not _IDENTIFIER.search(value):
        raise ValueError(f"'{value}' is not an id: use lower-case ASCII letters and digits, joined by single - or _")
    return value


Identifier = Annotated[
    str,
    AfterValidator(_check_identifier),
    WithJsonSchema({"type": "string", "pattern": IDENTIFIER_PATTERN, "maxLength": IDENTIFIER_MAX_LENGTH}),
]


def matching(pattern: str, description: str) -> tuple[AfterValidator, WithJsonSchema]:
    """Check a string with Python's ``re.search`` against the same pattern its JSON Schema gives."""
    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.search(value):
            raise ValueError(f"'{value}' is not {description}")
        return value

    return AfterValidator(check), WithJsonSchema({"type": "string", "pattern": pattern})


_NOT_BLANK = re.compile(r"\S")


def _check_text(value: str) -> str:
    if not _NOT_BLANK.search(value):
        raise ValueError("must not be blank")
    return value


Text = Annotated[str, AfterValidator(_check_text), WithJsonSchema({"type": "string", "pattern": r"\S"})]


def _to_partial_date(value: Any) -> PartialDate:
    return coerce_partial_date(value)


PartialDateField = Annotated[
    PartialDate,
    PlainValidator(_to_partial_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": PARTIAL_DATE_PATTERN,
            "description": (
                "An EDTF date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-21..24 for a season (or EDTF level 2 parts of a year, 25..41), optionally with ~, ? or %; or an interval A/B, ../B, A/.."
            ),
        }
    ),
]


def _reject_null(value: Any) -> Any:
    if value is None:
        raise ValueError("leave the field out rather than setting it to null")
    return value


Number = float
OmittableNumber = Annotated[float | None, BeforeValidator(_reject_null), WithJsonSchema({"type": "number"})]
