"""Dismissing one value of a sentence that gives two (`claimtrack dismiss DRAFT`, `--source --quote --value`):
the entry names the value, `draft` proposes the sentence's other value still, `coverage` keeps the sentence
to quote, CT214 passes over that value only, and the last value of a sentence dismisses the sentence."""

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
BUDGET = "The Velmar harbour board approved a budget of $12 million on 3 March 2021."
ENTRY = f"not_claims:\n  - quote: {BUDGET}\n    value: $12 million\n    why: Budgets are not tracked.\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A fresh repository with the article archived and drafted (--write): two drafts from its first line."""
    root = archived_article(tmp_path, ARTICLE)
    assert run(root, "draft", "harbour-news", "--write")[0] == 0
    assert sorted(p.name for p in (root / "claims/drafts").iterdir()) == [
        "velmar-amount-12000000.yaml",
        "velmar-approved-on-2021-03-03.yaml",
        "velmar-opened-on-2022-05.yaml",
    ]
    return root


def _meta(root: Path) -> str:
    return (root / "sources/harbour-news.yaml").read_text(encoding="utf-8")


def test_dismissing_one_of_two_drafts_of_a_sentence_keeps_the_other_value(root: Path) -> None:
    assert run(root, "dismiss", "velmar-amount-12000000", "--why", "Budgets are not tracked.") == (
        0,
        "recorded the value '$12 million' of the sentence as no claim in sources/harbour-news.yaml (not_claims)\n"
        "removed claims/drafts/velmar-amount-12000000.yaml\n",
        "",
    )
    assert _meta(root).endswith(ENTRY)
    assert (root / "claims/drafts/velmar-approved-on-2021-03-03.yaml").exists()  # the other draft is left alone
    # Its draft deleted, the sentence is still to quote, and drafted again without the dismissed value.
    (root / "claims/drafts/velmar-approved-on-2021-03-03.yaml").unlink()
    assert run(root, "coverage") == (
        0,
        "harbour-news: 1/2 checkable sentences quoted (50.0%)\n"
        "  line 1: The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
        "total: 1/2 checkable sentences quoted (50.0%)\n",
        "",
    )
    code, out, _ = run(root, "draft", "harbour-news", "--write")
    assert (code, out.splitlines()[0]) == (0, "wrote claims/drafts/velmar-approved-on-2021-03-03.yaml")
    assert sorted(p.name for p in (root / "claims/drafts").iterdir()) == [
        "velmar-approved-on-2021-03-03.yaml",
        "velmar-opened-on-2022-05.yaml",
    ]
    # Its last value dismissed, the sentence is.
    assert run(root, "dismiss", "velmar-approved-on-2021-03-03", "--why", "Not our story either.") == (
        0,
        "recorded the sentence as no claim in sources/harbour-news.yaml (not_claims): it was the last value draft "
        "reads from the sentence\n"
        "removed claims/drafts/velmar-approved-on-2021-03-03.yaml\n",
        "",
    )
    assert _meta(root).endswith(ENTRY + f"  - quote: {BUDGET}\n    why: Not our story either.\n")
    assert run(root, "coverage")[1].splitlines()[0] == (
        "harbour-news: 1/1 checkable sentences quoted (100.0%); 1 dismissed as no claim"
    )
    assert run(root, "fmt", "--check")[0] == 0
    assert run(root, "schema", "--check")[0] == 0
    assert run(root, "validate")[0] == 0


def test_a_value_dismissed_beside_a_kept_claim_is_recorded_and_drafted_never_again(root: Path) -> None:
    assert run(root, "accept", "velmar-approved-on-2021-03-03")[0] == 0
    assert run(root, "dismiss", "velmar-amount-12000000", "--why", "Budgets are not tracked.")[0] == 0
    assert _meta(root).endswith(ENTRY)
    assert run(root, "dismiss", "velmar-opened-on-2022-05", "--why", "The pier is not our story.")[1] == (
        "recorded the sentence as no claim in sources/harbour-news.yaml (not_claims)\n"  # its only value
        "removed claims/drafts/velmar-opened-on-2022-05.yaml\n"
    )
    nothing = "harbour-news: 1/1 checkable sentences quoted (100.0%); 1 dismissed as no claim: nothing to draft\n"
    assert run(root, "draft", "harbour-news") == (0, f"# {nothing}", "")
    code, out, _ = run(root, "check", "--no-cache")
    assert (code, out.splitlines()[-1]) == (
        0,
        "passed: 1 claim checked; 0 open error(s), 0 open warning(s) or note(s), 0 acknowledged finding(s)",
    )


