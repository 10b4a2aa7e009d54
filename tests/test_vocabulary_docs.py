"""docs/vocabulary.md is generated from the models, every field is described, and messages point to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.vocabulary_docs import MODELS, render_vocabulary_markdown
from claimtrack.cli import app
from rulekit import claim, repo

DOCS = Path(__file__).resolve().parents[1] / "docs" / "vocabulary.md"
runner = CliRunner()


def test_docs_page_is_generated_from_the_models() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_vocabulary_markdown(), (
        "docs/vocabulary.md is stale: run 'claimtrack vocabulary > docs/vocabulary.md'"
    )
    assert runner.invoke(app, ["vocabulary"]).output == render_vocabulary_markdown()


@pytest.mark.parametrize("section", sorted(MODELS))
def test_every_field_has_a_description_and_a_note_on_the_rules(section: str) -> None:
    model, rules = MODELS[section]
    undescribed = [name for name, info in model.model_fields.items() if not info.description]
    assert undescribed == [], f"give these {model.__name__} fields a Field(description=...)"
    assert set(rules) == set(model.model_fields), (
        f"say in vocabulary_docs.py what each {model.__name__} field does to the rules, and nothing more"
    )
    page = render_vocabulary_markdown()
    for name, info in model.model_fields.items():
        assert f"### {section}: `{name}`" in page
        assert str(info.description) in page
        assert rules[name] in page


def test_unknown_property_and_entity_say_where_the_vocabulary_is(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", subject="nobody", property="signed_in"))
    output = runner.invoke(app, ["validate", "--root", str(root)]).output
    assert output.splitlines()[:2] == [
        "claims/c.yaml:5:10: CT114 unknown entity 'nobody' (entities live in vocabulary/entities/: "
        "'claimtrack entity add' adds one, 'claimtrack vocabulary' explains the fields)",
        "claims/c.yaml:6:11: CT113 unknown property 'signed_in'; did you mean 'signed_on'? (properties live in "
        "vocabulary/properties.yaml: 'claimtrack property add' adds one, 'claimtrack vocabulary' explains the fields)",
    ]
