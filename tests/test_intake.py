"""source add for saved web pages and PDFs, source extract, and the checks of an archived original.

The pages and PDFs are made here, from text written for the tests: an article page with navigation,
an advertisement, a byline, comments and a footer around the article, and <meta> tags; PDFs written
with fpdf2.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.intake.extraction import ExtractionError
from claimtrack.repository.validate import validate_repository
from rulekit import repo

runner = CliRunner()

PAGE = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour deal signed | The Coastal Ledger</title>
<meta property="og:title" content="Harbour authority signs deal for twelve patrol boats">
<meta property="og:site_name" content="The Coastal Ledger">
<meta name="author" content="Maria Okafor; Tomas Lind">
<meta property="article:published_time" content="2021-03-04T09:30:00Z">
<link rel="canonical" href="https://ledger.example/news/harbour-deal">
<style>body { font-family: serif; }</style>
<script>window.tracking = {"page": "harbour"};</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="advert">Buy two boats, get one free! Subscribe now for unlimited access.</div>
<article>
<h1>Harbour authority signs deal for twelve patrol boats</h1>
<p class="byline">By Maria Okafor and Tomas Lind</p>
<p>The Port of Velmar signed a contract for 12 patrol boats on 2 March 2021, the harbour authority said.</p>
<p>The first boats will arrive this spring, and more than 200 cadets are expected to train on them.</p>
<p>The authority did not disclose the price, which local reports put at about 50 million euros.</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>Great news for the town, about time we had a proper fleet! Pete, Velmar</p></div>
</section>
<footer><p>© 2021 The Coastal Ledger. All rights reserved. Contact us for syndication.</p></footer>
</body>
</html>
"""

PAGE_TEXT = (
    "Harbour authority signs deal for twelve patrol boats\n"
    "The Port of Velmar signed a contract for 12 patrol boats on 2 March 2021, the harbour authority said.\n"
    "The first boats will arrive this spring, and more than 200 cadets are expected to train on them.\n"
    "The authority did not disclose the price, which local reports put at about 50 million euros.\n"
)

REPORT_PARAGRAPHS = (
    "The Port of Velmar ordered 12 patrol boats in 2021, and the first of them arrived on 14 June 2022 after a "
    "delay of three months at the shipyard in the north of the country.",
    "More than 200 cadets trained on the boats in 2022.",
)


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_pdf(path: Path, paragraphs: tuple[str, ...] = REPORT_PARAGRAPHS, *, encrypt: bool = False) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2022, 1, 1, tzinfo=dt.UTC))
    pdf.set_title("Annual report of the harbour authority")
    pdf.set_author("Harbour Authority of Velmar")
    pdf.set_lang("en")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.output(str(path))
    return path.read_bytes()


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return repo(tmp_path / "repo")


def listing(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "sources").iterdir())


def test_html_page_archived_with_its_text_and_metadata(root: Path, tmp_path: Path) -> None:
    page = tmp_path / "harbour.htm"
    page.write_text(PAGE, encoding="utf-8")
    code, output = invoke("source", "add", str(page), "--id", "ledger-harbour", "--root", str(root))
    assert (code, output) == (
        0,
        "wrote sources/ledger-harbour.html, sources/ledger-harbour.txt and sources/ledger-harbour.yaml\n",
    )
    assert (root / "sources/ledger-harbour.html").read_bytes() == PAGE.encode()
    assert (root / "sources/ledger-harbour.txt").read_text(encoding="utf-8") == PAGE_TEXT
    import trafilatura

    assert (root / "sources/ledger-harbour.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schemas/source.schema.json\n"
        "id: ledger-harbour\n"
        "title: Harbour authority signs deal for twelve patrol boats\n"
        "kind: news\n"
        "authors:\n"
        "  - Maria Okafor\n"
        "  - Tomas Lind\n"
        "container: The Coastal Ledger\n"
        "published: '2021-03-04'\n"
        "url: https://ledger.example/news/harbour-deal\n"
        "language: en-GB\n"
        "text: ledger-harbour.txt\n"
        f"sha256: '{sha(PAGE_TEXT.encode())}'\n"
        "original: ledger-harbour.html\n"
        f"original_sha256: '{sha(PAGE.encode())}'\n"
        f"extracted_with: trafilatura {trafilatura.__version__}\n"
    )
    assert validate_repository(root).success
    assert invoke("fmt", "--check", str(root / "sources"), "--root", str(root))[0] == 0


