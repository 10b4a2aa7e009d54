"""claimtrack export claimreview: one ClaimReview per line, read as its consumers read it (claimreview_reader)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyld import jsonld
from typer.testing import CliRunner

from claimreview_reader import read_review, records
from claimtrack.cli import app
from claimtrack.engine.check import check_repository
from claimtrack.export.claimreview import render_claimreview
from report_fixture import report_repo
from rulekit import claim, repo, source

runner = CliRunner()
S = "http://schema.org/"
PAGE = "https://factcheck.example/claims/{id}"
ARCHIVE = "https://factcheck.example/sources/{id}"
DESK = "Ledger Fact Desk"
CONTEXT = json.loads((Path(__file__).parent / "contexts" / "schema.org.jsonld").read_text(encoding="utf-8"))
"""The few terms of the schema.org context the export uses, written from the published vocabulary, so that
expanding needs no network."""
CORPUS = Path(__file__).resolve().parents[1]

WIRE = "The treaty was signed on 29 November 2016 in Moscow, officials said."
ESSAY = "Alice said the treaty was signed in 2017. The exercise took place at the Forish range."
LONG = "The treaty was signed in Moscow on 29 November 2016, which the officials present confirmed."


def _schema_org_offline(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    assert url.rstrip("/") in {"https://schema.org", "http://schema.org"}, f"the export made the processor fetch {url}"
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def _republication(source_id: str, text: str, **meta: str) -> dict[str, str]:
    files = source(source_id, text, **meta)
    files[f"sources/{source_id}.yaml"] = files[f"sources/{source_id}.yaml"].replace("kind: news", "kind: republication")
    return files


def fixture_repo(root: Path) -> Path:
    """A republished wire story, an anonymous essay, one claim of each kind of verdict, and one claim nobody is
    known to have made."""
    root = repo(
        root,
        claim(
            "signed-2016",
            status="supported",
            note="The wire story, republished by the paper, gives the day.",
            evidence=[("paper", "supports", "signed on 29 November 2016")],
        ),
        claim(
            "signed-2017",
            "'2017'",
            status="refuted",
            note="The wire story gives 29 November 2016.",
            said="{by: alice, on: '2017-03-01'}",
            evidence=[("essay", "supports", "signed in 2017"), ("wire", "contradicts", "signed on 29 November 2016")],
        ),
        claim(
            "signed-in-moscow",
            status="misleading",
            note="Moscow, but not on the day given.",
            evidence=[("wire", "supports", "in Moscow")],
        ),
        claim(
            "signed-unverifiable",
            status="unverifiable",
            note=None,
            summary="Officials said the treaty was signed.",
            evidence=[("paper", "supports", "officials said")],
        ),
        claim(
            "at-forish",
            "forish-range",
            type="relation",
            subject="exercise",
            property="located_in",
            status="supported",
            evidence=[("essay", "supports", "at the Forish range")],
        ),
        claim("signed-unreviewed", evidence=[("wire", "supports", "The treaty was signed")]),
        sources=source(
            "wire",
            WIRE,
            url="https://wire.example/treaty",
            title="Treaty signed",
            authors="[Jo Writer]",
            publisher="Wire Agency",
            published="'2016-11-29'",
            language="en",
        )
        | _republication(
            "paper",
            WIRE,
            url="https://paper.example/news/treaty",
            publisher="The Paper",
            published="'2016-12'",
            derived_from="[wire]",
        )
        | source("essay", ESSAY, published="'2018-02-04/..'"),
    )
    for claim_id in ("signed-in-moscow", "signed-unverifiable"):  # the second has a summary
        path = root / "claims" / f"{claim_id}.yaml"
        path.write_text(path.read_text(encoding="utf-8").replace(f"Claim {claim_id}.", LONG), encoding="utf-8")
    return root


def export(root: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["export", "claimreview", *args, "--root", str(root)])
    return result.exit_code, result.stdout, result.stderr


def test_exact_output(tmp_path: Path, golden: Callable[[str, str], None]) -> None:
    root = fixture_repo(tmp_path)
    code, output, errors = export(
        root, "--url-template", PAGE, "--archive-url-template", ARCHIVE, "--language", "en", "--publisher", DESK
    )
    assert code == 1  # at-forish is left out: nobody is known to have made the claim
    golden("claimreview.jsonl", output)
    assert errors == (
        "claimtrack: warning: at-forish: itemReviewed.author left out: no speaker, and no appearance names an "
        "author or publisher\n"
        "claimtrack: warning: at-forish: itemReviewed.datePublished left out: its first appearance, essay, was "
        "published '2018-02-04/..', which no plain date holds\n"
        "claimtrack: warning: at-forish: review left out: it has no itemReviewed.author\n"
        f"claimtrack: warning: signed-in-moscow: claimReviewed is {len(LONG)} characters, over the 75 search "
        "results show unwrapped: the statement is written whole (cut, it could say something else); a summary in "
        "the claim is written instead\n"
        "claimtrack: warning: signed-unverifiable: reviewRating.ratingExplanation left out: the review has no note\n"
        "claimtrack: 1 of 5 reviews left out\n"
    )


def test_the_republished_original_is_the_first_appearance_and_only_truth_has_a_number(tmp_path: Path) -> None:
    _, output, _ = export(fixture_repo(tmp_path), "--url-template", PAGE, "--language", "en")
    reviews = {review["identifier"]: review for review in records(output)}
    assert sorted(reviews) == ["signed-2016", "signed-2017", "signed-in-moscow", "signed-unverifiable"]
    item = reviews["signed-2016"]["itemReviewed"]
    assert item["firstAppearance"]["url"] == "https://wire.example/treaty"
    assert [work["url"] for work in item["appearance"]] == ["https://paper.example/news/treaty"]
    assert (item["author"], item["datePublished"]) == ({"@type": "Person", "name": "Jo Writer"}, "2016-11-29")
    spoken = reviews["signed-2017"]["itemReviewed"]
    assert (spoken["author"], spoken["datePublished"]) == ({"@type": "Person", "name": "Alice"}, "2017-03-01")
    ratings = {claim_id: review["reviewRating"] for claim_id, review in reviews.items()}
    assert ratings["signed-2016"]["ratingValue"] == 5
    assert ratings["signed-2017"]["ratingValue"] == 1
    for verdict in ("signed-in-moscow", "signed-unverifiable"):
        assert not {"ratingValue", "bestRating", "worstRating"} & set(ratings[verdict]), verdict
    assert ratings["signed-in-moscow"]["alternateName"] == "Misleading"
    assert reviews["signed-in-moscow"]["claimReviewed"] == LONG
    assert reviews["signed-unverifiable"]["claimReviewed"] == "Officials said the treaty was signed."


def test_the_author_is_the_publisher_named_else_the_reviewer_with_a_warning(tmp_path: Path) -> None:
    root = fixture_repo(tmp_path)
    _, output, errors = export(root, "--url-template", PAGE, "--language", "en", "--publisher", DESK)
    assert {json.dumps(r["author"]) for r in records(output)} == {
        '{"@type": "Organization", "name": "Ledger Fact Desk"}'
    }
    assert "--publisher" not in errors
    _, output, errors = export(root, "--url-template", PAGE, "--language", "en")
    assert {json.dumps(r["author"]) for r in records(output)} == {'{"@type": "Organization", "name": "A. Reviewer"}'}
    assert errors.count("--publisher") == 1
    assert (
        "claimtrack: warning: author is each review's reviewer, written as an organisation: --publisher names the "
        "organisation that publishes the fact-checks, the author consumers expect\n"
    ) in errors


def test_without_a_url_template_it_says_how_to_give_one(tmp_path: Path) -> None:
    code, output, errors = export(report_repo(tmp_path))
    assert (code, output) == (2, "")
    assert errors == (
        "claimtrack: export claimreview needs --url-template: every ClaimReview names the page of its fact-check "
        "(url), e.g. --url-template 'https://factcheck.example/claims/{id}'\n"
    )


def test_templates_need_the_id_and_the_language_is_a_tag(tmp_path: Path) -> None:
    root = report_repo(tmp_path)
    assert export(root, "--url-template", "https://factcheck.example/")[::2] == (
        2,
        "claimtrack: --url-template must contain {id}\n",
    )
    assert export(root, "--url-template", PAGE, "--archive-url-template", "https://a.example/")[::2] == (
        2,
        "claimtrack: --archive-url-template must contain {id}\n",
    )
    for relative in ("/claims/{id}", "{id}.html", "ftp://factcheck.example/{id}", "https://{id}"):
        assert export(root, "--url-template", relative)[::2] == (
            2,
            "claimtrack: --url-template must be a full http:// or https:// address, e.g. "
            "https://factcheck.example/{id}\n",
        )
    code, _, errors = export(root, "--url-template", PAGE, "--language", "English")
    assert (code, errors) == (2, "claimtrack: --language: 'English' is not a BCP 47 language tag such as en or pt-BR\n")


def test_what_the_reader_finds_missing_was_warned_about(tmp_path: Path) -> None:
    """Without --archive-url-template the essay's claim has no url for its first appearance: the record is still
    accepted, shows less, and the export said so."""
    code, output, errors = export(fixture_repo(tmp_path), "--url-template", PAGE)
    assert code == 1
    for record in records(output):
        reading = read_review(record)
        assert reading.accepted, (record["identifier"], reading.required)
        for gap in reading.recommended:
            field = {"itemReviewed.appearance or firstAppearance": "firstAppearance"}.get(gap, gap)
            assert f"claimtrack: warning: {record['identifier']}: {field} left out" in errors, gap
    assert "signed-2017: firstAppearance left out: essay has no url (--archive-url-template" in errors
    assert "claimtrack: warning: inLanguage left out of every review: --language gives it\n" in errors


def test_every_corpus_review_written_is_accepted_and_every_left_out_one_says_why() -> None:
    exported = render_claimreview(check_repository(CORPUS), PAGE, ARCHIVE, "en")
    written = records(exported.text)
    assert len(written) == exported.records > 0
    assert all(read_review(record).accepted for record in written)
    warned = {(o.claim, o.field) for o in exported.omissions}
    for record in written:
        for gap in read_review(record).recommended:
            assert (record["identifier"], gap) in warned, (record["identifier"], gap)
    assert all((o.claim, "itemReviewed.author") in warned for o in exported.left_out)


def test_each_line_expands_offline_to_one_claim_review_with_its_own_id(tmp_path: Path) -> None:
    _, output, _ = export(fixture_repo(tmp_path), "--url-template", PAGE, "--archive-url-template", ARCHIVE)
    for record in records(output):
        [node] = jsonld.expand(record, {"documentLoader": _schema_org_offline})
        url = PAGE.replace("{id}", record["identifier"])
        assert node["@id"] == f"{url}#claimreview"
        assert node["@type"] == [f"{S}ClaimReview"]
        assert node[f"{S}url"] == [{"@id": url}]
        item = node[f"{S}itemReviewed"][0]
        assert item["@type"] == [f"{S}Claim"]
        assert item[f"{S}author"][0][f"{S}name"][0]["@value"]
        assert node[f"{S}reviewRating"][0][f"{S}alternateName"][0]["@value"]


def test_the_url_template_is_filled_as_text_never_formatted(tmp_path: Path) -> None:
    """Issue 28, item 10: str.format crashed on '{id}{', allocated 3 GB for '{id:>999999999}' and printed
    internals for '{id.__class__.__mro__}'; only '{id}' is replaced, everything else is kept as written."""
    root = fixture_repo(tmp_path)
    for path in ("{id}{", "{id}{0}", "{id:>999999999}/{id}", "{id.__class__.__mro__}/{id}", "{{id}}"):
        template = f"https://factcheck.example/{path}"
        _, output, _ = export(root, "--url-template", template)
        reviews = records(output)
        assert reviews
        assert {review["url"] for review in reviews} == {template.replace("{id}", r["identifier"]) for r in reviews}


def _yaml(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, everything but printable ASCII escaped."""
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08x}" for c in text) + '"'


