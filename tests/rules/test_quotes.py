"""CT203 quote-not-found and CT204 ambiguous-quote share the anchoring in claimtrack.text.quotes."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.text.quotes import anchor, normalise, normalise_text
from rulekit import claim, found, messages, repo, source

TEXT = (
    "Intro line.\n"
    "The two countries signed the “Treaty on Military-Technical Cooperation” on November 29th, 2016.\n"
    "It was ratified in 2017. Exercises were held in 2017.\n"
)


def make(tmp_path: Path, quote: str, prefix: str | None = None, suffix: str | None = None) -> Path:
    path, text = claim("c", evidence=[("a", "supports", quote)])
    extra = "".join(f"    {k}: {v}\n" for k, v in (("prefix", prefix), ("suffix", suffix)) if v is not None)
    text = text.replace(f"    quote: {quote}\n", f"    quote: {quote}\n{extra}")
    return repo(tmp_path, (path, text), sources=source("a", TEXT))


@pytest.mark.parametrize(
    "quote",
    [
        "signed the “Treaty on Military-Technical Cooperation” on November 29th, 2016",
        "'signed the \"Treaty on Military–Technical Cooperation\" on November 29th, 2016'",  # straight quotes, en dash
        "SIGNED the “treaty on military-technical cooperation”",  # case
        "'countries   signed'",  # whitespace runs
    ],
)
def test_quotes_match_after_normalising(tmp_path: Path, quote: str) -> None:
    assert found(make(tmp_path, quote), "CT203") == []


def test_a_quote_not_in_the_source_points_at_the_quote_and_shows_the_closest_passage(tmp_path: Path) -> None:
    root = make(tmp_path, "signed the Treaty on Military-Technical Cooperation on November 29th, 2017")
    assert found(root, "CT203") == [("claims/c.yaml", 12, 12, "open")]
    assert messages(root, "CT203") == [
        "quote not found in a; closest passage (97% similar, line 2): "
        "'signed the “Treaty on Military-Technical Cooperation” on November 29th, 2016'"
    ]


def test_nothing_alike_gives_no_passage(tmp_path: Path) -> None:
    root = make(tmp_path, "zzzz")
    assert messages(root, "CT203") == ["quote not found in a"]


def test_sources_without_text_are_not_checked(tmp_path: Path) -> None:
    path, text = claim("c", evidence=[("a", "supports", "anything at all")])
    root = repo(tmp_path, (path, text), sources=source("a", None))
    assert found(root, "CT203") == []


def test_a_repeated_quote_is_ambiguous(tmp_path: Path) -> None:
    root = make(tmp_path, "in 2017")
    assert found(root, "CT204") == [("claims/c.yaml", 12, 12, "open")]
    assert messages(root, "CT204") == ["quote occurs 2 times in a; add a prefix or suffix, or quote more, to pick one"]


@pytest.mark.parametrize(("prefix", "suffix"), [("ratified", None), (None, ". Exercises"), ("held", None)])
def test_prefix_or_suffix_picks_one_occurrence(tmp_path: Path, prefix: str | None, suffix: str | None) -> None:
    root = make(tmp_path, "in 2017", prefix, suffix)
    assert found(root, "CT204") == []
    assert found(root, "CT203") == []


def test_a_prefix_that_matches_no_occurrence_is_not_found(tmp_path: Path) -> None:
    root = make(tmp_path, "in 2017", "signed")
    assert messages(root, "CT203") == [
        "quote not found in a: it occurs 2 time(s), but never with the given prefix/suffix"
    ]


@given(st.text(max_size=200), st.integers(0, 200), st.integers(1, 40))
def test_any_slice_of_a_text_is_found_in_it(text: str, start: int, length: int) -> None:
    piece = text[start : start + length]
    if not normalise_text(piece):
        return
    assert anchor(normalise_text(text), piece).found


# Text made of what normalising changes: case, quotes, dashes, invisible and compatibility characters, and
# every kind of whitespace (str.isspace's, the information separators \x1c-\x1f among them).
TRICKY = "aZ \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000‘’“”«»–—\u00ad\u200b\ufeffﬁ①Éß"


@settings(max_examples=500)
@given(st.one_of(st.text(max_size=200), st.text(alphabet=TRICKY, max_size=60)))
def test_normalising_is_idempotent_and_maps_back(text: str) -> None:
    once = normalise(text)
    assert normalise_text(text) == once.text  # the fast form and the mapped form agree
    assert normalise(once.text).text == once.text
    assert len(once.origin) == len(once.text)
    assert list(once.origin) == sorted(once.origin)


@given(st.text(alphabet=st.sampled_from("ab \n\t\u00a0\u200bÉﬁ’—"), max_size=60), st.integers(1, 8))
def test_a_long_text_normalised_piece_by_piece_is_the_same(text: str, chunk: int) -> None:
    # Long texts are normalised in pieces to bound memory (issue 18, B9): the cut never shows.
    whole = normalise_text(text)
    with patch("claimtrack.text.quotes.CHUNK_CHARS", chunk):
        assert normalise_text(text) == whole


ARTICLE = [
    "Bridge opens late",
    "",
    "By Ada Lund",
    "",
    "The bridge opened on 3 May 2021, two years late.",
    "The council said it cost 412 million euros.",
    "",
    "It carried 1.2 million cars.",
]


COUNCIL = "The council said it cost 412 million"


@pytest.mark.parametrize(
    ("text", "line", "passage"),
    [
        ("\n".join(ARTICLE) + "\n", 6, COUNCIL),  # a headline and blank lines
        ("\r\n".join(ARTICLE) + "\r\n", 6, COUNCIL),  # CRLF
        ("\ufeff" + "\n".join(ARTICLE) + "\n", 6, COUNCIL),  # a leading byte order mark
        ("---\ntitle: Bridge\n---\n" + "\n".join(ARTICLE) + "\n", 9, COUNCIL + " euros"),  # front matter
        ("\n".join(line for line in ARTICLE if line) + "\n", 4, COUNCIL),  # one line per paragraph
    ],
)
def test_the_closest_passage_is_on_the_line_of_its_first_word(
    tmp_path: Path, text: str, line: int, passage: str
) -> None:
    """A misspelt first word aligns the passage from the line end before it (it said line 5, 5, 5, 9 and 3): the
    line is its words' own."""
    path, claim_text = claim("c", evidence=[("a", "supports", "Thes council said it cost 412 million")])
    root = repo(tmp_path, (path, claim_text), sources=source("a", text))
    assert messages(root, "CT203") == [f"quote not found in a; closest passage (97% similar, line {line}): '{passage}'"]


