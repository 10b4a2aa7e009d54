"""From an article to kept claims in a fresh repository: init, source add, draft --write, edit, accept, check;
dismissing a sentence that is no claim so that draft never proposes it again; and `new` never defaulting a
reviewed claim into claims/drafts/."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.new_claim import topic_among
from claimtrack.cli import app
from claimtrack.drafting.acceptance import without_draft_header
from helpers import archived_article
from helpers import invoke as run

runner = CliRunner()

ARTICLE = (
    "The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
    "\n"
    "The new pier opened in May 2022, the board said.\n"
)
NEXT = (
    "next: check each draft against its sentence and correct what is wrong ('claimtrack edit ID'); "
    "'claimtrack accept ID' (or --all) then makes it a claim; 'claimtrack dismiss ID --why ...' one that is no "
    "claim, so that its sentence is not proposed again\n"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A fresh repository with the article archived and drafted (--write)."""
    root = archived_article(tmp_path, ARTICLE)
    assert run(root, "draft", "harbour-news", "--write") == (
        0,
        "added entity 'velmar' to vocabulary/entities/drafted.yaml\n"
        "added property 'approved_on' to vocabulary/properties.yaml\n"
        "added property 'opened_on' to vocabulary/properties.yaml\n"
        "wrote claims/drafts/velmar-approved-on-2021-03-03.yaml\n"
        "wrote claims/drafts/velmar-amount-12000000.yaml\n"
        "wrote claims/drafts/velmar-opened-on-2022-05.yaml\n" + NEXT,
        "",
    )
    return root


def _claim_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in (root / "claims").rglob("*.yaml"))


def test_an_edited_draft_is_accepted_under_the_id_its_fields_give(root: Path) -> None:
    assert run(root, "entity", "add", "--id", "velmar-harbour-board", "--kind", "organisation", "--label", "Velmar harbour board")[0] == 0  # fmt: skip
    assert run(root, "edit", "velmar-amount-12000000", "--subject", "velmar-harbour-board")[0] == 0
    assert run(root, "accept", "velmar-amount-12000000") == (
        0,
        "accepted claims/drafts/velmar-amount-12000000.yaml as "
        "claims/velmar-harbour-board/velmar-harbour-board-amount-12000000.yaml\n",
        "",
    )
    assert (root / "claims/velmar-harbour-board/velmar-harbour-board-amount-12000000.yaml").read_text(
        encoding="utf-8"
    ) == (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "id: velmar-harbour-board-amount-12000000\n"
        "type: quantity\n"
        "statement: The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
        "subject: velmar-harbour-board\n"
        "property: amount\n"
        "value:\n"
        "  exactly: 12000000\n"
        "  unit: USD\n"
        "modality: asserted\n"
        "status: unreviewed\n"
        "evidence:\n"
        "  - source: harbour-news\n"
        "    stance: supports\n"
        "    quote: The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
    )
    # The rest at once, into the topic given; then the whole check passes with no draft left.
    assert run(root, "accept", "--all", "--topic", "harbour") == (
        0,
        "accepted claims/drafts/velmar-approved-on-2021-03-03.yaml as claims/harbour/velmar-approved-on-2021-03-03.yaml\n"
        "accepted claims/drafts/velmar-opened-on-2022-05.yaml as claims/harbour/velmar-opened-on-2022-05.yaml\n",
        "",
    )
    assert _claim_files(root) == [
        "claims/harbour/velmar-approved-on-2021-03-03.yaml",
        "claims/harbour/velmar-opened-on-2022-05.yaml",
        "claims/velmar-harbour-board/velmar-harbour-board-amount-12000000.yaml",
    ]
    assert not (root / "claims/drafts").exists()  # the last draft out takes the empty folder with it
    code, out, _ = run(root, "check", "--no-cache")
    assert (code, out.splitlines()[-1]) == (
        0,
        "passed: 3 claims checked; 0 open error(s), 0 open warning(s) or note(s), 0 acknowledged finding(s)",
    )
    assert run(root, "fmt", "--check")[0] == 0
    assert run(root, "accept", "--all") == (0, "no drafts under claims/drafts/\n", "")


