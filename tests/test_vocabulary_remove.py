"""entity remove and property remove: refused while anything uses the entry (naming each user), every other
entry and comment line kept otherwise; --unused takes out exactly what deleted drafts left behind."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from claimtrack.cli import app
from rulekit import PROPERTIES, repo

runner = CliRunner()
ENTITIES = """\
# yaml-language-server: $schema=../../schemas/entities.schema.json
# Places first.
entities:
  - id: kazakhstan
    kind: country
    label: Kazakhstan
  # The province, named by no claim.
  - id: almaty-region  # a province
    kind: place
    label: Almaty region
    part_of: kazakhstan
  - id: astana
    kind: place
    label: Astana
    part_of: kazakhstan
  # The end.
"""
CLAIM = """\
# yaml-language-server: $schema=../schemas/claim.schema.json
id: visit
type: event
statement: Alice visited Astana.
subject: alice
property: occurred_on
value: '2016'
modality: asserted
evidence:
  - source: a
    stance: supports
    quote: Alpha beta gamma
"""


def _root(tmp_path: Path) -> Path:
    root = repo(tmp_path, ("claims/visit.yaml", CLAIM.replace("subject: alice", "subject: astana")))
    (root / "vocabulary/entities/places.yaml").write_text(ENTITIES, encoding="utf-8")
    return root


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--root", str(root)])
    return result.exit_code, result.output


def test_a_used_entity_is_refused_naming_its_users(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "vocabulary/entities/places.yaml").read_bytes()
    assert _run(root, "entity", "remove", "kazakhstan") == (
        1,
        "claimtrack: entity 'kazakhstan' is still used, so it stays:\n"
        "  vocabulary/entities/places.yaml: entity almaty-region (part_of)\n"
        "  vocabulary/entities/places.yaml: entity astana (part_of)\n",
    )
    assert _run(root, "entity", "remove", "astana") == (
        1,
        "claimtrack: entity 'astana' is still used, so it stays:\n  claims/visit.yaml: claim visit\n",
    )
    assert _run(root, "property", "remove", "signed_on") == (
        1,
        "claimtrack: property 'signed_on' is still used, so it stays:\n"
        "  vocabulary/properties.yaml: property ratified_on (not_before)\n",
    )
    assert _run(root, "entity", "remove", "astanna") == (
        2,
        "claimtrack: unknown entity 'astanna'; did you mean 'astana'?\n",
    )
    assert _run(root, "entity", "remove") == (2, "claimtrack: entity remove: give an id or --unused, not both\n")
    assert (root / "vocabulary/entities/places.yaml").read_bytes() == before


def test_an_unused_entity_goes_with_its_own_lines_only(tmp_path: Path) -> None:
    root = _root(tmp_path)
    assert _run(root, "entity", "remove", "almaty-region") == (
        0,
        "removed entity 'almaty-region' from vocabulary/entities/places.yaml\n",
    )
    assert (root / "vocabulary/entities/places.yaml").read_text(encoding="utf-8") == ENTITIES.replace(
        "  - id: almaty-region  # a province\n    kind: place\n    label: Almaty region\n    part_of: kazakhstan\n", ""
    )
    assert _run(root, "property", "remove", "ratified_on")[0] == 0
    assert _run(root, "property", "remove", "signed_on")[0] == 0
    assert _run(root, "check", "--no-cache")[0] == 0


def test_a_file_left_without_entries_stays_valid(tmp_path: Path) -> None:
    root = _root(tmp_path)
    (root / "vocabulary/entities/extra.yaml").write_text(
        "# Kept.\nentities:  # none yet\n  - id: velmar\n    kind: place\n    label: Velmar\n", encoding="utf-8"
    )
    assert _run(root, "entity", "remove", "velmar")[0] == 0
    assert (root / "vocabulary/entities/extra.yaml").read_text() == "# Kept.\nentities: []  # none yet\n"
    assert _run(root, "validate")[0] == 0


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def _claimtrack(root: Path, *args: str) -> Ran:
    result = runner.invoke(app, [*args, "--root", str(root)])
    return Ran(result.exit_code, result.stdout, result.stderr)


def test_unused_removes_exactly_what_only_a_deleted_draft_needed(tmp_path: Path) -> None:
    """The newcomer's week: draft --write, keep some drafts, delete one, and take out what it alone needed."""
    root = repo(tmp_path, sources={})
    article = tmp_path / "article.txt"
    article.write_text(
        "The city council of Tolvik approved a budget of 214 million dollars on 3 March 2025.\n"
        "Mayor Ana Berg said the new library will open in 2027 and will hold 40,000 books.\n",
        encoding="utf-8",
    )
    assert _claimtrack(root, "source", "add", str(article), "--id", "tolvik-budget").returncode == 0
    drafted = _claimtrack(root, "draft", "tolvik-budget", "--write")
    assert drafted.returncode == 0, drafted.stderr
    assert "added property 'book_count'" in drafted.stdout
    (root / "claims/drafts/ana-berg-book-count-40000.yaml").unlink()
    vocabulary = {path: path.read_text() for path in sorted((root / "vocabulary").rglob("*.yaml"))}
    dry = _claimtrack(root, "property", "remove", "--unused", "--dry-run")
    assert (dry.returncode, dry.stdout) == (
        0,
        "would remove property 'book_count' from vocabulary/properties.yaml\nwould remove 1 unused drafted property\n",
    )
    assert {path: path.read_text() for path in vocabulary} == vocabulary
    assert _claimtrack(root, "entity", "remove", "--unused").stdout == "no unused drafted entities\n"
    assert _claimtrack(root, "property", "remove", "--unused").returncode == 0
    properties = root / "vocabulary/properties.yaml"
    book_count = vocabulary[properties].index("  - id: book_count")
    end = vocabulary[properties].index("check it.\n", book_count) + len("check it.\n")
    assert properties.read_text() == vocabulary[properties][:book_count] + vocabulary[properties][end:]
    assert _claimtrack(root, "check", "--no-cache").returncode == 0
    # With every draft gone, what they proposed goes too; the vocabulary the repository had stays.
    for draft in (root / "claims/drafts").iterdir():
        draft.unlink()
    assert _claimtrack(root, "entity", "remove", "--unused").stdout.endswith("removed 2 unused drafted entities\n")
    assert _claimtrack(root, "property", "remove", "--unused").stdout.endswith("removed 3 unused drafted properties\n")
    assert (root / "vocabulary/entities/drafted.yaml").read_text().endswith("entities: []\n")
    assert "proposed by claimtrack draft" not in properties.read_text()
    assert properties.read_text().endswith("\n" + PROPERTIES)  # as the repository had it, line for line
    assert _claimtrack(root, "check", "--no-cache").returncode == 0
