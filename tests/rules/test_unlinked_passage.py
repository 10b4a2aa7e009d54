from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.model.partial_dates import parse_partial_date
from rulekit import claim, found, messages, repo, run, source

CODE = "CT214"
QUOTED = [("a", "supports", "Alpha beta gamma")]


def wire(text: str, **meta: str) -> dict[str, str]:
    """Source 'a' (the claims' default evidence) and a second source 'wire' with ``text``."""
    return source("a") | source("wire", text, **meta)


def signed(tmp_path: Path, text: str, *others: tuple[str, str], **meta: str) -> Path:
    return repo(tmp_path, claim("c", "'2016-11-29'"), *others, sources=wire(text, **meta))


def drafted(path: str, body: str) -> tuple[str, str]:
    """A claim file moved under claims/drafts/ (one folder deeper: its schema line says so)."""
    return path.replace("claims/", "claims/drafts/"), body.replace("../schemas/", "../../schemas/")


def test_a_passage_giving_the_claims_date(tmp_path: Path) -> None:
    root = signed(tmp_path, "Intro.\nThe treaty was signed on 29 November 2016 in Moscow.\n")
    assert found(root, CODE) == [("claims/c.yaml", 7, 8, "open")]
    assert messages(root, CODE) == [
        "wire line 2 gives treaty-mtc signed_on '29 November 2016' (2016-11-29), as c does, and no event claim "
        'on treaty-mtc quotes it: "The treaty was signed on 29 November 2016 in Moscow."'
    ]


def test_a_passage_giving_another_date_is_a_disagreement_first(tmp_path: Path) -> None:
    root = signed(tmp_path, "The treaty was signed on November 29th, 2017 in Moscow.")
    assert messages(root, CODE) == [
        "a disagreement nobody entered: wire line 1 gives treaty-mtc signed_on 'November 29th, 2017' "
        "(2017-11-29) where c gives 2016-11-29, and no event claim on treaty-mtc quotes it: "
        '"The treaty was signed on November 29th, 2017 in Moscow."'
    ]


def test_a_relative_date_says_how_it_was_read(tmp_path: Path) -> None:
    root = signed(tmp_path, "The treaty was signed last year.", published="'2018-05-04'")
    assert messages(root, CODE) == [
        "a disagreement nobody entered: wire line 1 gives treaty-mtc signed_on 'last year' (2017) "
        "['last year' read as 2017 from the source's publication date 2018-05-04] where c gives "
        '2016-11-29, and no event claim on treaty-mtc quotes it: "The treaty was signed last year."'
    ]


def test_the_subject_named_without_a_value(tmp_path: Path) -> None:
    assert found(signed(tmp_path, "The treaty was signed in Moscow."), CODE) == []


def test_a_value_without_the_subject(tmp_path: Path) -> None:
    assert found(signed(tmp_path, "An accord was signed on 29 November 2017 in Moscow."), CODE) == []


def test_a_vaguer_date_says_too_little(tmp_path: Path) -> None:
    assert found(signed(tmp_path, "The treaty was signed in 2016 in Moscow."), CODE) == []


def test_a_passage_already_quoted_on_the_subject(tmp_path: Path) -> None:
    text = "The treaty was signed on November 29th, 2017 in Moscow."
    other = claim("d", "'2017-11-29'", evidence=[("wire", "supports", "signed on November 29th, 2017")])
    assert found(signed(tmp_path, text, other), CODE) == []


def test_a_passage_quoted_by_a_draft_on_the_subject(tmp_path: Path) -> None:
    text = "The treaty was signed on November 29th, 2017 in Moscow."
    path, body = claim("d", "'2017-11-29'", evidence=[("wire", "supports", text)])
    root = signed(tmp_path, text, drafted(path, body))
    assert found(root, CODE) == []


def test_a_passage_quoted_by_a_claim_of_another_type_is_still_unlinked_to_this_claim(tmp_path: Path) -> None:
    """Issue 25: a count kept from "reported its third case on Sunday ..." hid the sentence's day from the claim
    dating the report: a quantity claim's quote links the sentence's numbers, not its dates."""
    text = "The treaty was signed on November 29th, 2017, and 12 helicopters were ordered."
    counted = claim(
        "h", {"exactly": 12, "unit": "helicopter"}, type="quantity", property="helicopters",
        evidence=[("wire", "supports", text)],
    )  # fmt: skip
    assert [m.split(" where ")[0] for m in messages(signed(tmp_path, text, counted), CODE)] == [
        "a disagreement nobody entered: wire line 1 gives treaty-mtc signed_on 'November 29th, 2017' (2017-11-29)"
    ]
    dated = claim("d", "'2017-11-29'", property="ratified_on", evidence=[("wire", "supports", text)])
    assert found(signed(tmp_path / "2", text, dated), CODE) == []  # a date's quote links it, as before


