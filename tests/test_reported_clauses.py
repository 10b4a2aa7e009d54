"""Which clause is somebody's words (issue 25, modality on real pages): made-up sentences, several phrasings of
each class, and near misses that must not change."""

from __future__ import annotations

import pytest

from claimtrack.drafting.modality import modality_of
from claimtrack.model.claims import Modality
from claimtrack.text.clauses import Clauses

A, R, P, F, D = Modality.ASSERTED, Modality.REPORTED, Modality.PLANNED, Modality.PREDICTED, Modality.DENIED


def _at(sentence: str, words: str) -> Modality:
    return modality_of(sentence, at=sentence.index(words))[0]


def _speaker(sentence: str, words: str) -> str | None:
    span = Clauses(sentence).at(sentence.index(words)).said_by
    return None if span is None else sentence[span[0] : span[1]]


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        # A verb of saying before a clause without "that": its subject and an auxiliary.
        ("A study by the port authority stated the harbour had 14 cranes in 2017.", "14", R),
        ("In May, the ministry announced the target of that plan had been met two years early.", "two", R),
        ("The coach confirmed the striker was out for six weeks.", "six", R),
        ("Velmar noted the fleet has grown to 40 boats.", "40", R),
        # Near misses: the verb takes an object, or what follows is no clause.
        ("The museum added 12 paintings as the collection was growing.", "12", A),
        ("The ministry announced 14 new cranes on Monday.", "14", A),
        ("The coach confirmed 3 signings, and the club was pleased.", "3", A),
        # "wrote" leads somebody's words only before a clause; a thing written is no saying.
        ("She wrote 40 songs that summer and sold 12 of them.", "12", A),
        ("She wrote 40 songs that summer and sold 12 of them.", "40", A),
        ("He wrote two novels before 1990.", "two", A),
        ("He wrote in a letter that the port had lost 12 boats.", "12", R),
        ("The port lost 12 boats, he wrote.", "12", R),
        ("“The port lost 12 boats,” wrote the harbour master.", "12", R),
        # A noun of saying its owner names, before "that": what follows is the owner's words.
        ("The vote came a day after Jo Lind’s announcement that her firm had sold 30 boats.", "30", R),
        ("He cited the pilot's earlier testimony that found only a 40 percent chance of success.", "40", R),
        ("The most telling part was his claim that he met the mayor in 2011.", "2011", R),
        # Near misses: no owner, or a relative clause of a thing that is not said.
        ("The report that the mayor filed in 2010 ran to 12 pages.", "12", A),
        ("Jo Lind’s boat that sank in 2010 carried 12 people.", "12", A),
    ],
)
def test_whose_words_a_clause_gives(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("The vote came a day after Jo Lind’s announcement that her firm had sold 30 boats.", "30", "Jo Lind"),
        ("The most telling part was his claim that he met the mayor in 2011.", "2011", None),
        (
            "A study by the port authority stated the harbour had 14 cranes in 2017.",
            "14",
            "A study by the port authority",
        ),
    ],
)
def test_the_speaker_of_the_words(sentence: str, words: str, speaker: str | None) -> None:
    assert _speaker(sentence, words) == speaker


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        # "and", a new subject and a verb of plan or saying open a clause of their own.
        ("The port handled 12 ships in May and the city plans to build 3 more.", "12", A),
        ("The port handled 12 ships in May and the city plans to build 3 more.", "3", P),
        ("According to the ministry, sales reached 40 boats and Velmar expects to sell 60.", "40", R),
        # What a plan holds is planned from the plan's name on; what the clause says before it is not.
        ("The plan includes a cut in fares of 20% by 2030.", "20%", P),
        ("Twelve measures named in the roadmap include a cut in fares of 20%.", "Twelve", A),
        ("Twelve measures named in the roadmap include a cut in fares of 20%.", "20%", P),
        ("The team drew up a roadmap to land a crew on the Moon within 20 years.", "20", P),
        ("The roadmap was published in 2018 by 12 experts.", "12", A),
        ("The Harbour Development Plan, sent to 40 firms this week, is long.", "40", A),
        # The level a planned or forecast change starts from is what there is.
        ("The ministry wants to raise output from around 20% now to 24% by 2030.", "20%", A),
        ("The ministry wants to raise output from around 20% now to 24% by 2030.", "24%", P),
        ("Velmar expects buyers to raise the share from 23% to 35%.", "23%", A),
        ("Velmar expects buyers to raise the share from 23% to 35%.", "35%", F),
        ("The share rose from 23% to 35%.", "23%", A),
        ("The line will run 40 trains a day from 2024 to 2026.", "40", P),
        # "wants to" plans; "you want to know" does not.
        ("The ministry wants to build 12 bridges.", "12", P),
        ("In case you want to know, the index now stands at 218.", "218", A),
        # Somebody's expectation of what others will do forecasts.
        ("We expect rival lines to add 12 ferries.", "12", F),
        ("As expected, the firm sold 40 boats.", "40", A),
        # A sentence inside a quotation ends its clause; an abbreviation does not.
        ("“There are three ferries. We expect rivals to add two more,” he said.", "three", R),
        ("“There are three ferries. We expect rivals to add two more,” he said.", "two", F),
        ("Dr. Lind will open 3 clinics.", "3", P),
        # "would eventually", "would later", "would go on to" tell the past's future, as done.
        ("In 2009 she took a path that would eventually lead her to Tolvik a decade later.", "a decade", A),
        ("He joined in 1990 and would go on to run 12 ferries.", "12", A),
        ("The new line would carry 40 trains a day.", "40", F),
    ],
)
def test_what_a_clause_plans_or_forecasts(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted


@pytest.mark.parametrize(
    ("sentence", "words", "wanted"),
    [
        # A sayer in lower case: a noun that can say, before a verb of saying that is also a noun.
        ("The ferry sank in October, harbour officials say.", "October", R),
        ("The deal was signed in May, trade experts say.", "May", R),
        ("The group state that the two boats carry 40 people.", "40", R),
        ("Researchers claim that 12 species vanished.", "12", R),
        ("The automaker says the van carries 40 people.", "40", R),
        ("Scientists believe that the lake holds 12 species.", "12", R),
        # Near misses: the verb is a noun, or the words are the writer's.
        ("Two critical reports found 12 errors.", "12", A),
        ("The state that passed the law has 12 seats.", "12", A),
        ("Two media reports put the toll at 12.", "12", A),
        ("We should also note that 12 boats sank.", "12", A),
        ("“The boats are safe,” says the letter signed by seven pilots.", "seven", A),
        # A capitalised word of negation inside a name denies nothing.
        ("Over the weekend, he called them the “Never Again” group.", "the weekend", A),
        ("He never sailed in 2012.", "2012", D),
        # An age describes an inverted speaker: the words before are theirs, the age the page's.
        ("“I walked for two months,” wrote 43-year-old Jo Lind of Tolvik.", "two", R),
        ("“I walked for two months,” wrote 43-year-old Jo Lind of Tolvik.", "43", A),
    ],
)
def test_lower_case_sayers_names_and_ages(sentence: str, words: str, wanted: Modality) -> None:
    assert _at(sentence, words) is wanted


def test_an_inverted_speaker_with_an_age_is_the_speaker() -> None:
    sentence = "“I walked for two months,” wrote 43-year-old Jo Lind of Tolvik."
    assert _speaker(sentence, "two") == "43-year-old Jo Lind of Tolvik"
