from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from claimtrack.model.partial_dates import parse_partial_date
from rulekit import claim, found, messages, repo, run
from test_partial_dates import single_dates

CODE = "CT218"


def member(claim_id: str, **fields: str) -> tuple[str, str]:
    return claim(claim_id, "csto", type="relation", subject="uzbekistan", property="member_of", **fields)


NEVER = member("never", as_of="'2021-06'", absolute="never", modality="denied")


def test_never_a_member_against_a_past_membership(tmp_path: Path) -> None:
    root = repo(tmp_path, NEVER, member("past", valid_from="'2010'", valid_until="'2014'"))
    assert found(root, CODE) == [("claims/never.yaml", 9, 11, "open")]
    assert messages(root, CODE) == [
        "uzbekistan member_of: never says 'never' (before 2021-06), but past (csto from 2010 until 2014) says "
        "otherwise: rate it misleading if it is true as worded but leaves this out, or refuted if it is false"
    ]


@pytest.mark.parametrize(
    "other",
    [
        member("later", valid_from="'2023'"),  # a later span: the statement says nothing of it
        member("later", began="'2022'"),
        member("later", as_of="'2024'"),
        member("past", valid_from="'2010'", valid_until="'2014'", modality="planned"),  # a plan, not a fact
        member("past", valid_from="'2010'", valid_until="'2014'", modality="denied"),  # agrees with it
        claim("past", "uzbek-army", type="relation", subject="uzbekistan", property="member_of", valid_until="'2014'"),
        member("now", as_of="'2021'"),  # within its own date: a plain conflict (CT201)
    ],
)
def test_look_alikes_stay_silent(tmp_path: Path, other: tuple[str, str]) -> None:
    assert found(repo(tmp_path, NEVER, other), CODE) == []


def test_the_plain_conflict_is_ct201s(tmp_path: Path) -> None:
    root = repo(tmp_path, NEVER, member("now", as_of="'2021'"))
    assert [f.code for f in run(root).findings if f.code in ("CT201", CODE)] == ["CT201"]


def test_a_misleading_verdict_acknowledges_it(tmp_path: Path) -> None:
    misleading = member(
        "never",
        as_of="'2021-06'",
        absolute="never",
        modality="denied",
        status="misleading",
        note="Leaves out 2010-2014.",
    )
    root = repo(tmp_path, misleading, member("past", valid_from="'2010'", valid_until="'2014'"))
    assert found(root, CODE) == [("claims/never.yaml", 9, 11, "acknowledged")]
    assert [f.resolution for f in run(root).findings if f.code == CODE] == ["never: Leaves out 2010-2014."]


def test_without_a_date_never_is_a_plain_denial(tmp_path: Path) -> None:
    root = repo(tmp_path, member("never", absolute="never", modality="denied"), member("past", ended="'2014'"))
    assert [f.code for f in run(root).findings if f.code in ("CT201", CODE)] == ["CT201"]


def test_first_time_against_an_earlier_membership(tmp_path: Path) -> None:
    first = member("first", began="'2021'", absolute="first")
    root = repo(tmp_path, first, member("past", began="'2010'", ended="'2014'"))
    assert found(root, CODE) == [("claims/first.yaml", 9, 11, "open")]
    # Without the end, two beginnings: CT217 says so, and this rule does not repeat it.
    alone = repo(tmp_path / "alone", first, member("past", began="'2010'"))
    assert found(alone, CODE) == []
    assert found(alone, "CT217") != []


def test_always_against_a_beginning_and_a_denial(tmp_path: Path) -> None:
    always = member("always", as_of="'2021'", absolute="always")
    assert found(repo(tmp_path, always, member("joined", began="'2015'")), CODE) == [
        ("claims/always.yaml", 9, 11, "open")
    ]
    denied = member("out", as_of="'2012'", modality="denied")
    assert found(repo(tmp_path / "denied", always, denied), CODE) == [("claims/always.yaml", 9, 11, "open")]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"absolute": "never"}, "absolute: 'never' needs modality: denied (never held)"),
        ({"absolute": "first"}, "absolute: 'first' needs a 'began' date (the first beginning)"),
        (
            {"absolute": "always", "modality": "denied"},
            "absolute: 'always' needs modality: asserted or reported (always held)",
        ),
    ],
)
def test_an_absolute_statement_needs_what_it_says(tmp_path: Path, fields: dict[str, str], reason: str) -> None:
    from claimtrack.engine.check import check_repository

    root = repo(tmp_path, member("a", **fields))
    assert [(d.code, d.message) for d in check_repository(root).validation.diagnostics] == [("CT103", reason)]


@settings(max_examples=25, deadline=None)
@given(single_dates(), single_dates(), st.sampled_from(["valid_from", "began", "as_of"]))
def test_never_is_silent_against_every_span_from_its_date_on(said: str, start: str, field: str) -> None:
    said_on, starts = parse_partial_date(said), parse_partial_date(start)
    assume(said_on.lower is not None and starts.lower is not None and starts.lower >= said_on.lower)
    with tempfile.TemporaryDirectory() as folder:
        never = member("never", as_of=f"'{said}'", absolute="never", modality="denied")
        root = repo(Path(folder), never, member("later", **{field: f"'{start}'"}))
        assert found(root, CODE) == []
