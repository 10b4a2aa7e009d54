"""The text report at a terminal's width: lines wrapped at spaces only (an id or a path is never cut at a
hyphen), and a source's title on a line of its own, cut with an ellipsis, never one word per line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app
from rulekit import claim, repo, source

TITLE = "Treaty on the development of military-technical cooperation between the two republics, signed in Moscow"
MINISTRY = "ministry-of-defence-2016-11-30"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(
        tmp_path / "repo",
        claim("treaty-signed-on-twenty-ninth-november-2016", evidence=[(MINISTRY, "supports", "Alpha beta gamma")]),
        claim(
            "treaty-signed-on-the-thirtieth-of-november-2016", "'2016-11-30'", evidence=[("wire", "supports", "Delta")]
        ),
        sources=source(MINISTRY, title=f"'{TITLE}'") | source("wire", title="Signed"),
    )


def report(root: Path, columns: int) -> str:
    result = CliRunner().invoke(
        app, ["report", "--format", "text", "--rule", "CT201", "--root", str(root)], env={"COLUMNS": str(columns)}
    )
    assert result.exit_code == 0
    return result.output


HEAD = (
    "2 claims: 2 unreviewed\n"
    "1 finding: 1 open (1 error), 0 acknowledged\n"
    "  CT201 conflicting-values       open   1  acknowledged   0\n"
    "\n"
    "OPEN FINDINGS\n"
    "\n"
    "claims/treaty-signed-on-the-thirtieth-of-november-2016.yaml:7:8: CT201 conflicting-values [error, open]\n"
)


def test_sixty_columns_stack_each_source(root: Path) -> None:
    assert report(root, 60) == HEAD + (
        "  treaty-mtc signed_on: 2 claims give values that cannot all\n"
        "  be true: 2016-11-30\n"
        "  (treaty-signed-on-the-thirtieth-of-november-2016,\n"
        "  unreviewed) and 2016-11-29\n"
        "  (treaty-signed-on-twenty-ninth-november-2016, unreviewed)\n"
        "  - treaty-signed-on-the-thirtieth-of-november-2016:\n"
        "    2016-11-30 (asserted, unreviewed) at\n"
        "    claims/treaty-signed-on-the-thirtieth-of-november-2016.yaml:7\n"
        "      wire (supports): “Delta”\n"
        "  - treaty-signed-on-twenty-ninth-november-2016: 2016-11-29\n"
        "    (asserted, unreviewed) at\n"
        "    claims/treaty-signed-on-twenty-ninth-november-2016.yaml:7\n"
        "      ministry-of-defence-2016-11-30 (supports): “Alpha beta\n"
        "      gamma”\n"
        "\n"
        "SOURCES\n"
        "  ministry-of-defence-2016-11-30\n"
        "    Treaty on the development of military-technical…\n"
        "    1 supports, 0 refuted, 0 disputed, 0 unverifiable,\n"
        "    0 self-contradictions\n"
        "  wire\n"
        "    Signed\n"
        "    1 supports, 0 refuted, 0 disputed, 0 unverifiable,\n"
        "    0 self-contradictions\n"
    )


def test_eighty_columns_keep_the_table(root: Path) -> None:
    assert report(root, 80) == HEAD + (
        "  treaty-mtc signed_on: 2 claims give values that cannot all be true: 2016-11-30\n"
        "  (treaty-signed-on-the-thirtieth-of-november-2016, unreviewed) and 2016-11-29\n"
        "  (treaty-signed-on-twenty-ninth-november-2016, unreviewed)\n"
        "  - treaty-signed-on-the-thirtieth-of-november-2016: 2016-11-30 (asserted,\n"
        "    unreviewed) at claims/treaty-signed-on-the-thirtieth-of-november-2016.yaml:7\n"
        "      wire (supports): “Delta”\n"
        "  - treaty-signed-on-twenty-ninth-november-2016: 2016-11-29 (asserted,\n"
        "    unreviewed) at claims/treaty-signed-on-twenty-ninth-november-2016.yaml:7\n"
        "      ministry-of-defence-2016-11-30 (supports): “Alpha beta gamma”\n"
        "\n"
        "SOURCES\n"
        "  source                         supports refuted disputed unverif. self-contr.\n"
        "  ministry-of-defence-2016-11-30        1       0        0        0           0\n"
        "    Treaty on the development of military-technical cooperation between the…\n"
        "  wire                                  1       0        0        0           0\n"
        "    Signed\n"
    )


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 200])
def test_no_id_is_cut_and_no_title_is_wrapped(root: Path, columns: int) -> None:
    output = report(root, columns)
    words = output.split()
    for whole in (
        "treaty-signed-on-the-thirtieth-of-november-2016",
        "claims/treaty-signed-on-twenty-ninth-november-2016.yaml:7",
        MINISTRY,
    ):
        assert any(whole in word for word in words), (whole, columns)
    titled = [line for line in output.splitlines() if line.startswith("    Treaty on")]
    assert len(titled) == 1
    assert len(titled[0]) <= min(columns, 100)
    assert not any(line.rstrip().endswith("-") for line in output.splitlines())
