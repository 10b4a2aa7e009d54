"""A property of the whole loader (issue 18): whatever bytes a claim, source or vocabulary file holds,
under whatever name, validating and checking finish with problems as values (the CLI's exit 0 or 1,
never 3), and every problem has a place: a path of the repository, a line and a column from 1.

The bytes are YAML-ish on purpose: claim files with one value or key replaced by numeric edge forms,
deep nesting, long digit runs, tags, control characters; or raw bytes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.engine.check import check_repository
from claimtrack.render.check_lines import render_check_text
from claimtrack.repository.validate import validate_repository
from rulekit import claim, repo

NUMERIC = st.sampled_from(
    ["+_", "-_", "0x_", "0o_", "0b_", "._", "-._", "._e+1", "0x1F", "1_000", "-0b101", ".inf", "-.nan", "1e400"]
)
DIGITS = st.integers(1, 6000).map(lambda n: "9" * n) | st.integers(1, 5000).map(lambda n: "0x" + "f" * n)
NESTING = st.tuples(st.sampled_from(["[", "{a: ", "- "]), st.integers(1, 40_000)).map(
    lambda pair: pair[0] * pair[1] + ("]" * pair[1] if pair[0] == "[" else "}" * pair[1] if pair[0] == "{a: " else "x")
)
TAGGED = st.sampled_from(["!!python/object/apply:os.system [id]", "!custom x", "!!binary aGk=", "&a [1]", "*a"])
CONTROL = st.text(st.characters(max_codepoint=0x9F), max_size=12).map(
    lambda t: '"' + t.encode("unicode_escape").decode() + '"'
)
VALUE = NUMERIC | DIGITS | NESTING | TAGGED | CONTROL | st.text(max_size=30)
KEY = st.sampled_from(["value", "!custom value", "!!python/name:os.system value", "? [a]", "<<", "1", "'id'"])


@st.composite
def claim_bytes(draw: st.DrawFn) -> bytes:
    text = claim("c")[1]
    if draw(st.booleans()):
        text = text.replace("value: '2016-11-29'", f"value: {draw(VALUE)}")
    if draw(st.booleans()):
        text += f"{draw(KEY)}: {draw(VALUE)}\n"
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(max_size=8)) + data[position:]
    return data


CONTENT = claim_bytes() | st.binary(max_size=200)
NAME = st.sampled_from(["c", "odd name", "hash#x", "line\n2:5: CT111", "tab\tname", "q?x", "caf\u00e9", "dash-"])
WHERE = st.sampled_from(["claims", "claims/topic", "sources", "vocabulary/entities", "vocabulary"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(CONTENT, NAME, WHERE)
def test_any_file_gives_located_problems_and_never_stops_the_run(content: bytes, name: str, where: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-property-"))
    try:
        root = repo(folder, claim("good"))
        target = root / where / f"{name}.yaml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        files |= {p.relative_to(root).as_posix() + "/" for p in root.rglob("*") if p.is_dir()}
        for result in (validate_repository(root), check_repository(root).validation):
            for problem in result.diagnostics:
                assert problem.path in files, problem
                assert problem.line >= 1, problem
                assert problem.column >= 1, problem
        printed = render_check_text(check_repository(root))
        assert all(line.isprintable() for line in printed.splitlines()), printed
    finally:
        shutil.rmtree(folder)


@pytest.mark.skipif(os.name != "posix", reason="names that are not UTF-8 are a POSIX file system's")
def test_a_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("good"))
    (root / os.fsdecode(b"claims/\xff.yaml")).write_bytes(b"id: x\n")
    printed = render_check_text(check_repository(root))
    assert "claims/\\xff.yaml:1:1: CT013" in printed
