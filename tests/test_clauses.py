"""text/clauses.py and drafting/modality.py: the modality of each clause of a sentence, with the cue that
decided it. The sentences are made up for the tests."""

from __future__ import annotations

import pytest

from claimtrack.drafting.modality import modality_of
from claimtrack.model.claims import Modality
from claimtrack.text.clauses import Clauses


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        ("The mayor allegedly took 40 bribes.", "40", Modality.REPORTED, "allegedly"),
        ("The mayor is accused of taking 40 bribes.", "40", Modality.REPORTED, "accused of"),
        ("The port handled 12 ships, the mayor said.", "12", Modality.REPORTED, "said"),
        ("The port will buy 12 ships.", "12", Modality.PLANNED, "will"),
        ("The port plans to buy 12 ships.", "12", Modality.PLANNED, "plans to"),
        ("The port is expected to buy 12 ships.", "12", Modality.PREDICTED, "is expected to"),
        ("Sales could reach 12 ships.", "12", Modality.PREDICTED, "could"),
        ("The port did not buy 12 ships.", "12", Modality.DENIED, "did not"),
        ("The port never bought 12 ships.", "12", Modality.DENIED, "never"),
        ("The port bought 12 ships.", "12", Modality.ASSERTED, None),
        # "no longer than" is a bound of the value, "no longer" alone a denial of the clause.
        ("The port holds ships no longer than 12 days.", "12", Modality.ASSERTED, None),
        ("The port no longer holds 12 ships.", "12", Modality.DENIED, "no longer"),
        # One clause each: the purchase is done, the rest planned, and the denial is the third clause's.
        ("The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.", "12", Modality.ASSERTED, None),
        ("The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.", "20", Modality.PLANNED, "will"),
        (
            "The port bought 12 ships, and it will buy 20 more; it did not buy 30 tugs.",
            "30",
            Modality.DENIED,
            "did not",
        ),
        # Attribution is the whole sentence's; a clause's own cue is stronger.
        ("The port bought 12 ships, but it will sell 20, the mayor said.", "12", Modality.REPORTED, "said"),
        ("The port bought 12 ships, but it will sell 20, the mayor said.", "20", Modality.PLANNED, "will"),
    ],
)
def test_modality_per_clause(sentence: str, word: str, modality: Modality, cue: str | None) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word)) == (modality, cue)


