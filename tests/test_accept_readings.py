"""`accept` keeps a draft's note of how its value was read ("'last Tuesday' read as 2022-05-31 from ...") above the
value while the note is true of the claim; `edit` drops it once the value or the quote no longer bear it out."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack.authoring.draft_comments import reading_holds
from claimtrack.model.claims import EventClaim, QuantityClaim
from helpers import archived_article
from helpers import invoke as run

ARTICLE = "Velmar ferry line\n\nThe Velmar ferry line opened last Tuesday, the harbour office said.\n"
DRAFT = "velmar-opened-on-2022-05-31"
READING = "# 'last Tuesday' read as 2022-05-31 from the source's publication date 2022-06-01\n"
SENTENCE = "The Velmar ferry line opened last Tuesday, the harbour office said."


def _claim(claim_id: str, subject: str, value: str, quote: str = SENTENCE, reading: str = READING) -> str:
    return (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        f"id: {claim_id}\n"
        "type: event\n"
        f"statement: {SENTENCE}\n"
        f"subject: {subject}\n"
        "property: opened_on\n"
        f"{reading}"
        f"value: '{value}'\n"
        "modality: reported\n"
        "status: unreviewed\n"
        "evidence:\n"
        "  - source: harbour-news\n"
        "    stance: supports\n"
        f"    quote: {quote}\n"
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = archived_article(tmp_path, ARTICLE)
    assert run(root, "draft", "harbour-news", "--write")[0] == 0
    assert READING in (root / f"claims/drafts/{DRAFT}.yaml").read_text(encoding="utf-8")
    return root


def _accepted(root: Path, draft: str, claim: str) -> str:
    assert run(root, "accept", draft) == (0, f"accepted claims/drafts/{draft}.yaml as {claim}\n", "")
    return (root / claim).read_text(encoding="utf-8")


def test_the_reading_is_kept_above_the_value(root: Path) -> None:
    claim = f"claims/velmar/{DRAFT}.yaml"
    assert _accepted(root, DRAFT, claim) == _claim(DRAFT, "velmar", "2022-05-31")
    assert run(root, "fmt", "--check", str(root / claim))[0] == 0
    assert run(root, "validate", str(root / claim)) == (0, "1 file valid\n", "")


def test_a_new_subject_keeps_the_reading_true_of_the_value(root: Path) -> None:
    assert run(root, "entity", "add", "--id", "velmar-ferry", "--kind", "other", "--label", "Velmar ferry line")[0] == 0
    assert run(root, "edit", DRAFT, "--subject", "velmar-ferry")[0] == 0
    claim_id = "velmar-ferry-opened-on-2022-05-31"
    text = _accepted(root, DRAFT, f"claims/velmar-ferry/{claim_id}.yaml")
    assert text == _claim(claim_id, "velmar-ferry", "2022-05-31")


def test_a_corrected_value_drops_the_reading(root: Path) -> None:
    assert run(root, "edit", DRAFT, "--value", "2022-05-24")[0] == 0
    assert "read as" not in (root / f"claims/drafts/{DRAFT}.yaml").read_text(encoding="utf-8")
    claim_id = "velmar-opened-on-2022-05-24"
    assert _accepted(root, DRAFT, f"claims/velmar/{claim_id}.yaml") == _claim(
        claim_id, "velmar", "2022-05-24", reading=""
    )


def test_a_quote_without_the_words_read_drops_the_reading(root: Path) -> None:
    assert run(root, "edit", DRAFT, "--quote", "The Velmar ferry line opened")[0] == 0
    text = _accepted(root, DRAFT, f"claims/velmar/{DRAFT}.yaml")
    assert text == _claim(DRAFT, "velmar", "2022-05-31", quote="The Velmar ferry line opened", reading="")


def test_editing_the_accepted_claims_value_drops_the_reading(root: Path) -> None:
    claim = root / f"claims/velmar/{DRAFT}.yaml"
    _accepted(root, DRAFT, claim.relative_to(root).as_posix())
    assert run(root, "edit", DRAFT, "--statement", "The ferry line opened on 31 May 2022.")[0] == 0
    assert READING in claim.read_text(encoding="utf-8")  # a new statement leaves the reading true
    assert run(root, "edit", DRAFT, "--value", "2022-05")[0] == 0
    assert "read as" not in claim.read_text(encoding="utf-8")


def _event(value: str, quote: str) -> EventClaim:
    return EventClaim.model_validate(
        {
            "id": "c",
            "type": "event",
            "statement": "S.",
            "subject": "s",
            "property": "p",
            "value": value,
            "modality": "asserted",
            "evidence": [{"source": "a", "stance": "supports", "quote": quote}],
        }
    )


@pytest.mark.parametrize(
    ("line", "value", "quote", "holds"),
    [
        (
            "# 'on Monday' read as 2021-06-07 from the source's publication date 2021-06-08",
            "2021-06-07",
            "said on Monday",
            True,
        ),
        ("# 'in three days' read as 2021-06-11: counted from 'Tuesday' before it", "2021-06-11", "in three days", True),
        (
            "# 'this spring' read as 2021-21 from the source's publication date 2021-06-08",
            "2021-21",
            "this spring",
            True,
        ),
        (
            "# 'on Monday' read as 2021-06-07 from the source's publication date 2021-06-08",
            "2021-06-14",
            "said on Monday",
            False,
        ),
        (
            "# 'on Monday' read as 2021-06-07 from the source's publication date 2021-06-08",
            "2021-06-07",
            "said on Friday",
            False,
        ),
        ("# modality reported, from 'said'", "2021-06-07", "said on Monday", False),
        ("# 'on Monday' read as 2021-06-07", "2021-06", "said on Monday", False),  # a month is another value
    ],
)
def test_a_reading_holds_while_the_value_and_the_words_are_the_claims(
    line: str, value: str, quote: str, holds: bool
) -> None:
    assert reading_holds(line, _event(value, quote)) is holds


@pytest.mark.parametrize(("exactly", "holds"), [(3, True), (4, False)])
def test_a_counted_reading_holds_for_its_number(exactly: int, holds: bool) -> None:
    claim = QuantityClaim.model_validate(
        {
            "id": "c",
            "type": "quantity",
            "statement": "S.",
            "subject": "s",
            "property": "p",
            "value": {"exactly": exactly, "unit": "win"},
            "modality": "asserted",
            "evidence": [{"source": "a", "stance": "supports", "quote": "went 3-1 at home"}],
        }
    )
    assert reading_holds("# '3-1' read as 3 wins", claim) is holds


@pytest.mark.parametrize(
    "line",
    [
        "# 'It' read as velmar, the subject of the sentence before",
        "# 'The 56-year-old' read as anna-berg, the last person named before",
        "# the sentence names nothing: read as velmar, the subject of the sentence before",
    ],
)
def test_a_reading_of_the_subject_is_no_reading_of_the_value(line: str) -> None:
    from claimtrack.authoring.draft_comments import is_reading

    assert not is_reading(line)
