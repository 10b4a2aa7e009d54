"""The small repository the report format tests render: one acknowledged conflict, one open one."""

from __future__ import annotations

from pathlib import Path

from claimtrack.engine.report import ReportFilter
from rulekit import claim, repo, source

WITHOUT_NOTES = ReportFilter(severities=frozenset({"error", "warning"}))
"""The fixture's vocabulary has entities no claim names; their notes would only lengthen the outputs."""

TEXT_A = "The treaty was signed on 29 November 2016. The exercise took place at the Forish range."
TEXT_B = "The treaty, signed in 2017, was ratified quickly.\nThe exercise was held in Samarkand."


def report_repo(root: Path) -> Path:
    place = {"type": "relation", "subject": "exercise", "property": "located_in"}
    return repo(
        root,
        claim(
            "signed-2016",
            "'2016-11-29'",
            status="supported",
            note="Two sources agree | the other is a slip.",
            evidence=[("a", "supports", "signed on 29 November 2016"), ("b", "contradicts", "signed in 2017")],
        ),
        claim(
            "signed-2017",
            "'2017'",
            status="refuted",
            note='Contradicted by a; the ratification "quickly" followed 2016.',
            evidence=[("b", "supports", "signed in 2017"), ("a", "contradicts", "signed on 29 November 2016")],
        ),
        claim("at-forish", "forish-range", evidence=[("a", "supports", "at the Forish range")], **place),
        claim("in-samarkand", "samarkand", evidence=[("b", "supports", "held in Samarkand")], **place),
        claim(
            "ratified-quickly",
            "'2017'",
            property="ratified_on",
            evidence=[("b", "supports", "was ratified quickly"), ("a", "supports", "The treaty")],
        ),
        claim(
            "exercise-planned",
            "2017-23",
            subject="exercise",
            property="occurred_on",
            modality="planned",
            evidence=[("a", "supports", "The exercise took place")],
        ),
        sources=source("a", TEXT_A, published="'2018-02-04'", title="'Essay: a, b'")
        | source("b", TEXT_B, derived_from="[a]"),
    )
