"""How a clause puts a value, per class of English (issue 25): made-up sentences and their near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.drafting.modality import modality_of
from claimtrack.model.claims import Modality
from claimtrack.text.date_reader import find_dates

A, R, P, F, D = Modality.ASSERTED, Modality.REPORTED, Modality.PLANNED, Modality.PREDICTED, Modality.DENIED


def _at(sentence: str, words: str, *, count: bool = False) -> Modality:
    return modality_of(sentence, at=sentence.index(words), count=count)[0]


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        # A contracted "will" plans; a "you'll" speaking to any reader tells how things are.
        ("There'll be three versions of the van.", "three", P),
        ("They’ll carry 40 passengers each.", "40", P),
        ("It will carry 40 passengers.", "40", P),
        ("You'll pay $7 a month after the trial.", "$7", A),
        # "should" forecasts; "should have" is the past.
        ("The ferry should reach 30 knots.", "30", F),
        ("The ferry should have reached 30 knots.", "30", A),
        # Contracted negations deny their clause.
        ("The four ports hadn’t handled 30 ships.", "30", D),
        ("The crew shouldn't need more than 12 hours.", "12", D),
        # A negation in a "how" clause denies nothing outside it.
        ("She spent 45 minutes explaining how he couldn't have been there.", "45", A),
        # An opening "While …" clause ends at its comma: the main clause's cue stays out of it.
        ("While the plan offers 60 channels, most shows will cost extra.", "60", A),
        ("Although the port handled 12 ships, it will close.", "12", A),
        # "as" with a named subject opens a clause of its own.
        ("The line is not the only one, as Velmar has run ferries since 2014.", "2014", A),
        ("The line is not the only one to run 12 ferries.", "12", D),
        # A span counted back from a planned event, with a bound, looks back.
        ("They will sail together for the first time in nearly 25 years.", "25", A),
        ("They will sail 25 miles together.", "25", P),
        # A goal plans.
        ("The agency is working on it, with a goal of two launches a year.", "two", P),
        ("The agency scored two goals.", "two", A),
        # A condition takes the forecast of what follows it.
        ("If the line carries 100 riders a day, that will be a success.", "100", F),
        ("The line carries 100 riders a day.", "100", A),
        # A numbered list or a colon starts a clause of its own.
        ("I’ll go with Mr. Lind: the odds fall to about 50 percent.", "50", A),
        # "Given …" sets the scene.
        ("And given the three games left, there’s no reason to think they’ll win.", "three", A),
        # A possessive's amount is what there is.
        ("He said the city should spend the state’s $2 billion in reserves.", "$2 billion", R),
        # "would have" is the past, no plan.
        ("He said he would have objected to the March 3 plan.", "March 3", R),
    ],
)
def test_modality_of_a_class(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        # When a negated state ends or began is no denial.
        ("He did not learn of it until he read the May 2 memo.", "May 2", A),
        ("They hadn’t spoken since his death in 2006.", "2006", A),
        ("The bridge won't open until 2027.", "2027", P),
        ("The bridge did not open in 2027.", "2027", D),
        # A day naming an event the negation speaks about took place.
        ("She said he did not come to her about concerns regarding the July 25 call.", "July 25", R),
        ("She was not on the July 25 call.", "July 25", D),
        # The day of saying between the verb and "that" is the frame: what follows is reported.
        ("The agency announced Nov. 18 that it was adding five firms.", "five", R),
        ("The agency added five firms on Nov. 18.", "five", A),
        # Reported content continues past a pair of dashes.
        ("The agency said the firms — Velmar, Ostra and Kell — had been chosen to join the nine firms.", "nine", R),
    ],
)
def test_negations_and_reports(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        ("The four players ahead of him hadn’t done it against 30 teams.", "four", A),
        ("The four players ahead of him hadn’t done it against 30 teams.", "30", D),
        ("Twelve boats did not sail.", "Twelve", A),
        ("The port did not buy 12 boats.", "12", D),
    ],
)
def test_a_count_before_its_negation_is_not_denied(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words, count=True) is wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("The tour continues on Friday in Leeds.", ["2019-11-22"]),
        ("The tour continued on Friday in Leeds.", ["2019-11-15"]),
        ("The tour concludes October 10th in Hull.", ["2020-10-10"]),
        ("The schedule picks up February 7th in Derby.", ["2020-02-07"]),
        ("The tour concluded October 10th in Hull.", ["2019-10-10"]),
        ("Rovers: Host the Town on Friday.", ["2019-11-22"]),
        ("Town: Visit Rovers on Friday.", ["2019-11-22"]),
        ("Rovers host the Town on Friday.", ["2019-11-22"]),
        ("Rovers hosted the Town on Friday.", ["2019-11-15"]),
        ("Note: Smith said on Friday it was over.", ["2019-11-15"]),
    ],
)
def test_verbs_of_schedule_in_the_present_look_ahead(sentence: str, wanted: list[str]) -> None:
    assert [d.value for d in find_dates(sentence, dt.date(2019, 11, 20))] == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Scientists didn't discover the genes that make the receptors until 1991.", ["1991"]),
        ("The line won't open until 2027.", ["2027"]),
        ("She remained in the band until 1982.", ["../1982"]),
        ("The ban did not stop, and it lasted until 2015.", ["../2015"]),
    ],
)
def test_not_until_is_a_point_in_time(sentence: str, wanted: list[str]) -> None:
    assert [d.value for d in find_dates(sentence, dt.date(2019, 11, 20))] == wanted


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        ("It makes 151 PS, which Velmar claims is a 20% gain over the old engine.", "20%", R),
        ("The van, which Velmar claims can carry 40 people, costs $20,000.", "$20,000", A),
        ("The van, which Velmar claims can carry 40 people, costs $20,000.", "40", R),
        ("Velmar claims 20 boats in its fleet.", "20", A),
    ],
)
def test_a_relative_clause_names_whose_words_follow(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted
