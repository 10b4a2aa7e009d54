"""A re-run of `draft` reads on from the subject a kept claim gives its sentence, and `edit --subject` drops the
note of how the old subject was read (issue 25: a heading in capitals became an entity, the reviewer corrected
its drafts and removed it, and `draft` run again read the next sentences as the removed entity, with the line
that adds it back)."""

from __future__ import annotations

from pathlib import Path

from helpers import archived_article
from helpers import invoke as run

ARTICLE = "PORT NEWS\nThe first 12 ferries reached Velmar on 3 May 2021.\nThe rest came in June.\n"


def test_draft_again_reads_on_from_the_kept_subject(tmp_path: Path) -> None:
    root = archived_article(tmp_path, ARTICLE, "a", "2021-07-01")
    assert run(root, "draft", "a", "--write")[0] == 0
    assert run(root, "entity", "add", "--id", "velmar", "--kind", "place", "--label", "Velmar")[0] == 0
    assert run(root, "edit", "port-news-ferry-count-12", "--subject", "velmar") == (
        0,
        "wrote claims/drafts/port-news-ferry-count-12.yaml\n  subject: port-news -> velmar\n",
        "",
    )
    draft = (root / "claims/drafts/port-news-ferry-count-12.yaml").read_text(encoding="utf-8")
    assert "read as port-news" not in draft  # the note of how the old subject was read went with it
    assert draft.splitlines()[1:3] == [
        "# Draft from a, line 2: check every field ('claimtrack edit'), then 'claimtrack accept "
        "port-news-ferry-count-12', or delete it.",
        "# no quantity property counts 'ferry': proposed ferry_count",
    ]
    assert run(root, "accept", "port-news-ferry-count-12")[0] == 0
    for left in (root / "claims/drafts").iterdir():
        left.unlink()
    assert run(root, "entity", "remove", "--unused") == (
        0,
        "removed entity 'port-news' from vocabulary/entities/drafted.yaml\nremoved 1 unused drafted entity\n",
        "",
    )
    assert run(root, "draft", "a") == (
        0,
        "# --- claims/drafts/velmar-came-on-2021-06.yaml\n"
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "# Draft from a, line 3: check every field ('claimtrack edit'), then 'claimtrack accept "
        "velmar-came-on-2021-06', or delete it.\n"
        "# 'June' read as 2021-06 from the story's '3 May 2021' told before it\n"
        "# 'The rest' read as velmar, the subject of the sentence before\n"
        "id: velmar-came-on-2021-06\n"
        "type: event\n"
        "statement: The rest came in June.\n"
        "subject: velmar\n"
        "property: came_on\n"
        "value: '2021-06'\n"
        "modality: asserted\n"
        "status: unreviewed\n"
        "evidence:\n"
        "  - source: a\n"
        "    stance: supports\n"
        "    quote: The rest came in June.\n",
        "",
    )


def test_a_sentence_no_claim_quotes_passes_on_what_reading_it_gives(tmp_path: Path) -> None:
    root = archived_article(tmp_path, ARTICLE, "a", "2021-07-01")
    code, out, _ = run(root, "draft", "a")
    assert code == 0
    assert "# 'The rest' read as port-news, the subject of the sentence before\n" in out
