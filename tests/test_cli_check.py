"""The check, report and rules commands, run through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.engine.rules import RULES, SECTIONS, rule_doc
from claimtrack.model.codes import CODES
from claimtrack.render.rule_docs import render_rules_markdown
from report_fixture import report_repo
from rulekit import claim, repo

runner = CliRunner()
DOCS = Path(__file__).parent.parent / "docs" / "rules.md"


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"GITHUB_ACTIONS": "", **(env or {})})
    return result.exit_code, result.output


def test_the_summary_agrees_in_number(tmp_path: Path) -> None:
    code, output = invoke("check", "--root", str(repo(tmp_path, claim("s2016", "'2016-11-29'"))))
    assert code == 0
    assert output.splitlines()[-1].startswith("passed: 1 claim checked; ")


def test_check_passes_when_every_error_is_acknowledged(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("s2016", "'2016-11-29'", status="supported"),
        claim("s2017", "'2017-11-29'", status="refuted", note="One source, and the ratifications came first."),
    )
    code, output = invoke("check", "--root", str(root))
    assert code == 0
    assert output.splitlines()[-2].startswith("passed: 2 claims checked; 0 open error(s)")
    assert "CT201" not in output
    code, output = invoke("check", "--all", "--root", str(root))
    assert "claims/s2016.yaml:7:8: CT201 [error] treaty-mtc signed_on: 2 claims" in output
    assert output.splitlines()[0].endswith("[acknowledged]")


def test_check_fails_on_an_open_error_with_its_location(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("s2016", "'2016-11-29'"), claim("s2017", "'2017-11-29'"))
    code, output = invoke("check", "--root", str(root))
    assert code == 1
    assert output.splitlines()[0] == (
        "claims/s2016.yaml:7:8: CT201 [error] treaty-mtc signed_on: 2 claims give values that cannot all be true: "
        "2016-11-29 (s2016, unreviewed) and 2017-11-29 (s2017, unreviewed)"
    )
    # Both claims quote source a, so a contradicts itself too (CT209).
    assert output.splitlines()[1].startswith("claims/s2016.yaml:10:13: CT209 [error] a supports claims")
    assert output.splitlines()[-1].startswith("FAILED: 2 claims checked; 2 open error(s)")


def test_check_fails_on_an_invalid_file(tmp_path: Path) -> None:
    root = repo(tmp_path, ("claims/broken.yaml", "id: [\n"))
    code, output = invoke("check", "--root", str(root))
    assert code == 1
    assert output.startswith("claims/broken.yaml:")


def test_check_speaks_github_inside_github_actions(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("s2016", "'2016-11-29'"), claim("s2017", "'2017-11-29'"))
    code, output = invoke("check", "--root", str(root), env={"GITHUB_ACTIONS": "true"})
    assert code == 1
    assert output.startswith("::error file=claims/s2016.yaml,line=7,col=8,title=CT201 conflicting-values::")


def test_report_defaults_to_markdown_and_exits_0_with_open_findings(tmp_path: Path) -> None:
    code, output = invoke("report", "--root", str(report_repo(tmp_path)))
    assert code == 0
    assert output.startswith("# claimtrack report\n")


def test_report_output_file_and_filters(tmp_path: Path) -> None:
    root = report_repo(tmp_path / "repo")
    target = tmp_path / "out" / "report.json"
    code, output = invoke(
        "report", "-f", "json", "--output", str(target), "--rule", "CT201", "--state", "open", "--root", str(root)
    )
    assert (code, output) == (0, f"wrote {target}\n")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [(d["code"], d["state"], d["subject"]) for d in data["discrepancies"]] == [("CT201", "open", "exercise")]
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rule", "CT999"], "no rule 'CT999'"),
        (["--severity", "fatal"], "--severity takes error, note, warning; not fatal"),
        (["--state", "closed"], "--state takes acknowledged, open; not closed"),
    ],
)
def test_report_rejects_unknown_filter_values(tmp_path: Path, args: list[str], message: str) -> None:
    code, output = invoke("report", *args, "--root", str(report_repo(tmp_path)))
    assert code == 2
    assert message in output


def test_rules_lists_every_rule() -> None:
    code, output = invoke("rules")
    assert code == 0
    assert [line.split()[0] for line in output.splitlines()[1:]] == list(RULES)


@pytest.mark.parametrize("name", ["CT201", "ct201", "conflicting-values"])
def test_rules_explains_one(name: str) -> None:
    code, output = invoke("rules", name)
    assert code == 0
    assert output.startswith("CT201 conflicting-values (error)\n")
    assert all(section.upper() in output for section in SECTIONS)


def test_unknown_rule_is_a_usage_error() -> None:
    assert invoke("rules", "CT999")[0] == 2


def test_every_rule_is_documented_in_every_section() -> None:
    for rule in RULES.values():
        doc = rule_doc(rule)
        assert list(doc.sections) == list(SECTIONS), rule.CODE
        assert all(text.strip() for text in doc.sections.values()), rule.CODE
        assert doc.summary.endswith("."), rule.CODE


def test_codes_are_unique_and_kebab_case() -> None:
    names = [rule.NAME for rule in RULES.values()]
    assert len(set(names)) == len(names)
    assert not set(RULES) & set(CODES)
    assert all(code.startswith("CT2") and len(code) == 5 for code in RULES)
    assert all(name == name.lower() and " " not in name and "_" not in name for name in names)
    assert not set(names) & {c.name for c in CODES.values()}


def test_docs_page_is_generated_from_the_rules() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_rules_markdown(), (
        "docs/rules.md is stale: run 'claimtrack rules --format markdown > docs/rules.md'"
    )


def test_every_rule_says_what_its_findings_depend_on() -> None:
    from claimtrack.engine.rules.base import Scope

    scopes = {rule.CODE: rule.SCOPE for rule in RULES.values()}
    assert all(isinstance(scope, Scope) for scope in scopes.values())
    # Orphans are about what the whole repository names, and CT220 about sources alone (an incremental check
    # finds repository-wide findings again); every other rule stays within a subject.
    assert {code for code, scope in scopes.items() if scope is Scope.REPOSITORY} == {"CT211", "CT212", "CT220"}
