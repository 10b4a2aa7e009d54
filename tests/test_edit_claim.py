"""edit's laws: an option left out keeps what the file has (every other field, every comment line), no option
changes no byte, and a claim is written only when it passes what `new` checks; a verdict never silently
outlives the claim it judged."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.authoring.edit_claim import ClaimEdit, ReviewChoice, edit_claim, with_comments_of
from claimtrack.cli import app
from claimtrack.engine.check import check_repository
from claimtrack.repository.validate import validate_repository
from rulekit import claim, repo, source

runner = CliRunner()
TEXT = "Russia will supply up to 15 helicopters, the ministry said on 3 May 2024. Alpha beta gamma."
QUANTITY = """\
# yaml-language-server: $schema=../schemas/claim.schema.json
# Kept by hand: this comment stays.
id: heli
type: quantity
statement: Russia will supply up to 51 helicopters.
subject: uzbekistan
property: helicopters
value:
  at_most: 51
  unit: helicopter
# about the modality
modality: planned
status: unreviewed
evidence:
  - source: a
    stance: supports
    quote: up to 15 helicopters
"""
EVENT = """\
# yaml-language-server: $schema=../schemas/claim.schema.json
id: signed
type: event
statement: The treaty was signed in 2016.
subject: treaty-mtc
property: signed_on
value: '2016'
modality: asserted
status: supported
evidence:
  - source: a
    stance: supports
    quote: Alpha beta gamma
review:
  by: Jo
  on: '2026-01-02'
