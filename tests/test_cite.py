"""claimtrack cite end to end on real files: a link added with every other line kept, and a bad quote, a
value the quote contradicts or a duplicate refused with nothing changed; `new` refuses a value its quote
contradicts too."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.engine.check import check_repository
from rulekit import repo, source

runner = CliRunner()
TEXT = "The line opened on 11 March 2025. Ferries ran twice a day."
CLAIM = """\
# yaml-language-server: $schema=../schemas/claim.schema.json
# Kept by hand: this comment stays.
id: opened
type: event
statement: The line opened on 11 March 2025.
subject: treaty-mtc
property: occurred_on
value: '2025-03-11'  # the opening day
modality: asserted
status: unreviewed
evidence:
  - source: a
    stance: supports
    quote: The line opened on 11 March 2025
"""


def _root(tmp_path: Path) -> Path:
    sources = source("a", TEXT, published="'2025-03-12'") | source("b", "It opened on 11 March 2025, officials said.")
    return repo(tmp_path, ("claims/opened.yaml", CLAIM), sources=sources)


def _cite(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["cite", *args, "--root", str(root)])
    return result.exit_code, result.output


def test_cite_adds_a_link_and_keeps_every_other_line(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _cite(root, "opened", "b", "--quote", "It opened on 11 March 2025", "--note", "A republication.") == (
        0,
        "wrote claims/opened.yaml: supports from b\n",
    )
    assert (root / "claims/opened.yaml").read_text(encoding="utf-8") == CLAIM + (
        "  - source: b\n    stance: supports\n    quote: It opened on 11 March 2025\n    note: A republication.\n"
    )
    assert check_repository(root).validation.success
    assert _cite(root, "opened", "b", "--quote", "It opened on 11 March 2025") == (
        1,
        "claimtrack: opened already quotes these words from b\n",
    )


def test_cite_refuses_a_quote_not_in_the_source_and_changes_nothing(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _cite(root, "opened", "b", "--quote", "It opened on 11 March 2026", "--stance", "contradicts") == (
        1,
        "claimtrack: CT203 quote not found in b; closest passage (98% similar, line 1): "
        "'It opened on 11 March 2025'; claims/opened.yaml not changed\n",
    )
    assert (root / "claims/opened.yaml").read_text(encoding="utf-8") == CLAIM


def test_cite_refuses_a_quote_stating_another_value_unless_told(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "claims/opened.yaml").write_text(CLAIM.replace("'2025-03-11'", "'2025-03-10'"), encoding="utf-8")
    before = (root / "claims/opened.yaml").read_bytes()
    assert _cite(root, "opened", "b", "--quote", "It opened on 11 March 2025") == (
        1,
        "claimtrack: CT219 the quote from b reads '11 March 2025' as 2025-03-11, which cannot be the value; "
        "correct the value, or give --allow-value-mismatch to write it anyway; claims/opened.yaml not changed\n",
    )
    assert (root / "claims/opened.yaml").read_bytes() == before
    # As a contradicting link it says what it should, and with the flag a supporting one is written anyway.
    assert _cite(root, "opened", "b", "--quote", "It opened on 11 March 2025", "--stance", "contradicts")[0] == 0
    assert _cite(root, "opened", "a", "--quote", "Ferries ran twice a day")[0] == 0


def test_cite_names_what_is_unknown(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _cite(root, "openned", "b", "--quote", "x") == (
        2,
        "claimtrack: unknown claim 'openned'; did you mean 'opened'?\n",
    )
    assert _cite(root, "opened", "c", "--quote", "x", "--stance", "maybe")[1].startswith(
        "claimtrack: unknown source 'c'"
    )
    assert _cite(root, "opened", "b", "--quote", "x", "--stance", "maybe") == (
        1,
        "claimtrack: 'maybe' is not a stance: use supports or contradicts\n",
    )


def test_new_refuses_a_value_its_quote_contradicts_unless_told(tmp_path: Path) -> None:
    root = _root(tmp_path)
    args = ["new", "--subject", "treaty-mtc", "--property", "signed_on", "--value", "2025-03-10", "--statement",
            "Signed.", "--source", "b", "--quote", "It opened on 11 March 2025", "--topic", "t", "--root", str(root)]  # fmt: skip
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1
    assert "CT219 the quote from b reads '11 March 2025' as 2025-03-11, which cannot be the value" in refused.output
    assert not (root / "claims/t").exists()
    written = runner.invoke(app, [*args, "--allow-value-mismatch"])
    assert (written.exit_code, written.output) == (0, "wrote claims/t/treaty-mtc-signed-on-2025-03-10.yaml\n")
