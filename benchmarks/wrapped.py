"""Real pages as hard-wrapped plain text: does `draft` find the same values as on the saved page?

A team's articles do not all come as saved pages: a newsletter, a wire copy or a transcript arrives as a `.txt`
whose lines were broken at a width. Each page of the gold sets named on the command line is added to a fresh
`claimtrack init` repository as its saved page, and its extracted text, wrapped at 72 columns, is added to a
second one as a `.txt` (with the title and publication day the page's metadata gave, which a team would pass
with `--title` and `--published`), in each of four layouts:

- `blank`: paragraphs apart by a blank line (the common form);
- `crlf`: the same with Windows line ends;
- `indent`: no blank line, each paragraph's first line indented four spaces;
- `none`: no blank line and no indent, a paragraph's end shown only by its short last line (the hard case: a
  heading as long as a line is read as the start of the paragraph below it).

Both are drafted and scored against the page's annotations (benchmarks/realnews.py); the pages whose complete
drafts differ are named.

    python benchmarks/wrapped.py [SPLIT ...]      (default: dev heldout heldout2 heldout3)
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

from realnews import Tally, article_bodies, drafts_of_pages, load_gold, score_page, source_id
from ruamel.yaml import YAML

from claimtrack.authoring.new_files import SourceSpec, add_source
from claimtrack.authoring.new_repository import InitOptions, init_repository
from claimtrack.drafting.drafts import Draft, draft_source
from claimtrack.repository.validate import validate_repository

WIDTH = 72
LAYOUTS = {"blank": "\n\n", "crlf": "\n\n", "indent": "\n", "none": "\n"}


def wrapped(text: str, layout: str) -> str:
    """``text`` (one paragraph a line, as extraction writes it) hard-wrapped in ``layout``."""
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    indent = "    " if layout == "indent" else ""
    lines = (
        textwrap.fill(p, WIDTH, initial_indent=indent, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
    )
    out = LAYOUTS[layout].join(lines) + "\n"
    return out.replace("\n", "\r\n") if layout == "crlf" else out


def _complete(drafts: list[Draft]) -> list[tuple[str, str]]:
    return sorted((d.proposal.value_text, repr(d.proposal.value)) for d in drafts if d.path is not None)


def compare(split: str) -> None:
    pages = load_gold(split)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        saved, refused = drafts_of_pages(pages, folder)
        added = [p for p in pages if p["page"] not in {r.split(":")[0] for r in refused}]
        figures = [("saved page", saved)]
        for layout in LAYOUTS:
            root = folder / layout
            init_repository(root, InitOptions())
            for page in added:
                sid = source_id(page["page"])
                meta = YAML(typ="safe").load((folder / "repo" / "sources" / f"{sid}.yaml").read_text("utf-8"))
                text = (folder / "repo" / "sources" / f"{sid}.txt").read_text("utf-8")
                plain = folder / f"{layout}-{sid}.txt"
                plain.write_bytes(wrapped(text, layout).encode("utf-8"))
                published = meta.get("published")
                add_source(
                    root, plain, SourceSpec(id=sid, title=meta.get("title"), published=published and str(published))
                )
            workspace = validate_repository(root).workspace
            assert workspace is not None
            drafts = {p["page"]: draft_source(workspace, source_id(p["page"])).drafts for p in added}
            figures.append((f"wrapped, {layout}", {p["page"]: drafts.get(p["page"], []) for p in pages}))
    print(f"{split}: {len(pages)} pages")
    for label, drafts in figures:
        tally = Tally()
        for page in pages:
            tally.add(score_page(page, drafts[page["page"]], complete_only=True))
        differ = [p["page"] for p in pages if _complete(drafts[p["page"]]) != _complete(saved[p["page"]])]
        print(
            f"  {label:18} {tally.right}/{tally.drafted} drafts right, {tally.sentences_right}/{tally.sentences} "
            f"sentences, {tally.traps} from traps; pages drafted otherwise than the saved page: {len(differ)}"
            + (f" ({', '.join(differ)})" if differ else "")
        )


if __name__ == "__main__":
    assert article_bodies()  # ../shared/realnews is beside the repository
    for split in sys.argv[1:] or ["dev", "heldout", "heldout2", "heldout3"]:
        compare(split)
