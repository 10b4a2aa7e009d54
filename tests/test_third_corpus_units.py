"""The third corpus's units, rates and plans (README rows 6-8, look-alikes L8-L12): the messages in one unit,
the plans' outcomes, and silence on every look-alike."""

from __future__ import annotations

from pathlib import Path

from claimtrack.engine.check import check_repository
from claimtrack.engine.plans import plan_outcomes

CORPUS = Path(__file__).parent / "corpora" / "tarnline-railway"
RESULT = check_repository(CORPUS)
LOOK_ALIKES = {
    "tarnline-length-312-km",
    "tarnline-length-194-miles",
    "brask-tunnel-cost-1-1-billion-euros",
    "brask-tunnel-cost-1-2-billion-dollars",
    "tarnline-passengers-30-million-in-four-years",
    "agreement-approved-by-carvania-2022-03-22",
    "agreement-vote-by-ostmere-planned-2022-05",
    "agreement-approved-by-ostmere-2022-05",
    "track-work-planned-spring-2023",
    "track-work-began-2023-03",
}


def test_no_finding_names_a_look_alike() -> None:
    assert [(f.code, f.claims) for f in RESULT.findings if LOOK_ALIKES & set(f.claims)] == []


def test_the_findings_give_both_values_in_one_unit() -> None:
    messages = {f.claims: f.message for f in RESULT.findings}
    assert messages[("brask-tunnel-length-7-miles", "brask-tunnel-length-9-5-km")] == (
        "brask-tunnel length: 2 claims give values that cannot all be true: 7 miles (brask-tunnel-length-7-miles, "
        "unreviewed) and 9.5 kilometres (5.903 miles) (brask-tunnel-length-9-5-km, unreviewed)"
    )
    assert messages[("tarnline-passengers-11000-a-day", "tarnline-passengers-7-5-million-a-year")] == (
        "tarnline passengers_forecast: 2 claims give values that cannot all be true: 11000 passengers a day "
        "(tarnline-passengers-11000-a-day, unreviewed) and 7.5 million passengers a year (20530 passengers a day) "
        "(tarnline-passengers-7-5-million-a-year, unreviewed)"
    )


def test_the_plans_outcomes_late_with_its_delay_and_fulfilled_by_the_same_party() -> None:
    assert RESULT.index is not None
    outcomes = {p.plan: (p.outcome.value, p.outcomes, p.delay and str(p.delay)) for p in plan_outcomes(RESULT.index)}
    assert outcomes == {
        "brask-tunnel-boring-planned-2022-09": ("late", ("brask-tunnel-boring-began-2022-12-14",), "75 to 104 days"),
        "agreement-vote-by-ostmere-planned-2022-05": ("fulfilled", ("agreement-approved-by-ostmere-2022-05",), None),
        "track-work-planned-spring-2023": ("fulfilled", ("track-work-began-2023-03",), None),
    }
    (late,) = [f for f in RESULT.findings if f.code == "CT213"]
    assert late.message == (
        "brask-tunnel work_began_on: planned 2022-09 (brask-tunnel-boring-planned-2022-09, from tarn-wire-2022-04-06), "
        "but done 75 to 104 days late: 2022-12-14 (brask-tunnel-boring-began-2022-12-14, from railway-review-2023-01-16)"
    )