def test_a_passage_quoted_on_another_subject_is_still_unlinked_to_this_claim(tmp_path: Path) -> None:
    text = "The treaty was signed on 29 November 2016 while the exercise took place on 3 May 2016."
    other = claim(
        "x", "'2016-05-03'", subject="exercise", property="occurred_on", evidence=[("wire", "supports", text)]
    )
    root = signed(tmp_path, text, other)
    assert [m.split(" as ")[0] for m in messages(root, CODE)] == [
        "wire line 1 gives treaty-mtc signed_on '29 November 2016' (2016-11-29),"
    ]


def test_a_vaguer_date_that_may_be_the_claims_leaves_the_others_alone(tmp_path: Path) -> None:
    root = signed(tmp_path, "The treaty, signed in Moscow in 2016, was praised on 3 March 2017.")
    assert found(root, CODE) == []


def test_the_clause_of_the_propertys_word_gives_its_value(tmp_path: Path) -> None:
    """Issue 25: the vaguer date of another clause, another verb's, hid the signing's own (a report dated
    "on Sunday after two other cases were confirmed last week" was passed over)."""
    root = signed(tmp_path, "The treaty was signed in March 2017 after its drafts were finished in 2016.")
    assert messages(root, CODE) == [
        "a disagreement nobody entered: wire line 1 gives treaty-mtc signed_on 'March 2017' (2017-03) where c "
        "gives 2016-11-29, and no event claim on treaty-mtc quotes it: "
        '"The treaty was signed in March 2017 after its drafts were finished in 2016."'
    ]
    # Another clause's date that agrees is not the signing's either.
    root = signed(tmp_path / "2", "The treaty was signed on 3 March 2017, a deal that was agreed on 29 November 2016.")
    assert [m.split(" where ")[0] for m in messages(root, CODE)] == [
        "a disagreement nobody entered: wire line 1 gives treaty-mtc signed_on '3 March 2017' (2017-03-03)"
    ]
    # With no value in the clauses holding the property's word, every value is read, as before.
    root = signed(tmp_path / "3", "The treaty was signed in Moscow, which happened on 29 November 2016.")
    assert [m.split(",")[0] for m in messages(root, CODE)] == [
        "wire line 1 gives treaty-mtc signed_on '29 November 2016' (2016-11-29)"
    ]


def test_a_date_without_a_word_of_the_property_is_no_disagreement(tmp_path: Path) -> None:
    assert found(signed(tmp_path, "The treaty was discussed again on 3 March 2017."), CODE) == []


def test_a_date_another_claim_gives_for_another_property_is_that_claims(tmp_path: Path) -> None:
    ratified = claim("r", "'2017-03'", property="ratified_on", evidence=QUOTED)
    root = signed(tmp_path, "The treaty, signed in Moscow, was ratified in March 2017.", ratified)
    assert [f.split(",")[0] for f in messages(root, CODE)] == [
        "wire line 1 gives treaty-mtc ratified_on 'March 2017' (2017-03)"
    ]


def test_drafts_and_denials_get_none(tmp_path: Path) -> None:
    path, body = claim("c", "'2016-11-29'")
    denied = claim("n", "'2016-11-29'", modality="denied")
    root = repo(
        tmp_path, drafted(path, body), denied, sources=wire("The treaty was signed on 29 November 2016 in Moscow.")
    )
    assert found(root, CODE) == []


def helicopters(tmp_path: Path, text: str, **fields: str) -> Path:
    value = {"exactly": 12, "unit": "helicopter"}
    ordered = claim("h", value, type="quantity", subject="uzbek-army", property="helicopters", **fields)
    return repo(tmp_path, ordered, sources=wire(text))


def test_a_number_counting_the_claims_unit(tmp_path: Path) -> None:
    root = helicopters(tmp_path, "The Uzbek army ordered 12 Mi-35M attack helicopters.")
    assert [m.split(", and no")[0] for m in messages(root, CODE)] == [
        "wire line 1 gives uzbek-army helicopters '12' (12 helicopters), as h does"
    ]


