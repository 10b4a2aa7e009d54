"""The incremental check: after claim files change, checking only the subjects they touch gives what a
full check gives, and a change anywhere else is checked in full."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.cache
from claimtrack.cache.incremental import merged
from claimtrack.engine.check import check_repository
from claimtrack.engine.results import CheckResult
from claimtrack.engine.rules import RULES
from claimtrack.engine.rules.base import Scope
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State, ordered
from helpers import Progress
from rulekit import claim, repo, source

TEXT_A = "The treaty was signed in 2016. It was ratified in 2018. Uzbekistan left the CSTO."
TEXT_B = "Officials said the treaty was signed in 2017. The exercise took place in 2016."


def summary(result: CheckResult) -> tuple[object, ...]:
    return (
        result.findings,
        result.validation.diagnostics,
        result.claim_count,
        result.validation.files_checked,
        result.success,
    )


def reused(root: Path, progress: Progress | None = None, settle_seconds: int | None = None) -> CheckResult:
    return claimtrack.cache.check(root, progress=progress, settle_seconds=settle_seconds)


AT_ONCE = -(10**9)
"""``settle_seconds`` by which every file counts as settled as soon as it is read."""
NEVER = 10**9
"""``settle_seconds`` by which a file edited now never counts as settled."""


# What a claim file may say: (type, subject, property, value, modality).
STATEMENTS = [
    ("event", "treaty-mtc", "signed_on", "'2016'", "asserted"),
    ("event", "treaty-mtc", "signed_on", "'2017'", "asserted"),
    ("event", "treaty-mtc", "ratified_on", "'2015'", "asserted"),
    ("event", "treaty-mtc", "ratified_on", "'2018'", "planned"),
    ("event", "exercise", "occurred_on", "'2016'", "asserted"),
    ("event", "exercise", "occurred_on", "'2016'", "planned"),
    ("relation", "uzbekistan", "member_of", "csto", "asserted"),
    ("relation", "uzbekistan", "member_of", "csto", "denied"),
    ("event", "nowhere", "signed_on", "'2016'", "asserted"),
]
QUOTES = [
    ("a", "supports", "signed in 2016"),
    ("a", "supports", "ratified in 2018"),
    ("b", "supports", "signed in 2017"),
    ("b", "contradicts", "took place in 2016"),
    ("a", "supports", "left the CSTO"),
    ("a", "supports", "words not there"),
    ("missing", "supports", "signed in 2016"),
]

PATHS = [
    "claims/c1.yaml",
    "claims/c2.yaml",
    "claims/c3.yaml",
    "claims/more/c1.yaml",
    "claims/more/c4.yaml",
    "claims/drafts/c5.yaml",
]

claim_files = st.builds(
    lambda path, claim_id, statement, quotes, status: (path, claim_id, statement, quotes, status),
    st.sampled_from(PATHS),
    st.sampled_from(["c1", "c2", "c3", "c4", None]),  # None: the id its file name gives
    st.sampled_from(STATEMENTS),
    st.lists(st.sampled_from(QUOTES), min_size=1, max_size=3, unique=True),
    st.sampled_from([None, "supported", "refuted", "disputed"]),
)
edits = st.one_of(
    claim_files,
    st.tuples(st.just("drop"), st.sampled_from(PATHS)),
    st.tuples(st.just("broken"), st.sampled_from(PATHS)),
    st.tuples(st.just("source"), st.sampled_from(["sources/b.txt", "sources/b.yaml"])),
)


def _write(root: Path, relative: str, text: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def apply(root: Path, edit: tuple[object, ...]) -> None:
    if edit[0] == "drop":
        (root / str(edit[1])).unlink(missing_ok=True)
    elif edit[0] == "broken":
        _write(root, str(edit[1]), "id: [broken\n")
    elif edit[0] == "source":
        path = root / str(edit[1])
        path.write_text(path.read_text(encoding="utf-8").replace("2017", "2019"), encoding="utf-8")
    else:
        path, claim_id, (kind, subject, prop, value, modality), quotes, status = edit
        stem = str(path).rsplit("/", 1)[1].removesuffix(".yaml")
        _, text = claim(
            str(claim_id or stem),
            value,
            type=str(kind),
            subject=str(subject),
            property=str(prop),
            modality=str(modality),
            status=None if status is None else str(status),
            evidence=list(quotes),  # type: ignore[call-overload]
        )
        if str(path).count("/") > 1:
            text = text.replace("../schemas", "../../schemas", 1)
        _write(root, str(path), text)


def _repository(root: Path) -> Path:
    """Two claims and three sources, with a problem in a source and one in the vocabulary: an incremental
    check keeps those from the last check, since nothing it checks again can change them."""
    root = repo(
        root,
        claim("c1", "'2016'", evidence=[("a", "supports", "signed in 2016")]),
        claim("c2", "'2017'", evidence=[("b", "supports", "signed in 2017")]),
        sources={
            **source("a", TEXT_A),
            **source("b", TEXT_B, derived_from="[a]"),
            **source("c", "Unused.", cites="[nowhere]"),
        },
    )
    _write(
        root,
        "vocabulary/entities/more.yaml",
        "entities:\n  - {id: lost, kind: place, label: Lost, part_of: atlantis}\n",
    )
    return root


def _all_files(root: Path) -> int:
    return sum(1 for folder in ("claims", "sources", "vocabulary") for p in (root / folder).rglob("*.yaml"))


def test_a_changed_claim_is_checked_without_a_full_check(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    _write(root, "claims/c3.yaml", claim("c3", "'2016'", subject="exercise", property="occurred_on")[1])
    reused(root)
    _write(root, "claims/c2.yaml", claim("c2", "'2019'", evidence=[("b", "supports", "signed in 2017")])[1])
    expected = summary(check_repository(root))
    assert any(f.code == "CT201" for f in expected[0])  # type: ignore[attr-defined]
    progress = Progress()
    assert summary(reused(root, progress)) == expected
    # Every file but c3, whose subject no changed claim is about, was loaded again.
    assert progress.loaded == _all_files(root) - 1
    again = Progress()
    assert summary(reused(root, again)) == expected
    assert again.loaded is None  # and the result it kept is given again


def test_a_changed_source_is_checked_in_full(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    _write(root, "claims/c3.yaml", claim("c3", "'2016'", subject="exercise", property="occurred_on")[1])
    reused(root)
    apply(root, ("source", "sources/b.txt"))
    progress = Progress()
    result = reused(root, progress)
    assert progress.loaded == _all_files(root)
    assert summary(result) == summary(check_repository(root))


def test_two_runs_at_once_never_leave_facts_that_belong_with_another_result(tmp_path: Path) -> None:
    """Two incremental checks from the same last check: the second, run while the first runs, keeps its
    result and what it learned of each file; the first must then keep nothing (its facts amend a state
    that is no longer the one kept), or a later check would pair one's result with the other's facts and
    miss an edit."""
    root = _repository(tmp_path)
    _write(root, "claims/c3.yaml", claim("c3", "'2016'", subject="exercise", property="occurred_on")[1])
    reused(root)
    _write(root, "claims/c2.yaml", claim("c2", "'2019'", evidence=[("b", "supports", "signed in 2017")])[1])

    def another_run() -> None:
        _write(root, "claims/c3.yaml", "id: [broken\n")
        assert summary(reused(root)) == summary(check_repository(root))

    reused(root, Progress(during=another_run))
    assert summary(reused(root)) == summary(check_repository(root))
    assert any(d.path == "claims/c3.yaml" for d in reused(root).validation.diagnostics)


def _subject_rules_keep_to_one_subject(result: CheckResult) -> None:
    """The contract the incremental check rests on: a subject rule's finding names its subject, and every
    claim it involves is about that subject."""
    claims = {**result.index.claims, **result.index.drafts}
    for finding in result.findings:
        if RULES[finding.code].SCOPE is Scope.SUBJECT:
            assert finding.subject is not None
            assert {claims[c].model.subject for c in finding.claims} <= {finding.subject}


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(st.lists(edits, min_size=1, max_size=8))
def test_an_incremental_check_says_what_a_full_check_says(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[object, ...]]
) -> None:
    root = _repository(tmp_path_factory.mktemp("incremental"))
    first = reused(root)
    assert {d.code for d in first.validation.diagnostics} == {"CT112", "CT114"}
    for edit in changes:
        apply(root, edit)
        full = check_repository(root)
        _subject_rules_keep_to_one_subject(full)
        assert summary(reused(root)) == summary(full)


def test_an_edit_during_an_incremental_check_is_checked_by_the_next(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    _write(root, "claims/c3.yaml", claim("c3", "'2016'", subject="exercise", property="occurred_on")[1])
    reused(root)
    _write(root, "claims/c2.yaml", claim("c2", "'2016'", evidence=[("b", "supports", "signed in 2017")])[1])
    expected_then = summary(check_repository(root))
    edit = Progress(during=lambda: _write(root, "claims/c1.yaml", claim("c1", "'2018'")[1]))
    assert summary(reused(root, edit)) == expected_then
    assert edit.loaded is not None
    assert edit.loaded < _all_files(root)  # it was incremental
    assert summary(reused(root)) == summary(check_repository(root))


def test_a_file_read_from_disk_and_touched_during_the_check_leaves_no_result(tmp_path: Path) -> None:
    """Settled files are not in the fingerprint's snapshot, so the check reads them from disk; one written
    meanwhile, even back to the same bytes and modification time, keeps the result from being stored."""
    root = _repository(tmp_path)
    reused(root, settle_seconds=AT_ONCE)
    _write(root, "claims/c2.yaml", claim("c2", "'2019'", evidence=[("b", "supports", "signed in 2017")])[1])
    text = root / "sources/b.txt"

    def touch() -> None:
        before = text.stat()
        text.write_bytes(text.read_bytes())
        os.utime(text, ns=(before.st_atime_ns, before.st_mtime_ns))

    reused(root, Progress(during=touch), settle_seconds=AT_ONCE)
    # Same bytes everywhere, so the same fingerprint: had the result been kept, it would be given again.
    again = Progress()
    assert summary(reused(root, again, settle_seconds=AT_ONCE)) == summary(check_repository(root))
    assert again.loaded is not None


def test_an_incremental_result_is_kept_while_the_changed_file_settles(tmp_path: Path) -> None:
    """The changed file is read once, by the fingerprint: checked from those bytes, its result is kept at
    once, so the next run gives it again instead of checking again until the file has settled."""
    root = _repository(tmp_path)
    reused(root, settle_seconds=AT_ONCE)
    reused(root, settle_seconds=AT_ONCE)
    apply(root, ("claims/c1.yaml", "c1", STATEMENTS[1], [QUOTES[0]], None))
    expected = summary(check_repository(root))
    assert summary(reused(root, settle_seconds=NEVER)) == expected
    again = Progress()
    assert summary(reused(root, again, settle_seconds=NEVER)) == expected
    assert again.loaded is None  # given again, not checked again


_FINDINGS = st.builds(
    Finding,
    path=st.sampled_from(["claims/a.yaml", "claims/b.yaml"]),
    line=st.integers(1, 3),
    column=st.integers(1, 2),
    code=st.sampled_from(["CT201", "CT205"]),
    message=st.sampled_from(["one", "two"]),
    rule=st.just("a-rule"),
    severity=st.sampled_from(Severity),
    state=st.sampled_from(State),
    subject=st.sampled_from(["s", "t"]),
    property=st.sampled_from(["p", "q"]),
    claims=st.lists(st.sampled_from(["a", "b"]), max_size=2).map(tuple),
    sources=st.lists(st.sampled_from(["x", "y"]), max_size=2).map(tuple),
    resolution=st.sampled_from(["", "decided"]),
)


@given(st.lists(_FINDINGS, max_size=12), st.lists(_FINDINGS, max_size=6))
def test_findings_kept_and_found_again_are_merged_as_sorting_them_all_would(
    kept: list[Finding], found: list[Finding]
) -> None:
    assert merged(ordered(kept), found) == ordered(kept + found)
