"""A PDF's text rejoined: across line ends, hyphens and page breaks, without running headers, footers and
page numbers; the original archived byte for byte. PDFs made with fpdf2 from text written for the tests."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.intake.pdf import extract_pdf
from claimtrack.intake.pdf_text import body_lines, rejoin
from rulekit import repo


class _Report(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, "Velmar Harbour Authority - Annual Report 2021", new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


PRINTED = [
    [
        "Fleet and training",
        "The Port of Velmar ordered 12 patrol boats in March 2021 after a long-term review of the",
        "coast guard's needs. The first two boats arrived on 14 June 2022, three months later than the govern-",
        "ment had promised, and the rest are expected before the end of 2023. More than 200 cadets",
        "trained on them in their first year, according to the report the harbour master gave the",
    ],
    [
        "Velmar council, which met on 3 October 2022.",
        "Costs",
        "The boats cost about 50 million euros, a long-",
        "term commitment that the council approved by 9 votes to 4.",
    ],
    ["The next report is due in March 2024."],
]
READ = (
    "Fleet and training\n"
    "The Port of Velmar ordered 12 patrol boats in March 2021 after a long-term review of the coast guard's needs. "
    "The first two boats arrived on 14 June 2022, three months later than the government had promised, and the "
    "rest are expected before the end of 2023. More than 200 cadets trained on them in their first year, "
    "according to the report the harbour master gave the Velmar council, which met on 3 October 2022.\n"
    "Costs\n"
    "The boats cost about 50 million euros, a long-term commitment that the council approved by 9 votes to 4.\n"
    "The next report is due in March 2024.\n"
)


def _printed_report() -> bytes:
    pdf = _Report()
    pdf.set_title("Binder1.pdf")
    for lines in PRINTED:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    out = io.BytesIO()
    pdf.output(out)
    return out.getvalue()


def test_a_printed_report_reads_as_its_paragraphs() -> None:
    extraction = extract_pdf(_printed_report(), "report.pdf")
    assert extraction.text == READ
    assert extraction.title is None


def test_source_add_archives_the_original_and_the_rejoined_text(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo")
    raw = _printed_report()
    (tmp_path / "report.pdf").write_bytes(raw)
    result = CliRunner().invoke(app, ["source", "add", str(tmp_path / "report.pdf"), "--id", "r", "--root", str(root)])
    assert result.exit_code == 0, result.output
    assert hashlib.sha256((root / "sources/r.pdf").read_bytes()).digest() == hashlib.sha256(raw).digest()
    assert (root / "sources/r.txt").read_text(encoding="utf-8") == READ


def test_page_numbers_of_every_form_are_left_out_at_a_pages_edge() -> None:
    words = ("harbour", "fleet", "council")
    numbers = ("- 2 -", "iii", "7 of 9")
    pages = [f"{number}\nOn the {word}.\nMore on the {word}." for number, word in zip(numbers, words, strict=True)]
    assert body_lines(pages) == [[f"On the {word}.", f"More on the {word}."] for word in words]


def test_a_number_in_the_body_or_on_a_single_page_stays() -> None:
    assert body_lines(["12\nThe authority ordered boats.\n"]) == [["12", "The authority ordered boats."]]
    pages = ["The fleet grew in\n2019\nand again later.", "A second page of text\nabout the harbour."]
    assert body_lines(pages)[0] == ["The fleet grew in", "2019", "and again later."]


def test_a_header_on_half_the_pages_is_running_and_a_line_on_one_page_is_not() -> None:
    pages = ["Harbour Report\nFirst page text.", "Harbour Report\nSecond page text.", "Appendix\nThird page."]
    assert body_lines(pages) == [["First page text."], ["Second page text."], ["Appendix", "Third page."]]


def test_a_hyphen_at_a_line_end_is_kept_for_a_word_written_with_it() -> None:
    assert rejoin(["The pre-war harbour and the pre-\nwar fleet were small."]) == (
        "The pre-war harbour and the pre-war fleet were small.\n"
    )
    assert rejoin(["The harbour was in-\nspected twice."]) == "The harbour was inspected twice.\n"
    assert rejoin(["An Anglo-\nSaxon harbour."]) == "An Anglo-Saxon harbour.\n"


def test_a_line_ending_in_a_semicolon_or_a_bracket_ends_no_sentence() -> None:
    pages = ["The council met twice;\nit approved the boats (twelve of them)\nand the crews.\nCosts"]
    assert rejoin(pages) == "The council met twice; it approved the boats (twelve of them) and the crews.\nCosts\n"


def test_a_short_line_without_a_full_stop_is_a_heading() -> None:
    text = "Costs\nThe boats cost about fifty million euros in all, the authority said.\n"
    assert rejoin([text]) == text
    assert rejoin([]) == ""


_WORDS = st.sampled_from(["harbour", "Velmar", "boats", "12", "said.", "the", "Council", "in", "2021,", "fleet?"])
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=8)


@given(st.lists(_LINES.map("\n".join), min_size=1, max_size=4))
def test_rejoining_keeps_every_word_of_the_body_in_order(pages: list[str]) -> None:
    body = [word for lines in body_lines(pages) for line in lines for word in line.split()]
    assert rejoin(pages).split() == body
