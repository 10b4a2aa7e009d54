from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo, source

CODE = "CT219"
TEXT = (
    "The line opened on 11 March 2025. Crews were paid on Tuesday. Signed on 29 November 2016 and ratified "
    "on 5 May 2017. Signed on 29 November. The army ordered 14 helicopters and trained 12 pilots. "
    "About 3,000 students enrolled."
)
SOURCES = source("a", TEXT, published="'2021-03-04'")  # a Thursday


def _event(value: str, quote: str, **fields: str) -> tuple[str, str]:
    return claim("c", f"'{value}'", evidence=[("a", "supports", quote)], **fields)


def test_a_date_the_quote_states_that_cannot_be_the_value(tmp_path: Path) -> None:
    root = repo(tmp_path, _event("2025-03-10", "The line opened on 11 March 2025"), sources=SOURCES)
    assert found(root, CODE) == [("claims/c.yaml", 12, 12, "open")]
    assert messages(root, CODE) == [
        "the quote from a reads '11 March 2025' as 2025-03-11, which cannot be the value 2025-03-10: quote only the words "
        'giving the value (claimtrack edit c --quote "..."), or correct the value'
    ]


def test_a_number_of_the_claims_unit_that_cannot_be_the_value(tmp_path: Path) -> None:
    value = {"exactly": 12, "unit": "helicopter"}
    quote = "The army ordered 14 helicopters and trained 12 pilots"
    root = repo(
        tmp_path,
        claim("c", value, type="quantity", property="helicopters", evidence=[("a", "supports", quote)]),
        sources=SOURCES,
    )
    assert found(root, CODE) == [("claims/c.yaml", 14, 12, "open")]
    assert messages(root, CODE) == [
        "the quote from a reads '14' as 14 helicopters, which cannot be the value 12 helicopters: quote only the words "
        'giving the value (claimtrack edit c --quote "..."), or correct the value'
    ]


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ("2025-03-11", "The line opened on 11 March 2025"),  # the same day
        ("2025-03", "The line opened on 11 March 2025"),  # a month holding the day
        ("2021-03-02", "Crews were paid on Tuesday"),  # the Tuesday before the publication
        ("2017-05-05", "Signed on 29 November 2016 and ratified on 5 May 2017"),  # one of several dates
        ("2016-11-29", "Signed on 29 November"),  # completed with the publication's year: never against
        ("2016-11-29", "The army ordered 14 helicopters"),  # no date
    ],
)
def test_near_misses_of_dates(tmp_path: Path, value: str, quote: str) -> None:
    assert found(repo(tmp_path, _event(value, quote), sources=SOURCES), CODE) == []


@pytest.mark.parametrize(
    ("value", "quote"),
    [
        ({"exactly": 2950, "unit": "student"}, "About 3,000 students enrolled"),  # about 3,000 can be 2,950
        ({"about": 3000, "unit": "student"}, "About 3,000 students enrolled"),
        ({"more_than": 2000, "unit": "student"}, "About 3,000 students enrolled"),
        ({"exactly": 12, "unit": "student"}, "trained 12 pilots"),  # no number of students
    ],
)
def test_near_misses_of_quantities(tmp_path: Path, value: dict[str, object], quote: str) -> None:
    root = repo(
        tmp_path,
        claim("c", value, type="quantity", property="students", evidence=[("a", "supports", quote)]),
        sources=SOURCES,
    )
    assert found(root, CODE) == []


def test_a_contradicting_quote_is_not_read(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim(
            "c",
            "'2025-03-10'",
            evidence=[("a", "supports", "Crews were paid"), ("a", "contradicts", "The line opened on 11 March 2025")],
        ),
        sources=SOURCES,
    )
    assert found(root, CODE) == []


def test_a_reviewers_note_acknowledges_it(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim(
            "c",
            "'2025-03-10'",
            status="supported",
            note="The line opened to staff on 10 March; the public day was the 11th.",
            evidence=[("a", "supports", "The line opened on 11 March 2025")],
        ),
        sources=SOURCES,
    )
    assert [state for *_, state in found(root, CODE)] == ["acknowledged"]
