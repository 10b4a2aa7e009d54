"""`claimtrack validate` looks for every validated claim's quotes in its sources' texts (CT203), as `check` does:
a repository that runs only the validate hook cannot commit a quote its source does not hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.engine.check import check_repository
from helpers import invoke
from rulekit import claim, repo, source

TEXT = "Harbour news\n\nThe bridge opened on 3 May 2021, the council said.\n"
WRONG = "opened on 4 May 2021"
LINE = "claims/c.yaml:12:12: CT203 quote not found in a; closest passage (95% similar, line 3): 'opened on 3 May 2021'"


def _repository(tmp_path: Path, quote: str) -> Path:
    return repo(tmp_path, claim("c", "'2021-05-03'", evidence=[("a", "supports", quote)]), sources=source("a", TEXT))


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_quote_not_in_its_source_fails_validate_at_the_quote(tmp_path: Path, cache: list[str]) -> None:
    root = _repository(tmp_path, WRONG)
    assert invoke(root, "validate", *cache) == (1, f"{LINE}\n1 error in 1 file (4 files checked)\n", "")


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_named_claim_file_has_its_quotes_looked_for_in_sources_not_named(tmp_path: Path, cache: list[str]) -> None:
    """pre-commit passes only the staged claim: its source is read all the same."""
    root = _repository(tmp_path, WRONG)
    assert invoke(root, "validate", str(root / "claims/c.yaml"), *cache) == (
        1,
        f"{LINE}\n1 error in 1 file (1 file checked)\n",
        "",
    )


def test_validate_json_names_the_rule(tmp_path: Path) -> None:
    root = _repository(tmp_path, WRONG)
    code, out, _ = invoke(root, "validate", "--format", "json")
    assert code == 1
    [problem] = json.loads(out)["problems"]
    assert (problem["line"], problem["column"], problem["code"], problem["name"]) == (
        12,
        12,
        "CT203",
        "quote-not-found",
    )


@pytest.mark.parametrize(
    "quote",
    [
        "opened on 3 May 2021",
        "'The bridge   opened on 3 May 2021'",  # spacing
        "the BRIDGE opened",  # case
    ],
)
def test_quotes_the_text_holds_pass_validate(tmp_path: Path, quote: str) -> None:
    root = _repository(tmp_path, quote)
    assert invoke(root, "validate") == (0, "4 files valid\n", "")


def test_a_claim_not_named_is_not_looked_at(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("c", "'2021-05-03'", evidence=[("a", "supports", WRONG)]),
        claim("d", "'2021-05-03'", evidence=[("a", "supports", "opened on 3 May 2021")]),
        sources=source("a", TEXT),
    )
    assert invoke(root, "validate", str(root / "claims/d.yaml")) == (0, "1 file valid\n", "")


def test_check_reports_it_once_among_its_findings(tmp_path: Path) -> None:
    result = check_repository(_repository(tmp_path, WRONG))
    assert result.validation.diagnostics == []
    assert [(f.path, f.line, f.column) for f in result.findings if f.code == "CT203"] == [("claims/c.yaml", 12, 12)]
