"""Reviewed claims as schema.org ClaimReview JSON-LD, one fact-check per line, as its consumers read it.

Each claim with a verdict (any status but unreviewed) becomes one ClaimReview on a line of its own (JSON
Lines): a search engine expects one ClaimReview per fact-check page, and a feed reads a record at a time, so
each line is the whole JSON-LD of one page (``"@context": "https://schema.org"``, the form both read), ready
for its ``<script type="application/ld+json">`` element. It carries ``url`` (the fact-check page, from a
template) and an ``@id`` made from it; ``claimReviewed``, the claim's summary, else its statement, whole (cut,
a statement could say something else); ``reviewRating``, whose ``alternateName`` names the verdict and whose
number (on TRUTH_SCALE) only a degree of truth has, with the review note as ``ratingExplanation``; ``author`` and ``datePublished`` from the review; ``inLanguage``;
and ``itemReviewed``, a Claim with its claimant, date and appearances (``claim_appearances``).

A field that cannot be written is left out and reported as an ``Omission``; a review that lacks what its
consumers require (REQUIRED) is left out whole and reported too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.results import CheckResult
from claimtrack.export.claim_appearances import (
    LEFT_OUT,
    Appearances,
    Omission,
    claim_date,
    claimant,
    plain_date,
    work,
)
from claimtrack.model.claims import SUMMARY_LENGTH, AnyClaim, Status
from claimtrack.render.escape import json_safe

CONTEXT = "https://schema.org"
VERDICTS: dict[Status, str] = {
    Status.SUPPORTED: "Supported",
    Status.DISPUTED: "Disputed",
    Status.UNVERIFIABLE: "Unverifiable",
    Status.MISLEADING: "Misleading",
    Status.REFUTED: "Refuted",
}
"""Each verdict's name, written as ``reviewRating.alternateName`` (the rating search results show)."""
BEST, WORST = 5, 1
TRUTH_SCALE: dict[Status, int] = {Status.SUPPORTED: BEST, Status.REFUTED: WORST}
"""The verdicts that are degrees of truth, each with its own ratingValue. Disputed (the sources cannot
decide), unverifiable and misleading say something other than how true the claim is: they have no number."""
REQUIRED = ("url", "claimReviewed", "reviewRating.alternateName", "author", "itemReviewed.author")
"""Without any of these a consumer rejects the review (``url``, ``claimReviewed`` and the rating's name are
required by search engines; the reviewer and the claimant by the fact-check feed), so it is not written."""


@dataclass(frozen=True)
class ClaimReviewExport:
    """The JSON Lines, what each review goes without, and the reviews left out (as omissions of ``review``)."""

    text: str
    records: int
    omissions: list[Omission] = field(default_factory=list)

    @property
    def left_out(self) -> list[Omission]:
        return [o for o in self.omissions if o.field == "review"]


def fill(template: str, identifier: str) -> str:
    # Replaced as text: str.format would let a template read attributes ({id.__class__}), pad without end
    # ({id:>999999999}) or fail on a lone brace.
    return template.replace("{id}", identifier)


def _rating(claim: AnyClaim) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": VERDICTS[claim.status]}
    value = TRUTH_SCALE.get(claim.status)
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": BEST, "worstRating": WORST}
    if claim.review is not None and claim.review.note:
        rating["ratingExplanation"] = claim.review.note
    return rating


def _item(
    index: ClaimIndex, claim: AnyClaim, archive_template: str | None, omissions: list[Omission]
) -> dict[str, Any]:
    appearances = Appearances.of(index, claim)
    item: dict[str, Any] = {"@type": "Claim"}
    author = claimant(index, claim, appearances, omissions)
    if author is None:
        omissions.append(
            Omission(
                claim.id,
                "itemReviewed.author",
                f"{LEFT_OUT}: no speaker, and no appearance names an author or publisher",
            )
        )
    else:
        item["author"] = author
    date, why = claim_date(claim, appearances)
    if date is None:
        omissions.append(Omission(claim.id, "itemReviewed.datePublished", f"{LEFT_OUT}: {why}"))
    else:
        item["datePublished"] = date
    works: list[dict[str, Any]] = []
    for source in appearances.sources:
        url = source.url or (fill(archive_template, source.id) if archive_template and source.text else None)
        if url is None:
            how = "" if source.text else " and no archived text"
            hint = " (--archive-url-template gives one to archived sources)" if source.text else ""
            where = "firstAppearance" if source is appearances.first else "appearance"
            omissions.append(Omission(claim.id, where, f"{LEFT_OUT}: {source.id} has no url{how}{hint}"))
        elif source is appearances.first:
            item["firstAppearance"] = work(source, url)
        else:
            works.append(work(source, url))
    if works:
        item["appearance"] = works
    return item


