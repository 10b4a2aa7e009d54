"""claimtrack fmt: exact layout, --check, invalid files left alone, and the laws (meaning kept, idempotent)."""

from __future__ import annotations

import random
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from typer.testing import CliRunner

from claimtrack.authoring.fmt import format_text
from claimtrack.cli import app
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.validate_models import adapter, validate_document
from rulekit import repo
from strategies import valid_claims
from test_roundtrip import dump

runner = CliRunner()
MESSY = """\
# Reviewed twice: keep this comment.
evidence:
- quote: signed
  source: a
  stance: supports
modality: asserted
statement: The treaty was signed in 2016.
value: 2016-11
id: messy   # the file's stem
type: event
subject: treaty-mtc
property: signed_on
review: {note: Checked., on: 2026-11-23, by: A. Reviewer}
status: supported
"""
TIDY = """\
# yaml-language-server: $schema=../schemas/claim.schema.json
# Reviewed twice: keep this comment.
id: messy   # the file's stem
type: event
statement: The treaty was signed in 2016.
subject: treaty-mtc
property: signed_on
value: '2016-11'
modality: asserted
status: supported
evidence:
  - source: a
    stance: supports
    quote: signed
review: {by: A. Reviewer, on: '2026-11-23', note: Checked.}
"""


def test_exact_layout_keeps_comments_and_wording() -> None:
    assert format_text(MESSY, PurePosixPath("claims/messy.yaml"), FileKind.CLAIM) == TIDY


