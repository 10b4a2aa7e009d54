"""Reviewed claims as schema.org ClaimReview JSON-LD, the format search engines read fact-checks in.

Each claim with a verdict (any status but unreviewed) becomes one ClaimReview: the claim's
statement as `claimReviewed`; `itemReviewed`, a Claim whose `appearance` lists the sources
that state it (with their titles, URLs, dates and publishers where known) and whose
`firstAppearance` is the earliest of them; `reviewRating` from the status on the scale in
RATINGS; `author` and `datePublished` from the review. The context maps every term onto the
schema.org vocabulary inline, so the document expands without fetching anything.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.results import CheckResult
from claimtrack.model.claims import AnyClaim, Status
from claimtrack.model.partial_dates import PartialDate
from claimtrack.model.sources import Source
from claimtrack.render.escape import json_safe

CONTEXT = {"@vocab": "https://schema.org/"}
BEST, WORST = 5, 1
RATINGS: dict[Status, tuple[int, str]] = {
    Status.SUPPORTED: (5, "Supported"),
    Status.DISPUTED: (3, "Disputed"),
    Status.UNVERIFIABLE: (2, "Unverifiable"),
    Status.MISLEADING: (2, "Misleading"),
    Status.REFUTED: (1, "Refuted"),
}
"""ratingValue and alternateName for each verdict, from bestRating 5 (supported) to worstRating 1 (refuted)."""


_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _iso(date: PartialDate | None) -> str | None:
    """A schema.org Date for a plain year, month or day; intervals and uncertain dates have none."""
    return date.text if date is not None and _ISO_DATE.match(date.text) else None


def _work(source: Source) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": source.id}
    if source.title:
        work["name"] = source.title
    if source.url:
        work["url"] = source.url
    published = _iso(source.published)
    if published is not None:
        work["datePublished"] = published
    if source.authors:
        work["author"] = [{"@type": "Person", "name": name} for name in source.authors]
    if source.publisher:
        work["publisher"] = {"@type": "Organization", "name": source.publisher}
    return work


def _first(sources: list[Source]) -> Source | None:
    """The source published earliest (by the start of its date); undated ones count as latest."""

    def when(source: Source) -> dt.date:
        date = source.published
        return date.lower if date is not None and date.lower is not None else dt.date.max

    return min(sources, key=lambda s: (when(s), s.id)) if sources else None


def claim_review(index: ClaimIndex, claim: AnyClaim, url_template: str | None) -> dict[str, Any]:
    value, name = RATINGS[claim.status]
    sources = [index.workspace.sources[s].model for s in index.supporters(claim.id) if s in index.workspace.sources]
    item: dict[str, Any] = {"@type": "Claim", "appearance": [_work(s) for s in sources]}
    first = _first(sources)
    if first is not None:
        item["firstAppearance"] = _work(first)
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.statement,
        "itemReviewed": item,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": name,
        },
    }
    if claim.review is not None:
        review["author"] = {"@type": "Organization", "name": claim.review.by}
        reviewed_on = _iso(claim.review.on)
        if reviewed_on is not None:
            review["datePublished"] = reviewed_on
        if claim.review.note:
            review["reviewBody"] = claim.review.note
    if url_template:
        # Replaced as text: str.format would let a template read attributes ({id.__class__}), pad without
        # end ({id:>999999999}) or fail on a lone brace.
        review["url"] = url_template.replace("{id}", claim.id)
    return review


def render_claimreview(result: CheckResult, url_template: str | None = None) -> str:
    """A JSON-LD document whose @graph holds one ClaimReview per reviewed claim, in claim id order."""
    index = result.require_index()
    graph = [
        claim_review(index, item.model, url_template)
        for item in index.claims.values()
        if item.model.status is not Status.UNREVIEWED
    ]
    dumped = json_safe(json.dumps({"@context": CONTEXT, "@graph": graph}, indent=2, ensure_ascii=False))
    return _script_safe(dumped) + "\n"


def _script_safe(dumped: str) -> str:
    """JSON-LD that can be pasted into a ``<script>`` element of a published page: ``</script>`` or ``<!--``
    in a statement would end the element or open a comment, so ``<``, ``>`` and ``&`` are written as
    ``\\u003c``, ``\\u003e`` and ``\\u0026`` (they occur only inside strings: the same JSON)."""
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