def claim_review(
    index: ClaimIndex,
    claim: AnyClaim,
    url_template: str,
    archive_template: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
) -> tuple[dict[str, Any], list[Omission]]:
    """One claim's ClaimReview (with its own context) and what it goes without. Its ``author`` is the
    organisation publishing the fact-check (``publisher``), as consumers read it, else the review's reviewer."""
    omissions: list[Omission] = []
    url = fill(url_template, claim.id)
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "@id": url if "#" in url else f"{url}#claimreview",
        "url": url,
        "identifier": claim.id,
        "claimReviewed": claim.summary or claim.statement,
    }
    if claim.summary is None and len(claim.statement) > SUMMARY_LENGTH:
        omissions.append(
            Omission(
                claim.id,
                "claimReviewed",
                f"is {len(claim.statement)} characters, over the {SUMMARY_LENGTH} search results show unwrapped: "
                "the statement is written whole (cut, it could say something else); a summary in the claim is "
                "written instead",
            )
        )
    if publisher is not None:
        review["author"] = {"@type": "Organization", "name": publisher}
    if claim.review is None:
        omissions.append(
            Omission(claim.id, "author", f"{LEFT_OUT}: the claim has a status but no review saying who decided it")
        )
    else:
        review.setdefault("author", {"@type": "Organization", "name": claim.review.by})
        reviewed_on = plain_date(claim.review.on)
        if reviewed_on is None:
            omissions.append(
                Omission(
                    claim.id,
                    "datePublished",
                    f"{LEFT_OUT}: the review's date '{claim.review.on.text}' is no plain date",
                )
            )
        else:
            review["datePublished"] = reviewed_on
        if not claim.review.note:
            omissions.append(
                Omission(claim.id, "reviewRating.ratingExplanation", f"{LEFT_OUT}: the review has no note")
            )
    if language is not None:
        review["inLanguage"] = language
    review["reviewRating"] = _rating(claim)
    review["itemReviewed"] = _item(index, claim, archive_template, omissions)
    return review, omissions


def render_claimreview(
    result: CheckResult,
    url_template: str,
    archive_template: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
) -> ClaimReviewExport:
    """JSON Lines: one ClaimReview per reviewed claim, in claim id order, each a JSON-LD document."""
    index = result.require_index()
    lines: list[str] = []
    every: list[Omission] = []
    for item in index.claims.values():
        claim = item.model
        if claim.status is Status.UNREVIEWED:
            continue
        review, omissions = claim_review(index, claim, url_template, archive_template, language, publisher)
        missing = [o.field for o in omissions if o.field in REQUIRED and o.reason.startswith(LEFT_OUT)]
        every += omissions
        if missing:
            every.append(Omission(claim.id, "review", f"{LEFT_OUT}: it has no {' and no '.join(missing)}"))
        else:
            lines.append(_script_safe(json_safe(json.dumps(review, ensure_ascii=False))))
    return ClaimReviewExport("".join(f"{line}\n" for line in lines), len(lines), every)


def _script_safe(dumped: str) -> str:
    """JSON-LD that can be pasted into a ``<script>`` element of a published page: ``</script>`` or ``<!--``
    in a statement would end the element or open a comment, so ``<``, ``>`` and ``&`` are written as
    ``\\u003c``, ``\\u003e`` and ``\\u0026`` (they occur only inside strings: the same JSON)."""
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