def test_a_value_dismissed_by_its_words_and_the_ways_it_is_refused(root: Path) -> None:
    words = ("dismiss", "--source", "harbour-news", "--quote", BUDGET, "--why", "Budgets are not tracked.")
    assert run(root, *words, "--value", "$12 million") == (
        0,
        "recorded the value '$12 million' of the sentence as no claim in sources/harbour-news.yaml (not_claims)\n",
        "",
    )
    assert run(root, *words, "--value", "$12  MILLION") == (
        0,
        "the value '$12  MILLION' of the sentence was already no claim in sources/harbour-news.yaml (not_claims)\n",
        "",
    )
    assert _meta(root).endswith(ENTRY)
    assert run(root, *words, "--value", "on 3 March 2021") == (
        1,
        "",
        "claimtrack: --value: draft reads no value 'on 3 March 2021' from the sentence; it reads '3 March 2021', "
        "'$12 million'\n",
    )
    assert run(root, *words, "--value", "May 2022") == (
        1,
        "",
        "claimtrack: --value: not in the words of --quote; quote the sentence the value is in\n",
    )
    usage = "claimtrack: dismiss: --value goes with --source and --quote, --sentence with a draft\n"
    assert run(root, "dismiss", "velmar-opened-on-2022-05", "--value", "May 2022", "--why", "x") == (2, "", usage)
    assert run(root, *words, "--sentence") == (2, "", usage)
    assert _meta(root).endswith(ENTRY)


def test_a_draft_whose_value_was_edited_is_dismissed_only_with_its_sentence(root: Path) -> None:
    assert run(root, "edit", "velmar-amount-12000000", "--value", "13000000", "--allow-value-mismatch")[0] == 0
    assert run(root, "dismiss", "velmar-amount-12000000", "--why", "x") == (
        1,
        "",
        "claimtrack: velmar-amount-12000000: its value is none that draft reads from its sentence (was it "
        "edited?): dismiss the whole sentence with --sentence, or delete the draft\n",
    )
    assert "not_claims" not in _meta(root)
    assert run(root, "dismiss", "velmar-amount-12000000", "--sentence", "--why", "x")[1].splitlines()[0] == (
        "recorded the sentence as no claim in sources/harbour-news.yaml (not_claims)"
    )


def test_a_dismissed_value_the_quote_does_not_hold_is_ct220(root: Path) -> None:
    (root / "sources/harbour-news.yaml").write_text(
        _meta(root) + f"not_claims:\n  - quote: {BUDGET}\n    value: $13 million\n    why: x\n", encoding="utf-8"
    )
    code, out, _ = run(root, "check", "--no-cache")
    assert code == 1
    assert [line for line in out.splitlines() if "CT220" in line] == [
        "sources/harbour-news.yaml:9:12: CT220 [error] source harbour-news dismisses a value its quote does not "
        f"hold: '$13 million' in '{BUDGET}'"
    ]


WIRE = "Velmar spent $12 million on 3 March 2021, the wire reported.\n"


def test_ct214_passes_over_a_dismissed_value_of_a_passage_and_no_other(root: Path, tmp_path: Path) -> None:
    """A kept claim of Velmar's approval day; a second source gives that day in a sentence on Velmar."""
    assert run(root, "accept", "velmar-approved-on-2021-03-03")[0] == 0
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    assert run(root, "source", "add", str(tmp_path / "wire.txt"), "--id", "wire", "--published", "2021-03-04")[0] == 0  # fmt: skip

    def unlinked() -> list[str]:
        return [line for line in run(root, "check", "--no-cache")[1].splitlines() if "CT214" in line]

    assert unlinked() == [
        "claims/velmar/velmar-approved-on-2021-03-03.yaml:7:8: CT214 [note] wire line 1 gives velmar approved_on "
        "'3 March 2021' (2021-03-03), as velmar-approved-on-2021-03-03 does, and no event claim on velmar quotes it: "
        '"Velmar spent $12 million on 3 March 2021, the wire reported."'
    ]
    sentence = WIRE.strip()
    words = ("dismiss", "--source", "wire", "--quote", sentence, "--why", "The spending day, not the approval.")
    assert run(root, *words, "--value", "$12 million")[0] == 0  # another value: the day is still unlinked
    assert len(unlinked()) == 1
    assert run(root, *words, "--value", "3 March 2021")[1] == (
        "recorded the sentence as no claim in sources/wire.yaml (not_claims): it was the last value draft reads "
        "from the sentence\n"
    )
    assert unlinked() == []