def test_options_given_on_the_command_line_win(root: Path, tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(PAGE, encoding="utf-8")
    code, _ = invoke(
        "source", "add", str(page), "--id", "h", "--title", "Deal signed", "--published", "2021-03-05",
        "--author", "Desk", "--language", "en", "--root", str(root),
    )  # fmt: skip
    assert code == 0
    text = (root / "sources/h.yaml").read_text(encoding="utf-8")
    assert "title: Deal signed\n" in text
    assert "authors:\n  - Desk\ncontainer: The Coastal Ledger\npublished: '2021-03-05'\n" in text
    assert "language: en\n" in text


def test_pdf_archived_with_its_text_and_metadata(root: Path, tmp_path: Path) -> None:
    raw = make_pdf(tmp_path / "report.pdf")
    code, output = invoke("source", "add", str(tmp_path / "report.pdf"), "--id", "velmar-report", "--root", str(root))
    assert (code, output) == (
        0,
        "wrote sources/velmar-report.pdf, sources/velmar-report.txt and sources/velmar-report.yaml\n",
    )
    assert (root / "sources/velmar-report.pdf").read_bytes() == raw
    text = "\n".join(REPORT_PARAGRAPHS) + "\n"  # the wrapped lines of each paragraph joined again
    assert (root / "sources/velmar-report.txt").read_text(encoding="utf-8") == text
    import pypdf

    assert (root / "sources/velmar-report.yaml").read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../schemas/source.schema.json\n"
        "id: velmar-report\n"
        "title: Annual report of the harbour authority\n"
        "kind: news\n"
        "authors:\n"
        "  - Harbour Authority of Velmar\n"
        "language: en\n"
        "text: velmar-report.txt\n"
        f"sha256: '{sha(text.encode())}'\n"
        "original: velmar-report.pdf\n"
        f"original_sha256: '{sha(raw)}'\n"
        f"extracted_with: pypdf {pypdf.__version__}\n"
    )
    assert validate_repository(root).success


def _image_only_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 80, 60, style="F")
    pdf.output(str(path))


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        (
            "page.html",
            lambda p: make_pdf(p),
            "page.html is not an HTML page (no HTML markup in it); save the page as HTML",
        ),
        (
            "page.pdf",
            lambda p: p.write_text(PAGE, encoding="utf-8"),
            "page.pdf is not a PDF (it does not start with %PDF-)",
        ),
        (
            "links.html",
            lambda p: p.write_text('<html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav></body></html>'),
            "links.html: no article text could be extracted from this page (no sentence in it)",
        ),
        (
            "locked.pdf",
            lambda p: make_pdf(p, encrypt=True),
            "locked.pdf is encrypted; claimtrack cannot read its text (save an unencrypted copy)",
        ),
        ("scan.pdf", _image_only_pdf, "scan.pdf has no text layer (scanned or image-only); run OCR on it first"),
        ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.4\nnot really\n"), "broken.pdf cannot be read as a PDF: "),
    ],
)
def test_bad_input_gets_one_line_and_nothing_written(
    root: Path, tmp_path: Path, name: str, make: object, message: str
) -> None:
    before = listing(root)
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    result = runner.invoke(app, ["source", "add", str(path), "--id", "bad", "--root", str(root)])
    assert result.exit_code == 1
    assert result.output.startswith(f"claimtrack: {message}")
    assert result.output.count("\n") == 1
    assert listing(root) == before


