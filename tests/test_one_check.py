"""One check: whatever path ``claimtrack.cache.check`` takes (the last result given again, an incremental
check, a full check with kept parses and anchors), every format renders what a check without the cache
renders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack.cache
from claimtrack.engine.report import build_report
from claimtrack.engine.results import CheckResult
from claimtrack.export.claimreview import render_claimreview
from claimtrack.render.check_lines import render_check_text
from claimtrack.render.report_formats import REPORTER_BY_NAME
from test_incremental import _repository, apply, edits


def _reporter(name: str) -> Callable[[CheckResult], str]:
    return lambda result: REPORTER_BY_NAME[name](build_report(result))


FORMATS: dict[str, Callable[[CheckResult], str]] = {
    "check text": lambda result: render_check_text(result, show_all=True),
    **{f"report {name}": _reporter(name) for name in REPORTER_BY_NAME},
    "claimreview": lambda result: render_claimreview(result, "https://factcheck.example/{id}").text,
}
"""Every output of ``check`` and ``report`` (check's json and github formats are the report's)."""
NEEDS_NO_INDEX = {"check text"}
"""The outputs a command renders from a result asked for without its index; the others ask for it."""


@settings(
    max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)
@given(st.lists(edits, min_size=1, max_size=4), st.sampled_from(sorted(FORMATS)))
def test_every_format_says_with_the_cache_what_it_says_without(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[object, ...]], output: str
) -> None:
    render, with_index = FORMATS[output], output not in NEEDS_NO_INDEX
    root = _repository(tmp_path_factory.mktemp("formats"))
    plain = claimtrack.cache.check(root, cached=False)
    assert render(claimtrack.cache.check(root, with_index=with_index)) == render(plain)
    for change in changes:
        apply(root, change)
        plain = claimtrack.cache.check(root, cached=False)
        # Twice: the first run checks the change (incrementally, or in full); the second gives its result again.
        for _ in range(2):
            assert render(claimtrack.cache.check(root, with_index=with_index)) == render(plain), output


def test_a_result_given_again_has_the_index_a_report_needs(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    claimtrack.cache.check(root)
    again = claimtrack.cache.check(root, with_index=True)
    assert sorted(again.require_index().claims) == ["c1", "c2"]
    assert again.claim_count == 2


def test_a_result_asked_for_without_its_index_says_so_and_never_checks_again(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    claimtrack.cache.check(root)
    again = claimtrack.cache.check(root)
    assert again.index is None
    with pytest.raises(ValueError, match="without its index"):
        again.require_index()
    with pytest.raises(FrozenInstanceError):
        again.findings = []  # type: ignore[misc]


FULL_CHECKS_WHEN_UNCHANGED = {
    "check": 0,
    "check --format json": 0,
    "report": 0,
    "report --format sarif": 0,
    "export claimreview --url-template https://factcheck.example/{id}": 0,
    "export sqlite out.sqlite": 0,
    "diff HEAD": 1,  # the base revision, checked in a temporary folder; the working tree's check is given again
}
"""How many times each command runs every rule on a repository unchanged since the last check."""


@pytest.mark.slow  # git makes the repository diff compares with
def test_the_full_checks_each_command_runs_on_an_unchanged_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from typer.testing import CliRunner

    import claimtrack.engine.check
    from claimtrack.cli import app

    root = _repository(tmp_path / "repository")
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "base"]):
        command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args]
        subprocess.run(command, cwd=root, check=True, capture_output=True)
    monkeypatch.chdir(root)
    assert CliRunner().invoke(app, ["check"]).exit_code == 1  # the last check, kept (the repository has problems)
    full_checks: list[str] = []
    every_rule = claimtrack.engine.check.run_rules

    def counted(index: object, rules: object = None) -> object:
        if rules is None:
            full_checks.append(command_line)
        return every_rule(index, rules)  # type: ignore[arg-type]

    monkeypatch.setattr(claimtrack.engine.check, "run_rules", counted)
    counts = {}
    for command_line in FULL_CHECKS_WHEN_UNCHANGED:
        outcome = CliRunner().invoke(app, command_line.split())
        assert outcome.exit_code in (0, 1), outcome.output
        counts[command_line] = full_checks.count(command_line)
    print("\n".join(f"{count} full check(s): claimtrack {line}" for line, count in counts.items()))
    assert counts == FULL_CHECKS_WHEN_UNCHANGED
