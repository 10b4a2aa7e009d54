"""Fuzzing the loader, the checks and fmt: whatever the bytes, claimtrack answers with its own
diagnostics, never an exception; and whatever loads, fmt lays out without changing its meaning.

A short run is part of every test run; CONTRIBUTING.md gives the command for a long one.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.authoring.fmt import format_text
from claimtrack.engine.check import check_repository
from claimtrack.engine.report import build_report
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.render.report_formats import REPORTER_BY_NAME
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.validate_models import validate_document
from rulekit import claim, repo

SEED = claim(
    "seed",
    {"more_than": 300, "unit": "student"},
    type="quantity",
    subject="uzbek-army",
    property="students",
    status="supported",
    as_of="'2018'",
)[1]
SEEDS = [SEED, claim("event", "'2016-11-29'", place="forish-range")[1]]
INTERESTING = st.sampled_from(
    ["\n", ":", "- ", "  ", "\t", "&a ", "*a", "!!str ", "'", '"', "#", "{", "}", "[", "]", "---\n", "\x85", "\u2028",
     "\ufeff", "\x00", "2016", "-1e9", "null", "~", "? ", "|", ">", "%YAML 1.1\n", "\\"]
)  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A valid claim file with a few structural edits: lines dropped, doubled or swapped, text spliced in."""
    lines = draw(st.sampled_from(SEEDS)).split("\n")
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "swap", "splice", "indent", "dedent"]))
        if action == "drop":
            del lines[where]
        elif action == "double":
            lines.insert(where, lines[where])
        elif action == "swap" and where + 1 < len(lines):
            lines[where], lines[where + 1] = lines[where + 1], lines[where]
        elif action == "splice":
            at = draw(st.integers(0, len(lines[where])))
            piece = draw(st.one_of(INTERESTING, st.text(max_size=6)))
            lines[where] = lines[where][:at] + piece + lines[where][at:]
        elif action == "indent":
            lines[where] = "  " + lines[where]
        elif action == "dedent":
            lines[where] = lines[where].lstrip()
    return "\n".join(lines)


def _load(raw: bytes) -> tuple[Document | Diagnostic, Any]:
    parsed = parse_document(raw, "claims/seed.yaml", "claim")
    if isinstance(parsed, Diagnostic):
        return parsed, None
    model, problems = validate_document(parsed, FileKind.CLAIM)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)
    return parsed, model


@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_document_or_a_located_diagnostic(raw: bytes) -> None:
    parsed, _ = _load(raw)
    if isinstance(parsed, Diagnostic):
        assert parsed.line >= 1
        assert parsed.column >= 1
        assert parsed.code.startswith("CT0")


@given(mutated())
def test_mutated_claims_never_raise_and_fmt_keeps_their_meaning(text: str) -> None:
    _, model = _load(text.encode("utf-8"))
    if model is None:
        return
    try:
        formatted = format_text(text, PurePosixPath("claims/seed.yaml"), FileKind.CLAIM)
    except ValueError:
        return  # fmt's own refusal, reported as CT014: the file is left exactly as it is
    assert _load(formatted.encode("utf-8"))[1] == model
    assert format_text(formatted, PurePosixPath("claims/seed.yaml"), FileKind.CLAIM) == formatted


@pytest.fixture(scope="module")
def fuzz_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return repo(tmp_path_factory.mktemp("fuzz"), claim("other", "'2017'"))


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutated())
def test_the_whole_check_never_raises_on_a_mutated_file(fuzz_root: Path, text: str) -> None:
    (fuzz_root / "claims/seed.yaml").write_text(text, encoding="utf-8")
    result = check_repository(fuzz_root)
    assert all(d.line >= 1 and d.column >= 1 for d in result.validation.diagnostics)
    assert all(f.line >= 1 and f.column >= 1 for f in result.findings)
    report = build_report(result)
    for render in REPORTER_BY_NAME.values():
        assert render(report)