statements = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(lambda t: t.strip())


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(statements, min_size=2, max_size=2))
def test_every_line_is_one_json_record_with_a_unique_id_and_nothing_a_page_would_run(texts: list[str]) -> None:
    """Whatever the statements say (``</script>``, ``<!--``, line and paragraph separators), each review is one
    line that parses as JSON, gives the statement back, has an @id no other line has, and holds no raw ``<``,
    ``>`` or ``&`` (issue 28, item 13), so it can go in a ``<script>`` element as it is."""
    with tempfile.TemporaryDirectory() as folder:
        root = fixture_repo(Path(folder))
        for claim_id, text in zip(("signed-2016", "signed-2017"), texts, strict=True):
            path = root / "claims" / f"{claim_id}.yaml"
            path.write_text(
                path.read_text(encoding="utf-8").replace(f"statement: Claim {claim_id}.", f"statement: {_yaml(text)}"),
                encoding="utf-8",
            )
        exported = render_claimreview(check_repository(root), PAGE)
    lines = exported.text.split("\n")
    assert lines.pop() == ""
    assert len(lines) == exported.records == 4
    reviews = {review["identifier"]: review for review in map(json.loads, lines)}
    assert len({review["@id"] for review in reviews.values()}) == 4
    assert [reviews[claim_id]["claimReviewed"] for claim_id in ("signed-2016", "signed-2017")] == texts
    assert not set("<>&\r\u2028\u2029") & set(exported.text)


def test_the_json_ld_can_be_embedded_in_a_script_element(tmp_path: Path) -> None:
    """Issue 28, item 13: a statement holding ``</script>`` or ``<!--`` ended the page's script element."""
    root = fixture_repo(tmp_path)
    path = next(root.rglob("signed-2016.yaml"))
    statement = "Claim </script><script>alert(1)</script> <!-- & -->."
    path.write_text(
        path.read_text(encoding="utf-8").replace("statement: Claim signed-2016.", f"statement: '{statement}'"),
        encoding="utf-8",
    )
    _, output, _ = export(root, "--url-template", PAGE)
    assert not set("<>&") & set(output)
    assert "\\u003c/script\\u003e" in output
    reviewed = {review["identifier"]: review for review in records(output)}
    assert reviewed["signed-2016"]["claimReviewed"] == statement


def test_a_summary_over_75_characters_is_refused_where_it_stands(tmp_path: Path) -> None:
    root = repo(tmp_path, claim("c1", summary="x" * 76))
    result = runner.invoke(app, ["validate", "--root", str(root)])
    assert result.exit_code == 1
    assert (
        result.stdout.splitlines()[0]
        == "claims/c1.yaml:8:10: CT103 summary: is 76 characters; a summary has 75 at most"
    )
