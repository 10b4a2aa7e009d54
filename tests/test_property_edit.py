"""`claimtrack property edit ID`: a property made single-valued (so that two sources' differing values conflict),
many-valued again, relabelled or described where it stands, every other entry and comment of its file kept;
refused with nothing written for an unknown id, an empty label, or nothing to change."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.engine.check import check_repository
from helpers import invoke
from rulekit import PROPERTIES, claim, repo

DRAFTED = "  # Proposed by claimtrack draft.\n  - {id: confirmed_on, label: confirmed on, claim_type: event}\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = repo(
        tmp_path,
        claim("c1", "'2019-11-16'", subject="exercise", property="confirmed_on"),
        claim("c2", "'2019-11-17'", subject="exercise", property="confirmed_on"),
    )
    (root / "vocabulary/properties.yaml").write_text(PROPERTIES + DRAFTED, encoding="utf-8")
    return root


def _conflicts(root: Path) -> list[str]:
    return [f.code for f in check_repository(root).findings if f.code == "CT201"]


def _properties(root: Path) -> str:
    return (root / "vocabulary/properties.yaml").read_text(encoding="utf-8")


def test_a_drafted_property_made_single_valued_shows_the_sources_disagreeing(root: Path) -> None:
    assert _conflicts(root) == []  # many-valued: a subject may be confirmed on several days
    assert invoke(root, "property", "edit", "confirmed_on", "--single-valued") == (
        0,
        "wrote vocabulary/properties.yaml\n  single_valued: false -> true\n",
        "",
    )
    assert "  # Proposed by claimtrack draft.\n" in _properties(root)  # the comment is kept
    assert "single_valued: true" in _properties(root).split("confirmed_on", 1)[1]
    assert _conflicts(root) == ["CT201"]
    assert invoke(root, "property", "edit", "confirmed_on", "--single-valued") == (
        0,
        "vocabulary/properties.yaml: property 'confirmed_on' already says so; nothing changed\n",
        "",
    )
    assert invoke(root, "property", "edit", "confirmed_on", "--many-valued")[1] == (
        "wrote vocabulary/properties.yaml\n  single_valued: true -> false\n"
    )
    assert _properties(root).endswith(DRAFTED)  # false is the default, so the field goes
    assert _conflicts(root) == []


def test_a_label_and_a_description_change_and_an_empty_description_goes(root: Path) -> None:
    code, out, _ = invoke(
        root, "property", "edit", "confirmed_on", "--label", "case confirmed on", "--description", "A case's day."
    )
    assert (code, out) == (
        0,
        "wrote vocabulary/properties.yaml\n  label: confirmed on -> case confirmed on\n"
        "  description: (none) -> A case's day.\n",
    )
    assert invoke(root, "property", "edit", "confirmed_on", "--description", "")[1] == (
        "wrote vocabulary/properties.yaml\n  description: A case's day. -> (none)\n"
    )
    assert invoke(root, "validate")[0] == 0
    assert invoke(root, "fmt", "--check", str(root / "vocabulary/properties.yaml"))[0] == 0


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (["confirmd_on", "--single-valued"], 2, "claimtrack: unknown property 'confirmd_on'; did you mean 'confirmed_on'?\n"),
        (["confirmed_on", "--label", " "], 1, "claimtrack: a property's label cannot be empty\n"),
        (
            ["confirmed_on"],
            2,
            "claimtrack: property edit: give what to change: --single-valued/--many-valued, --label or --description\n",
        ),
    ],
)  # fmt: skip
def test_a_refused_edit_writes_nothing(root: Path, args: list[str], code: int, error: str) -> None:
    before = _properties(root)
    assert invoke(root, "property", "edit", *args) == (code, "", error)
    assert _properties(root) == before
