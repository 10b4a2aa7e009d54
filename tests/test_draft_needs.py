"""What a draft needs the vocabulary to gain is said once, as the line that adds it (issue 25: a new speaker's
`entity add` line was printed as a "# needs:" line and again as "'Anna Berg' is not in the vocabulary: add it
with ..."; on 40 real pages drafted in a fresh repository, 15 of 688 drafts said it twice)."""

from __future__ import annotations

from pathlib import Path

from helpers import archived_article
from helpers import invoke as run


def test_a_new_speaker_is_needed_once(tmp_path: Path) -> None:
    root = archived_article(tmp_path, "Port news\nThe Velmar Port carried 1,200 ferries, Anna Berg said.\n", "a")
    assert run(root, "draft", "a") == (
        0,
        "# --- claims/drafts/velmar-port-ferry-count-1200.yaml\n"
        "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
        "# Draft from a, line 2: check every field ('claimtrack edit'), then 'claimtrack accept "
        "velmar-port-ferry-count-1200', or delete it.\n"
        "# needs: claimtrack entity add --id velmar-port --kind other --label 'Velmar Port'\n"
        "# needs: claimtrack property add --id ferry_count --label 'ferry count' --claim-type quantity --unit ferry\n"
        "# needs: claimtrack entity add --id anna-berg --kind person --label 'Anna Berg'\n"
        "# modality reported, from 'said'\n"
        "# said by anna-berg: 'Anna Berg'\n"
        "# no quantity property counts 'ferry': proposed ferry_count\n"
        "id: velmar-port-ferry-count-1200\n"
        "type: quantity\n"
        "statement: The Velmar Port carried 1,200 ferries, Anna Berg said.\n"
        "subject: velmar-port\n"
        "property: ferry_count\n"
        "value:\n"
        "  exactly: 1200\n"
        "  unit: ferry\n"
        "modality: reported\n"
        "said:\n"
        "  by: anna-berg\n"
        "status: unreviewed\n"
        "evidence:\n"
        "  - source: a\n"
        "    stance: supports\n"
        "    quote: The Velmar Port carried 1,200 ferries, Anna Berg said.\n",
        "",
    )
