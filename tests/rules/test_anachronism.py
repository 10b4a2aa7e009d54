from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo, source

CODE = "CT207"


@pytest.mark.parametrize(
    ("published", "date", "fires"),
    [
        ("'2017-07-11'", "2017-10", True),
        ("'2017-07-11'", "'2017'", False),  # the year overlaps the publication
        ("2017-11/2017-12", "2017-11", False),
        ("'2018-05-01'", "'2017-11-29'", False),
    ],
)
def test_events_dated_after_publication(tmp_path: Path, published: str, date: str, fires: bool) -> None:
    root = repo(
        tmp_path, claim("c", date, subject="exercise", property="occurred_on"), sources=source("a", published=published)
    )
    assert found(root, CODE) == ([("claims/c.yaml", 10, 13, "open")] if fires else [])


def test_message_names_the_source_and_both_dates(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("c", "2017-10", subject="exercise", property="occurred_on"),
        sources=source("a", published="'2017-07-11'"),
    )
    assert messages(root, CODE) == ["a, published 2017-07-11, states as done what the claim dates 2017-10"]


def test_a_plan_is_no_anachronism(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("c", "2017-10", subject="exercise", property="occurred_on", modality="planned"),
        sources=source("a", published="'2017-07-11'"),
    )
    assert found(root, CODE) == []


def test_relation_start_dates_count(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("c", "csto", type="relation", subject="uzbekistan", property="member_of", valid_from="'2019'"),
        sources=source("a", published="'2018-05-01'"),
    )
    assert len(found(root, CODE)) == 1


@pytest.mark.parametrize(
    ("fields", "value", "expected"),
    [
        ({"valid_from": "'2019'", "valid_until": "'2022'"}, "alice", "ends 2022"),
        ({"valid_from": "'2019'", "valid_until": "'2021'"}, "alice", None),  # the year of publication
        ({"valid_from": "'2019'"}, "alice", None),  # still in office: an open end
        ({"as_of": "2019/2022"}, "alice", None),  # observed over a span: each source vouches for its part
        ({"as_of": "2019/.."}, "alice", None),
    ],
)
def test_a_span_that_ends_after_publication(
    tmp_path: Path, fields: dict[str, str], value: str, expected: str | None
) -> None:
    root = repo(
        tmp_path,
        claim("term", value, type="relation", subject="defence-minister", property="held_by", **fields),
        sources=source("a", published="'2021-06-15'"),
    )
    assert messages(root, CODE) == (
        [] if expected is None else [f"a, published 2021-06-15, states as done what the claim {expected}"]
    )


def test_an_event_interval_ending_after_publication(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        claim("drills", "2021-22/2021-24", subject="exercise", property="occurred_on"),
        sources=source("a", published="'2021-09-01'"),
    )
    assert messages(root, CODE) == ["a, published 2021-09-01, states as done what the claim ends 2021-24 (winter 2021)"]
