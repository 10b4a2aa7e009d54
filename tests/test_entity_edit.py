"""`claimtrack entity edit ID`: an entity's kind, label, aliases or description changed where it stands, every other
entry and comment of its file kept; refused with nothing written for an unknown id, a kind that is none, a name
another entity has, or a kind a relation claim naming it could not take."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import invoke
from rulekit import claim, repo

ENTITIES = """\
# yaml-language-server: $schema=../../schemas/entities.schema.json
# Proposed by claimtrack draft: check each kind.
entities:
  - id: velmar
    kind: other  # a town or a company? the article does not say
    label: Velmar
    description: Named in harbour-news, line 3.

  # The ferry operator.
  - id: lyse-lines
    kind: organisation
    label: Lyse Lines
    aliases: [Lyse]
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = repo(tmp_path, claim("m", "csto", type="relation", subject="uzbekistan", property="member_of"))
    (root / "vocabulary/entities/drafted.yaml").write_text(ENTITIES, encoding="utf-8")
    return root


def _drafted(root: Path) -> str:
    return (root / "vocabulary/entities/drafted.yaml").read_text(encoding="utf-8")


def test_the_kind_and_aliases_change_where_the_entity_stands(root: Path) -> None:
    assert invoke(
        root, "entity", "edit", "velmar", "--kind", "place", "--alias", "Velmar town", "--alias", "Velmr"
    ) == (
        0,
        "wrote vocabulary/entities/drafted.yaml\n  kind: other -> place\n  aliases: (none) -> Velmar town, Velmr\n",
        "",
    )
    assert _drafted(root) == ENTITIES.replace(
        "    label: Velmar\n", "    label: Velmar\n    aliases: [Velmar town, Velmr]\n"
    ).replace("kind: other  #", "kind: place  #")
    assert invoke(root, "validate") == (0, "5 files valid\n", "")
    assert invoke(root, "fmt", "--check", str(root / "vocabulary/entities/drafted.yaml"))[0] == 0


def test_a_label_and_a_description_change_and_an_empty_one_goes(root: Path) -> None:
    assert invoke(
        root,
        "entity",
        "edit",
        "lyse-lines",
        "--label",
        "Lyse Ferry Lines",
        "--alias",
        "",
        "--description",
        "The operator.",
    ) == (
        0,
        "wrote vocabulary/entities/drafted.yaml\n"
        "  label: Lyse Lines -> Lyse Ferry Lines\n"
        "  aliases: Lyse -> (none)\n"
        "  description: (none) -> The operator.\n",
        "",
    )
    assert _drafted(root).endswith(
        "  # The ferry operator.\n  - id: lyse-lines\n    kind: organisation\n    label: Lyse Ferry Lines\n"
        "    description: The operator.\n"
    )
    assert invoke(root, "entity", "edit", "velmar", "--description", "")[1] == (
        "wrote vocabulary/entities/drafted.yaml\n  description: Named in harbour-news, line 3. -> (none)\n"
    )
    assert "Named in" not in _drafted(root)


def test_an_entry_written_on_one_line_stays_on_one_line(root: Path) -> None:
    assert invoke(root, "entity", "edit", "alice", "--kind", "post")[0] == 0
    entities = (root / "vocabulary/entities/all.yaml").read_text(encoding="utf-8")
    assert "  - {id: alice, kind: post, label: Alice}\n" in entities


def test_nothing_to_change_says_so(root: Path) -> None:
    assert invoke(root, "entity", "edit", "velmar", "--kind", "other", "--label", "Velmar") == (
        0,
        "vocabulary/entities/drafted.yaml: entity 'velmar' already says so; nothing changed\n",
        "",
    )
    assert _drafted(root) == ENTITIES


@pytest.mark.parametrize(
    ("args", "code", "error"),
    [
        (["velmr", "--kind", "place"], 2, "claimtrack: unknown entity 'velmr'; did you mean 'velmar'?\n"),
        (["velmar"], 2, "claimtrack: entity edit: give what to change: --kind, --label, --alias or --description\n"),
        (
            ["velmar", "--kind", "town"],
            1,
            "claimtrack: 'town' is not a kind of entity: use one of country, person, organisation, treaty, place, "
            "event, post, group, other\n",
        ),
        (
            ["velmar", "--alias", "Lyse"],
            1,
            "claimtrack: 'Lyse' already names entity 'lyse-lines'; add it as an alias there, or choose another name "
            "(two entities sharing a name are taken as one)\n",
        ),
        (
            ["csto", "--kind", "person"],
            1,
            "claimtrack: entity 'csto' cannot be a person: it is the value of m (claims/m.yaml): its property "
            "'member_of' takes organisation. Change those claims first, or give them a property that takes it\n",
        ),
    ],
)
def test_a_refused_edit_writes_nothing(root: Path, args: list[str], code: int, error: str) -> None:
    before = (root / "vocabulary/entities/all.yaml").read_text(encoding="utf-8")
    assert invoke(root, "entity", "edit", *args) == (code, "", error)
    assert _drafted(root) == ENTITIES
    assert (root / "vocabulary/entities/all.yaml").read_text(encoding="utf-8") == before


def test_its_own_names_may_be_given_again(root: Path) -> None:
    assert invoke(root, "entity", "edit", "lyse-lines", "--label", "Lyse", "--alias", "Lyse Lines")[0] == 0
    assert "    label: Lyse\n    aliases: [Lyse Lines]\n" in _drafted(root)


def test_a_kind_the_relation_takes_is_changed(root: Path) -> None:
    assert invoke(root, "entity", "edit", "csto", "--kind", "organisation", "--label", "The CSTO")[1] == (
        "wrote vocabulary/entities/all.yaml\n  label: CSTO -> The CSTO\n"
    )
