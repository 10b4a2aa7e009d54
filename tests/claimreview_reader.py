"""A ClaimReview reader written to what its consumers publish, independent of the export's code.

Search engines document ClaimReview's fields as required (``url``, ``claimReviewed``, and the rating's
``alternateName``) or recommended (the review's ``author`` and ``datePublished``; ``itemReviewed``, a Claim,
with its ``author``, ``datePublished``, ``appearance`` and ``firstAppearance``, each a URL or a CreativeWork
with one); a numeric rating, when given, lies between its ``worstRating`` and ``bestRating``. The fact-check
feed also refuses a review without its reviewer's name or its claimant's name. Each record is read as a
consumer reads one page's JSON-LD: ``"@context": "https://schema.org"`` and ``"@type": "ClaimReview"``.

``read_review`` returns the problems of one record: ``required`` ones make a consumer reject it,
``recommended`` ones make it show less.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

ISO_DATE = re.compile(r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:T[\d:.+\-Z]+)?$")
CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
PARTIES = {"Person", "Organization"}


@dataclass
class Reading:
    required: list[str] = field(default_factory=list)
    recommended: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.required

    @property
    def complete(self) -> bool:
        return not self.required and not self.recommended


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _url(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


def _one(value: Any) -> Any:
    """A consumer reads the first of several values."""
    return value[0] if isinstance(value, list) and value else value


def _party(value: Any) -> bool:
    value = _one(value)
    return isinstance(value, dict) and value.get("@type") in PARTIES and _text(value.get("name"))


def _work_url(value: Any) -> bool:
    """An appearance: a URL, or a CreativeWork (or a subtype) with one."""
    return _url(value) or (isinstance(value, dict) and _url(value.get("url")))


def read_review(record: Any) -> Reading:
    reading = Reading()
    need, wish = reading.required.append, reading.recommended.append
    if not isinstance(record, dict):
        need("not a JSON object")
        return reading
    if not isinstance(record.get("@context"), str) or record["@context"] not in CONTEXTS:
        need("@context is not schema.org")
    if record.get("@type") != "ClaimReview":
        need("@type is not ClaimReview")
    if not _url(record.get("url")):
        need("url")
    if not _text(record.get("claimReviewed")):
        need("claimReviewed")
    rating = record.get("reviewRating")
    if not isinstance(rating, dict) or not _text(rating.get("alternateName")):
        need("reviewRating.alternateName")
    elif "ratingValue" in rating:
        numbers = [rating.get(key) for key in ("worstRating", "ratingValue", "bestRating")]
        if not all(isinstance(n, int | float) for n in numbers) or sorted(numbers) != numbers:  # type: ignore[type-var]
            need("reviewRating: ratingValue outside worstRating..bestRating")
    if not _party(record.get("author")):
        need("author.name")
    if not (isinstance(record.get("datePublished"), str) and ISO_DATE.match(record["datePublished"])):
        wish("datePublished")
    item = _one(record.get("itemReviewed"))
    if not isinstance(item, dict) or item.get("@type") != "Claim":
        wish("itemReviewed (a Claim)")
        need("itemReviewed.author.name")
        return reading
    if not _party(item.get("author")):
        need("itemReviewed.author.name")
    if not (isinstance(item.get("datePublished"), str) and ISO_DATE.match(item["datePublished"])):
        wish("itemReviewed.datePublished")
    appearances = item.get("appearance", [])
    appearances = appearances if isinstance(appearances, list) else [appearances]
    if "firstAppearance" in item:
        appearances = [*appearances, item["firstAppearance"]]
    if not appearances:
        wish("itemReviewed.appearance or firstAppearance")
    elif not all(_work_url(a) for a in appearances):
        wish("itemReviewed.appearance with a url")
    return reading


def records(text: str) -> list[Any]:
    """The reviews of an export: one per JSON Lines line, or each node of a single document's ``@graph``
    (read with that document's context, as the export wrote them before JSON Lines)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError:  # JSON Lines of more than one record
        document = None
    if isinstance(document, dict) and "@graph" in document:
        return [{"@context": document.get("@context"), **node} for node in document["@graph"]]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main() -> None:
    """``claimtrack export claimreview ... | python tests/claimreview_reader.py``: how many reviews a
    consumer accepts, how many carry every recommended field, and each problem's count."""
    found = [read_review(record) for record in records(sys.stdin.read())]
    print(f"{len(found)} reviews: {sum(r.accepted for r in found)} accepted, {sum(r.complete for r in found)} complete")
    for kind, problems in (
        ("required", [p for r in found for p in r.required]),
        ("recommended", [p for r in found for p in r.recommended]),
    ):
        for problem, count in sorted(Counter(problems).items()):
            print(f"  {kind}: {problem}: {count}")


if __name__ == "__main__":
    main()
