"""What `source add` reads of a saved page's metadata, against what a reader sees on the page.

For every page of the gold sets (benchmarks/gold/: the development pages, the four held-out sets and the
metadata-only pages), the page is extracted as
`source add` extracts it, and four fields are compared with the truth read on the page: the title (its
headline, without the site's name), the outlet (the site or paper), the authors (the people of the byline,
or the agency when the byline is only an agency; no desks, job titles or publishers) and the publication
day. Titles are compared with case, quotes and spacing folded; outlets with "the", "www." and a domain's
ending folded too ("cleveland.com" is "Cleveland"); authors as sets of names, ignoring case, punctuation and
middle initials.

The development, first held-out and metadata-only pages (60) are the ones the readers were written on; the
second, third and fourth held-out sets (39 pages) were annotated for drafting and had never been scored for
metadata before the session that opened them, which is why they are reported apart.

    python benchmarks/metadata.py [--verbose]
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Any

from realnews import article_bodies, load_gold, page_html, page_key

from claimtrack.intake.extraction import Extraction, ExtractionError, extract

FIELDS = ("title", "outlet", "authors", "published")
SETS = {"written on": ("dev", "heldout", "metadata"), "held out": ("heldout2", "heldout3", "heldout4")}
_STRAIGHT = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
_DOMAIN_END = re.compile(r"\.(?:com|net|org|co\.uk|co|in|ca|ph|news)$")


def _plain(text: str) -> str:
    text = text.translate(_STRAIGHT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def fold_title(title: str | None) -> str:
    return _plain(title or "")


def fold_outlet(outlet: str | None) -> str:
    text = (outlet or "").strip().lower().removeprefix("www.")
    text = _DOMAIN_END.sub("", text)
    text = re.sub(r"[^a-z0-9]", "", _plain(text))
    return text.removeprefix("the")


def fold_author(name: str) -> str:
    return " ".join(w for w in _plain(name).split() if len(w) > 1)


def fields_of(extraction: Extraction | None) -> dict[str, Any]:
    if extraction is None:
        return {"title": None, "outlet": None, "authors": [], "published": None}
    return {
        "title": extraction.title,
        "outlet": extraction.container,
        "authors": extraction.authors,
        "published": extraction.published,
    }


def right(field: str, got: Any, truth: Any) -> bool:
    if field == "title":
        return fold_title(got) == fold_title(truth)
    if field == "outlet":  # the publication's name, the name its site gives itself, or its domain
        return any(fold_outlet(got) == fold_outlet(name) for name in ([truth] if isinstance(truth, str) else truth))
    if field == "authors":
        return {fold_author(a) for a in got} == {fold_author(a) for a in truth}
    return str(got) == str(truth)


def measure(verbose: bool = False, splits: tuple[str, ...] = SETS["written on"]) -> dict[str, tuple[int, int]]:
    """Per field (and "all four"), the pages of ``splits`` right and the pages measured."""
    keys = list(article_bodies())
    counts = {name: [0, 0] for name in (*FIELDS, "all four")}
    for split in splits:
        for page in load_gold(split):
            key = page_key(page["page"], keys)
            try:
                extraction: Extraction | None = extract(page_html(key), ".html", key)
            except ExtractionError:
                extraction = None
            got = fields_of(extraction)
            truth = {"title": page["title"], "outlet": page["outlet"], "authors": page["authors"]}
            truth["published"] = str(page["published"])
            every = True
            for name in FIELDS:
                ok = right(name, got[name], truth[name])
                counts[name][0] += ok
                counts[name][1] += 1
                every &= ok
                if verbose and not ok:
                    print(f"  {page['page']} {name}: {got[name]!r}, on the page {truth[name]!r}")
            counts["all four"][0] += every
            counts["all four"][1] += 1
    return {name: (right_, total) for name, (right_, total) in counts.items()}


def report(counts: dict[str, tuple[int, int]], name: str = "gold set") -> str:
    lines = [f"metadata of {counts['title'][1]} real pages ({name}), right:"]
    for name, (ok, total) in counts.items():
        lines.append(f"  {name:10} {ok}/{total} ({100 * ok / total:.0f}%)")
    return "\n".join(lines)


if __name__ == "__main__":
    for name, splits in SETS.items():
        print(report(measure("--verbose" in sys.argv, splits), f"{name}: {', '.join(splits)}"))