def test_a_number_against_the_claims_number(tmp_path: Path) -> None:
    root = helicopters(tmp_path, "The Uzbek army ordered more than 20 helicopters.")
    assert [m.split(", and no")[0] for m in messages(root, CODE)] == [
        "a disagreement nobody entered: wire line 1 gives uzbek-army helicopters 'more than 20' "
        "(more than 20 helicopters) where h gives 12 helicopters"
    ]


def test_a_number_of_something_else(tmp_path: Path) -> None:
    assert found(helicopters(tmp_path, "The Uzbek army sent 300 cadets abroad."), CODE) == []


def test_a_number_at_another_time(tmp_path: Path) -> None:
    root = helicopters(tmp_path, "In 2012 the Uzbek army ordered 20 helicopters.", as_of="'2018'")
    assert found(root, CODE) == []


def minister(tmp_path: Path, text: str) -> Path:
    held = claim("m", "alice", type="relation", subject="defence-minister", property="held_by", as_of="'2017'")
    return repo(tmp_path, held, sources=wire(text))


def test_another_holder_of_a_post(tmp_path: Path) -> None:
    root = minister(tmp_path, "Bob held the post of Defence minister in 2017.")
    assert [m.split(", and no")[0] for m in messages(root, CODE)] == [
        "a disagreement nobody entered: wire line 1 gives defence-minister held_by 'Bob' where m gives alice"
    ]


def test_two_names_without_a_word_of_the_property(tmp_path: Path) -> None:
    assert found(minister(tmp_path, "Bob met the Defence minister in 2017."), CODE) == []


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str]:
    """A date as EDTF and as an article writes it: '2016-11-29' and 'on 29 November 2016'."""
    year = draw(st.integers(2014, 2018))
    month = draw(st.none() | st.integers(1, 12))
    if month is None:
        return f"{year}", f"in {year}"
    day = draw(st.none() | st.integers(1, 28))
    if day is None:
        return f"{year}-{month:02d}", f"in {MONTHS[month - 1]} {year}"
    return f"{year}-{month:02d}-{day:02d}", f"on {day} {MONTHS[month - 1]} {year}"


@settings(max_examples=40, deadline=None)
@given(written_dates(), written_dates())
def test_a_passage_agrees_as_the_dates_compare_and_linking_it_ends_the_finding(
    claimed: tuple[str, str], passage: tuple[str, str]
) -> None:
    sentence = f"The treaty was signed {passage[1]}."
    claim_date, passage_date = parse_partial_date(claimed[0]), parse_partial_date(passage[0])
    if claim_date.contains(passage_date):
        expected = ["agrees"]
    elif not claim_date.overlaps(passage_date):
        expected = ["disagrees"]
    else:
        expected = []  # vaguer than the claim: it says too little
    with tempfile.TemporaryDirectory() as folder:
        root = signed_on(Path(folder), claimed[0], sentence, QUOTED)
        verdicts = [f.message.startswith("a disagreement") for f in run(root).findings if f.code == CODE]
        assert [("disagrees" if v else "agrees") for v in verdicts] == expected
        linked = signed_on(Path(folder), claimed[0], sentence, [("wire", "supports", sentence)])
        assert found(linked, CODE) == []


def signed_on(root: Path, value: str, text: str, evidence: list[tuple[str, str, str]]) -> Path:
    return repo(root, claim("c", f"'{value}'", evidence=evidence), sources=wire(text))


def test_a_sentence_dismissed_with_the_dismiss_command_is_no_unlinked_passage(tmp_path: Path) -> None:
    sentence = "The treaty was signed on November 29th, 2017 in Moscow."
    root = signed(tmp_path, f"Intro.\n{sentence}\nThe treaty was signed on 29 November 2016.\n")
    assert [m.split(":")[0] for m in messages(root, CODE)] == [
        "a disagreement nobody entered",
        "wire line 3 gives treaty-mtc signed_on '29 November 2016' (2016-11-29), as c does, and no event claim on "
        "treaty-mtc quotes it",
    ]
    dismissed = CliRunner().invoke(
        app, ["dismiss", "--source", "wire", "--quote", sentence, "--why", "An old report.", "--root", str(root)]
    )
    assert (dismissed.exit_code, dismissed.stdout) == (
        0,
        "recorded the sentence as no claim in sources/wire.yaml (not_claims)\n",
    )
    # The dismissed sentence is no longer reported; the other one still is.
    assert [m.split(":")[0] for m in messages(root, CODE)] == [
        "wire line 3 gives treaty-mtc signed_on '29 November 2016' (2016-11-29), as c does, and no event claim on "
        "treaty-mtc quotes it"
    ]