"""


def _root(tmp_path: Path) -> Path:
    return repo(tmp_path, ("claims/heli.yaml", QUANTITY), ("claims/signed.yaml", EVENT), sources=source("a", TEXT))


def _edit(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["edit", *args, "--root", str(root)])
    return result.exit_code, result.output


def test_edit_refuses_a_value_its_quote_contradicts_and_lists_every_problem(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _edit(root, "heli", "--value", "51", "--subject", "uzbekistn", "--place", "velmar") == (
        1,
        "claims/heli.yaml:6:10: CT114 unknown entity 'uzbekistn'; did you mean 'uzbekistan'? (entities live in "
        "vocabulary/entities/: 'claimtrack entity add' adds one, 'claimtrack vocabulary' explains the fields)\n"
        "claims/heli.yaml:11:8: CT114 unknown entity 'velmar' (entities live in vocabulary/entities/: "
        "'claimtrack entity add' adds one, 'claimtrack vocabulary' explains the fields)\n"
        "claims/heli.yaml:18:12: CT219 the quote from a reads 'up to 15' as at most 15 helicopters, "
        "which cannot be the value; correct the value, or give --allow-value-mismatch to write it anyway\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert (root / "claims/heli.yaml").read_text(encoding="utf-8") == QUANTITY


def test_a_mismatch_accepted_on_file_is_read_again_only_with_a_new_value(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "claims/heli.yaml").write_text(QUANTITY.replace("at_most: 51", "exactly: 51"), encoding="utf-8")
    assert _edit(root, "heli", "--statement", "Russia will supply 51 helicopters.")[0] == 0
    assert _edit(root, "heli", "--value", "52") == (
        1,
        "claims/heli.yaml:17:12: CT219 the quote from a reads 'up to 15' as at most 15 helicopters, which cannot "
        "be the value; correct the value, or give --allow-value-mismatch to write it anyway\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert _edit(root, "heli", "--value", "52", "--allow-value-mismatch") == (
        0,
        "wrote claims/heli.yaml\n  value: 51 helicopters -> 52 helicopters\n",
    )


def test_edit_corrects_the_value_and_prints_each_changed_field(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _edit(root, "heli", "--value", "up to 15", "--statement", "Russia will supply up to 15 helicopters.") == (
        0,
        "wrote claims/heli.yaml\n"
        "  statement: Russia will supply up to 51 helicopters. -> Russia will supply up to 15 helicopters.\n"
        "  value: at most 51 helicopters -> at most 15 helicopters\n",
    )
    assert (root / "claims/heli.yaml").read_text(encoding="utf-8") == QUANTITY.replace("51", "15")
    assert _edit(root, "heli", "--value", "exactly 15", "--as-of", "2024-05-03") == (
        0,
        "wrote claims/heli.yaml\n  value: at most 15 helicopters -> 15 helicopters\n  as_of: (none) -> 2024-05-03\n",
    )
    assert "value:\n  exactly: 15\n  unit: helicopter\nas_of: '2024-05-03'\n# about the modality\nmodality" in (
        root / "claims/heli.yaml"
    ).read_text(encoding="utf-8")
    assert _edit(root, "heli", "--as-of", "") == (0, "wrote claims/heli.yaml\n  as_of: 2024-05-03 -> (none)\n")
    assert _edit(root, "heli") == (0, "claims/heli.yaml: nothing changed\n")
    assert check_repository(root).validation.success


def test_a_verdict_never_silently_outlives_the_claim_it_judged(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "claims/signed.yaml").read_bytes()
    assert _edit(root, "signed", "--value", "2016-11") == (
        1,
        "claimtrack: signed has a supported verdict by Jo on 2026-01-02 on what it asserted before, and a new "
        "value makes it another claim: give --reset-review to make it unreviewed (the verdict stays in git: "
        "review --history), or --keep-review if the verdict holds for the new claim\n"
        "claimtrack: claims/signed.yaml not changed: fix the problems above\n",
    )
    assert (root / "claims/signed.yaml").read_bytes() == before
    # A new wording keeps the verdict; a new value keeps it when told, or resets it.
    assert _edit(root, "signed", "--statement", "The treaty was signed, in 2016.")[0] == 0
    assert _edit(root, "signed", "--value", "2016-11", "--keep-review") == (
        0,
        "wrote claims/signed.yaml\n  value: 2016 -> 2016-11\n",
    )
    assert _edit(root, "signed", "--value", "2016-11-29", "--reset-review") == (
        0,
        "wrote claims/signed.yaml\n  value: 2016-11 -> 2016-11-29\n  status: supported -> unreviewed\n"
        "  review.by: Jo -> (none)\n  review.on: 2026-01-02 -> (none)\n",
    )
    assert _edit(root, "signed", "--keep-review", "--reset-review", "--tag", "x") == (
        2,
        "claimtrack: --keep-review and --reset-review: give one of them\n",
    )


def test_edit_names_what_is_wrong_with_an_option(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _edit(root, "hel", "--value", "15") == (2, "claimtrack: unknown claim 'hel'; did you mean 'heli'?\n")
    assert _edit(root, "heli", "--value", "lots", "--statement", " ") == (
        1,
        "claimtrack: --statement: must not be blank\n"
        "claimtrack: --value: 'lots' is not a quantity: write a number in digits (12, 7.5, 1,200, 40 million), "
        "optionally after about (around), more than (over), at least, less than (under) or at most (up to); a "
        "range (between 40 and 50, 40 to 50); two bounds (more than 40 and less than 50); any of them with a "
        "period (a year, per day); or a mapping ({at_least: 40, at_most: 50})\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert _edit(root, "heli", "--property", "signed_on") == (
        1,
        "claimtrack: --value: property 'signed_on' takes event claims, not quantity claims: give the value anew\n"
        "claims/heli.yaml:9:3: CT103 value: expected a partial date string such as 2016-11-29, got dict\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert _edit(root, "signed", "--unit", "year")[1].startswith("claimtrack: --unit: a event claim")
    assert _edit(root, "heli", "--summary", "x" * 80) == (
        1,
        "claims/heli.yaml:6:10: CT103 summary: is 80 characters; a summary has 75 at most\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )


def test_with_comments_of_puts_a_dropped_comment_before_the_next_field() -> None:
    original = "a: 1\n# about b\nb: 2\n# about c\nc: 3\n"
    assert with_comments_of(original, "a: 1\nc: 3\n") == "a: 1\n# about b\n# about c\nc: 3\n"
    assert with_comments_of(original, original) == original


# The property: any edit of a claim with comment lines anywhere keeps every comment line and every field it
# was not told to change; an edit that changes nothing (no option, or the values the file has) writes nothing.

BASES = {"heli": QUANTITY, "signed": EVENT.replace("status: supported", "status: unreviewed")}
edits = st.builds(
    ClaimEdit,
    statement=st.none() | st.sampled_from(["A new statement.", "The treaty was signed in 2016."]),
    summary=st.none() | st.sampled_from(["", "Signed in 2016"]),
    subject=st.none() | st.sampled_from(["uzbekistan", "treaty-mtc", "alice"]),
    place=st.none() | st.sampled_from(["", "samarkand", "uzbekistan"]),
    modality=st.none() | st.sampled_from(["asserted", "planned", "reported"]),
    value=st.none() | st.sampled_from(["15", "about 20", "up to 51", "2016-11-29", "2016"]),
    tags=st.none() | st.lists(st.sampled_from(["budget", "defence", ""]), min_size=1, max_size=2).map(tuple),
)
EDITED_FIELDS = {
    "statement": "statement",
    "summary": "summary",
    "subject": "subject",
    "place": "place",
    "modality": "modality",
}
EDITED_FIELDS |= {"value": "value", "tags": "tags"}


def _commented(text: str, positions: list[int]) -> str:
    lines = text.splitlines()
    for position in sorted(set(positions), reverse=True):
        lines.insert(min(position, len(lines)), f"# comment {position}")
    return "\n".join(lines) + "\n"


def _next_fields(text: str) -> dict[str, str]:
    """Each comment line directly before a top-level field (only comments between), and that field."""
    found, waiting = {}, []
    for line in text.splitlines():
        if line.startswith("#"):
            waiting.append(line)
        elif line[:1].isalpha():
            found |= dict.fromkeys(waiting, line.split(":")[0])
            waiting = []
        else:
            waiting = []
    return found


@pytest.fixture(scope="module")
def property_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("edit")
    return repo(root, *((f"claims/{i}.yaml", text) for i, text in BASES.items()), sources=source("a", TEXT))


@settings(max_examples=60, deadline=None)
@given(
    claim_id=st.sampled_from(sorted(BASES)),
    positions=st.lists(st.integers(min_value=1, max_value=25), max_size=5),
    edit=edits,
)
def test_an_edit_keeps_every_comment_and_every_field_it_was_not_told_to_change(
    property_root: Path, claim_id: str, positions: list[int], edit: ClaimEdit
) -> None:
    path = property_root / f"claims/{claim_id}.yaml"
    original = _commented(BASES[claim_id], positions)
    path.write_text(original, encoding="utf-8")
    workspace = validate_repository(property_root).workspace
    assert workspace is not None
    before = workspace.claims[claim_id].model
    nothing = edit_claim(workspace, claim_id, ClaimEdit())
    assert (nothing.written, nothing.changes, path.read_text(encoding="utf-8")) == (False, (), original)
    outcome = edit_claim(workspace, claim_id, edit, ReviewChoice.REFUSE, allow_value_mismatch=True)
    text = path.read_text(encoding="utf-8")
    if not outcome.written:
        assert text == original  # refused, or nothing to change: not a byte differs
        assert outcome.refused or not outcome.changes
        return
    comments = [line for line in original.splitlines() if line.startswith("# comment")]
    assert [line for line in text.splitlines() if line.startswith("# comment")] == comments
    after_keys = {line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()}
    for comment, key in _next_fields(original).items():
        if key in after_keys:
            assert _next_fields(text)[comment] == key, comment  # still the comment right before its field
    after = validate_repository(property_root).workspace
    assert after is not None
    new = after.claims[claim_id].model
    given_fields = {EDITED_FIELDS[name] for name in EDITED_FIELDS if getattr(edit, name) is not None}
    for name in type(before).model_fields:
        if name not in given_fields:
            assert getattr(new, name) == getattr(before, name), name
    assert outcome.changes
    assert all(change.name in given_fields for change in outcome.changes)


def test_an_edit_names_the_open_errors_it_leaves_between_claims(tmp_path: Path) -> None:
    """The edit checks its own claim; a refutation left with nothing against it is named at once, not at the
    next commit."""
    refuted = claim("signed-2017", "'2017'", status="refuted", note="The treaty was signed in 2016.")
    root = repo(tmp_path, ("claims/signed.yaml", EVENT), refuted, sources=source("a", TEXT))
    code, output = _edit(root, "signed", "--value", "2017", "--keep-review")
    assert code == 0
    assert output.startswith("wrote claims/signed.yaml\n  value: 2016 -> 2017\n")
    assert output.splitlines()[-2:] == [
        "claimtrack: warning: 'claimtrack check' now finds 1 open error:",
        "  claims/signed-2017.yaml:9:9: CT205 status 'refuted' with nothing against it: no contradicting evidence, "
        "conflicting claim or order violation",
    ]


def test_the_readmes_row_for_edit_names_every_option_edit_has() -> None:
    import re

    import typer

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| `claimtrack edit CLAIM_ID"))
    usage = row.split("`")[1]
    command = typer.main.get_command(app).get_command(None, "edit")  # type: ignore[attr-defined]
    options = {name for param in command.params for name in param.opts if name.startswith("--")}
    assert set(re.findall(r"--[a-z-]+", usage)) == options - {"--root", "--help"}


def test_edit_quote_narrows_a_quote_checked_as_validate_checks_quotes(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "claims/heli.yaml").write_text(QUANTITY.replace("at_most: 51", "exactly: 3"), encoding="utf-8")
    assert _edit(root, "heli", "--quote", "up to 15 helicopters, the ministri said") == (
        1,
        "claims/heli.yaml:17:12: CT203 quote not found in a; closest passage (97% similar, line 1): 'up to 15 "
        "helicopters, the ministry said'\nclaimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert _edit(root, "heli", "--quote", "15 helicopters") == (
        1,
        "claims/heli.yaml:17:12: CT219 the quote from a reads '15' as 15 helicopters, which cannot be the value; "
        "correct the value, or give --allow-value-mismatch to write it anyway\n"
        "claimtrack: claims/heli.yaml not changed: fix the problems above\n",
    )
    assert _edit(root, "heli", "--quote", "Alpha beta gamma") == (
        0,
        "wrote claims/heli.yaml\n  quote: up to 15 helicopters -> Alpha beta gamma\n",
    )
    assert "    quote: Alpha beta gamma\n" in (root / "claims/heli.yaml").read_text(encoding="utf-8")
