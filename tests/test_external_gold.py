"""A gold file kept outside the repository, its pages' texts beside it, scored as the gold sets are
(benchmarks/realnews.py `score_gold_file`; benchmarks/gold/README.md, "Scoring your own pages")."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml import YAML

from benchmark_modules import benchmark_module

realnews = benchmark_module("realnews")

GOLD = """\
- page: ferry-report
  title: Harbour board orders two ferries
  outlet: [Harbour Gazette, harbourgazette.example]
  authors: [Ana Ruiz]
  published: 2021-03-05
  values:
    - {at: ordered two new ferries, date: 2021-03-03}
    - {at: ordered two new ferries, quantity: {exactly: 2, unit: ferry}}
    - {at: will carry 400 passengers, quantity: {exactly: 400, unit: passenger}, modality: planned}
    - {at: 31 million euros in all, quantity: {exactly: 31000000, unit: EUR}}
    - {at: crossing takes about 40 minutes, quantity: {about: 40, unit: minute}}
  traps:
    - {at: sponsored the Regatta of 2020, text: in May}
- page: quiet-page
  title: Nothing to see
  outlet: Harbour Gazette
  authors: []
  published: 2021-03-06
  values:
    - {at: Harbour Board met in 2019, date: "2019"}
  traps: []
- page: lost-page
  title: Never saved
  outlet: Harbour Gazette
  authors: []
  published: 2021-03-07
  values:
    - {at: twelve boats, quantity: {exactly: 12, unit: boat}}
  traps: []
"""

FERRY = """\
Nordvik Harbour Board ordered two new ferries on Wednesday.

Each Nordvik ferry will carry 400 passengers, Nordvik Harbour Board said. The ferries cost Nordvik Harbour Board \
31 million euros in all. The Nordvik crossing takes about 40 minutes.

Nordvik Harbour Board sponsored the Regatta of 2020 in May.
"""

QUIET = "Nordvik Harbour Board met in 2019 and in 2020.\n"


def _external_gold(folder: Path) -> Path:
    """Three made-up pages: one with five values and a trap, one whose second year is not annotated (a wrong
    draft), one whose text is missing (refused, its value missed)."""
    (folder / "pages").mkdir()
    (folder / "pages" / "ferry-report.txt").write_text(FERRY, encoding="utf-8")
    (folder / "pages" / "quiet-page.txt").write_text(QUIET, encoding="utf-8")
    gold = folder / "own.yaml"
    gold.write_text(GOLD, encoding="utf-8")
    return gold


def test_an_external_gold_file_is_scored_from_the_texts_beside_it(tmp_path: Path) -> None:
    result = realnews.score_gold_file(_external_gold(tmp_path))
    assert result.pages == 3
    assert result.refused == [
        f"lost-page: cannot read {tmp_path / 'pages' / 'lost-page.txt'}: No such file or directory"
    ]
    complete = result.complete
    assert (complete.drafted, complete.right, complete.traps) == (8, 6, 1)
    assert (complete.sentences, complete.sentences_right) == (6, 5)
    assert (complete.values, complete.values_right) == (7, 6)
    assert (complete.dates_right, complete.quantities_right, complete.units_right) == (2, 4, 4)
    assert complete.modalities == {("asserted", "asserted"): 5, ("planned", "planned"): 1}
    assert complete.missed == ["lost-page: {'exactly': 12, 'unit': 'boat'} at 'twelve boats'"]
    assert complete.wrong == [
        "ferry-report: 'May' -> '2020-05' in 'Nordvik Harbour Board sponsored the Regatta of 2020 in May.'",
        "quiet-page: '2020' -> '2020' in 'Nordvik Harbour Board met in 2019 and in 2020.'",
    ]
    lines = realnews.report("own", result, table=True).splitlines()
    assert lines[2] == (
        "  complete drafts   precision 6/8 (75%), recall 5/6 (83%) sentences (6/7 (86%) values), drafts from a trap: 1"
    )
    assert lines[-3:] == [
        "    gold \\ drafted    asserted    planned",
        "    asserted                  5          0",
        "    planned                   0          1",
    ]


def test_a_text_page_is_added_with_the_gold_title_day_and_first_outlet(tmp_path: Path) -> None:
    gold = _external_gold(tmp_path)
    pages = realnews.load_gold_file(gold)[:1]
    realnews.drafts_of_pages(pages, tmp_path, tmp_path / "pages")
    meta = YAML(typ="safe").load((tmp_path / "repo" / "sources" / "page-ferry-report.yaml").read_text("utf-8"))
    assert (meta["title"], meta["container"], str(meta["published"])) == (
        "Harbour board orders two ferries",
        "Harbour Gazette",
        "2021-03-05",
    )
    assert (tmp_path / "repo" / "sources" / "page-ferry-report.txt").read_text("utf-8") == FERRY


def test_a_page_id_of_digits_is_read_as_text(tmp_path: Path) -> None:
    gold = tmp_path / "digits.yaml"
    gold.write_text("- page: 753033814533\n  values: []\n", encoding="utf-8")
    assert realnews.load_gold_file(gold)[0]["page"] == "753033814533"