R, A, PL, PR = Modality.REPORTED, Modality.ASSERTED, Modality.PLANNED, Modality.PREDICTED


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        # The saying is the page's own; what was said is somebody's.
        ("The ferry operator said on Friday that 14 crossings were cancelled.", "Friday", A, None),
        ("The ferry operator said on Friday that 14 crossings were cancelled.", "14", R, "said"),
        ("Harbour officials told reporters that 300 containers fell overboard.", "300", R, "told"),
        ("The pilot told investigators he landed at 6 knots.", "6", R, "told"),
        ("About 40 cranes were idle, the union said on Thursday.", "40", R, "said"),
        ("About 40 cranes were idle, the union said on Thursday.", "Thursday", A, None),
        ("The quay is 800 metres long, says the port authority.", "800", R, "says"),
        ("The tanker carried 90,000 tonnes, according to the coastguard.", "90,000", R, "according to"),
        ("As the local paper reports, 18 shops closed.", "18", R, "reports"),
        ("In 2011, the company was accused of dumping 40 barrels.", "2011", A, None),
        ("In 2011, the company was accused of dumping 40 barrels.", "40", R, "accused of"),
        # Who said it is described, not reported; the writer's aside inside reported words is the page's.
        ("The 61-year-old said the bridge had cost 12 million euros.", "61", A, None),
        ("The 61-year-old said the bridge had cost 12 million euros.", "12", R, "said"),
        ("Three engineers briefed on the inspection said the tunnel leaked.", "Three", A, None),
        ("The mayor said the depot, which opened in 1998, had 30 trams.", "1998", A, None),
        ("The mayor said the depot, which opened in 1998, had 30 trams.", "30", R, "said"),
        ("With the vote only 20 days away, the candidate has said he will win.", "20", A, None),
        ("The quay was rebuilt, the engineer said on Friday, after 3 years of delays.", "Friday", A, None),
        ("There was news: the yard will build 9 hulls, according to the union.", "9", PL, "will"),
        ("The crane lifted 40 tonnes (88,000 pounds), according to the operator.", "88,000", R, "according to"),
        ("After a long wait of 6 years there was news: the yard hired staff, according to the union.", "6", A, None),
        ('"I could only carry 2 bags at a time," the porter said.', "2", R, "said"),
        # A passive with no speaker records an event; a noun or a verb of another sense attributes nothing.
        ("A leak was reported on Sunday.", "Sunday", A, None),
        ("There were 212 accidents reported nationwide.", "212", A, None),
        ("The shares rose 4% after a merger announced last week.", "4%", A, None),
        ("The index added 3% on the news.", "3%", A, None),
        ("Two recent reports that list 5 failures were published.", "5", A, None),
        # Quotations of four words or more are somebody's words; a quoted name is not.
        ('"We moved 2,000 tonnes in a single week," the foreman said.', "2,000", R, "said"),
        ("“The yard built 16 hulls before the strike began.”", "16", R, "quotation marks"),
        ('The so-called "green corridor" opened in 2015.', "2015", A, None),
        # Cues as a reader reads them.
        ("The council imposed its will on the 12 districts.", "12", A, None),
        ("The club has not yet played the March final.", "March", A, None),
        ("The driver didn't know the bridge had closed on Monday.", "Monday", A, None),
        ("Officials don't expect a decision before 2030.", "2030", PR, "don't expect"),
        ("As many as 300 sheep may have drowned.", "300", A, None),
        ("Analysts predict that the mine will ship 5 million tonnes.", "5", PR, "predict … will"),
        ("The new runway would cost 2 billion pounds.", "2", PR, "would"),
        ("The minister said the runway would open in 2027.", "2027", PL, "would"),
        ("The minister said the runway would likely open in 2027.", "2027", PR, "would likely"),
        ("Looking ahead, the brewery sees output of 8 million litres.", "8", PR, "Looking ahead"),
        # A cue reaches the end of its clause: a subordinate clause, an adjective's noun phrase, a look back.
        ("The board cancelled a planned May vote on 40 new posts.", "May", PL, "planned"),
        ("The board cancelled a planned May vote on 40 new posts.", "40", A, None),
        ("The band will play together for the first time in 12 years.", "12", A, None),
        ("The museum closed in 2009 because the council would not pay for repairs.", "2009", A, None),
        ("Forty guests were waiting on Friday when they heard the singer would come.", "Friday", A, None),
        ("To win the cup, which ends in 2026, the team would need luck.", "2026", A, None),
        # A date fixed for what is to come: "is set for", "are slated for", "is due in".
        ("The pilot's hearing is set for Feb. 2.", "Feb", PL, "is set for"),
        ("The final two ferries are slated for delivery in 2027.", "2027", PL, "are slated for"),
        ("The inspectors' report is due in June.", "June", PL, "is due in"),
    ],
)
def test_modality_as_a_reader_reads_it(sentence: str, word: str, modality: Modality, cue: str | None) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word)) == (modality, cue)


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        ("The port handled 12 ships, the harbour master said.", "12", "the harbour master"),
        ("Harbour officials told reporters that 300 containers fell overboard.", "300", "Harbour officials"),
        ("The quay is 800 metres long, says the port authority.", "800", "the port authority"),
        ("The tanker carried 90,000 tonnes, according to the coastguard.", "90,000", "the coastguard"),
        ("The minister said the runway would open in 2027.", "2027", "The minister"),
        ("Jo Lind, a pilot who flew the route, said the port handled 12 ships.", "12", "Jo Lind"),
        ("The port handled 12 ships.", "12", None),
        ("“The yard built 16 hulls before the strike began.”", "16", None),
    ],
)
def test_a_clause_of_somebodys_words_names_them(sentence: str, word: str, speaker: str | None) -> None:
    said_by = Clauses(sentence).at(sentence.index(word)).said_by
    assert (None if said_by is None else sentence[said_by[0] : said_by[1]]) == speaker


def test_the_whole_sentence_takes_its_strongest_clause() -> None:
    assert modality_of("The port bought 12 ships, and it will buy 20 more.") == (Modality.PLANNED, "will")


def test_may_the_month_is_no_forecast() -> None:
    assert modality_of("The port opened in May.") == (Modality.ASSERTED, None)


