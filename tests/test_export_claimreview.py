"""claimtrack export claimreview: JSON-LD that expands, offline, to what ClaimReview consumers require."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pyld import jsonld
from typer.testing import CliRunner

from claimtrack.cli import app
from report_fixture import report_repo

runner = CliRunner()
S = "https://schema.org/"


def _offline(url: str, options: dict[str, Any] | None = None) -> None:
    raise AssertionError(f"the export made the processor fetch {url}")


def export(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["export", "claimreview", *args, "--root", str(root)])
    return result.exit_code, result.output


def test_exact_output(tmp_path: Path, golden: Callable[[str, str], None]) -> None:
    code, output = export(report_repo(tmp_path), "--url-template", "https://factcheck.example/claims/{id}")
    assert code == 0
    golden("claimreview.jsonld", output)


def test_expanded_reviews_carry_what_consumers_require(tmp_path: Path) -> None:
    code, output = export(report_repo(tmp_path), "--url-template", "https://factcheck.example/claims/{id}")
    assert code == 0
    expanded = jsonld.expand(json.loads(output), {"documentLoader": _offline})
    reviews = [node for node in expanded if f"{S}ClaimReview" in node.get("@type", [])]
    assert len(reviews) == 2  # the supported and the refuted claim; unreviewed ones are not published
    for review in reviews:
        for required in ("claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed", "url"):
            assert f"{S}{required}" in review, required
        rating = review[f"{S}reviewRating"][0]
        assert rating[f"{S}alternateName"][0]["@value"] in {"Supported", "Refuted"}
        assert rating[f"{S}bestRating"][0]["@value"] == 5
        item = review[f"{S}itemReviewed"][0]
        assert item["@type"] == [f"{S}Claim"]
        assert f"{S}appearance" in item
        assert f"{S}firstAppearance" in item
    ratings = sorted(
        (r[f"{S}identifier"][0]["@value"], r[f"{S}reviewRating"][0][f"{S}ratingValue"][0]["@value"]) for r in reviews
    )
    assert ratings == [("signed-2016", 5), ("signed-2017", 1)]


def test_a_url_template_needs_the_id(tmp_path: Path) -> None:
    code, output = export(report_repo(tmp_path), "--url-template", "https://factcheck.example/")
    assert code == 2
    assert "--url-template must contain {id}" in output


def test_the_url_template_is_filled_as_text_never_formatted(tmp_path: Path) -> None:
    """Issue 28, item 10: str.format crashed on '{id}{', allocated 3 GB for '{id:>999999999}' and printed
    internals for '{id.__class__.__mro__}'; only '{id}' is replaced, everything else is kept as written."""
    root = report_repo(tmp_path)
    for template in ("{id}{", "{id}{0}", "{id:>999999999}/{id}", "{id.__class__.__mro__}/{id}", "{{id}}"):
        code, output = export(root, "--url-template", template)
        assert code == 0, output
        urls = {review["url"] for review in json.loads(output)["@graph"]}
        ids = {review["identifier"] for review in json.loads(output)["@graph"]}
        assert urls == {template.replace("{id}", claim_id) for claim_id in ids}


def test_the_json_ld_can_be_embedded_in_a_script_element(tmp_path: Path) -> None:
    """Issue 28, item 13: a statement holding ``</script>`` or ``<!--`` ended the page's script element."""
    root = report_repo(tmp_path)
    path = next(root.rglob("signed-2016.yaml"))
    statement = "Claim </script><script>alert(1)</script> <!-- & -->."
    path.write_text(
        path.read_text(encoding="utf-8").replace("statement: Claim signed-2016.", f"statement: '{statement}'"),
        encoding="utf-8",
    )
    code, output = export(root)
    assert code == 0, output
    assert not set("<>&") & set(output)
    assert "\\u003c/script\\u003e" in output
    reviewed = {review["identifier"]: review for review in json.loads(output)["@graph"]}
    assert reviewed["signed-2016"]["claimReviewed"] == statement
