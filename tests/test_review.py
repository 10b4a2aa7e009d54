"""review's law: an option left out keeps what the file has, and a verdict that needs a reason never lacks one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.authoring.new_files import AuthoringError
from claimtrack.authoring.review import NEEDS_NOTE, ReviewRequest, planned_review
from claimtrack.cli import app
from claimtrack.model.claims import Status
from installs import run, shell_env
from rulekit import claim, repo

TODAY = "2030-01-02"
names = st.sampled_from(["Sam", "Jo"])
notes = st.sampled_from(["The source dates the signing.", "Another reason.", "", "  "])
dates = st.sampled_from(["2026-01-02", "2026-02", "2025"])
reviews = st.fixed_dictionaries({"by": names, "on": dates}, optional={"note": notes.filter(str.strip)})
requests = st.builds(
    ReviewRequest,
    status=st.none() | st.sampled_from([s.value for s in Status]),
    by=st.none() | names,
    note=st.none() | notes,
    on=st.none() | dates,
)


@given(st.sampled_from(list(Status)), st.just({}) | reviews, requests)
def test_an_option_left_out_keeps_what_the_file_has(
    status: Status, review: dict[str, str], request: ReviewRequest
) -> None:
    try:
        after_status, after = planned_review(status, review, request, TODAY)
    except AuthoringError:
        return
    assert after_status == (status if request.status is None else Status(request.status))
    if not after:
        # Only an explicit "unreviewed" with nothing else removes the review (and review prints what it removed).
        assert request == ReviewRequest(status="unreviewed")
        return
    assert after["by"] == (review.get("by") if request.by is None else request.by)
    if request.note is None:
        assert after.get("note") == review.get("note")
    else:
        assert after.get("note") == (request.note if request.note.strip() else None)
    if request.on is not None:
        assert after["on"] == request.on
    elif after_status == status and after["by"] == review.get("by") and after.get("note") == review.get("note"):
        assert after["on"] == review["on"]  # nothing else changed: the date stays
    else:
        assert after["on"] == TODAY  # a new verdict, reviewer or note is dated today


@given(st.sampled_from(list(Status)), st.just({}) | reviews, requests)
def test_a_verdict_that_needs_a_reason_has_its_own(
    status: Status, review: dict[str, str], request: ReviewRequest
) -> None:
    try:
        after_status, after = planned_review(status, review, request, TODAY)
    except AuthoringError:
        return
    if after_status in NEEDS_NOTE:
        assert after.get("note", "").strip()
        if after_status != status or after["by"] != review.get("by"):
            assert after["note"] == request.note  # never another reviewer's, or another verdict's


def test_refusals_say_why() -> None:
    sam = {"by": "Sam", "on": "2026-01-02", "note": "Why."}
    with pytest.raises(AuthoringError, match=r"^a refuted verdict says why: give --review-note$"):
        planned_review(Status.UNREVIEWED, {}, ReviewRequest(status="refuted", by="Jo"), TODAY)
    with pytest.raises(AuthoringError, match=r"give --review-note \(the note on file is Sam's\)$"):
        planned_review(Status.DISPUTED, sam, ReviewRequest(status="refuted"), TODAY)
    with pytest.raises(AuthoringError, match=r"^'wrong' is not a status: use one of unreviewed, supported"):
        planned_review(Status.DISPUTED, sam, ReviewRequest(status="wrong"), TODAY)
    with pytest.raises(AuthoringError, match=r"^--review-on: "):
        planned_review(Status.DISPUTED, sam, ReviewRequest(on="2026-02-30"), TODAY)


def _invoke(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args, "--root", str(root)])
    return result.exit_code, result.output


@pytest.mark.slow
def test_history_lists_each_commit_that_changed_the_verdict(tmp_path: Path) -> None:
    root = repo(tmp_path / "repo", claim("s2017", "'2017-11-29'"))
    env = shell_env(GIT_AUTHOR_NAME="Sam Editor", GIT_COMMITTER_NAME="Sam Editor")
    run(root, "git", "init", "-q", "-b", "main", env=env)

    def commit(message: str) -> str:
        run(root, "git", "add", "-A", env=env)
        run(root, "git", "commit", "-q", "-m", message, env=env)
        return run(root, "git", "rev-parse", "--short=12", "HEAD", env=env).stdout.strip()

    first = commit("claims")
    verdict = ["--review-by", "Sam", "--review-on", "2026-02-03", "--review-note", "The signing was in 2016."]
    assert _invoke(root, "review", "s2017", "--status", "refuted", *verdict)[0] == 0
    second = commit("refute")
    assert (
        _invoke(root, "review", "s2017", "--status", "disputed", "--review-by", "Jo", "--review-on", "2026-03")[0] == 0
    )
    day = run(root, "git", "log", "-1", "--format=%ad", "--date=short", env=env).stdout.strip()
    assert first != second
    assert _invoke(root, "review", "s2017", "--history") == (
        0,
        f"{second} {day} Sam Editor\n"
        "  status: unreviewed -> refuted\n"
        "  review.by: (none) -> Sam\n"
        "  review.on: (none) -> 2026-02-03\n"
        "  review.note: (none) -> The signing was in 2016.\n"
        "uncommitted\n"
        "  status: refuted -> disputed\n"
        "  review.by: Sam -> Jo\n"
        "  review.on: 2026-02-03 -> 2026-03\n",
    )
    assert _invoke(root, "review", "s2017", "--history", "--status", "supported") == (
        2,
        "claimtrack: --history records nothing: give it without the other options\n",
    )