D = Modality.DENIED


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        # An expectation is a forecast, with "to" or without; a hope to act is a plan.
        ("About 30 ferries are expected to sail.", "30", PR, "are expected to"),
        ("Heavy rain fell on the isles and more was expected over 2 days.", "2", PR, "was expected"),
        ("The union is widely expected to call 3 strikes.", "3", PR, "is widely expected to"),
        ("The yard hopes to launch 4 hulls.", "4", PL, "hopes to"),
        ("Demand for the 4 hulls rose more than expected.", "4", A, None),
        # A "will" of the whole sentence reaches no clause of its own: "that's", "where", "why", "whether",
        # "after being", "many of whom", an "as" clause, "and" with a subject and its verb.
        ("The ferry will be cancelled as the storm that’s lasted since 2 May returns.", "2", A, None),
        ("The depot, where 14 buses are kept, will close.", "14", A, None),
        ("It might explain why the dam holds 40 tonnes today.", "40", A, None),
        ("They will decide whether the 12 stalls stay.", "12", A, None),
        ("The vote will be held soon, after being delayed for 3 weeks.", "3", A, None),
        ("The port hired 60 dockers, many of whom would then be sent abroad.", "60", A, None),
        ("The yard lost the order in 2013 as the council would not then pay.", "2013", A, None),
        ("A storm dropped 4 inches of rain and more was expected.", "4", A, None),
        ("Staff must sign the contract by 2 May, otherwise they would lose their bonus.", "2", A, None),
        # Near misses: the cue is the clause's own, or "as" compares.
        ("The port will hire 60 dockers, many of whom would then be sent abroad.", "60", PL, "will"),
        ("The yard will build as many as 12 hulls as the council has asked.", "12", PL, "will"),
        ("The storm dropped 4 inches of rain and will drop more.", "4", PL, "will"),
        # A relative clause ends where the main clause's verb comes back after a comma.
        ("The strike, a long dispute that has lasted 40 days, may soon end.", "40", A, None),
        ("The strike that has lasted 40 days may soon end.", "40", PR, "may"),
        # "Will" of a policy, what a firm does for anyone, asserts.
        ("The banks will let you go $50 into the red.", "50", A, None),
        ("The ferry will usually charge you $5 a crossing.", "5", A, None),
        ("The bank will charge 40 clients a fee.", "40", PL, "will"),
        # How a thing looks now is no forecast.
        ("Building a 4-door ferry might seem odd.", "4", A, None),
        ("The 4 ferries might sail.", "4", PR, "might"),
        # "was going to" is the past; "going to" a plan.
        ("I felt I was going to faint after 2 steps.", "2", A, None),
        ("The club is going to sign 2 players.", "2", PL, "going to"),
        # A negation of what will be is a denial, of a comparison or of the saying is none, and of an infinitive
        # reaches only that infinitive.
        ("The club won't have its captain on 2 May.", "2", D, "won't"),
        ("The bridge will not open before 2030.", "2030", D, "will not"),
        ("Migrants are held no longer than 72 hours.", "72", A, None),
        ("The board faced criticism on 2 May over its decision to no longer fund the ferry.", "2", A, None),
        ("The board faced criticism over its decision to no longer fund the 12 ferries.", "12", D, "no longer"),
        ("The board decided not to fund the 12 ferries.", "12", D, "not to"),
        ("The port lost 3 cranes, not to mention the 12 ferries.", "12", A, None),
        ("The firms have not disclosed how many of the 3 cranes are idle.", "3", A, None),
        ("The firms have not bought the 3 cranes.", "3", D, "have not"),
        # An age set off by commas describes the person, whatever the verb says of them.
        ("Jo Lind, 55, could face 10 years in prison.", "55", A, None),
        ("Jo Lind, 55, could face 10 years in prison.", "10", PR, "could"),
        # A phrase that sets the scene keeps its values' own modality; a time before the clause does not.
        ("At 4-7, including 2-6 at home, the team would probably not make the final.", "2-6", A, None),
        ("But among those aged 18 to 25, the rates didn't change.", "18", A, None),
        ("Of the 12 ferries, four will not sail.", "12", A, None),
        ("Of the 12 ferries, four will not sail.", "four", D, "will not"),
        ("At least 12 ferries will not sail.", "12", D, "will not"),
        ("In 2021, the bridge did not open.", "2021", D, "did not"),
        # The whole a part is taken of, and a past figure compared, are what is or was.
        ("More than a third of the yard's 1,200 staff will likely lose their jobs.", "1,200", A, None),
        ("Five of the 10 ferries will sail.", "10", A, None),
        ("Five of the 10 ferries will sail.", "Five", PL, "will"),
        ("The 10 ferries will sail.", "10", PL, "will"),
        ("Looking ahead, the yard sees growth of 2 percent, down from previous guidance of 3 percent.", "3", A, None),
        ("Looking ahead, the yard sees growth of 2 percent, down from previous guidance of 3 percent.", "2", PR,
         "Looking ahead"),
        ("The port cut the number of ships that could be hit from an original estimate of 660 ships.", "660", A, None),
        ("Sales could rise 4 percent compared with 3 percent in 2021.", "3", A, None),
        ("The firm's outlook is for 4 percent growth.", "4", PR, "outlook"),
        ("The port sent weather forecasts to 40 ships.", "40", A, None),
        ("The agency forecasts 40 storms.", "40", PR, "forecasts"),
        # An adjective's plan is its noun phrase's, whatever its article or preposition.
        ("The port held 4 rounds of planned closures in May.", "4", A, None),
        ("The port held 4 rounds of planned closures in May.", "May", A, None),
        ("The planned closure would be the third since May.", "May", PR, "would"),
        ("The port said a planned meeting will be moved from Monday to Friday.", "Friday", PL, "will"),
        # A forecast's verb: what it projects is forecast.
        ("The agency projects that the levy will cut trade by 3 percent.", "3", PR, "projects … will"),
        ("The agency projected that the levy would cut trade by 3 percent, while lowering wages by 1 percent.",
         "1", PR, "projected … would"),
    ],
)  # fmt: skip
def test_a_cue_reaches_its_own_clause(sentence: str, word: str, modality: Modality, cue: str | None) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word)) == (modality, cue)


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        # A date before the publication is no plan or forecast: somebody's words when the clause is, else asserted.
        ("The planned closure would be the third since May.", "May", A, None),
        ("The mayor said the council would act after a vote taken in May.", "May", R, "said"),
        ("The yard was set to close on Friday after a strike that began in May.", "May", A, None),
        # Its denial stays.
        ("The bridge did not open in May.", "May", D, "did not"),
    ],
)  # fmt: skip
def test_a_date_before_the_publication_is_no_plan(
    sentence: str, word: str, modality: Modality, cue: str | None
) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word), before_publication=True) == (modality, cue)


