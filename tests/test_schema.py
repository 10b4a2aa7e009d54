from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from pydantic import ValidationError

from claimtrack.repository.discover import FileKind
from claimtrack.repository.schemas import build_schema, render_schemas, stale_schemas
from claimtrack.repository.validate_models import adapter, validator_for
from strategies import claims, mutated, sources

REPOSITORY = Path(__file__).resolve().parents[1]
VALIDATORS = {
    kind: (
        jsonschema.Draft202012Validator(build_schema(kind)),
        # The YAML language server understands JSON Schema up to Draft 7: the verdicts must hold there too.
        jsonschema.Draft7Validator({**build_schema(kind), "$schema": "http://json-schema.org/draft-07/schema#"}),
    )
    for kind in FileKind
}


def pydantic_accepts(kind: FileKind, document: Any) -> bool:
    try:
        adapter(kind).validate_python(document)
    except ValidationError:
        return False
    return True


def assert_same_verdict(kind: FileKind, document: Any) -> None:
    expected = pydantic_accepts(kind, document)
    for validator in VALIDATORS[kind]:
        assert validator.is_valid(document) is expected, (type(validator).__name__, document)


@settings(max_examples=400)
@given(mutated(claims))
def test_claim_schema_agrees_with_the_model(document: Any) -> None:
    assert_same_verdict(FileKind.CLAIM, document)


@settings(max_examples=200)
@given(mutated(sources))
def test_source_schema_agrees_with_the_model(document: Any) -> None:
    assert_same_verdict(FileKind.SOURCE, document)


@pytest.mark.parametrize(
    ("document", "valid"),
    [
        ({"exactly": 12, "unit": "helicopter"}, True),
        ({"more_than": 300, "unit": "student"}, True),
        ({"more_than": 300, "at_least": 300, "unit": "student"}, False),
        ({"unit": "student"}, False),
        ({"more_than": None, "unit": "student"}, False),
        ({"about": 50, "tolerance": -1, "unit": "x"}, False),
        ({"exactly": True, "unit": "x"}, False),
    ],
)
def test_quantity_edge_cases_agree(document: dict[str, Any], valid: bool) -> None:
    claim = {
        "id": "q",
        "type": "quantity",
        "statement": "s",
        "subject": "s",
        "property": "p",
        "modality": "asserted",
        "value": document,
        "evidence": [{"source": "s", "stance": "supports", "quote": "q"}],
    }
    assert pydantic_accepts(FileKind.CLAIM, claim) is valid
    assert_same_verdict(FileKind.CLAIM, claim)


def test_type_is_required_in_the_schema() -> None:
    for definition in build_schema(FileKind.CLAIM)["$defs"].values():
        if "type" in definition.get("properties", {}) and definition["title"].endswith("Claim"):
            assert "type" in definition["required"]


def test_schemas_are_valid_draft_2020_12_and_draft_7() -> None:
    for kind in FileKind:
        jsonschema.Draft202012Validator.check_schema(build_schema(kind))
        jsonschema.Draft7Validator.check_schema(build_schema(kind))


def test_repository_schemas_are_up_to_date() -> None:
    assert stale_schemas(REPOSITORY / "schemas") == []


def test_rendering_is_deterministic() -> None:
    assert render_schemas() == render_schemas()
    assert json.loads(render_schemas()["claim.schema.json"])["$schema"].endswith("2020-12/schema")


def _outcome(validator: Any, document: Any, tagged: bool) -> object:
    """A model, or the errors as (type, place, message); the union's errors start with the claim type."""
    try:
        return validator.validate_python(document)
    except ValidationError as error:
        return sorted(
            (e["type"], repr(e["loc"][1:] if tagged and e["loc"] else e["loc"]), e["msg"]) for e in error.errors()
        )


@settings(max_examples=400)
@given(mutated(claims))
def test_a_claim_validated_by_its_type_as_by_the_union(document: Any) -> None:
    """Only the model of a claim's own type is built to validate it: its verdict and errors are the union's."""
    chosen = validator_for(FileKind.CLAIM, document)
    union = adapter(FileKind.CLAIM).validator
    tagged = chosen is not union
    assert _outcome(chosen, document, False) == _outcome(union, document, tagged)