def test_a_draft_with_a_problem_or_a_taken_id_stays_as_it_is(root: Path) -> None:
    drafts = root / "claims/drafts"
    # One draft's quote is no longer the source's words; another is edited into what a third says.
    amount = drafts / "velmar-amount-12000000.yaml"
    amount.write_text(
        amount.read_text(encoding="utf-8").replace("harbour board approved", "port board approved"), encoding="utf-8"
    )
    edited = run(
        root, "edit", "velmar-approved-on-2021-03-03", "--property", "opened_on", "--value", "2022-05",
        "--allow-value-mismatch",
    )  # fmt: skip
    assert edited[0] == 0, edited
    before = {p.name: p.read_bytes() for p in drafts.iterdir()}
    result = runner.invoke(
        app, ["accept", "velmar-opened-on-2022-05", "velmar-amount-12000000", "velmar-approved-on-2021-03-03",
              "--allow-value-mismatch", "--root", str(root)],
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stdout == (
        "accepted claims/drafts/velmar-opened-on-2022-05.yaml as claims/velmar/velmar-opened-on-2022-05.yaml\n"
    )
    assert result.stderr == (
        "  claims/drafts/velmar-amount-12000000.yaml:16:12: CT203 quote not found in harbour-news; closest passage "
        "(93% similar, line 1): 'The Velmar harbour board approved a budget of $12 million on 3 March 2021'\n"
        "claimtrack: claims/drafts/velmar-amount-12000000.yaml not accepted: fix the problems above\n"
        "  claim id 'velmar-opened-on-2022-05' exists (claims/velmar/velmar-opened-on-2022-05.yaml): the draft says "
        "what that claim says: add its quote to that claim, then delete the draft (or edit the fields that make it "
        "another claim):\n"
        "    claimtrack cite velmar-opened-on-2022-05 harbour-news --quote 'The Velmar harbour board approved a budget "
        "of $12 million on 3 March 2021.'\n"
        "claimtrack: claims/drafts/velmar-approved-on-2021-03-03.yaml not accepted: fix the problems above\n"
    )
    assert {p.name: p.read_bytes() for p in drafts.iterdir()} == {
        name: data for name, data in before.items() if name != "velmar-opened-on-2022-05.yaml"
    }


def test_a_draft_of_a_claim_that_exists_gets_the_cite_line_that_adds_its_quote(tmp_path: Path) -> None:
    """Issue 25: two pages gave one fact, both were drafted before either was accepted, and accepting the second
    said to add its quote "with 'claimtrack cite'", leaving the reviewer to write the line from the draft."""
    root = archived_article(tmp_path, "The Velmar pier opened in May 2022, the board said.\n", "post")
    (tmp_path / "wire.txt").write_text("The Velmar pier opened in May 2022, a year late.\n", encoding="utf-8")
    assert run(root, "source", "add", str(tmp_path / "wire.txt"), "--id", "wire", "--published", "2022-06-02")[0] == 0
    assert run(root, "draft", "post", "--write")[0] == 0
    assert run(root, "draft", "wire", "--write")[0] == 0
    assert run(root, "accept", "velmar-opened-on-2022-05")[0] == 0
    assert run(root, "accept", "velmar-opened-on-2022-05-2") == (
        1,
        "",
        "  claim id 'velmar-opened-on-2022-05' exists (claims/velmar/velmar-opened-on-2022-05.yaml): the draft says "
        "what that claim says: add its quote to that claim, then delete the draft (or edit the fields that make it "
        "another claim):\n"
        "    claimtrack cite velmar-opened-on-2022-05 wire --quote 'The Velmar pier opened in May 2022, a year late.'\n"
        "claimtrack: claims/drafts/velmar-opened-on-2022-05-2.yaml not accepted: fix the problems above\n",
    )
    # The line works as printed.
    cited = shlex.split(
        "claimtrack cite velmar-opened-on-2022-05 wire --quote 'The Velmar pier opened in May 2022, a year late.'"
    )
    assert run(root, *cited[1:]) == (
        0,
        "wrote claims/velmar/velmar-opened-on-2022-05.yaml: supports from wire\n",
        "",
    )
    # Once the claim quotes the same words, there is nothing to cite: the draft is a repeat to delete.
    assert run(root, "accept", "velmar-opened-on-2022-05-2") == (
        1,
        "",
        "  claim id 'velmar-opened-on-2022-05' exists (claims/velmar/velmar-opened-on-2022-05.yaml): the draft says "
        "what that claim says, quoting the same words: delete the draft, or edit the fields that make it another "
        "claim\n"
        "claimtrack: claims/drafts/velmar-opened-on-2022-05-2.yaml not accepted: fix the problems above\n",
    )


def test_accept_names_what_it_needs(root: Path) -> None:
    assert run(root, "accept") == (2, "", "claimtrack: accept: name the drafts to accept, or give --all (not both)\n")
    assert run(root, "accept", "velmar-amount-1200000") == (
        2,
        "",
        "claimtrack: unknown draft 'velmar-amount-1200000'; did you mean 'velmar-amount-12000000'?\n",
    )
    assert run(root, "accept", "velmar-amount-12000000", "--topic", "drafts") == (
        1,
        "",
        "claimtrack: --topic drafts: claims/drafts/ holds drafts; give the claims' own topic\n",
    )
    assert run(root, "accept", "velmar-amount-12000000")[0] == 0
    assert run(root, "accept", "velmar-amount-12000000") == (
        2,
        "",
        "claimtrack: velmar-amount-12000000 is no draft: it is claims/velmar/velmar-amount-12000000.yaml, out of "
        "claims/drafts/ already\n",
    )


def test_new_never_defaults_into_drafts_when_a_property_has_only_drafts(root: Path) -> None:
    """Issue: the default topic followed the property's claims, all drafts, so `new` wrote into claims/drafts/."""
    assert run(root, "entity", "add", "--id", "velmar-pier", "--kind", "other", "--label", "Velmar pier")[0] == 0
    code, out, _ = run(
        root, "new", "--subject", "velmar-pier", "--property", "amount", "--value", "about 12000000", "--unit", "USD",
        "--statement", "The budget was $12 million.", "--source", "harbour-news", "--quote", "a budget of $12 million",
    )  # fmt: skip
    assert (code, out) == (0, "wrote claims/velmar-pier/velmar-pier-amount-about-12000000.yaml\n")


def test_a_new_subject_gets_its_own_folder_not_another_subject_s(root: Path) -> None:
    """Issue 25: a newcomer's claim about SoftBank went to claims/adam-neumann/, where the only other claim of its
    property was; in a repository filed by subject a new subject's claims go to a folder of its own."""
    assert run(root, "accept", "velmar-amount-12000000") == (
        0,
        "accepted claims/drafts/velmar-amount-12000000.yaml as claims/velmar/velmar-amount-12000000.yaml\n",
        "",
    )
    assert run(root, "entity", "add", "--id", "oster-port", "--kind", "organisation", "--label", "Oster port")[0] == 0
    assert run(root, "edit", "velmar-approved-on-2021-03-03", "--subject", "oster-port", "--property", "amount",
               "--value", "12000000", "--unit", "USD", "--allow-value-mismatch")[0] == 0  # fmt: skip
    assert run(root, "accept", "velmar-approved-on-2021-03-03") == (
        0,
        "accepted claims/drafts/velmar-approved-on-2021-03-03.yaml as "
        "claims/oster-port/oster-port-amount-12000000.yaml\n",
        "",
    )


@pytest.mark.parametrize(
    ("claims", "topic"),
    [
        # Filed by subject: the property's only claims are in their subject's own folder.
        ([("velmar", "amount", "claims/velmar/a.yaml")], "oster"),
        # Filed by theme: folders named for no subject of theirs keep taking the property's new claims.
        ([("velmar", "amount", "claims/budgets/a.yaml"), ("lund", "amount", "claims/budgets/b.yaml")], "budgets"),
        # A theme beats a subject's folder; the subject's own claims beat both.
        (
            [
                ("velmar", "amount", "claims/velmar/a.yaml"),
                ("velmar", "amount", "claims/velmar/b.yaml"),
                ("lund", "amount", "claims/budgets/c.yaml"),
            ],
            "budgets",
        ),
        ([("oster", "founded_on", "claims/ports/a.yaml"), ("lund", "amount", "claims/budgets/c.yaml")], "ports"),
        # Drafts give no topic.
        ([("lund", "amount", "claims/drafts/c.yaml")], "oster"),
    ],
)
def test_the_default_topic_is_never_another_subject_s_folder(claims: list[tuple[str, str, str]], topic: str) -> None:
    assert topic_among(claims, "oster", "amount") == topic


def test_the_drafting_header_goes_and_every_other_comment_stays() -> None:
    text = (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "# Draft from a, line 1: check every field.\n"
        "# needs: claimtrack entity add --id x --kind other --label X\n"
        "id: x\n"
        "# a reviewer's own note\n"
        "type: event\n"
    )
    assert without_draft_header(text) == (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\nid: x\n# a reviewer's own note\ntype: event\n"
    )
    assert without_draft_header("id: x\n# Draft from nothing\n") == "id: x\n"
    assert without_draft_header("id: x\n") == "id: x\n"


def test_a_dismissed_sentence_is_recorded_and_never_drafted_again(root: Path) -> None:
    drafts = root / "claims/drafts"
    assert run(root, "dismiss", "velmar-opened-on-2022-05", "--why", "The pier is not our story.") == (
        0,
        "recorded the sentence as no claim in sources/harbour-news.yaml (not_claims)\n"
        "removed claims/drafts/velmar-opened-on-2022-05.yaml\n",
        "",
    )
    meta = (root / "sources/harbour-news.yaml").read_text(encoding="utf-8")
    assert meta.endswith(
        "not_claims:\n"
        "  - quote: The new pier opened in May 2022, the board said.\n"
        "    why: The pier is not our story.\n"
    )
    # Of a sentence with two drafts dismissed whole (--sentence), the other is named: left to the reviewer.
    assert run(root, "dismiss", "velmar-amount-12000000", "--sentence", "--why", "Budgets are not tracked.") == (
        0,
        "recorded the sentence as no claim in sources/harbour-news.yaml (not_claims)\n"
        "removed claims/drafts/velmar-amount-12000000.yaml\n"
        "claims/drafts/velmar-approved-on-2021-03-03.yaml quotes the same sentence: dismiss or delete it too\n",
        "",
    )
    (drafts / "velmar-approved-on-2021-03-03.yaml").unlink()
    nothing = "harbour-news: 0/0 checkable sentences quoted (100.0%); 2 dismissed as no claim: nothing to draft\n"
    assert run(root, "draft", "harbour-news") == (0, f"# {nothing}", "")
    assert run(root, "draft", "harbour-news", "--write") == (0, nothing, "")
    assert list(drafts.iterdir()) == []
    assert run(root, "coverage") == (
        0,
        "harbour-news: 0/0 checkable sentences quoted (100.0%); 2 dismissed as no claim\n"
        "total: 0/0 checkable sentences quoted (100.0%)\n",
        "",
    )
    assert run(root, "fmt", "--check")[0] == 0
    assert run(root, "schema", "--check")[0] == 0
    code, out, _ = run(root, "check", "--no-cache")
    assert (code, out.splitlines()[-1]) == (
        0,
        "passed: 0 claims checked; 0 open error(s), 2 open warning(s) or note(s), 0 acknowledged finding(s)",
    )
    # Dismissing it again changes nothing; words of another sentence are refused.
    again = run(root, "dismiss", "--source", "harbour-news", "--quote", "The new pier opened", "--why", "Again.")
    assert again == (0, "the sentence was already no claim in sources/harbour-news.yaml (not_claims)\n", "")
    assert run(root, "dismiss", "--source", "harbour-news", "--quote", "The old pier", "--why", "No.") == (
        1,
        "",
        "claimtrack: --quote: not in the archived text of harbour-news; copy the words exactly\n",
    )
    assert (root / "sources/harbour-news.yaml").read_text(encoding="utf-8") == meta + (
        "  - quote: The Velmar harbour board approved a budget of $12 million on 3 March 2021.\n"
        "    why: Budgets are not tracked.\n"
    )


def test_dismiss_names_what_it_needs(root: Path) -> None:
    usage = "claimtrack: dismiss: name a draft, or give --source and --quote (not both)\n"
    assert run(root, "dismiss", "--why", "x") == (2, "", usage)
    assert run(root, "dismiss", "velmar-amount-12000000", "--source", "harbour-news", "--why", "x") == (2, "", usage)
    assert run(root, "dismiss", "velmar-amount-12000000") == (
        2,
        "",
        "claimtrack: dismiss: --why is required: say why the sentence is no claim, for the next reviewer\n",
    )
    assert run(root, "dismiss", "velmar-amount-1200000", "--why", "x") == (
        2,
        "",
        "claimtrack: unknown draft 'velmar-amount-1200000'; did you mean 'velmar-amount-12000000'?\n",
    )
    assert run(root, "dismiss", "--source", "harbour-new", "--quote", "x", "--why", "x") == (
        2,
        "",
        "claimtrack: unknown source 'harbour-new'; did you mean 'harbour-news'?\n",
    )


def test_the_drafts_folder_goes_with_its_last_draft_but_not_with_a_file_of_the_user(root: Path) -> None:
    drafts = root / "claims/drafts"
    assert run(root, "accept", "velmar-approved-on-2021-03-03", "velmar-amount-12000000")[0] == 0
    assert sorted(p.name for p in drafts.iterdir()) == ["velmar-opened-on-2022-05.yaml"]
    assert run(root, "dismiss", "velmar-opened-on-2022-05", "--why", "The pier is not our story.")[0] == 0
    assert not drafts.exists()
    # Drafted again (nothing: every sentence is quoted or dismissed), the folder is not made empty.
    assert run(root, "draft", "harbour-news", "--write")[0] == 0
    assert not drafts.exists()
    # A file of the user's in the folder keeps it.
    (root / "sources/harbour-news.yaml").write_text(
        (root / "sources/harbour-news.yaml").read_text(encoding="utf-8").split("not_claims:")[0], encoding="utf-8"
    )
    assert run(root, "draft", "harbour-news", "--write")[0] == 0
    (drafts / "README.md").write_text("Drafts of the harbour desk.\n", encoding="utf-8")
    assert run(root, "accept", "velmar-opened-on-2022-05")[0] == 0
    assert sorted(p.name for p in drafts.iterdir()) == ["README.md"]


def test_draft_write_leaves_no_needs_line_it_met(root: Path) -> None:
    """--write adds what the drafts need: a "needs: claimtrack entity add ..." line would be stale on arrival."""
    assert (root / "claims/drafts/velmar-opened-on-2022-05.yaml").read_text(encoding="utf-8").splitlines()[:6] == [
        "# yaml-language-server: $schema=../../schemas/claim.schema.json",
        "# Draft from harbour-news, line 3: check every field ('claimtrack edit'), then "
        "'claimtrack accept velmar-opened-on-2022-05', or delete it.",
        "# modality reported, from 'said'",
        "# 'The new' read as velmar, the subject of the sentence before",
        "# no event property's label matches the sentence: proposed opened_on",
        "id: velmar-opened-on-2022-05",
    ]


PIER_DRAFT_HEADER = (
    "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
    "# Draft from harbour-news, line 3: check every field ('claimtrack edit'), then "
    "'claimtrack accept velmar-opened-on-2022-05', or delete it.\n"
    "# needs: claimtrack entity add --id velmar --kind other --label Velmar\n"
    "# needs: claimtrack property add --id opened_on --label 'opened on' --claim-type event\n"
    "# modality reported, from 'said'\n"
    "# 'The new' read as velmar, the subject of the sentence before\n"
    "# no event property's label matches the sentence: proposed opened_on\n"
)
PIER_DRAFT_FIELDS = (
    "id: velmar-opened-on-2022-05\n"
    "type: event\n"
    "statement: The new pier opened in May 2022, the board said.\n"
    "subject: {subject}\n"
    "property: opened_on\n"
    "value: '2022-05'\n"
    "modality: reported\n"
    "status: unreviewed\n"
    "evidence:\n"
    "  - source: harbour-news\n"
    "    stance: supports\n"
    "    quote: The new pier opened in May 2022, the board said.\n"
)


@pytest.fixture
def printed(tmp_path: Path) -> Path:
    """A fresh repository whose pier draft a person saved from `draft`'s printed output, needs lines and all."""
    root = archived_article(tmp_path, ARTICLE)
    saved = run(root, "draft", "harbour-news")[1].split("# --- claims/drafts/velmar-opened-on-2022-05.yaml\n")[1]
    assert saved == PIER_DRAFT_HEADER + PIER_DRAFT_FIELDS.format(subject="velmar")
    (root / "claims/drafts").mkdir()
    (root / "claims/drafts/velmar-opened-on-2022-05.yaml").write_text(saved, encoding="utf-8")
    return root


def test_edit_drops_the_needs_lines_it_met_and_accept_keeps_no_drafting_line(printed: Path) -> None:
    root, draft = printed, printed / "claims/drafts/velmar-opened-on-2022-05.yaml"
    # The person adds the property as its needs line says, and a better subject than the one drafted.
    assert run(root, "property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event")[0] == 0
    assert run(root, "entity", "add", "--id", "velmar-pier", "--kind", "other", "--label", "Velmar pier")[0] == 0
    assert run(root, "edit", "velmar-opened-on-2022-05", "--subject", "velmar-pier") == (
        0,
        "wrote claims/drafts/velmar-opened-on-2022-05.yaml\n  subject: velmar -> velmar-pier\n",
        "",
    )
    # velmar is named no more and opened_on exists: both needs lines go, and the note of how the subject was read
    # (it is velmar-pier now); the notes on how the value and the modality were read stay.
    assert draft.read_text(encoding="utf-8") == (
        "".join(
            line
            for line in PIER_DRAFT_HEADER.splitlines(keepends=True)
            if not line.startswith(("# needs:", "# 'The new' read as velmar,"))
        )
        + PIER_DRAFT_FIELDS.format(subject="velmar-pier")
    )
    assert run(root, "accept", "velmar-opened-on-2022-05")[0] == 0
    claim = root / "claims/velmar-pier/velmar-pier-opened-on-2022-05.yaml"
    assert claim.read_text(encoding="utf-8") == (
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        + PIER_DRAFT_FIELDS.format(subject="velmar-pier").replace(
            "velmar-opened-on-2022-05", "velmar-pier-opened-on-2022-05"
        )
    )


def test_a_needs_line_the_edit_did_not_meet_stays(printed: Path) -> None:
    root, draft = printed, printed / "claims/drafts/velmar-opened-on-2022-05.yaml"
    assert run(root, "entity", "add", "--id", "velmar", "--kind", "place", "--label", "Velmar")[0] == 0
    # The draft still needs opened_on; the edit of its modality meets nothing, and velmar is known now.
    code, out, err = run(root, "edit", "velmar-opened-on-2022-05", "--modality", "asserted")
    assert code == 1, (out, err)  # refused: opened_on is no property yet; the file is as it was
    assert draft.read_text(encoding="utf-8") == PIER_DRAFT_HEADER + PIER_DRAFT_FIELDS.format(subject="velmar")
    assert run(root, "property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event")[0] == 0
    assert run(root, "edit", "velmar-opened-on-2022-05", "--modality", "asserted")[0] == 0
    assert "# needs:" not in draft.read_text(encoding="utf-8")


def test_accept_drops_needs_lines_a_hand_edit_moved_out_of_the_header(printed: Path) -> None:
    """A person deleted the "Draft from" line and left a blank line in the comments: nothing of drafting stays."""
    root, draft = printed, printed / "claims/drafts/velmar-opened-on-2022-05.yaml"
    assert run(root, "entity", "add", "--id", "velmar", "--kind", "place", "--label", "Velmar")[0] == 0
    assert run(root, "property", "add", "--id", "opened_on", "--label", "opened on", "--claim-type", "event")[0] == 0
    lines = draft.read_text(encoding="utf-8").splitlines(keepends=True)
    draft.write_text("".join([lines[0], lines[2], "\n", *lines[3:]]), encoding="utf-8")  # no "Draft from"
    assert run(root, "accept", "velmar-opened-on-2022-05")[0] == 0
    text = (root / "claims/velmar/velmar-opened-on-2022-05.yaml").read_text(encoding="utf-8")
    assert "needs:" not in text
    assert text.startswith("# yaml-language-server: $schema=../../schemas/claim.schema.json\n# modality reported")


FERRY = (
    "The Lantern Bay ferry resumed service on 10 April 2023.\n"
    "\n"
    "The ferry carried 850 passengers on its first day back.\n"
    "\n"
    "Since it returned on 10 April 2023, the ferry has run every day.\n"
)


def test_a_second_draft_proposes_no_kept_value_again_but_the_cite_line(tmp_path: Path) -> None:
    """After accept, draft read a sentence repeating a kept claim's day (its draft deleted as a repeat) and
    drafted it again as a new claim: a claim quoting the source was left out of what a draft may repeat."""
    root = archived_article(tmp_path, FERRY, "ferry-news", "2023-04-12")
    out = run(root, "draft", "ferry-news", "--write")[1]
    assert [line for line in out.splitlines() if line.startswith("wrote")] == [
        "wrote claims/drafts/lantern-bay-resumed-on-2023-04-10.yaml",
        "wrote claims/drafts/lantern-bay-passenger-count-850.yaml",
        "wrote claims/drafts/lantern-bay-returned-on-2023-04-10.yaml",  # line 5: the same return, another verb
    ]
    assert run(root, "accept", "lantern-bay-resumed-on-2023-04-10", "lantern-bay-passenger-count-850")[0] == 0
    (root / "claims/drafts/lantern-bay-returned-on-2023-04-10.yaml").unlink()
    cite = (
        "claimtrack cite lantern-bay-resumed-on-2023-04-10 ferry-news "
        "--quote 'Since it returned on 10 April 2023, the ferry has run every day.'"
    )
    # Lines 1 and 3 are quoted; line 5 gives the kept claim's subject and day: more evidence for it, not a claim.
    assert run(root, "draft", "ferry-news") == (
        0,
        f"# --- cite: line 5: the sentence states lantern-bay-resumed-on-2023-04-10; add it as evidence:\n{cite}\n",
        "",
    )
    assert run(root, "draft", "ferry-news", "--write") == (
        0,
        "1 sentence(s) state claims that exist: add them with the 'claimtrack cite' lines printed without --write\n",
        "",
    )
    assert list((root / "claims/drafts").iterdir()) == []  # no draft written
    assert run(root, *shlex.split(cite)[1:])[0] == 0
    assert run(root, "draft", "ferry-news") == (
        0,
        "# ferry-news: 3/3 checkable sentences quoted (100.0%): nothing to draft\n",
        "",
    )


CLUB = "The Velmar Rowing Club was founded on 3 May 1921.\n\nThe club, founded on 4 May 1921, now has 300 members.\n"
THE_3RD, THE_4TH = "velmar-rowing-club-founded-on-1921-05-03", "velmar-rowing-club-founded-on-1921-05-04"
CONFLICT = (
    "  CT201 velmar-rowing-club founded_on: 2 claims give values that cannot all be true: 1921-05-03 (draft "
    f"{THE_3RD}, unreviewed) and 1921-05-04 (draft {THE_4TH}, unreviewed)\n"
    "  accepted, it fails the check (CT201): keep one ('claimtrack dismiss' or delete the other draft), correct "
    "the property of one if they are two happenings ('claimtrack edit'), or keep the disagreement: 'claimtrack "
    "review ID --status refuted --review-note ...' on the one that is wrong (or --status disputed on both), or "
    "accept with --allow-conflict and settle it before the commit\n"
)


@pytest.fixture
def club(tmp_path: Path) -> Path:
    """Two days of one founding (founded_on is single-valued in the starter vocabulary), drafted."""
    root = archived_article(tmp_path, CLUB, "club-news", "2021-05-10")
    assert run(root, "draft", "club-news", "--write")[0] == 0
    return root


def _check_passes(root: Path) -> bool:
    return run(root, "check", "--no-cache")[0] == 0


def test_accept_refuses_two_days_of_one_thing_before_writing_and_names_the_way_out(club: Path) -> None:
    assert run(club, "accept", "--all") == (
        1,
        "accepted claims/drafts/velmar-rowing-club-member-count-300.yaml as "
        "claims/velmar-rowing-club/velmar-rowing-club-member-count-300.yaml\n",
        CONFLICT + f"claimtrack: claims/drafts/{THE_3RD}.yaml not accepted: fix the problems above\n"
        + CONFLICT + f"claimtrack: claims/drafts/{THE_4TH}.yaml not accepted: fix the problems above\n",
    )  # fmt: skip
    assert sorted(p.name for p in (club / "claims/drafts").iterdir()) == [f"{THE_3RD}.yaml", f"{THE_4TH}.yaml"]
    assert _check_passes(club)  # the repository is not left failing
    # One at a time, the second is refused against the claim the first became.
    assert run(club, "accept", THE_3RD)[0] == 0
    code, _, err = run(club, "accept", THE_4TH)
    assert code == 1
    assert err.splitlines()[0] == (
        f"  CT201 velmar-rowing-club founded_on: 2 claims give values that cannot all be true: 1921-05-03 ({THE_3RD}, "
        f"unreviewed) and 1921-05-04 (draft {THE_4TH}, unreviewed)"
    )
    assert _check_passes(club)


def test_a_disagreement_reviewed_before_accepting_is_accepted(club: Path) -> None:
    reviewed = run(
        club, "review", THE_4TH, "--status", "refuted", "--review-by", "Sam Editor", "--review-on", "2021-05-11",
        "--review-note", "The club's charter is dated 3 May 1921.",
    )  # fmt: skip
    assert reviewed[0] == 0
    assert run(club, "accept", THE_3RD, THE_4TH)[0] == 0
    assert (club / f"claims/velmar-rowing-club/{THE_4TH}.yaml").read_text(encoding="utf-8").count("status: refuted")
    assert _check_passes(club)


def test_accept_allow_conflict_leaves_the_disagreement_to_the_check(club: Path) -> None:
    assert run(club, "accept", THE_3RD, THE_4TH, "--allow-conflict")[0] == 0
    code, out, _ = run(club, "check", "--no-cache")
    assert code == 1
    assert "CT201 [error] velmar-rowing-club founded_on: 2 claims give values that cannot all be true" in out


def test_a_draft_edited_into_another_drafts_id_is_told_it_is_a_draft(tmp_path: Path) -> None:
    """The message said "that claim" of a draft: edited to returned_on, the line-1 draft takes line 5's id."""
    root = archived_article(tmp_path, FERRY, "ferry-news", "2023-04-12")
    assert run(root, "draft", "ferry-news", "--write")[0] == 0
    assert run(root, "edit", "lantern-bay-resumed-on-2023-04-10", "--property", "returned_on")[0] == 0
    assert run(root, "accept", "lantern-bay-resumed-on-2023-04-10") == (
        1,
        "",
        "  claim id 'lantern-bay-returned-on-2023-04-10' is the id of another draft "
        "(claims/drafts/lantern-bay-returned-on-2023-04-10.yaml): if both say one thing, keep one (delete or dismiss "
        "the other); else edit the fields that make them two claims\n"
        "claimtrack: claims/drafts/lantern-bay-resumed-on-2023-04-10.yaml not accepted: fix the problems above\n",
    )
