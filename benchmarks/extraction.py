"""Article text as `source add` extracts it from the real pages, against each page's article body.

For every page of ../shared/realnews (164 saved news pages with their article text in ground-truth.json),
the text claimtrack extracts is compared with the article body word by word (lower-cased words as
multisets): precision, recall and F1 per page. Prints the mean F1, the pages refused (scored 0), the
ten lowest, and every page that keeps less than 90% of its article's words (recall under 0.9: an article
the extractor stopped reading, or blocks of it left out).

    python benchmarks/extraction.py
"""

from __future__ import annotations

import re
from collections import Counter

from realnews import article_bodies, page_html

from claimtrack.intake.extraction import ExtractionError
from claimtrack.intake.html import extract_html

_WORD = re.compile(r"\w+")


LOW_RECALL = 0.9


def word_scores(extracted: str, truth: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the extracted words against the article's."""
    got, wanted = Counter(_WORD.findall(extracted.lower())), Counter(_WORD.findall(truth.lower()))
    common = sum((got & wanted).values())
    if common == 0:
        return 0.0, 0.0, 0.0
    precision, recall = common / sum(got.values()), common / sum(wanted.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def word_f1(extracted: str, truth: str) -> float:
    return word_scores(extracted, truth)[2]


def main() -> None:
    scores: dict[str, float] = {}
    recalls: dict[str, tuple[float, float]] = {}
    refused: dict[str, str] = {}
    for key, page in sorted(article_bodies().items()):
        try:
            text = extract_html(page_html(key), f"{key[:12]}.html").text
        except ExtractionError as error:
            refused[key[:12]] = str(error)
            text = ""
        precision, recall, scores[key[:12]] = word_scores(text, page["articleBody"])
        if recall < LOW_RECALL:
            recalls[key[:12]] = (precision, recall)
    print(f"{len(scores)} pages: mean word F1 {sum(scores.values()) / len(scores):.3f}, {len(refused)} refused")
    for key, reason in refused.items():
        print(f"  refused {key}: {reason}")
    for key, score in sorted(scores.items(), key=lambda item: item[1])[:10]:
        print(f"  {key} {score:.3f}")
    print(f"{len(recalls)} pages with recall under {LOW_RECALL}:")
    for key, (precision, recall) in sorted(recalls.items(), key=lambda item: item[1][1]):
        print(f"  {key} recall {recall:.3f}, precision {precision:.3f}")


if __name__ == "__main__":
    main()