def test_check_then_write_then_nothing_left(tmp_path: Path) -> None:
    root = repo(tmp_path, ("claims/messy.yaml", MESSY.replace("quote: signed", "quote: Alpha")))
    result = runner.invoke(app, ["fmt", "--check", "--root", str(root)])
    assert (result.exit_code, result.output.splitlines()[0]) == (1, "would reformat claims/messy.yaml")
    assert (root / "claims/messy.yaml").read_text(encoding="utf-8").startswith("# Reviewed twice")
    result = runner.invoke(app, ["fmt", "--root", str(root)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "reformatted claims/messy.yaml"
    assert (root / "claims/messy.yaml").read_text(encoding="utf-8") == TIDY.replace("quote: signed", "quote: Alpha")
    result = runner.invoke(app, ["fmt", "--check", "--root", str(root)])
    assert result.exit_code == 0
    assert result.output.startswith("0 file(s) would reformat")


def test_an_invalid_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    root = repo(tmp_path, ("claims/broken.yaml", "id: [\n"))
    result = runner.invoke(app, ["fmt", "--root", str(root)])
    assert result.exit_code == 1
    assert result.output.startswith("claims/broken.yaml:2:1: CT004 invalid YAML")
    assert (root / "claims/broken.yaml").read_text(encoding="utf-8") == "id: [\n"


def _model(text: str) -> Any:
    parsed = parse_document(text.encode("utf-8"), "claims/x.yaml", "claim")
    assert isinstance(parsed, Document), parsed
    model, problems = validate_document(parsed, FileKind.CLAIM)
    assert [p for p in problems if p.code != "CT013"] == []
    return model


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(valid_claims, st.randoms(use_true_random=False))
def test_formatting_keeps_meaning_and_is_idempotent(document: dict[str, Any], rnd: random.Random) -> None:
    try:
        model = adapter(FileKind.CLAIM).validate_python(document)
    except ValidationError:
        assume(False)
        return
    written = adapter(FileKind.CLAIM).dump_python(model, mode="json", exclude_none=True)
    keys = list(written)
    rnd.shuffle(keys)
    text = dump({k: written[k] for k in keys}).decode("utf-8")
    once = format_text(text, PurePosixPath("claims/x.yaml"), FileKind.CLAIM)
    assert _model(once) == model
    assert format_text(once, PurePosixPath("claims/x.yaml"), FileKind.CLAIM) == once


def _with_comments(text: str, rnd: random.Random) -> tuple[str, list[str]]:
    """``text`` with full-line comments inserted before random lines, at that line's indentation."""
    lines = text.splitlines()
    comments = []
    for number in range(rnd.randint(1, 4)):
        at = rnd.randint(0, len(lines))
        neighbour = lines[at] if at < len(lines) else ""
        indent = neighbour[: len(neighbour) - len(neighbour.lstrip())]
        comment = f"# remark {number}: keep me"
        lines.insert(at, indent + comment)
        comments.append(comment)
    return "\n".join(lines) + "\n", comments


def _wide_dump(data: dict[str, Any]) -> str:
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.width = 1_000_000
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(valid_claims, st.randoms(use_true_random=False))
def test_formatting_keeps_every_comment_line(document: dict[str, Any], rnd: random.Random) -> None:
    try:
        model = adapter(FileKind.CLAIM).validate_python(document)
    except ValidationError:
        assume(False)
        return
    written = adapter(FileKind.CLAIM).dump_python(model, mode="json", exclude_none=True)
    keys = list(written)
    rnd.shuffle(keys)
    text, comments = _with_comments(_wide_dump({k: written[k] for k in keys}), rnd)
    parsed = parse_document(text.encode("utf-8"), "claims/x.yaml", "claim")
    assume(isinstance(parsed, Document) and validate_document(parsed, FileKind.CLAIM)[0] == model)
    formatted = format_text(text, PurePosixPath("claims/x.yaml"), FileKind.CLAIM)
    kept = [line.strip() for line in formatted.splitlines() if line.lstrip().startswith("#")]
    assert [c for c in comments if c not in kept] == []
    assert format_text(formatted, PurePosixPath("claims/x.yaml"), FileKind.CLAIM) == formatted


def test_a_number_form_that_is_no_number_is_left_alone_with_a_reason(tmp_path: Path) -> None:
    # The loader reads `+_` as a string (issue 18, A1); the round-trip constructor fails on it.
    from rulekit import claim

    path, text = claim("odd")
    text = text.replace("statement: Claim odd.", "statement: +_").replace("id: odd", "\nid: odd")
    root = repo(tmp_path, (path, text))
    result = runner.invoke(app, ["fmt", "--root", str(root)])
    assert result.exit_code == 1
    assert result.output.startswith(
        "claims/odd.yaml:1:1: CT014 cannot format: the round-trip YAML parser cannot read a number in it"
    )
    assert (root / path).read_text(encoding="utf-8") == text


def _order_cases() -> list[tuple[str, tuple[str, ...], list[type[Any]]]]:
    from claimtrack.authoring import fmt
    from claimtrack.model.claims import (
        AssessmentClaim,
        AttributionClaim,
        EventClaim,
        Evidence,
        QuantityClaim,
        RelationClaim,
        Review,
        Said,
    )
    from claimtrack.model.quantities import ApproximateQuantity, BoundedQuantity, ExactQuantity
    from claimtrack.model.sources import Correction, Source
    from claimtrack.model.vocabulary import Entity, Property

    claims: list[type[Any]] = [EventClaim, QuantityClaim, RelationClaim, AttributionClaim, AssessmentClaim]
    return [
        ("claim", fmt.CLAIM_ORDER, claims),
        ("source", fmt.SOURCE_ORDER, [Source]),
        ("evidence", fmt.NESTED_ORDER["evidence"], [Evidence]),
        ("review", fmt.NESTED_ORDER["review"], [Review]),
        ("said", fmt.NESTED_ORDER["said"], [Said]),
        ("corrects", fmt.NESTED_ORDER["corrects"], [Correction]),
        ("quantity", fmt.NESTED_ORDER["value"], [ExactQuantity, ApproximateQuantity, BoundedQuantity]),
        ("property", fmt.NESTED_ORDER["properties"], [Property]),
        ("entity", fmt.NESTED_ORDER["entities"], [Entity]),
    ]


@pytest.mark.parametrize(("name", "order", "models"), _order_cases(), ids=lambda case: str(case))
def test_fmt_orders_keys_as_the_models_declare_them(name: str, order: tuple[str, ...], models: list[type[Any]]) -> None:
    """Every field of every model is in fmt's order and nothing else is; each model's fields come in the order
    the model declares them, but for claims, whose fields are declared by a base class and then each type's
    (fmt writes a claim's identity first: id, type, statement, subject, property, value)."""
    fields = [list(model.model_fields) for model in models]
    assert set(order) == {f for declared in fields for f in declared}, name
    if name == "claim":
        return
    for model, declared in zip(models, fields, strict=True):
        assert [key for key in order if key in declared] == declared, model.__name__
