"""text/schedule_lines.py: a list of dates one a line ("June 9 – Tampa, FL") is checkable, and under words that
announce it its lines lie ahead of the publication, in the year those words name, crossing into the next year
when the days go back; under other words nothing changes. The lists are made up for the tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from claimtrack.drafting.drafts import draft_source
from claimtrack.engine.coverage import is_checkable
from claimtrack.repository.validate import validate_repository
from claimtrack.text.date_reader import find_dates
from claimtrack.text.schedule_lines import is_schedule_line, listed_years
from helpers import make_repo

PUBLISHED = dt.date(2023, 10, 12)


@pytest.mark.parametrize(
    "line",
    [
        "June 9 – Velmar Arena, Harbourton",
        "Nov. 19: Greenville",
        "Sept. 5 -- Quayside Hall, Velmar",
        "March 3rd @ The Old Mill",
        "Friday, Dec. 6 – at Northport",
        "- Aug. 14 — Riverside Stage",
        "January 20 | Lakeside Theatre",
    ],
)
def test_a_line_that_starts_with_a_month_and_day_and_then_a_place_is_a_schedule_line(line: str) -> None:
    assert is_schedule_line(line)
    assert is_checkable(line, [])


@pytest.mark.parametrize(
    "line",
    [
        "June 9 was the wettest day of the year.",  # a sentence about the day
        "June 9, 2021 – Velmar Arena",  # the year is written: read as written
        "The Velmar Tour Dates",  # a heading
        "— Velmar Ferries (@velmarferries) November 18, 2023",  # an embedded post's date line
        "(Published Monday, Nov. 18, 2023)",
        "May – Velmar Arena",  # no day
    ],
)
def test_near_misses_are_no_schedule_lines(line: str) -> None:
    assert not is_schedule_line(line)


TOUR = [
    "The Velmar Quartet will play twelve cities next year.",
    "Tour dates:",
    "March 3 – Harbourton, Quay Hall",
    "March 9 – Northport, Old Mill",
    "May 20 – Velmar, Arena",
]


def test_an_announced_list_lies_ahead_of_the_publication() -> None:
    assert listed_years(TOUR, PUBLISHED) == {2: 2024, 3: 2024, 4: 2024}


def test_a_list_from_before_the_publication_day_to_after_it_runs_forward_and_crosses_the_year() -> None:
    lines = ["The ferry's winter schedule:", "Oct. 20 – Northport", "Dec. 30 – Harbourton", "Jan. 4 – Velmar"]
    assert listed_years(lines, PUBLISHED) == {1: 2023, 2: 2023, 3: 2024}


def test_the_year_the_words_before_a_list_name_is_the_lists() -> None:
    lines = ["The band announced its 2025 dates on Monday.", "April 2 – Northport", "April 5 – Velmar"]
    assert listed_years(lines, PUBLISHED) == {1: 2025, 2: 2025}


def test_a_line_cut_at_a_full_stop_does_not_end_the_list() -> None:
    lines = ["Upcoming shows:", "Nov. 5 -- Quay Hall.", "Harbourton", "Nov. 9 -- Old Mill, Velmar"]
    assert listed_years(lines, PUBLISHED) == {1: 2023, 3: 2023}


@pytest.mark.parametrize(
    "lead_in",
    [
        ["The club played its first games in a hurry.", "Results:"],  # past results: nothing announces them
        ["Velmar beat Northport on Saturday."],
    ],
)
def test_a_list_no_words_announce_keeps_the_reading_of_any_date_without_its_year(lead_in: list[str]) -> None:
    assert listed_years([*lead_in, "March 3 – Northport (won 2-1)"], PUBLISHED) == {}
    assert listed_years(TOUR, None) == {}


def test_a_listed_line_reads_its_year_from_the_list_and_says_so() -> None:
    (mention,) = find_dates("March 3 – Harbourton, Quay Hall", PUBLISHED, listed=2024)
    assert (mention.value, mention.note, mention.after_publication) == (
        "2024-03-03",
        "'March 3' read as 2024-03-03 from the schedule the line is in",
        True,
    )
    (alone,) = find_dates("March 3 – Harbourton, Quay Hall", PUBLISHED)
    assert alone.value == "2023-03-03"


ARTICLE = """The Velmar Quartet will tour the coast next spring, its first tour in ten years.

The Velmar Quartet Tour Dates

March 3 – Harbourton, Quay Hall
March 9 – Northport, Old Mill
May 20 – Velmar, Arena
"""


def test_draft_proposes_each_line_of_an_announced_list_as_a_planned_date(tmp_path: Path) -> None:
    digest = hashlib.sha256(ARTICLE.encode()).hexdigest()
    root = make_repo(
        tmp_path,
        {
            "sources/tour.txt": ARTICLE,
            "sources/tour.yaml": f"id: tour\nkind: news\npublished: '2023-10-12'\ntext: tour.txt\nsha256: '{digest}'\n",
        },
    )
    workspace = validate_repository(root).workspace
    assert workspace is not None
    drafts = draft_source(workspace, "tour").drafts
    assert [(d.line, d.proposal.value, d.proposal.modality.value) for d in drafts if d.line > 2] == [
        (5, "2024-03-03", "planned"),
        (6, "2024-03-09", "planned"),
        (7, "2024-05-20", "planned"),
    ]