def test_a_passage_after_a_blank_line_is_on_its_own_line(tmp_path: Path) -> None:
    """It said line 6, the line before the blank line."""
    path, claim_text = claim("c", evidence=[("a", "supports", "Its carried 1.2 million cars")])
    root = repo(tmp_path, (path, claim_text), sources=source("a", "\n".join(ARTICLE) + "\n"))
    assert messages(root, "CT203") == [
        "quote not found in a; closest passage (96% similar, line 8): 'It carried 1.2 million cars'"
    ]


@settings(max_examples=200)
@given(
    st.lists(
        st.sampled_from(["", "Alpha beta.", "Gamma delta epsilon.", "Zeta eta theta iota."]), min_size=1, max_size=8
    ),
    st.sampled_from(["\n", "\n\n", "\n \n"]),
    st.sampled_from(["Betas gamma delta", "Thetas iota", "alpha betas", "Delta epsilons zeta"]),
)
def test_a_closest_passage_starts_and_ends_on_a_word(lines: list[str], separator: str, quote: str) -> None:
    from claimtrack.text.quotes import closest_passage

    text = separator.join(lines)
    passage = closest_passage(text, normalise(text), quote)
    if passage is None:
        return
    assert passage.text == passage.text.strip()
    assert passage.text == text[passage.start : passage.end]
    assert passage.line == text.count("\n", 0, passage.start) + 1
