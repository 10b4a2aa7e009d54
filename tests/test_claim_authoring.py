"""claimtrack new over the whole claim format, review, entity add and property add: what they write and refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.repository.validate import validate_repository
from rulekit import repo, source

runner = CliRunner()


def invoke(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--root", str(root)])
    return result.exit_code, result.output


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(tmp_path / "repo", sources=source("a") | source("b", text="Bob held the post from 2019."))


def test_new_writes_every_field_in_the_canonical_layout(root: Path) -> None:
    code, output = invoke(
        root, "new", "--subject", "defence-minister", "--property", "held_by", "--value", "alice",
        "--statement", "Alice held the post.", "--valid-from", "2018", "--valid-until", "2019-05", "--as-of", "2018-06",
        "--place", "samarkand", "--evidence", "a:supports:beta gamma", "--evidence", "b:contradicts:Bob held the post",
        "--prefix", "Alpha", "--prefix", "", "--suffix", ".", "--evidence-note", "", "--evidence-note", "A rival.",
        "--status", "disputed", "--review-by", "A. Reviewer", "--review-note", "The sources differ.",
        "--review-on", "2026-01-02", "--tag", "posts", "--id", "minister-alice", "--topic", "posts",
    )  # fmt: skip
    assert (code, output) == (0, "wrote claims/posts/minister-alice.yaml\n")
    assert (root / "claims/posts/minister-alice.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: minister-alice\n"
        "type: relation\n"
        "statement: Alice held the post.\n"
        "subject: defence-minister\n"
        "property: held_by\n"
        "value: alice\n"
        "place: samarkand\n"
        "as_of: '2018-06'\n"
        "valid_from: '2018'\n"
        "valid_until: '2019-05'\n"
        "modality: asserted\n"
        "status: disputed\n"
        "evidence:\n"
        "  - source: a\n"
        "    stance: supports\n"
        "    quote: beta gamma\n"
        "    prefix: Alpha\n"
        "    suffix: .\n"
        "  - source: b\n"
        "    stance: contradicts\n"
        "    quote: Bob held the post\n"
        "    note: A rival.\n"
        "review:\n"
        "  by: A. Reviewer\n"
        "  on: '2026-01-02'\n"
        "  note: The sources differ.\n"
        "tags:\n"
        "  - posts\n"
    )
    assert validate_repository(root).success
    assert invoke(root, "fmt", "--check", str(root / "claims"))[0] == 0


def test_new_writes_a_beginning_an_absolute_statement_and_the_speaker(root: Path) -> None:
    code, output = invoke(
        root, "new", "--subject", "uzbekistan", "--property", "member_of", "--value", "csto",
        "--statement", "Alice said Uzbekistan has never been a member.", "--as-of", "2021-06", "--absolute", "never",
        "--modality", "denied", "--said-by", "alice", "--said-setting", "at a press conference", "--said-on", "2021-06-03",
        "--evidence", "a:supports:Alpha beta", "--id", "never-member", "--topic", "csto",
    )  # fmt: skip
    assert (code, output) == (0, "wrote claims/csto/never-member.yaml\n")
    text = (root / "claims/csto/never-member.yaml").read_text(encoding="utf-8")
    assert "as_of: '2021-06'\nabsolute: never\nmodality: denied\nsaid:\n  by: alice\n" in text
    assert "  setting: at a press conference\n  on: '2021-06-03'\nstatus: unreviewed\n" in text
    args = ["--subject", "uzbekistan", "--property", "member_of", "--value", "csto", "--evidence", "a:supports:Alpha"]
    code, _ = invoke(root, "new", *args, "--statement", "Joined in 2019.", "--began", "2019", "--ended", "2021")
    assert code == 0
    assert "began: '2019'\nended: '2021'\n" in (root / "claims/csto/uzbekistan-member-of-csto.yaml").read_text()


def test_new_runs_the_checks_validate_runs(root: Path) -> None:
    code, output = invoke(
        root, "new", "--subject", "defence-minister", "--property", "held_by", "--value", "uzbekistan",
        "--statement", "Held.", "--evidence", "a:supports:Alpha",
    )  # fmt: skip
    assert code == 1
    assert output.splitlines() == [
        "claims/defence-minister/defence-minister-held-by-uzbekistan.yaml:7:8: CT115 'uzbekistan' is a country; "
        "property 'held_by' takes person",
        "claimtrack: claims/defence-minister/defence-minister-held-by-uzbekistan.yaml not written: "
        "fix the problems above",
    ]
    assert not (root / "claims/defence-minister").exists()


def test_new_puts_a_claim_beside_its_subjects_claims(root: Path) -> None:
    first = ["--subject", "treaty-mtc", "--property", "signed_on", "--statement", "Signed.", "--source", "a"]
    assert invoke(root, "new", *first, "--value", "2016", "--quote", "Alpha", "--topic", "treaties")[0] == 0
    code, output = invoke(root, "new", *first, "--value", "2016-11", "--quote", "Delta")
    assert (code, output) == (0, "wrote claims/treaties/treaty-mtc-signed-on-2016-11.yaml\n")


def test_review_records_a_verdict_and_keeps_every_other_line(root: Path) -> None:
    args = ["--subject", "treaty-mtc", "--property", "signed_on", "--statement", "Signed.", "--source", "a"]
    invoke(root, "new", *args, "--value", "2016", "--quote", "Alpha", "--id", "s2016")
    invoke(root, "new", *args, "--value", "2017", "--quote", "Delta", "--id", "s2017")
    path = root / "claims/treaty-mtc/s2017.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: s2017", "# checked twice\nid: s2017"), "utf-8")
    assert invoke(root, "check")[0] == 1
    code, output = invoke(
        root, "review", "s2017", "--status", "refuted", "--review-by", "A. Reviewer",
        "--review-note", "The other date is the signing's.", "--review-on", "2026-02-03",
    )  # fmt: skip
    assert (code, output) == (
        0,
        "wrote claims/treaty-mtc/s2017.yaml\n"
        "  status: unreviewed -> refuted\n"
        "  review.by: (none) -> A. Reviewer\n"
        "  review.on: (none) -> 2026-02-03\n"
        "  review.note: (none) -> The other date is the signing's.\n",
    )
    text = path.read_text(encoding="utf-8")
    assert "# checked twice\nid: s2017\n" in text
    assert text.endswith(
        "status: refuted\nevidence:\n  - source: a\n    stance: supports\n    quote: Delta\n"
        "review:\n  by: A. Reviewer\n  on: '2026-02-03'\n  note: The other date is the signing's.\n"
    )
    assert invoke(root, "check")[0] == 0
    assert invoke(root, "review", "s217", "--status", "refuted") == (
        2,
        "claimtrack: unknown claim 's217'; did you mean 's2017'?\n",
    )
    assert invoke(root, "review", "s2016", "--status", "supported") == (
        1,
        "claimtrack: a supported verdict names its reviewer: give --review-by\n",
    )


def test_review_refuses_a_refutation_without_a_reason_and_never_drops_the_note_on_file(root: Path) -> None:
    args = ["--subject", "treaty-mtc", "--property", "signed_on", "--statement", "Signed.", "--source", "a"]
    invoke(root, "new", *args, "--value", "2017", "--quote", "Delta", "--id", "s2017")
    path = root / "claims/treaty-mtc/s2017.yaml"
    assert invoke(root, "review", "s2017", "--status", "refuted", "--review-by", "Jo") == (
        1,
        "claimtrack: a refuted verdict says why: give --review-note\n",
    )
    sam = ["--review-by", "Sam", "--review-on", "2026-02-03", "--review-note", "The signing was in 2016."]
    assert invoke(root, "review", "s2017", "--status", "refuted", *sam)[0] == 0
    before = path.read_text(encoding="utf-8")
    assert invoke(root, "review", "s2017", "--status", "refuted", "--review-by", "Jo") == (
        1,
        "claimtrack: a refuted verdict says why: give --review-note (the note on file is Sam's)\n",
    )
    assert path.read_text(encoding="utf-8") == before
    assert invoke(root, "review", "s2017", "--review-on", "2026-02-04") == (
        0,
        "wrote claims/treaty-mtc/s2017.yaml\n  review.on: 2026-02-03 -> 2026-02-04\n",
    )
    assert "note: The signing was in 2016.\n" in path.read_text(encoding="utf-8")
    assert invoke(root, "review", "s2017") == (
        1,
        "claimtrack: nothing to record: give --status, --review-by, --review-note or --review-on\n",
    )


def test_entity_and_property_add_refuse_a_repository_with_an_invalid_file(root: Path) -> None:
    properties = root / "vocabulary/properties.yaml"
    properties.write_text(properties.read_text(encoding="utf-8") + "  bogus: [\n", encoding="utf-8")
    before = properties.read_bytes()
    expected = (
        1,
        "vocabulary/properties.yaml:11:3: CT004 invalid YAML: did not find expected '-' indicator\n"
        "1 error in 1 file (4 files checked)\n"
        "claimtrack: fix these first (the vocabulary must be valid to add to it)\n",
    )
    assert invoke(root, "entity", "add", "--id", "x", "--kind", "place", "--label", "X") == expected
    assert invoke(root, "property", "add", "--id", "x", "--label", "x", "--claim-type", "event") == expected
    assert properties.read_bytes() == before
    assert not (root / "vocabulary/entities/places.yaml").exists()


def test_entity_add_appends_in_the_canonical_layout_and_never_duplicates(root: Path) -> None:
    code, output = invoke(
        root, "entity", "add", "--id", "tashkent", "--kind", "place", "--label", "Tashkent", "--alias", "Toshkent",
        "--part-of", "uzbekistan", "--description", "The capital.",
    )  # fmt: skip
    assert (code, output) == (0, "added entity 'tashkent' to vocabulary/entities/places.yaml\n")
    assert (root / "vocabulary/entities/places.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schemas/entities.schema.json\n"
        "entities:\n"
        "  - id: tashkent\n"
        "    kind: place\n"
        "    label: Tashkent\n"
        "    aliases: [Toshkent]\n"
        "    part_of: uzbekistan\n"
        "    description: The capital.\n"
    )
    assert invoke(root, "entity", "add", "--id", "tashkent", "--kind", "place", "--label", "T") == (
        1,
        "claimtrack: entity 'tashkent' already exists in vocabulary/entities/places.yaml\n",
    )
    assert invoke(root, "entity", "add", "--id", "t2", "--kind", "place", "--label", "toshkent") == (
        1,
        "claimtrack: 'toshkent' already names entity 'tashkent'; add it as an alias there, or choose another name "
        "(two entities sharing a name are taken as one)\n",
    )
    assert invoke(root, "entity", "add", "--id", "t3", "--kind", "place", "--label", "X", "--part-of", "uzbekstan") == (
        2,
        "claimtrack: unknown entity 'uzbekstan'; did you mean 'uzbekistan'?\n",
    )
    assert validate_repository(root).success


def test_property_add_keeps_the_files_comments(root: Path) -> None:
    path = root / "vocabulary/properties.yaml"
    path.write_text("# Our properties.\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    code, output = invoke(
        root, "property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event",
        "--single-valued", "--not-before", "signed_on", "--description", "When it opened.",
    )  # fmt: skip
    assert (code, output) == (0, "added property 'opened_on' to vocabulary/properties.yaml\n")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/properties.schema.json\n# Our properties.\n")
    assert text.endswith(
        "  - id: opened_on\n    label: opened on\n    claim_type: event\n    single_valued: true\n"
        "    not_before: [signed_on]\n    description: When it opened.\n"
    )
    assert invoke(root, "property", "add", "--id", "x", "--label", "x", "--claim-type", "event", "--unit", "m") == (
        1,
        "claimtrack: a unit is for quantity properties only\n",
    )
    assert validate_repository(root).success


def test_new_on_a_terminal_checks_each_answer_as_it_is_typed(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("claimtrack.cli.claim_commands._on_terminal", lambda: True)
    answers = ["treaty-mt", "treaty-mtc", "signed_in", "signed_on", "2016-02-30", "2016", "Signed.", "c", "a"]
    answers += ["Alpah beta", "Alpha beta"]
    result = runner.invoke(app, ["new", "--root", str(root)], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    output = result.output
    assert "subject, one of:\n  treaty-mtc (treaty: The treaty)\n" in output
    assert "  signed_on (event: signed on)\n" in output
    assert "  unknown entity 'treaty-mt'; did you mean 'treaty-mtc'? (add it with 'claimtrack entity add')\n" in output
    assert (
        "  unknown property 'signed_in'; did you mean 'signed_on'? (add it with 'claimtrack property add')\n" in output
    )
    assert "  '2016-02-30' is not a partial date" in output
    assert "  unknown source 'c'" in output
    assert "  not in the archived text of a; closest passage (90% similar, line 1): 'Alpha beta'\n" in output
    assert output.endswith("wrote claims/treaty-mtc/treaty-mtc-signed-on-2016.yaml\n")


def test_a_quantity_takes_its_unit_from_the_property_or_from_unit(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    (tmp_path / "a.txt").write_text("The deal was worth 412 million euros and 3 people died.\n", encoding="utf-8")
    invoke(root, "source", "add", str(tmp_path / "a.txt"), "--id", "a")
    invoke(root, "entity", "add", "--id", "deal", "--kind", "other", "--label", "The deal")
    args = ["new", "--subject", "deal", "--statement", "Worth it.", "--evidence", "a:supports:412 million euros"]
    assert invoke(root, *args, "--property", "amount", "--value", "412000000") == (
        2,
        "claimtrack: new: 1 option missing (on a terminal, new asks for what is missing):\n"
        "  --unit: missing (property 'amount' has no fixed unit)\n",
    )
    code, output = invoke(root, *args, "--property", "amount", "--value", "about 412000000", "--unit", "euro")
    assert (code, output) == (0, "wrote claims/deal/deal-amount-about-412000000.yaml\n")
    assert "value:\n  about: 412000000\n  unit: euro\n" in (
        root / "claims/deal/deal-amount-about-412000000.yaml"
    ).read_text(encoding="utf-8")
    code, output = invoke(root, *args, "--property", "death_toll", "--value", "3", "--unit", "people", "--id", "toll")
    assert code == 1
    assert "CT115 property 'death_toll' is counted in 'person', not 'people'" in output


def test_new_takes_a_quantity_as_the_article_writes_it(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    assert runner.invoke(app, ["init", str(root)]).exit_code == 0
    (tmp_path / "a.txt").write_text("Around 1,500 people marched, up to 40 million euros were raised.\n", "utf-8")
    invoke(root, "source", "add", str(tmp_path / "a.txt"), "--id", "a")
    invoke(root, "entity", "add", "--id", "march", "--kind", "event", "--label", "The march")
    args = ["new", "--subject", "march", "--statement", "About 1,500 marched.", "--evidence", "a:supports:Around 1,500"]
    code, output = invoke(root, *args, "--property", "people_taking_part", "--value", "Around 1,500")
    assert (code, output) == (0, "wrote claims/march/march-people-taking-part-about-1500.yaml\n")
    assert "value:\n  about: 1500\n  unit: person\n" in (
        root / "claims/march/march-people-taking-part-about-1500.yaml"
    ).read_text(encoding="utf-8")
    code, output = invoke(root, *args, "--property", "amount", "--value", "40 million euros", "--unit", "euro")
    assert (code, output) == (0, "wrote claims/march/march-amount-40000000.yaml\n")
    code, output = invoke(root, *args, "--property", "amount", "--value", "40 million dollars", "--unit", "euro")
    assert code == 1
    assert "'40 million dollars' counts 'USD', which does not convert into 'euro'" in output
    code, output = invoke(root, *args, "--property", "amount", "--value", "a few", "--unit", "euro")
    assert code == 1
    assert "'a few' is not a quantity: write a number in digits (12, 7.5, 1,200, 40 million)" in output


def test_property_add_takes_ids_as_its_help_says(root: Path) -> None:
    args = ["--label", "opened at", "--claim-type", "event"]
    assert invoke(root, "property", "add", "--id", "opened-at", *args) == (
        1,
        "claimtrack: property id 'opened-at': use lower-case letters, digits and _, starting with a letter "
        "('opened_at')\n",
    )
    assert invoke(root, "property", "add", "--id", "opened_at", *args)[0] == 0
