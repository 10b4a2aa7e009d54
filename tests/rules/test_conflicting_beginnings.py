from __future__ import annotations

from pathlib import Path

import pytest

from rulekit import claim, found, messages, repo

CODE = "CT217"


def member(claim_id: str, **fields: str) -> tuple[str, str]:
    return claim(claim_id, "csto", type="relation", subject="uzbekistan", property="member_of", **fields)


def test_two_beginnings_of_one_membership_conflict(tmp_path: Path) -> None:
    root = repo(tmp_path, member("since-2019", began="'2019'"), member("joined-2021-04", began="'2021-04'"))
    assert found(root, CODE) == [("claims/since-2019.yaml", 8, 8, "open")]
    assert messages(root, CODE) == [
        "uzbekistan member_of csto: since-2019 says it began 2019, but joined-2021-04 says it began 2021-04, "
        "and no claim says it ended between"
    ]


@pytest.mark.parametrize(
    ("others", "fires"),
    [
        ([member("b", began="'2019-03'")], False),  # the same beginning, more precisely
        ([member("b", valid_from="'2020'")], False),  # held later: what a beginning says
        ([member("b", valid_from="'2020'", valid_until="'2022'")], False),
        ([member("b", as_of="'2018'")], False),  # held on some day of 2018: may have ended before 2019
        ([member("b", valid_from="'2015'", valid_until="'2022'")], True),  # held across the beginning
        ([member("b", valid_from="'2015'")], False),  # no end given: not surely across
        ([member("b", began="'2010'", ended="'2014'")], False),  # ended, then began again
        ([member("b", began="'2010'"), member("c", ended="'2014'")], False),  # another claim says it ended
        ([member("b", began="'2010'"), member("c", as_of="'2016'", modality="denied")], False),
        ([member("b", began="'2010'", modality="planned")], False),  # a plan is not a beginning
        (
            [claim("b", "uzbek-army", type="relation", subject="uzbekistan", property="member_of", began="'2010'")],
            False,
        ),
    ],
)
def test_look_alikes(tmp_path: Path, others: list[tuple[str, str]], fires: bool) -> None:
    root = repo(tmp_path, member("a", began="'2019'"), *others)
    assert bool(found(root, CODE)) is fires


def test_two_ends_conflict_unless_it_began_again(tmp_path: Path) -> None:
    root = repo(tmp_path, member("a", ended="'2012'"), member("b", ended="'1999'"))
    assert found(root, CODE) == [("claims/b.yaml", 8, 8, "open")]  # the earlier end
    again = repo(
        tmp_path / "again", member("a", ended="'2012'"), member("b", ended="'1999'"), member("c", began="'2006'")
    )
    assert found(again, CODE) == []


def test_a_span_across_the_beginning_is_named(tmp_path: Path) -> None:
    root = repo(tmp_path, member("a", began="'2019'"), member("b", valid_from="'2015'", valid_until="'2022'"))
    assert messages(root, CODE) == [
        "uzbekistan member_of csto: a says it began 2019, but b says it held 2015/2022, from before that to after it"
    ]


def test_a_refuted_beginning_acknowledges_it(tmp_path: Path) -> None:
    root = repo(
        tmp_path,
        member("a", began="'2019'"),
        member("b", began="'2021-04'", status="refuted", evidence=[("a", "contradicts", "Alpha beta gamma")]),
    )
    assert found(root, CODE) == [("claims/a.yaml", 8, 8, "acknowledged")]


def test_began_with_valid_from_is_a_model_problem(tmp_path: Path) -> None:
    from claimtrack.engine.check import check_repository

    root = repo(tmp_path, member("a", began="'2019'", valid_from="'2019'"))
    problems = [(d.code, d.line, d.message) for d in check_repository(root).validation.diagnostics]
    assert problems == [("CT103", 8, "began: give 'began' (it began then) or 'valid_from' (held then), not both")]
