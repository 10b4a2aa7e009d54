"""entity list, property list and source list: exact text and JSON on a small repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from rulekit import claim, repo, source

runner = CliRunner()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(
        tmp_path,
        claim("s2016", "'2016-11-29'"),
        claim("held", "alice", type="relation", subject="defence-minister", property="held_by"),
        sources=source("a") | source("b", text="Bob held the post."),
    )


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--root", str(root)])
    return result.exit_code, result.output


def test_entity_list_counts_every_way_a_claim_names_an_entity(root: Path) -> None:
    code, output = invoke(root, "entity", "list")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "ID                KIND          CLAIMS    LABEL"
    assert "alice             person        1 claim   Alice" in lines
    assert "defence-minister  post          1 claim   Defence minister" in lines
    assert "farish-range      place         0 claims  Farish range" in lines  # the id whole, never split at "-"
    assert lines[-1] == "12 entities"


def test_property_list_gives_type_and_unit(root: Path) -> None:
    code, output = invoke(root, "property", "list")
    assert code == 0
    assert "helicopters  quantity, single-valued  0 claims  helicopters ordered (helicopter)" in output
    assert "signed_on    event, single-valued     1 claim   signed on" in output
    assert output.endswith("9 properties\n")


def test_source_list_and_every_list_as_json(root: Path) -> None:
    code, output = invoke(root, "source", "list")
    assert code == 0
    assert output.splitlines()[0].split() == ["ID", "PUBLISHED", "CLAIMS", "TITLE"]
    assert output.endswith("2 sources\n")
    for kind, key, count in (("entity", "entities", 12), ("property", "properties", 9), ("source", "sources", 2)):
        code, output = invoke(root, kind, "list", "--format", "json")
        data = json.loads(output)
        assert (code, data["version"], len(data[key])) == (0, 1, count)
    sources = {s["id"]: s for s in data["sources"]}
    assert (sources["a"]["claims"], sources["b"]["claims"], sources["a"]["file"]) == (2, 0, "sources/a.yaml")
