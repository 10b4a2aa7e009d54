from __future__ import annotations

from pathlib import Path

from rulekit import claim, found, messages, repo, run, source

CODE = "CT216"

FIRST = "The ministry said 214 cadets enrolled. The range lies in Jizzakh."
LATER = "Correction: an earlier report said 214 cadets enrolled; 241 cadets enrolled. Other news."


def cadets(claim_id: str, number: int, quote: str, where: str, **fields: str) -> tuple[str, str]:
    return claim(
        claim_id,
        {"exactly": number, "unit": "student"},
        type="quantity",
        subject="uzbek-army",
        property="students",
        evidence=[(where, "supports", quote)],
        **fields,
    )


def corpus(correction: str, *claims: tuple[str, str], publisher: str = "") -> dict[str, str]:
    meta = {"publisher": publisher} if publisher else {}
    return source("first", FIRST, **meta) | source("later", LATER, corrects=correction, **meta)


CORRECTS = "\n  - source: first\n    quote: 214 cadets enrolled\n    replacement: 241 cadets enrolled"
RETRACTS = "\n  - source: first\n    quote: 214 cadets enrolled\n    kind: retraction"
OLD = cadets("cadets-214", 214, "214 cadets enrolled", "first")
NEW = cadets("cadets-241", 241, "241 cadets enrolled", "later")


def test_a_claim_on_a_corrected_passage_names_the_figure_that_stands(tmp_path: Path) -> None:
    root = repo(tmp_path, OLD, NEW, sources=corpus(CORRECTS, publisher="Tolvik Gazette"))
    result = run(root)
    assert [(f.code, f.severity.value, f.claims) for f in result.findings if f.code in ("CT201", CODE)] == [
        (CODE, "warning", ("cadets-214", "cadets-241"))
    ]
    assert messages(root, CODE) == [
        "uzbek-army students: cadets-214 rests only on '214 cadets enrolled' in first, which later (the "
        "publisher, Tolvik Gazette, correcting itself) corrected to '241 cadets enrolled'; the figure that "
        "stands: cadets-241"
    ]
    assert found(root, CODE) == [("claims/cadets-214.yaml", 14, 12, "open")]


def test_a_retraction_is_an_error_with_nothing_in_its_place(tmp_path: Path) -> None:
    root = repo(tmp_path, OLD, sources=corpus(RETRACTS))
    (finding,) = [f for f in run(root).findings if f.code == CODE]
    assert (finding.severity.value, finding.message.split("; ")[1]) == ("error", "nothing stands in its place")


def test_a_refuted_claim_acknowledges_it(tmp_path: Path) -> None:
    refuted = cadets("cadets-214", 214, "214 cadets enrolled", "first", status="refuted")
    root = repo(tmp_path, refuted, NEW, sources=corpus(CORRECTS))
    assert found(root, CODE) == [("claims/cadets-214.yaml", 15, 12, "acknowledged")]


def test_look_alikes(tmp_path: Path) -> None:
    # Evidence elsewhere in the corrected source, and a claim with a second, uncorrected source.
    elsewhere = claim("range", "jizzakh", type="relation", subject="forish-range", property="located_in",
                      evidence=[("first", "supports", "The range lies in Jizzakh")])  # fmt: skip
    both = claim(
        "cadets-214",
        {"exactly": 214, "unit": "student"},
        type="quantity",
        subject="uzbek-army",
        property="students",
        evidence=[("first", "supports", "214 cadets enrolled"), ("other", "supports", "Alpha beta gamma")],
    )
    sources = corpus(CORRECTS) | source("other")
    root = repo(tmp_path, elsewhere, both, NEW, sources=sources)
    codes = [f.code for f in run(root).findings]
    assert CODE not in codes
    assert "CT201" in codes  # a claim still resting on an uncorrected source is a rival


def test_a_correction_without_a_replacement_is_a_model_problem(tmp_path: Path) -> None:
    from claimtrack.engine.check import check_repository

    bad = "\n  - source: first\n    quote: 214 cadets enrolled"
    root = repo(tmp_path, OLD, sources=corpus(bad))
    problems = [(d.path, d.code, d.message) for d in check_repository(root).validation.diagnostics]
    assert problems == [("sources/later.yaml", "CT103", "replacement: a correction says what replaces the passage")]
