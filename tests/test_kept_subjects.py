"""A re-run of `draft` reads on from the subject a kept claim gives its sentence, and `edit --subject` drops the
note of how the old subject was read (issue 25: a wrong subject became an entity, the reviewer corrected its
drafts and removed it, and `draft` run again read the next sentences as the removed entity, with the line that
adds it back)."""

from __future__ import annotations

from pathlib import Path

from helpers import archived_article
from helpers import invoke as run

ARTICLE = "Ferry news\nThe first 12 ferries of Oster Lines reached the harbour on 3 May 2021.\nThe rest came in June.\n"


def test_draft_again_reads_on_from_the_kept_subject(tmp_path: Path) -> None:
    root = archived_article(tmp_path, ARTICLE, "a", "2021-07-01")
    assert run(root, "draft", "a", "--write")[0] == 0
    assert run(root, "entity", "add", "--id", "velmar-port", "--kind", "place", "--label", "Port of Velmar")[0] == 0
    assert run(root, "edit", "oster-lines-came-on-2021-06", "--subject", "velmar-port") == (
        0,
        "wrote claims/drafts/oster-lines-came-on-2021-06.yaml\n  subject: oster-lines -> velmar-port\n",
        "",
    )
    # The note of how the old subject was read ("'The rest' read as oster-lines, ...") went with it.
    assert (root / "claims/drafts/oster-lines-came-on-2021-06.yaml").read_text(encoding="utf-8").splitlines()[1:4] == [
        "# Draft from a, line 3: check every field ('claimtrack edit'), then 'claimtrack accept "
        "oster-lines-came-on-2021-06', or delete it.",
        "# 'June' read as 2021-06 from the story's '3 May 2021' told before it",
        "# no event property's label matches the sentence: proposed came_on",
    ]
    assert run(root, "edit", "oster-lines-ferry-count-12", "--subject", "velmar-port")[0] == 0
    assert run(root, "accept", "oster-lines-ferry-count-12")[0] == 0
    for left in (root / "claims/drafts").iterdir():
        left.unlink()
    assert run(root, "entity", "remove", "--unused") == (
        0,
        "removed entity 'oster-lines' from vocabulary/entities/drafted.yaml\nremoved 1 unused drafted entity\n",
        "",
    )
    assert run(root, "draft", "a") == (
        0,
        "# --- claims/drafts/velmar-port-came-on-2021-06.yaml\n"
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "# Draft from a, line 3: check every field ('claimtrack edit'), then 'claimtrack accept "
        "velmar-port-came-on-2021-06', or delete it.\n"
        "# 'June' read as 2021-06 from the story's '3 May 2021' told before it\n"
        "# 'The rest' read as velmar-port, the subject of the sentence before\n"
        "id: velmar-port-came-on-2021-06\n"
        "type: event\n"
        "statement: The rest came in June.\n"
        "subject: velmar-port\n"
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
    assert "# 'The rest' read as oster-lines, the subject of the sentence before\n" in out