def test_never_overwrites_an_archived_original(root: Path, tmp_path: Path) -> None:
    (root / "sources/h.html").write_text("kept", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    code, output = invoke("source", "add", str(page), "--id", "h", "--root", str(root))
    assert (code, output) == (1, "claimtrack: sources/h.html already exists; claimtrack never overwrites it\n")
    assert (root / "sources/h.html").read_text(encoding="utf-8") == "kept"
    assert not (root / "sources/h.txt").exists()


def _added(root: Path, tmp_path: Path) -> Path:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert invoke("source", "add", str(page), "--id", "h", "--root", str(root))[0] == 0
    return root / "sources/h.yaml"


def test_a_changed_original_is_a_checksum_mismatch(root: Path, tmp_path: Path) -> None:
    meta = _added(root, tmp_path)
    changed = PAGE.replace("12 patrol boats", "14 patrol boats").encode()
    (root / "sources/h.html").write_bytes(changed)
    problems = [(p.line, p.column, p.code, p.message) for p in validate_repository(root).diagnostics]
    line = meta.read_text(encoding="utf-8").splitlines().index(f"original_sha256: '{sha(PAGE.encode())}'") + 1
    assert problems == [(line, 18, "CT131", f"sha256 of h.html is {sha(changed)}, not the recorded value")]


def test_a_missing_original_and_a_stray_checksum(root: Path, tmp_path: Path) -> None:
    meta = _added(root, tmp_path)
    (root / "sources/h.html").unlink()
    lines = meta.read_text(encoding="utf-8").splitlines()
    problems = [(p.line, p.column, p.code, p.message) for p in validate_repository(root).diagnostics]
    assert problems == [(lines.index("original: h.html") + 1, 11, "CT130", "archived original 'h.html' does not exist")]
    meta.write_text("\n".join(line for line in lines if not line.startswith("original:")) + "\n", encoding="utf-8")
    problems = [(p.line, p.column, p.code, p.message) for p in validate_repository(root).diagnostics]
    assert problems == [
        (lines.index("original: h.html") + 1, 18, "CT130", "original_sha256 given but no archived original named in 'original'"),
        (lines.index("original: h.html") + 2, 17, "CT130", "extracted_with given but no archived original named in 'original'"),
    ]  # fmt: skip


def test_source_extract_reports_whether_the_text_changed(root: Path, tmp_path: Path) -> None:
    _added(root, tmp_path)
    import trafilatura

    with_version = f"trafilatura {trafilatura.__version__}"
    code, output = invoke("source", "extract", "h", "--root", str(root))
    assert (code, output) == (
        0,
        f"h: text unchanged (archived with {with_version}, extracted now with {with_version})\n",
    )
    # The archived text edited by hand (its checksum recorded again): a new extraction differs.
    edited = PAGE_TEXT.replace("about 50 million", "about 60 million")
    (root / "sources/h.txt").write_text(edited, encoding="utf-8")
    meta = root / "sources/h.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(sha(PAGE_TEXT.encode()), sha(edited.encode())))
    code, output = invoke("source", "extract", "h", "--root", str(root))
    assert code == 1
    assert output == (
        f"h: text changed (archived with {with_version}, extracted now with {with_version}):\n"
        "@@ -4 +4 @@\n"
        "-The authority did not disclose the price, which local reports put at about 60 million euros.\n"
        "+The authority did not disclose the price, which local reports put at about 50 million euros.\n"
    )


def test_source_extract_needs_an_original(root: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Plain text.\n", encoding="utf-8")
    assert invoke("source", "add", str(article), "--id", "plain", "--root", str(root))[0] == 0
    code, output = invoke("source", "extract", "plain", "--root", str(root))
    assert (code, output) == (
        1,
        "claimtrack: source plain has no archived original (a saved page or a PDF) to extract from\n",
    )
    assert invoke("source", "extract", "nope", "--root", str(root)) == (2, "claimtrack: unknown source 'nope'\n")


def test_a_box_shown_on_hover_is_not_part_of_the_sentence_it_sits_in() -> None:
    from claimtrack.intake.html import extract_html

    card = (
        '<span class="name-card"><a href="/people/okafor">Maria Okafor</a>'
        '<span class="rollover-people-block"><span><a href="/people/okafor">Maria Okafor</a>'
        '<a href="/news/1">Harbour fees rise again | Ferry strike ends</a> MORE</span></span></span>'
    )
    tip = '<span class="has-tooltip">cadets<span class="tooltiptext">trainee officers</span></span>'
    page = PAGE.replace("the harbour authority said", f"said its director {card} on Tuesday").replace(
        "more than 200 cadets", f"more than 200 {tip}"
    )
    text = extract_html(page.encode(), "page.html").text
    assert "said its director Maria Okafor on Tuesday." in text
    assert "more than 200 cadets are expected to train on them." in text
    assert "Ferry strike" not in text
    assert "trainee officers" not in text


def test_an_article_laid_out_in_a_table_is_read_as_paragraphs_and_a_table_of_data_stays_a_table() -> None:
    from claimtrack.intake.html import extract_html

    paragraphs = "".join(f"<p>{line}</p>" for line in PAGE_TEXT.splitlines()[1:])
    laid_out = (
        "<html><head><title>Harbour deal signed</title></head><body><table><tr><td><a href='/'>Home</a></td>"
        f"<td><h1>Harbour authority signs deal for twelve patrol boats</h1>{paragraphs}</td></tr></table></body></html>"
    )
    assert extract_html(laid_out.encode(), "page.html").text.endswith("".join(PAGE_TEXT.splitlines(True)[1:]))
    data = "<table><tr><th>Boats</th><th>Delivered</th></tr><tr><td>12</td><td>2022</td></tr></table>"
    page = PAGE.replace("</article>", f"{data}</article>")
    assert "| Boats | Delivered |\n|---|---|\n| 12 | 2022 |\n" in extract_html(page.encode(), "page.html").text


def test_an_article_in_a_script_written_without_spaces_has_sentences() -> None:
    from claimtrack.intake.html import extract_html

    article = "<p>港湾局は三月二日に巡視船十二隻の契約を結んだ。</p><p>最初の船は今年の春に届く予定だという。</p>"
    page = f"<html lang='ja'><head><title>港湾局の契約</title></head><body><article>{article}</article></body></html>"
    assert extract_html(page.encode(), "page.html").text == (
        "港湾局は三月二日に巡視船十二隻の契約を結んだ。\n最初の船は今年の春に届く予定だという。\n"
    )
    links = "<html><body><nav><a href='/a'>ホーム</a> <a href='/b'>ニュース</a></nav></body></html>"
    with pytest.raises(ExtractionError, match="no article text"):
        extract_html(links.encode(), "links.html")
