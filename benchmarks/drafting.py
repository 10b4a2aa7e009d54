"""Drafting measured: on real pages annotated by hand, on the invented corpora, and two timings of intake.

Real pages: the gold set of benchmarks/gold/ (development pages, and the four held-out sets apart), every page added to one fresh `claimtrack init` repository and drafted; precision is drafted values right, recall the annotated
sentences whose every date and quantity was drafted right, and drafts made from a trap (a clock time, a model
number, page furniture) are counted (benchmarks/realnews.py says how); "subject right" counts, among the right values
whose subject is annotated (ten pages of the development and first held-out sets), those drafted about it.
`--verbose` prints the modality of the right values (gold against drafted) on both and lists each wrong and each
missed value, and each wrong subject, of the development pages.

Invented corpora (the repository's own, and the two test corpora of topics nobody here had read): for every event and quantity claim of the corpus, the sentence of its source holding the first
quote is drafted (with the source's publication date and the corpus vocabulary); the claim's value counts
as found when a proposal from that sentence gives exactly that value, and its subject and property too
when the same proposal names them.

Timings (wall clock, each command in a fresh process, the best of three): `claimtrack draft` on the longest
seed article archived alone in a new repository with the corpus vocabulary (every sentence uncovered),
and `claimtrack source add` of a 1 MB saved page (an article with navigation, comments, scripts and styles
around it).

    python benchmarks/drafting.py [--verbose]
    python benchmarks/drafting.py --gold DIR/NAME.yaml [--verbose]

The fourth held-out set was measured once, at the end of the session that annotated it (b316579), and has been
worked on since, like the three before it: it is printed with its modality table. `--gold` scores only the gold file given, kept anywhere, its pages' texts in DIR/pages/ (<page>.html, else
<page>.txt): the figures and the modality table, and with `--verbose` each wrong and missed value
(benchmarks/gold/README.md, "Scoring your own pages").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from realnews import article_bodies, report, score_gold, score_gold_file

from claimtrack.drafting.drafts import vocabulary_of
from claimtrack.drafting.propose import propose
from claimtrack.model.claims import EventClaim, QuantityClaim
from claimtrack.repository.validate import validate_repository
from claimtrack.text.date_reader import publication_day, publication_year
from claimtrack.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


def gold_file(path: Path, verbose: bool) -> None:
    """The figures of one gold file kept outside the repository, with the modality table (``verbose``: also each
    wrong and missed value)."""
    print(report(f"real pages, {path.stem}", score_gold_file(path), verbose, table=True))


def real_pages(verbose: bool) -> None:
    """The figures of the gold sets in the repository (``verbose``: the development pages' wrong and missed values
    and the modality tables)."""
    print(report("real pages, development", score_gold("dev"), verbose))
    print(report("real pages, held out", score_gold("heldout"), table=verbose))
    print(report("real pages, held out (second set)", score_gold("heldout2"), table=verbose))
    print(report("real pages, held out (third set)", score_gold("heldout3"), table=verbose))
    print(report("real pages, held out (fourth set)", score_gold("heldout4"), table=True))


def recall(name: str, root: Path) -> None:
    workspace = validate_repository(root).workspace
    assert workspace is not None
    vocabulary = vocabulary_of(workspace)
    total = values = both = 0
    for item in workspace.claims.values():
        claim = item.model
        if not isinstance(claim, EventClaim | QuantityClaim):
            continue
        total += 1
        link = claim.evidence[0]
        text = workspace.archived_text(link.source) or ""
        published = workspace.sources[link.source].model.published
        day, year = publication_day(published), publication_year(published)
        sentence = next((s.text for s in split_sentences(text) if link.quote in s.text), link.quote)
        wanted = str(claim.value) if isinstance(claim, EventClaim) else claim.value.model_dump(exclude_defaults=True)
        proposals = propose(sentence, vocabulary, day, year=year)
        found = [p for p in proposals if (p.value == wanted if isinstance(wanted, str) else _same(p.value, wanted))]
        values += bool(found)
        both += any(p.subject == claim.subject and p.property_id == claim.property for p in found)
    print(f"{name}: event and quantity claims: {total}")
    print(f"value proposed exactly:          {values} ({100 * values / total:.0f}%)")
    print(f"with its subject and property:   {both} ({100 * both / total:.0f}%)")


def _same(proposed: object, wanted: dict[str, object]) -> bool:
    return (
        isinstance(proposed, dict)
        and {k: v for k, v in proposed.items() if k != "unit"} == {k: v for k, v in wanted.items() if k != "unit"}
        and proposed.get("unit") == wanted.get("unit")
    )


def _best(command: list[str], setup: object = None) -> float:
    times = []
    for _ in range(3):
        if callable(setup):
            setup()
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def page(size: int) -> str:
    article = "".join(
        f"<p>Paragraph {i}: the harbour authority said on {i % 28 + 1} March 2021 that {i % 40 + 2} patrol boats "
        f"and more than {i * 3 + 10} cadets were expected in the spring, according to officials in Velmar.</p>\n"
        for i in range(80)
    )
    nav = "<nav><ul>" + "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(300)) + "</ul></nav>"
    comments = "".join(f'<div class="comment"><p>Reader {i}: I agree with this report.</p></div>' for i in range(300))
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour deal</title>'
        '<meta property="article:published_time" content="2021-03-04"><style>'
    )
    filler_style = "".join(f".c{i} {{ margin: {i % 7}px; color: #{i % 999:03d}; }}\n" for i in range(4000))
    body = f"</style></head><body>{nav}<article><h1>Harbour deal signed</h1>{article}</article>"
    body += f'<section class="comments">{comments}</section>'
    script = "<script>window.data = [" + ",".join(f'{{"id": {i}, "v": "x{i}"}}' for i in range(40000)) + "];</script>"
    text = head + filler_style + body
    text += script[: max(0, size - len(text) - len("</body></html>"))] + "</script></body></html>"
    return text


def timings() -> None:
    claimtrack = [sys.executable, "-m", "claimtrack"]
    longest = max(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        shutil.copytree(ROOT / "vocabulary", repo / "vocabulary")
        (repo / "sources").mkdir()
        subprocess.run([*claimtrack, "source", "add", str(longest), "--id", "seed", "--published", "2018-10-12",
                        "--root", str(repo)], check=True, capture_output=True)  # fmt: skip
        drafted = _best([*claimtrack, "draft", "seed", "--root", str(repo)])
        saved = Path(folder) / "page.html"
        saved.write_text(page(1_000_000), encoding="utf-8")

        def fresh() -> None:
            for suffix in (".html", ".txt", ".yaml"):
                (repo / "sources" / f"big{suffix}").unlink(missing_ok=True)

        added = _best([*claimtrack, "source", "add", str(saved), "--id", "big", "--root", str(repo)], fresh)
        print(f"draft on the longest seed article ({longest.stat().st_size:,} bytes): {drafted:.2f} s")
        print(f"source add of a {saved.stat().st_size:,}-byte saved page: {added:.2f} s")


TRAFILATURA_ALONE = """
import sys, trafilatura
trafilatura.bare_extraction(
    open(sys.argv[1], "rb").read(), with_metadata=True, include_comments=False, include_tables=True,
    deduplicate=False, date_extraction_params={"extensive_search": False, "original_date": True},
)
"""
PYPDF_ALONE = "import sys, pypdf; [page.extract_text() for page in pypdf.PdfReader(sys.argv[1]).pages]"
BIG_PAGE = "d605bdef2cde"
"""The largest page of the real pages (1.44 MB): a news article in a page of scripts, styles and links."""


def printed_report(path: Path, size: int) -> None:
    """A PDF of about ``size`` bytes, as reports are: 40 pages of text with a running header, a footer with
    the page number, and a photograph (noise, which does not compress) on the first page."""
    import random

    from fpdf import FPDF
    from PIL import Image

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, "Velmar Harbour Authority - Annual Report 2021", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 6, f"Page {self.page_no()}", align="C")

    pdf = Report()
    pdf.set_font("Helvetica", size=11)
    for number in range(40):
        pdf.add_page()
        if number == 0:
            side = int((size / 3) ** 0.5)
            noise = random.Random(7).randbytes(side * side * 3)
            pdf.image(Image.frombytes("RGB", (side, side), noise), w=120)
            pdf.set_x(pdf.l_margin)
        for i in range(12):
            pdf.multi_cell(
                0,
                6,
                new_x="LMARGIN",
                new_y="NEXT",
                text=f"In section {number}.{i} the authority reports that {i + 2} patrol boats were delivered on "
                f"{i % 28 + 1} March 2021, that more than {number * 10 + i} cadets trained on them, and that the "
                f"council approved a budget of about {i + 40} million euros for the next three years.",
            )
    pdf.output(str(path))


def _in_turns(commands: dict[str, tuple[list[str], Callable[[], None] | None]], runs: int = 5) -> dict[str, float]:
    """Each command's best wall-clock time of ``runs``, the commands run in turns (one after the other in
    every round), so that a slow moment of a shared machine falls on all of them alike."""
    best = dict.fromkeys(commands, float("inf"))
    for _ in range(runs):
        for name, (command, setup) in commands.items():
            if setup is not None:
                setup()
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def library_timings() -> None:
    """`source add` and `draft` of the largest real page and `source add` of a 2 MB PDF, against the
    extraction library alone on the same file: each in a fresh process, in turns, the best of five."""
    from realnews import page_html, page_key

    claimtrack = [sys.executable, "-m", "claimtrack"]
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        subprocess.run([*claimtrack, "init", str(repo)], check=True, capture_output=True)
        saved = Path(folder) / "page.html"
        saved.write_bytes(page_html(page_key(BIG_PAGE, list(article_bodies()))))
        report = Path(folder) / "report.pdf"
        printed_report(report, 2_000_000)

        def fresh(source: str, suffix: str) -> Callable[[], None]:
            def remove() -> None:
                for ending in (suffix, ".txt", ".yaml"):
                    (repo / "sources" / f"{source}{ending}").unlink(missing_ok=True)

            return remove

        times = _in_turns(
            {
                "trafilatura": ([sys.executable, "-c", TRAFILATURA_ALONE, str(saved)], None),
                "add page": (
                    [*claimtrack, "source", "add", str(saved), "--id", "page", "--root", str(repo)],
                    fresh("page", ".html"),
                ),
                "draft": ([*claimtrack, "draft", "page", "--root", str(repo)], None),
                "pypdf": ([sys.executable, "-c", PYPDF_ALONE, str(report)], None),
                "add pdf": (
                    [*claimtrack, "source", "add", str(report), "--id", "report", "--root", str(repo)],
                    fresh("report", ".pdf"),
                ),
            }
        )
        page_size, pdf_size = saved.stat().st_size, report.stat().st_size
        alone = times["trafilatura"]
        print(f"a {page_size:,}-byte real page: trafilatura alone {alone:.2f} s, source add {times['add page']:.2f} s "
              f"({times['add page'] / alone:.1f}x), draft {times['draft']:.2f} s ({times['draft'] / alone:.1f}x)")  # fmt: skip
        print(f"a {pdf_size:,}-byte PDF of 40 pages: pypdf alone {times['pypdf']:.2f} s, "
              f"source add {times['add pdf']:.2f} s ({times['add pdf'] / times['pypdf']:.1f}x)")  # fmt: skip


if __name__ == "__main__":
    if "--gold" in sys.argv:
        gold_file(Path(sys.argv[sys.argv.index("--gold") + 1]), "--verbose" in sys.argv)
        sys.exit(0)
    real_pages("--verbose" in sys.argv)
    recall("the repository's corpus", ROOT)
    recall("tests/corpora/north-strait-ferry", ROOT / "tests" / "corpora" / "north-strait-ferry")
    recall("tests/corpora/tarnline-railway", ROOT / "tests" / "corpora" / "tarnline-railway")
    timings()
    library_timings()
