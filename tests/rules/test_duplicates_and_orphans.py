from __future__ import annotations

from pathlib import Path

from rulekit import claim, found, messages, repo, source


def test_duplicate_claims_point_at_the_second(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("first", "'2016'"), claim("second", "'2016'"))
    assert found(root, "CT210") == [("claims/second.yaml", 2, 5, "open")]
    assert messages(root, "CT210") == [
        "2 claims say the same: first (claims/first.yaml) and second (claims/second.yaml); "
        "merge their evidence into one claim"
    ]


def test_different_qualifiers_are_not_duplicates(tmp_path: Path) -> None:
    args = {"type": "relation", "subject": "defence-minister", "property": "held_by"}
    root = repo(
        tmp_path,
        claim("one", "alice", as_of="'2016'", **args),
        claim("two", "alice", as_of="'2017'", **args),
        claim("three", "'2016'"),
        claim("four", "'2016'", modality="planned"),
    )
    assert found(root, "CT210") == []


def test_orphan_sources_exclude_cited_ones(tmp_path: Path) -> None:
    files = source("a", cites="[cited]") | source("cited", None) | source("lonely", None)
    root = repo(tmp_path, claim("c"), sources=files)
    assert found(root, "CT211") == [("sources/lonely.yaml", 2, 5, "open")]


def test_orphan_entities_exclude_containers_of_named_ones(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", "forish-range", type="relation", subject="exercise", property="located_in"))
    orphans = {m.split()[1] for m in messages(root, "CT212")}
    assert not {"jizzakh", "uzbekistan", "forish-range"} & orphans
    assert {"samarkand", "alice", "bob", "csto"} <= orphans
    assert "treaty-mtc" in orphans
