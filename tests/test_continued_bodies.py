"""intake/continued_bodies.py: an article's body cut into blocks of one class by rows of advertisements is
read whole, in the page's order; blocks that the extractor reads whole already keep the page's order. The
pages are made up."""

from __future__ import annotations

from typing import Any

from trafilatura.utils import load_html

from claimtrack.intake.continued_bodies import join_continued_bodies, read_whole_body
from claimtrack.intake.html import extract_html

PARTS = (
    (
        "The river ferry between Osterby and Vell carried 41,000 passengers in its first year, the operator said.",
        "Its two boats run every half hour from six in the morning, and a third is due next summer.",
        "The crossing takes eleven minutes, against forty by road over the old bridge at Hamne upstream.",
    ),
    (
        "Fares rose by ten percent in March, after the council cut its grant to the line by a quarter.",
        "The operator says the line will break even in 2027 if the number of passengers keeps growing.",
    ),
    ("A second line, to the island of Mork, is planned for 2028 and would need a new pier at Vell.",),
)
BODY = "grid-item body article-body"
AD_ROW = '<div class="row wide-ad"><div class="ad"><span class="ad-label">Advertisement</span></div></div>'
RAIL = '<div class="rail"><div class="ad ad--rail"></div></div>'


def _part(lines: tuple[str, ...]) -> str:
    return f'<div class="grid">{RAIL}<div class="{BODY}">{"".join(f"<p>{p}</p>" for p in lines)}</div></div>'


def page(between: str = AD_ROW) -> bytes:
    article = between.join(_part(lines) for lines in PARTS)
    return (
        "<html lang='en'><head><title>The river ferry's first year</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><article><h1>The river ferry's first year</h1>"
        f"{article}</article></main><footer><p>Osterby Courier, all rights reserved.</p></footer></body></html>"
    ).encode()


def test_a_body_cut_by_rows_of_advertisements_is_read_whole_in_order() -> None:
    assert extract_html(page(), "page.html").text == "".join(f"{p}\n" for lines in PARTS for p in lines)


def test_the_later_parts_move_to_the_end_of_the_first() -> None:
    tree = load_html(page())
    join_continued_bodies(tree)
    bodies = tree.xpath(f"//div[@class='{BODY}']")
    assert len(bodies) == 1
    assert [p.text for p in bodies[0].iter("p")] == [p for lines in PARTS for p in lines]


def test_a_pull_quote_between_the_parts_keeps_its_place() -> None:
    quote = '<aside class="pull"><p>"We did not expect so many people on the first boat," the captain said.</p></aside>'
    text = extract_html(page(AD_ROW + quote), "page.html").text.splitlines()
    assert text.index(PARTS[0][1]) < text.index(PARTS[1][0]) < text.index(PARTS[2][0])


def test_teasers_of_one_class_are_no_body() -> None:
    teasers = "".join(f'<div class="teaser"><p>{lines[0]}</p></div>' for lines in PARTS)
    tree = load_html(f"<html><body><main>{teasers}</main></body></html>".encode())
    join_continued_bodies(tree)
    assert len(tree.xpath("//div[@class='teaser']")) == 3


def test_nested_blocks_of_one_class_are_left_alone() -> None:
    inner = f'<div class="text">{"".join(f"<p>{p}</p>" for p in PARTS[1])}</div>'
    outer = f'<div class="text">{"".join(f"<p>{p}</p>" for p in PARTS[0])}{inner}</div>'
    tree = load_html(f"<html><body>{outer}</body></html>".encode())
    join_continued_bodies(tree)
    assert len(tree.xpath("//div[@class='text']")) == 2


def _every_paragraph(tree: Any) -> list[str]:
    return [str(p.text) for p in tree.iter("p")]


def _first_body(tree: Any) -> list[str]:
    """What trafilatura does on such a page: the first block named as a body, and no more."""
    return [str(p.text) for p in tree.xpath(f"//div[@class='{BODY}']")[0].iter("p")]


def test_the_joined_reading_is_kept_when_it_reads_more_in_the_pages_order() -> None:
    assert read_whole_body(load_html(page()), _first_body, list) == [p for lines in PARTS for p in lines]


def test_the_pages_order_is_kept_when_the_reader_took_every_part_already() -> None:
    caption = "<p>The ferry at the Vell pier on a winter morning, in a photograph by the operator.</p>"
    as_it_is = _every_paragraph(load_html(page(caption)))
    assert as_it_is.index(PARTS[1][0]) < as_it_is.index(PARTS[2][0])
    assert read_whole_body(load_html(page(caption)), _every_paragraph, list) == as_it_is