@pytest.mark.parametrize(
    ("sentence", "word", "modality", "cue"),
    [
        ("The agency said in an Oct. 26 letter that 12 firms were late.", "26", A, None),
        ("The agency said in an Oct. 26 letter that 12 firms were late.", "12", R, "said"),
        ("As we’ve noted, a 2019 study found 12 firms were late.", "2019", A, None),
        ("As the local paper noted, a 2019 study found 12 firms were late.", "2019", R, "noted"),
        ("State media have reported only a handful of deaths, and 4 injuries.", "4", R, "reported"),
        ("The health authority reported its third case of the disease after 2 cases last week.", "2", A, None),
        ("It's revealed in the port's review that the ferry runs at 12 knots.", "12", R, "revealed"),
        ("A study found that 12 ferries ran late.", "12", R, "found"),
        ("Divers found 12 wrecks in the bay.", "12", A, None),
        ("Twelve bodies were found, and 3 boats.", "3", A, None),
        ("The mayor said the port, having been closed in 2019, would reopen.", "2019", A, None),
        ("No rain fell here since May — the first time since 1905, said Jo Lind, a forecaster.", "May", R, "said"),
        ("No rain fell here since May — the first time since 1905, said Jo Lind, a forecaster.", "1905", R, "said"),
        ("The deal is not good for the port, a second person briefed on last weekend's call said.", "weekend", A, None),
        ("The deal is not good for 12 ports, a second person briefed on last weekend's call said.", "12", D, "is not"),
        (
            "Jo Lind, 55, of Tolvik, pleaded guilty to 2 counts, the Office for the Northern District of Tolvik said.",
            "55",
            R,
            "said",
        ),
        (
            "Jo Lind pleaded guilty to 2 counts, and the clerk of the court read out the charges in the hall he said.",
            "2",
            A,
            None,
        ),
    ],
)
def test_who_says_it(sentence: str, word: str, modality: Modality, cue: str | None) -> None:
    assert modality_of(Clauses(sentence), at=sentence.index(word)) == (modality, cue)
