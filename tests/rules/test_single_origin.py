from __future__ import annotations

from pathlib import Path

from claimtrack.engine.index import ClaimIndex
from rulekit import claim, found, messages, repo, run, source

CODE = "CT208"
BOTH = [("a", "supports", "Alpha beta gamma"), ("b", "supports", "Zeta eta theta")]


def sources(**b_meta: str) -> dict[str, str]:
    return source("a") | source("b", "Zeta eta theta.", **b_meta) | source("origin", None)


def independent(root: Path) -> int:
    index = run(root).index
    assert isinstance(index, ClaimIndex)
    return len(index.origins("c"))


def test_a_republication_is_not_independent(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", evidence=BOTH), sources=sources(derived_from="[a]"))
    assert found(root, CODE) == [("claims/c.yaml", 10, 3, "open")]
    assert messages(root, CODE) == ["2 supporting sources (a and b) share one origin: 1 independent source"]
    assert independent(root) == 1


def test_two_republications_of_a_third_source(tmp_path: Path) -> None:
    files = source("a", derived_from="[origin]") | source("b", "Zeta eta theta.", derived_from="[origin]")
    root = repo(tmp_path, claim("c", evidence=BOTH), sources=files | source("origin", None))
    assert len(found(root, CODE)) == 1


def test_citing_a_source_that_supports_the_same_claim(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", evidence=BOTH), sources=sources(cites="[a]"))
    assert independent(root) == 1


def test_unrelated_sources_are_independent(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", evidence=BOTH), sources=sources(cites="[origin]"))
    assert found(root, CODE) == []
    assert independent(root) == 2


def test_a_single_source_is_not_reported(tmp_path: Path) -> None:
    assert found(repo(tmp_path, claim("c")), CODE) == []


def test_a_review_note_acknowledges(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", evidence=BOTH, status="supported"), sources=sources(derived_from="[a]"))
    assert [f[3] for f in found(root, CODE)] == ["acknowledged"]
