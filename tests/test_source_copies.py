"""A page archived twice: `source add` refuses a file whose bytes a source archives already (unless it is
declared a republication of it), and `draft` of a source with the same text as another cites the kept claims
quoting that one, never drafting their values again."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import archived_article
from helpers import invoke as run

ARTICLE = (
    "The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
    "\n"
    "The new pier opened in May 2022, the board said.\n"
)
PAGE = (
    "<html><head><title>Velmar pier opens</title></head><body><article><h1>Velmar pier opens</h1>"
    f"<p>{ARTICLE.splitlines()[0]}</p><p>{ARTICLE.splitlines()[2]}</p></article></body></html>"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = archived_article(tmp_path, ARTICLE)
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    return root


def _sources(root: Path) -> list[str]:
    return sorted(path.name for path in (root / "sources").iterdir())


def test_a_text_archived_already_is_refused_naming_its_source(root: Path) -> None:
    copy = root.parent / "copy of article.txt"
    copy.write_bytes((root.parent / "article.txt").read_bytes())
    before = _sources(root)
    assert run(root, "source", "add", str(copy), "--id", "harbour-copy") == (
        1,
        "",
        "claimtrack: copy of article.txt is byte for byte sources/harbour-news.txt, archived as source "
        "'harbour-news' (sha256 ba5e3e62a008...): draft that one ('claimtrack draft harbour-news'); to archive "
        "it again as a republication of it, give --derived-from harbour-news\n",
    )
    assert _sources(root) == before
    assert run(root, "source", "add", str(copy), "--id", "harbour-copy", "--derived-from", "harbour-news") == (
        0,
        "wrote sources/harbour-copy.txt and sources/harbour-copy.yaml\n",
        "",
    )


def test_a_saved_page_archived_already_is_refused_and_so_is_its_extracted_text(root: Path) -> None:
    page = root.parent / "page.html"
    assert run(root, "source", "add", str(page), "--id", "pier-page")[0] == 0
    refused = run(root, "source", "add", str(page), "--id", "pier-page-again")
    assert refused[0] == 1
    assert refused[2].startswith(
        "claimtrack: page.html is byte for byte sources/pier-page.html, archived as source 'pier-page' (sha256 "
    )
    extracted = root.parent / "extracted.txt"
    extracted.write_bytes((root / "sources" / "pier-page.txt").read_bytes())
    refused = run(root, "source", "add", str(extracted), "--id", "pier-text")
    assert refused[0] == 1
    assert refused[2].startswith("claimtrack: extracted.txt is byte for byte sources/pier-page.txt, archived as ")
    assert not (root / "sources" / "pier-page-again.yaml").exists()
    assert not (root / "sources" / "pier-text.yaml").exists()


def test_draft_of_a_copy_cites_a_kept_claim_quoting_the_same_sentence_whatever_its_subject(root: Path) -> None:
    assert run(root, "draft", "harbour-news", "--write")[0] == 0
    # The reviewer files the budget under the board, quoting only its words "$12 million", and keeps them all.
    entity = ("entity", "add", "--id", "velmar-harbour-board", "--kind", "organisation", "--label", "Velmar board")
    assert run(root, *entity)[0] == 0
    assert run(root, "edit", "velmar-amount-12000000", "--subject", "velmar-harbour-board")[0] == 0
    draft = root / "claims" / "drafts" / "velmar-amount-12000000.yaml"
    text = draft.read_text(encoding="utf-8")
    whole = "quote: The Velmar harbour board approved a budget of $12 million on 3 March 2021."
    assert whole in text
    draft.write_text(text.replace(whole, "quote: $12 million"), encoding="utf-8")
    assert run(root, "accept", "--all")[0] == 0
    copy = root.parent / "article.txt"
    assert run(root, "source", "add", str(copy), "--id", "harbour-copy", "--derived-from", "harbour-news")[0] == 0
    code, out, _ = run(root, "draft", "harbour-copy")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("# --- ")] == [
        "# --- cite: line 1: the sentence states velmar-approved-on-2021-03-03; add it as evidence:",
        "# --- cite: line 1: the sentence states velmar-harbour-board-amount-12000000; add it as evidence:",
        "# --- cite: line 3: the sentence states velmar-opened-on-2022-05; add it as evidence:",
    ]
    assert "claimtrack cite velmar-harbour-board-amount-12000000 harbour-copy --quote '$12 million'" in out
