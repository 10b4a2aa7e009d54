"""draft proposes a citation, not a duplicate, for a sentence stating what a claim already says (a
republication's words, or the claim's value in other words); and draft --format json, exact."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from ruamel.yaml import YAML
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.drafting.citations import cite_lines
from claimtrack.model.claims import Evidence
from rulekit import claim, repo, source
from test_drafting import _repository

runner = CliRunner()
ORIGINAL = "The treaty was signed on 29 November 2016, the ministry said.\n"
REPUBLISHED = (
    "The treaty was signed on 29 November 2016, the ministry said.\n"
    "In Moscow, officials signed the treaty on 29 November 2016.\n"
    "The treaty was ratified on 5 May 2017.\n"
)
CITE = "claimtrack cite signed b --quote 'The treaty was signed on 29 November 2016'"


def _root(tmp_path: Path) -> Path:
    sources = source("a", ORIGINAL, published="'2016-11-30'") | source(
        "b", REPUBLISHED, published="'2017-06-01'", derived_from="[a]"
    )
    quote = "The treaty was signed on 29 November 2016"
    return repo(tmp_path, claim("signed", "'2016-11-29'", evidence=[("a", "supports", quote)]), sources=sources)


def _draft(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["draft", *args, "--root", str(root)])
    return result.exit_code, result.output


def test_a_republication_proposes_citations_and_drafts_only_what_is_new(tmp_path: Path) -> None:
    root = _root(tmp_path)
    code, output = _draft(root, "b")
    assert code == 0
    drafted, _, citations = output.partition("# --- cite: ")
    assert drafted.startswith("# --- claims/drafts/treaty-mtc-ratified-on-2017-05-05.yaml\n")
    assert drafted.count("# --- ") == 1  # the signing is not drafted again
    # The words the original's claim quotes, once for the claim (the second sentence states it too).
    assert (
        "# --- cite: " + citations == f"# --- cite: line 1: the sentence states signed; add it as evidence:\n{CITE}\n"
    )
    written = runner.invoke(app, [*shlex.split(CITE)[1:], "--root", str(root)])
    assert (written.exit_code, written.output) == (0, "wrote claims/signed.yaml: supports from b\n")
    # Now the claim quotes b: its other sentence stating the signing is more evidence for it (it was drafted as
    # a second claim), and the ratification is still new.
    drafted, _, citations = _draft(root, "b")[1].partition("# --- cite: ")
    assert drafted.startswith("# --- claims/drafts/treaty-mtc-ratified-on-2017-05-05.yaml\n")
    assert drafted.count("# --- ") == 1
    assert "# --- cite: " + citations == (
        "# --- cite: line 2: the sentence states signed; add it as evidence:\n"
        "claimtrack cite signed b --quote 'In Moscow, officials signed the treaty on 29 November 2016.'\n"
    )


def test_a_value_of_a_quoted_claim_is_not_drafted_again_under_another_subject_or_property(tmp_path: Path) -> None:
    # A reviewer kept the signing under another property than drafting would guess: the republished sentence
    # holds the claim's quote, and its date is that claim's, so it is a citation and no second claim.
    republished = ORIGINAL + "The treaty was ratified on 5 May 2017.\n"
    sources = source("a", ORIGINAL, published="'2016-11-30'") | source(
        "b", republished, published="'2017-06-01'", derived_from="[a]"
    )
    quote = "The treaty was signed on 29 November 2016"
    kept = claim("signed", "'2016-11-29'", property="ratified_on", evidence=[("a", "supports", quote)])
    code, output = _draft(repo(tmp_path, kept, sources=sources), "b")
    assert code == 0
    drafted, _, citations = output.partition("# --- cite: ")
    assert drafted.startswith("# --- claims/drafts/treaty-mtc-ratified-on-2017-05-05.yaml\n")
    assert drafted.count("# --- ") == 1
    assert "# --- cite: " + citations == (
        "# --- cite: line 1: the sentence states signed; add it as evidence:\n"
        "claimtrack cite signed b --quote 'The treaty was signed on 29 November 2016'\n"
    )


def test_a_value_a_claim_states_in_other_words_is_a_citation(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "sources/b.txt").write_text(REPUBLISHED.split("\n", 1)[1], encoding="utf-8")
    (root / "sources/b.yaml").write_text(
        source("b", REPUBLISHED.split("\n", 1)[1], published="'2017-06-01'")["sources/b.yaml"], encoding="utf-8"
    )
    code, output = _draft(root, "b", "--format", "json")
    assert code == 0
    assert json.loads(output)["citations"] == [
        {
            "line": 1,
            "quote": "In Moscow, officials signed the treaty on 29 November 2016.",
            "claim": "signed",
            "command": "claimtrack cite signed b --quote 'In Moscow, officials signed the treaty on 29 November 2016.'",
        }
    ]
    assert _draft(root, "b", "--write")[1] == (
        "wrote claims/drafts/treaty-mtc-ratified-on-2017-05-05.yaml\n"
        "1 sentence(s) state claims that exist: add them with the 'claimtrack cite' lines printed without --write\n"
        "next: check each draft against its sentence and correct what is wrong ('claimtrack edit ID'); "
        "'claimtrack accept ID' (or --all) then makes it a claim; 'claimtrack dismiss ID --why ...' one that is no "
        "claim, so that its sentence is not proposed again\n"
    )


EXPECTED_JSON = """\
{
  "format_version": 4,
  "source": "harbour-news",
  "drafts": [
    {
      "line": 2,
      "quote": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021, the harbour authority said.",
      "evidence_quote": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021",
      "statement": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021.",
      "type": "event",
      "value": "2021-03-02",
      "written": "2 March 2021",
      "subject": "harbour-deal",
      "property": "signed_on",
      "modality": "reported",
      "notes": [
        "modality reported, from 'said'",
        "said by velmar-port: 'the harbour authority'"
      ],
      "file": "claims/drafts/harbour-deal-signed-on-2021-03-02.yaml",
      "new_entity": null,
      "new_property": null,
      "said_by": "velmar-port",
      "new_speaker": null,
      "absolute": null
    },
    {
      "line": 2,
      "quote": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021, the harbour authority said.",
      "evidence_quote": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021",
      "statement": "The Port of Velmar signed the harbour deal for 12 patrol boats on 2 March 2021.",
      "type": "quantity",
      "value": {
        "exactly": 12,
        "unit": "boat"
      },
      "written": "12",
      "subject": "harbour-deal",
      "property": "boats_ordered",
      "modality": "reported",
      "notes": [
        "modality reported, from 'said'",
        "said by velmar-port: 'the harbour authority'"
      ],
      "file": "claims/drafts/harbour-deal-boats-ordered-12.yaml",
      "new_entity": null,
      "new_property": null,
      "said_by": "velmar-port",
      "new_speaker": null,
      "absolute": null
    },
    {
      "line": 3,
      "quote": "The first boats will be delivered to Velmar this spring.",
      "evidence_quote": "The first boats will be delivered to Velmar this spring.",
      "statement": "The first boats will be delivered to Velmar this spring.",
      "type": "event",
      "value": "2021-21",
      "written": "this spring",
      "subject": "velmar-port",
      "property": "delivered_on",
      "modality": "planned",
      "notes": [
        "'this spring' read as 2021-21 from the source's publication date 2021-03-04",
        "modality planned, from 'will'",
        "'The first' read as velmar-port, the subject of the sentence before"
      ],
      "file": "claims/drafts/velmar-port-delivered-on-2021-21.yaml",
      "new_entity": null,
      "new_property": null,
      "said_by": null,
      "new_speaker": null,
      "absolute": null
    }
  ],
  "citations": [],
  "skipped": []
}
"""


def test_draft_json_is_exact(tmp_path: Path) -> None:
    root = _repository(tmp_path / "repo")
    assert _draft(root, "harbour-news", "--format", "json") == (0, EXPECTED_JSON)


def test_draft_json_gives_what_the_vocabulary_must_gain(tmp_path: Path) -> None:
    root = _repository(tmp_path / "repo")
    (root / "sources/harbour-news.txt").write_text("Kestrel County hired 40 divers.\n", encoding="utf-8")
    (root / "sources/harbour-news.yaml").write_text(
        source("harbour-news", "Kestrel County hired 40 divers.\n", published="'2021-03-04'")[
            "sources/harbour-news.yaml"
        ],
        encoding="utf-8",
    )
    (draft,) = json.loads(_draft(root, "harbour-news", "--format", "json")[1])["drafts"]
    assert (draft["new_entity"], draft["new_property"]) == (
        {
            "id": "kestrel-county",
            "kind": "place",
            "label": "Kestrel County",
            "command": "claimtrack entity add --id kestrel-county --kind place --label 'Kestrel County'",
        },
        {
            "id": "diver_count",
            "label": "diver count",
            "claim_type": "quantity",
            "unit": "diver",
            "command": "claimtrack property add --id diver_count --label 'diver count' --claim-type quantity --unit diver",
        },
    )


def test_a_day_said_twice_in_a_sentence_is_one_draft(tmp_path: Path) -> None:
    text = "Officials teased the treaty during a meeting Monday night (Nov. 18) at the Kremlin in Moscow.\n"
    sources = source("a", ORIGINAL, published="'2016-11-30'") | source("b", text, published="'2019-11-19'")
    root = repo(
        tmp_path,
        claim("signed", "'2016-11-29'", evidence=[("a", "supports", "The treaty was signed")]),
        sources=sources,
    )
    code, output = _draft(root, "b", "--format", "json")
    assert code == 0
    assert [draft["value"] for draft in json.loads(output)["drafts"]] == ["2019-11-18"]


def test_draft_json_gives_the_quote_and_statement_each_written_file_gives(tmp_path: Path) -> None:
    """`evidence_quote` and `statement` are what `--write` puts in the claim file (the value's clause here)."""
    root = _repository(tmp_path / "repo")
    drafts = json.loads(_draft(root, "harbour-news", "--format", "json")[1])["drafts"]
    assert _draft(root, "harbour-news", "--write")[0] == 0
    for draft in drafts:
        written = YAML(typ="safe").load((root / draft["file"]).read_text(encoding="utf-8"))
        assert (draft["evidence_quote"], draft["statement"]) == (written["evidence"][0]["quote"], written["statement"])
    assert {d["evidence_quote"] for d in drafts} != {d["quote"] for d in drafts}  # a clause was cut from a sentence


def test_cite_lines_give_every_field_of_a_link_and_leave_out_the_words_quoted_already() -> None:
    links = [
        Evidence(source="wire", stance="contradicts", quote="It opened in May", prefix="Oster: ", note="A rival day."),
        Evidence(source="post", stance="supports", quote="The pier opened in May 2022."),
    ]
    assert cite_lines(
        "pier-opened", links, [Evidence(source="post", stance="supports", quote="The pier  opened in May 2022.")]
    ) == [
        "claimtrack cite pier-opened wire --quote 'It opened in May' --stance contradicts --prefix 'Oster: ' "
        "--note 'A rival day.'"
    ]
