"""One check: whatever path ``claimtrack.cache.check`` takes (the last result given again, an incremental
check, a full check with kept parses and anchors), every format renders what a check without the cache
renders."""

from __future__ import annotations

from collections.abc import Callable
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
    "claimreview": render_claimreview,
}
"""Every output of ``check`` and ``report`` (check's json and github formats are the report's)."""


@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.lists(edits, min_size=1, max_size=4), st.sampled_from(sorted(FORMATS)))
def test_every_format_says_with_the_cache_what_it_says_without(
    tmp_path_factory: pytest.TempPathFactory, changes: list[tuple[object, ...]], output: str
) -> None:
    render = FORMATS[output]
    root = _repository(tmp_path_factory.mktemp("formats"))
    assert render(claimtrack.cache.check(root)) == render(claimtrack.cache.check(root, cached=False))
    for change in changes:
        apply(root, change)
        # Twice: the first run checks the change (incrementally, or in full); the second gives its result again.
        for _ in range(2):
            assert render(claimtrack.cache.check(root)) == render(claimtrack.cache.check(root, cached=False)), output


def test_a_result_given_again_has_the_index_a_report_needs(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    claimtrack.cache.check(root)
    again = claimtrack.cache.check(root)
    assert sorted(again.index.claims) == ["c1", "c2"]
    assert again.claim_count == 2
