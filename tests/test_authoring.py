"""claimtrack source add and claimtrack new: what they write, what they check, what they refuse."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.new_files import AuthoringError, parse_quantity, slug
from claimtrack.cli import app
from claimtrack.repository.validate import validate_repository
from helpers import run_main
from rulekit import repo

runner = CliRunner()
ARTICLE = "Russia and Uzbekistan signed the treaty on 29 November 2016.\r\nIt was ratified in 2017.\n"


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(tmp_path / "repo")


def test_source_add_archives_bytes_and_writes_valid_metadata(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.encode())
    code, output = invoke(
        "source", "add", str(article), "--id", "wire-2016", "--title", "Treaty signed", "--published", "2016-11-30",
        "--author", "A. Writer", "--root", str(root),
    )  # fmt: skip
    assert (code, output) == (0, "wrote sources/wire-2016.txt and sources/wire-2016.yaml\n")
    assert (root / "sources/wire-2016.txt").read_bytes() == ARTICLE.encode()  # CRLF and all
    assert (root / "sources/wire-2016.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schemas/source.schema.json\n"
        "id: wire-2016\n"
        "title: Treaty signed\n"
        "kind: news\n"
        "authors:\n"
        "  - A. Writer\n"
        "published: '2016-11-30'\n"
        "text: wire-2016.txt\n"
        f"sha256: '{hashlib.sha256(ARTICLE.encode()).hexdigest()}'\n"
    )
    assert validate_repository(root).success


def test_source_add_points_at_a_correction_paragraph(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    text = "The ferry runs twice a day.\n\nCorrection: an earlier version said it runs \x1b[2Jthree times.\n"
    article.write_text(text, encoding="utf-8")
    code, output = invoke("source", "add", str(article), "--id", "ferry", "--root", str(root))
    assert (code, output.splitlines()) == (
        0,
        [
            "wrote sources/ferry.txt and sources/ferry.yaml",
            'sources/ferry.txt:3: a correction ("Correction: an earlier version said it runs \\x1b[2Jthree times."): '
            "record what it corrects or retracts under 'corrects:' in sources/ferry.yaml (see docs/vocabulary.md)",
        ],
    )


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Correction: an article said 60 per cent.", True),
        ("CORRECTION — the minister's name was misspelt.", True),
        ("Clarification: the vote was on Tuesday.", True),
        ("Editor's note: this story was updated.", True),
        ("The correction of the figures took a week.", False),
        ("Corrections officers went on strike.", False),
    ],
)
def test_correction_paragraphs_are_told_by_how_they_open(line: str, found: bool) -> None:
    from claimtrack.text.correction_notes import correction_paragraphs

    assert correction_paragraphs(f"Headline\n\n{line}\n") == ([(3, line)] if found else [])


def test_source_add_refuses_to_overwrite(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Text.", encoding="utf-8")
    code, output = invoke("source", "add", str(article), "--id", "a", "--root", str(root))
    assert code == 1
    assert "sources/a.yaml already exists; claimtrack never overwrites it" in output


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (b"\xff\xfe bad", [], "is not UTF-8 text (byte 0)"),
        (b"Text.", ["--published", "2016-13-01"], "published:"),
        (b"Text.", ["--kind", "rumour"], "kind:"),
    ],
)
def test_source_add_rejects_bad_input_and_writes_nothing(
    root: Path, tmp_path: Path, content: bytes, args: list[str], message: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    code, output = invoke("source", "add", str(article), "--id", "new-one", *args, "--root", str(root))
    assert code == 1
    assert message in output
    assert sorted(p.name for p in (root / "sources").iterdir()) == ["a.txt", "a.yaml"]


def test_source_add_rejects_an_id_that_would_leave_the_folder(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Text.", encoding="utf-8")
    code, output = invoke("source", "add", str(article), "--id", "../escape", "--root", str(root))
    assert code == 1
    assert "source id '../escape' must be lower-case letters and digits" in output


def test_new_writes_a_valid_claim_in_the_subject_folder(root: Path) -> None:
    code, output = invoke(
        "new", "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2016-11-29",
        "--statement", "The treaty was signed on 29 November 2016.", "--source", "a", "--quote", "Alpha beta",
        "--root", str(root),
    )  # fmt: skip
    assert (code, output) == (0, "wrote claims/treaty-mtc/treaty-mtc-signed-on-2016-11-29.yaml\n")
    assert (root / "claims/treaty-mtc/treaty-mtc-signed-on-2016-11-29.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: treaty-mtc-signed-on-2016-11-29\n"
        "type: event\n"
        "statement: The treaty was signed on 29 November 2016.\n"
        "subject: treaty-mtc\n"
        "property: signed_on\n"
        "value: '2016-11-29'\n"
        "modality: asserted\n"
        "status: unreviewed\n"
        "evidence:\n"
        "  - source: a\n"
        "    stance: supports\n"
        "    quote: Alpha beta\n"
    )
    assert validate_repository(root).success
    code, output = invoke(
        "new", "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2016-11-29",
        "--statement", "Again.", "--source", "a", "--quote", "Alpha beta", "--root", str(root),
    )  # fmt: skip
    assert code == 1
    assert "already exists" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--property", "signed_in"],
            "claims/treaty-mtc/treaty-mtc-signed-in-2016.yaml:6:11: CT113 unknown property 'signed_in'; "
            "did you mean 'signed_on'?",
        ),
        (["--subject", "nobody"], "claims/nobody/nobody-signed-on-2016.yaml:5:10: CT114 unknown entity 'nobody'"),
        (
            ["--quote", "Alpah beta"],
            "claims/treaty-mtc/treaty-mtc-signed-on-2016.yaml:13:12: CT203 quote not found in a; "
            "closest passage (90% similar, line 1): 'Alpha beta'",
        ),
        (["--source", "b"], "unknown source 'b'"),
        (["--value", "2016-02-30"], "value"),
        (["--topic", "../up"], "topic '../up' must be"),
    ],
)
def test_new_checks_before_writing(root: Path, args: list[str], message: str) -> None:
    given = {
        "--subject": "treaty-mtc",
        "--property": "signed_on",
        "--value": "2016",
        "--statement": "Signed.",
        "--source": "a",
        "--quote": "Alpha",
    }
    overrides = dict(zip(args[::2], args[1::2], strict=True))
    flat = [x for key, value in (given | overrides).items() for x in (key, value)]
    code, output = invoke("new", *flat, "--root", str(root))
    assert code == 1
    assert message in output
    assert not (root / "claims").exists() or not any((root / "claims").rglob("*.yaml"))


def test_new_without_a_terminal_names_every_missing_option_at_once(root: Path) -> None:
    assert invoke("new", "--subject", "treaty-mtc", "--root", str(root)) == (
        2,
        "claimtrack: new: 5 options missing (on a terminal, new asks for what is missing):\n"
        "  --property: missing\n"
        "  --value: missing\n"
        "  --statement: missing\n"
        "  --source (or --evidence): missing\n"
        "  --quote: missing\n",
    )


def test_new_lists_what_is_missing_with_what_is_given_wrong(root: Path) -> None:
    """One run names every missing option and every wrong one, each unknown id with the closest known."""
    code, output = invoke(
        "new", "--subject", "treaty-mt", "--property", "signed_in", "--source", "a2", "--modality", "sure",
        "--participant", "alise", "--status", "refuted", "--root", str(root),
    )  # fmt: skip
    assert (code, output) == (
        2,
        "claimtrack: new: 5 options missing and 5 options given wrong (on a terminal, new asks for what is "
        "missing):\n"
        "  --subject: unknown entity 'treaty-mt'; did you mean 'treaty-mtc'? (add it with 'claimtrack entity add')\n"
        "  --property: unknown property 'signed_in'; did you mean 'signed_on'? (add it with 'claimtrack property "
        "add')\n"
        "  --value: missing\n"
        "  --statement: missing\n"
        "  --source: unknown source 'a2'; did you mean 'a'? (add it with 'claimtrack source add')\n"
        "  --quote: missing\n"
        "  --modality: 'sure' is not one of asserted, planned, predicted, reported, denied\n"
        "  --participant: unknown entity 'alise'; did you mean 'alice'? (add it with 'claimtrack entity add')\n"
        "  --review-by: missing (a refuted verdict names who decided)\n"
        "  --review-note: missing (a refuted verdict says why)\n",
    )


def test_new_checks_the_value_for_the_property_and_the_quote_in_its_source(root: Path) -> None:
    code, output = invoke(
        "new", "--subject", "treaty-mtc", "--property", "held_by", "--value", "bobb", "--evidence", "a:maybe:Alpah",
        "--root", str(root),
    )  # fmt: skip
    assert (code, output) == (
        2,
        "claimtrack: new: 1 option missing and 3 options given wrong (on a terminal, new asks for what is "
        "missing):\n"
        "  --value: unknown entity 'bobb'; did you mean 'bob'? (add it with 'claimtrack entity add')\n"
        "  --statement: missing\n"
        "  --evidence: not in the archived text of a; closest passage (89% similar, line 1): 'Alpha'\n"
        "  --evidence: 'maybe' is not one of supports, contradicts\n",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", {"exactly": 12, "unit": "u"}),
        ("about 50", {"about": 50, "unit": "u"}),
        ("more than 300", {"more_than": 300, "unit": "u"}),
        ("At most 7.5", {"at_most": 7.5, "unit": "u"}),
        # The bounds and digits a draft reads, so that a value typed from the quote is accepted.
        ("Around 150", {"about": 150, "unit": "u"}),
        ("up to 40 million", {"at_most": 40_000_000, "unit": "u"}),
        ("over 1,200", {"more_than": 1200, "unit": "u"}),
        ("fewer than 20", {"less_than": 20, "unit": "u"}),
        ("no fewer than 3", {"at_least": 3, "unit": "u"}),
    ],
)
def test_parse_quantity(text: str, expected: dict[str, object]) -> None:
    assert parse_quantity(text, "u") == expected


@pytest.mark.parametrize("text", ["around", "the 150", "a few"])
def test_parse_quantity_rejects_words(text: str) -> None:
    with pytest.raises(AuthoringError, match="is not a quantity: write a number in digits"):
        parse_quantity(text, "u")


@pytest.mark.parametrize(("text", "noun"), [("7%", "percent"), ("150 workers", "worker")])
def test_parse_quantity_refuses_a_quantity_of_another_unit(text: str, noun: str) -> None:
    with pytest.raises(AuthoringError, match=f"counts '{noun}', which does not convert into 'u'"):
        parse_quantity(text, "u")


@pytest.mark.parametrize(("text", "value"), [("a dozen", 12), ("doubled to 36", 36), ("150 workers", 150)])
def test_parse_quantity_reads_what_draft_reads(text: str, value: int) -> None:
    assert parse_quantity(text, "worker") == {"exactly": value, "unit": "worker"}


def test_slug() -> None:
    assert slug("Uzbekistan", "member_of", "CSTO (2006–2012)") == "uzbekistan-member-of-csto-2006-2012"


def test_a_long_slug_ends_at_a_whole_word() -> None:
    sentence = "big machine said at no point did taylor swift ask for permission to perform on the netflix special"
    made = slug("Big Machine", "said", sentence)
    assert made == (
        "big-machine-said-big-machine-said-at-no-point-did-taylor-swift-ask-for-permission-to-perform-on-the"
    )
    assert len(made) == 99
    assert len(slug("a" * 150)) == 100
    assert slug("x", "y" * 120) == "x"
    # A cut that falls just at a word's end keeps the word.
    assert slug("a" * 50, "b" * 49) == f"{'a' * 50}-{'b' * 49}"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # A separate process under a timeout: before the fix a FIFO blocked the read forever.
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "/dev/zero"])
def test_source_add_refuses_what_is_not_a_regular_file_before_reading_it(root: Path, tmp_path: Path, kind: str) -> None:
    given = Path(kind) if kind.startswith("/") else tmp_path / kind
    if kind == "fifo":
        os.mkfifo(given)
    completed = _cli("source", "add", str(given), "--id", "new-one", "--root", str(root))
    assert (completed.returncode, completed.stderr) == (1, f"claimtrack: {given} is not a regular file\n")
    assert sorted(p.name for p in (root / "sources").iterdir()) == ["a.txt", "a.yaml"]


def test_source_add_reads_no_more_than_the_text_limit(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("x" * 100, encoding="utf-8")
    ran = run_main(
        "source", "add", str(article), "--id", "new-one", "--root", str(root), env={"CLAIMTRACK_MAX_TEXT_BYTES": "99"}
    )
    assert (ran.returncode, ran.stderr) == (
        1,
        f"claimtrack: {article} is 100 bytes, more than the limit of 99 (CLAIMTRACK_MAX_TEXT_BYTES)\n",
    )


def test_new_refuses_a_topic_folder_that_links_outside_the_repository(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / "claims").mkdir(exist_ok=True)
    (root / "claims/treaty-mtc").symlink_to(outside, target_is_directory=True)
    code, output = invoke(
        "new", "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2016-11-29",
        "--statement", "Signed.", "--source", "a", "--quote", "Alpha beta", "--root", str(root),
    )  # fmt: skip
    assert code == 1
    assert (
        "claims/treaty-mtc/treaty-mtc-signed-on-2016-11-29.yaml would be written outside the repository "
        "(through a link); refused" in output
    )
    assert list(outside.iterdir()) == []


def test_source_add_refuses_a_sources_folder_that_links_outside(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo")
    outside = tmp_path / "outside"
    (root / "sources").rename(outside)
    (root / "sources").symlink_to(outside, target_is_directory=True)
    article = tmp_path / "article.txt"
    article.write_text("Text.", encoding="utf-8")
    code, output = invoke("source", "add", str(article), "--id", "new-one", "--root", str(root))
    assert code == 1
    assert "sources/new-one.yaml would be written outside the repository (through a link); refused" in output
    assert sorted(p.name for p in outside.iterdir()) == ["a.txt", "a.yaml"]
