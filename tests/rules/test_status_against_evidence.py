from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import DEFAULT_TEXT, claim, found, messages, repo, source

CODE = "CT205"
TWO = source("a") | source("b", "Zeta eta theta.")
AGAINST = [("a", "supports", "Alpha beta gamma"), ("b", "contradicts", "Zeta eta theta")]


def test_a_reviewed_status_needs_a_review(tmp_path: Path) -> None:
    path, text = claim("c", status="supported")
    text = text[: text.index("review:")]
    root = repo(tmp_path, (path, text))
    assert found(root, CODE) == [("claims/c.yaml", 9, 9, "open")]
    assert messages(root, CODE) == [
        "status 'supported' has no review: add review.by and review.on (and a note saying why)"
    ]


def test_unreviewed_needs_nothing(tmp_path: Path) -> None:
    assert found(repo(tmp_path, claim("c", evidence=AGAINST), sources=TWO), CODE) == []


def test_supported_against_contradicting_evidence_needs_a_note(tmp_path: Path) -> None:
    without = repo(tmp_path / "1", claim("c", status="supported", note=None, evidence=AGAINST), sources=TWO)
    noted = repo(tmp_path / "2", claim("c", status="supported", evidence=AGAINST), sources=TWO)
    assert messages(without, CODE) == [
        "status 'supported' while b contradicts it and no review.note says why it stands"
    ]
    assert found(noted, CODE) == []


@pytest.mark.parametrize(("other", "fires"), [("supported", True), ("disputed", True), ("unreviewed", False)])
def test_supported_while_a_conflicting_claim_stands(tmp_path: Path, other: str, fires: bool) -> None:
    root = repo(
        tmp_path,
        claim("c2016", "'2016-11-29'", status="supported"),
        claim("c2017", "'2017-11-29'", status=None if other == "unreviewed" else other),
    )
    hits = [f for f in found(root, CODE) if f[0] == "claims/c2016.yaml"]
    assert hits == ([("claims/c2016.yaml", 9, 9, "open")] if fires else [])


def test_refuted_with_nothing_against_it(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c", status="refuted"))
    assert messages(root, CODE) == [
        "status 'refuted' with nothing against it: no contradicting evidence, conflicting claim or order violation"
    ]


@pytest.mark.parametrize(
    "claims",
    [
        [claim("c", status="refuted", evidence=AGAINST)],  # contradicting evidence
        [claim("c", "'2017-11-29'", status="refuted"), claim("d", "'2016-11-29'", status="supported")],  # conflict
        [claim("c", "'2017-11-29'", status="refuted"), claim("r", "2017-03", property="ratified_on")],  # order
    ],
)
def test_refuted_with_a_reason_is_fine(tmp_path: Path, claims: list[tuple[str, str]]) -> None:
    root = repo(tmp_path, *claims, sources=TWO)
    assert [f for f in found(root, CODE) if f[0] == "claims/c.yaml"] == []


def test_disputed_with_nothing_in_dispute(tmp_path: Path) -> None:
    lone = repo(tmp_path / "1", claim("c", status="disputed"))
    against = repo(tmp_path / "2", claim("c", status="disputed", evidence=AGAINST), sources=TWO)
    assert messages(lone, CODE) == [
        "status 'disputed' with nothing in dispute: no contradicting evidence and no conflicting claim"
    ]
    assert found(against, CODE) == []


def test_default_text_is_the_quote() -> None:
    assert DEFAULT_TEXT.startswith("Alpha beta gamma")
