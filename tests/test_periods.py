"""text/periods.py and text/date_direction.py: parts of a year, quarters named by a month, fiscal years by their
keeper, open intervals, which way a bare date lies, and the words that make no date. The sentences are made up
for the tests; each class has near misses that must not change."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.model.partial_dates import parse_partial_date
from claimtrack.text.date_reader import find_dates
from claimtrack.text.periods import INDIA, US_FEDERAL, Keeper, fiscal_keeper

TUESDAY = dt.date(2019, 11, 19)


def read(sentence: str, keeper: Keeper | None = None, published: dt.date = TUESDAY) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(sentence, published, keeper=keeper)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Early, mid and late a year are its thirds; "the beginning/middle/end of" the same.
        ("The ferry service resumes in early 2020.", [("early 2020", "2020-01/2020-04")]),
        ("A new pier opened in mid-2017.", [("mid-2017", "2017-05/2017-08")]),
        ("Tolls rose in late 2018 and fell.", [("late 2018", "2018-09/2018-12")]),
        ("A trial run is planned around the middle of next year.", [("the middle of next year", "2020-05/2020-08")]),
        ("The harbour closed at the end of 2016.", [("the end of 2016", "2016-09/2016-12")]),
        ("Dredging began at the beginning of this year.", [("the beginning of this year", "2019-01/2019-04")]),
        ("The ferry sailed in 2015 and was sold by the end of the year.", [("2015", "2015"), ("by the end of the year", "../2015-12")]),
        ("The yard expects deliveries midway through next year.", [("midway through next year", "2020-05/2020-08")]),
        ("He will sign at the beginning of next month.", [("the beginning of next month", "2019-12")]),
        ("He has a deal until the end of the 2022/23 season.", [("the end of the 2022/23 season", "2023")]),
        # Near misses: parts of a month stay the month, parts of a decade stay as they were.
        ("The ferry will sail in late January.", [("January", "2020-01")]),
        ("Rain has not fallen since mid-September.", [("September", "2019-09/..")]),
        ("Tolls were lower in the early 2000s.", [("the early 2000s", "2000/2003")]),
        ("The season late 2022/23 was wet.", [("2022/23", "2022/2023")]),
    ],
)  # fmt: skip
def test_parts_of_a_year_are_its_thirds(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Freight fell in the September quarter.", [("September quarter", "2019-07/2019-09")]),
        ("The port's December 2018 quarter was weak.", [("December 2018 quarter", "2018-10/2018-12")]),
        ("Tolls rose in the June-quarter figures.", [("June-quarter", "2019-04/2019-06")]),
        # Not begun by the publication: the latest such quarter, last year's; in a plan, the coming one.
        ("Tolls rose in the March quarter.", [("March quarter", "2019-01/2019-03")]),
        ("Tolls are rising in the December quarter.", [("December quarter", "2019-10/2019-12")]),
        ("The port will report its December quarter next month.", [("December quarter", "2019-10/2019-12"), ("next month", "2019-12")]),
        ("The ferry will report its March quarter in April.", [("March quarter", "2020-01/2020-03"), ("April", "2020-04")]),
        # Calendar quarters are their months (``quarters``), halves keep their EDTF code.
        ("Tolls rose in the third quarter of 2019.", [("the third quarter of 2019", "2019-07/2019-09")]),
        ("Tolls rose in the first half of 2020.", [("the first half of 2020", "2020-40")]),
        ("The economy grew 2% in the fourth quarter.", [("the fourth quarter", "2019-10/2019-12")]),
        ("The economy shrank in the second half of the year.", [("the second half of the year", "2019-41")]),
        ("GDP should grow next quarter.", [("next quarter", "2020-01/2020-03")]),
        ("Inflation slowed last quarter.", [("last quarter", "2019-07/2019-09")]),
        # A company's quarter is the calendar's unless its page names a fiscal year of its own (``quarters``);
        # near misses: a game's quarter or a cup's is no period.
        ("The retailer reported third-quarter earnings.", [("third-quarter", "2019-07/2019-09")]),
        ("Our third quarter results reflected growth.", [("third quarter", "2019-07/2019-09")]),
        ("The hosts scored 24 points in the third quarter.", []),
        ("The economy was the talk at halftime of the game, in the third quarter.", []),
        ("Add a quarter cup of sugar.", []),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_last_month_is_its_three_months(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "keeper", "expected"),
    [
        ("The agency spent $3 million in fiscal year 2020.", US_FEDERAL, [("fiscal year 2020", "2019-10-01/2020-09-30")]),
        ("Seizures rose in fiscal 2018.", US_FEDERAL, [("fiscal 2018", "2017-10-01/2018-09-30")]),
        ("No more money can go to it in the current fiscal year.", US_FEDERAL, [("the current fiscal year", "2019-10-01/2020-09-30")]),
        ("Grants resume next fiscal year, the panel said.", US_FEDERAL, []),  # "next fiscal year" without "the"
        ("Grants resume in the next fiscal year.", US_FEDERAL, [("the next fiscal year", "2020-10-01/2021-09-30")]),
        ("Profits should recover over FY2020-22.", INDIA, [("FY2020-22", "2019-04/2022-03")]),
        ("Exports grew 4% in FY2018-19.", INDIA, [("FY2018-19", "2018-04/2019-03")]),
        ("Exports grew 4% in FY19.", INDIA, [("FY19", "2018-04/2019-03")]),
        ("The Q2 results season was better than feared.", INDIA, [("Q2", "2019-07/2019-09")]),
        ("Margins fell in Q4.", INDIA, [("Q4", "2019-01/2019-03")]),
        ("Exports grew in Q2 FY20.", INDIA, [("Q2 FY20", "2019-07/2019-09")]),
        ("Outlays rose in Q1 FY2020.", US_FEDERAL, [("Q1 FY2020", "2019-10/2019-12")]),
        ("Outlays rose in Q1 FY2020.", None, []),
        ("Exports grew in the 2019-20 financial year.", INDIA, [("the 2019-20 financial year", "2019-04/2020-03")]),
        ("Exports grew in financial year 2020.", INDIA, [("financial year 2020", "2019-04/2020-03")]),
        ("Exports grew in the current fiscal year.", INDIA, [("the current fiscal year", "2019-04/2020-03")]),
        # A company's sales or earnings are its own year's, even on a page of the US government.
        ("The retailer sees fiscal year 2019 sales growth of 2%.", US_FEDERAL, [("fiscal year 2019", "2019")]),
        # No keeper known: a year named is the year its name gives; the rest is no date.
        ("Benefits anticipated for fiscal 2019 will take longer.", None, [("fiscal 2019", "2019")]),
        ("Profits should recover over FY2020-22.", None, []),
        ("No more money can go to it in the current fiscal year.", None, []),
        ("The Q2 results season was better than feared.", None, []),
        # Near misses: "fiscal" without a year, and a quarter with its year.
        ("Fiscal policy is tight, and fiscal capacity is limited.", US_FEDERAL, []),
        ("Sales rose in Q3 2019.", INDIA, [("Q3 2019", "2019-07/2019-09")]),
    ],
)  # fmt: skip
def test_fiscal_years_are_months_only_when_the_keeper_is_known(
    sentence: str, keeper: Keeper | None, expected: list[tuple[str, str]]
) -> None:
    assert read(sentence, keeper) == expected


@pytest.mark.parametrize(
    ("page", "keeper"),
    [
        ("The Sensex rose 2% as Indian banks rallied.", INDIA),
        ("Congress passed the appropriations bill for the agency.", US_FEDERAL),
        ("NASA asked for more money.", US_FEDERAL),
        ("The money comes from the federal\ngovernment of the country.", US_FEDERAL),  # wrapped at a line end
        ("India's envoy met members of Congress.", None),  # both: nobody's year is clear
        ("The retailer's sales rose.", None),
    ],
)
def test_the_page_tells_whose_fiscal_years_it_speaks_of(page: str, keeper: Keeper | None) -> None:
    assert fiscal_keeper(page) == keeper


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # By, through, no later than, a deadline of: the interval ends at the date's last day.
        ("Crews were told to finish by Monday.", [("by Monday", "../2019-11-18")]),
        ("Crews must finish by Monday.", [("by Monday", "../2019-11-25")]),
        ("The union set a deadline of Tuesday for an answer.", [("deadline of Tuesday", "../2019-11-19")]),
        ("Tolls have totaled $6 million through June 30, 2019.", [("through June 30, 2019", "../2019-06-30")]),
        ("The union wanted an answer by the end of October.", [("by the end of October", "../2019-10")]),
        ("Visitors should book by the end of October.", [("by the end of October", "../2020-10")]),
        ("The loss reached $2 million a month by the end of 2018.", [("by the end of 2018", "../2018-12")]),
        ("The dock will be rebuilt no later than March 2021.", [("no later than March 2021", "../2021-03")]),
        ("Rents are due by the end of the month.", [("by the end of the month", "../2019-11")]),
        ("Crews will finish by Friday at the latest.", [("by Friday", "../2019-11-22")]),
        # "Until" right before a date, not negated: the interval ends there too.
        ("The lights can be seen until 20 January 2019.", [("until 20 January 2019", "../2019-01-20")]),
        ("The exhibit ran until March 3, 2019, in the old hall.", [("until March 3, 2019", "../2019-03-03")]),
        ("The road will stay shut till Friday.", [("till Friday", "../2019-11-22")]),
        ("The dock was built in 1990 or earlier.", [("1990", "../1990")]),
        # Starting in, beginning in, at least, or later, from ... on: it begins there.
        ("The ferry will sail in 2021 or later.", [("2021", "2021/..")]),
        ("The ferry will sail in 2021 at the earliest.", [("2021", "2021/..")]),
        ("Fares rise from 2024 onwards.", [("2024", "2024/..")]),
        ("Fares rise from 2024 on, the mayor said.", [("2024", "2024/..")]),
        ("The yard will build two ferries a year starting in 2024.", [("starting in 2024", "2024/..")]),
        ("Fares rise beginning in January 2020.", [("beginning in January 2020", "2020-01/..")]),
        ("Delays pushed the launch to at least late 2020.", [("at least late 2020", "2020-09/..")]),
        ("More seats could come before the end of March.", [("before the end of March", "../2020-03")]),
        # Near misses: a span, a possessive and "until at least" stay as they were; "since" opens one.
        ("The line ran from March 2011 through June 2012.", [("from March 2011 through June 2012", "2011-03/2012-06")]),
        ("Models from 2012 through 2015 leak.", [("from 2012 through 2015", "2012/2015")]),
        ("The 2012 through 2015 models leak.", [("2012", "2012"), ("2015", "2015")]),
        ("The pier was hit by Monday's storm.", [("Monday", "2019-11-18")]),
        ("Tolls have risen since 2016.", [("2016", "2016/..")]),
        ("They do not expect a vote until at least 2021.", [("2021", "2021")]),
        ("The hall won't open until March 3, 2020.", [("March 3, 2020", "2020-03-03")]),
        ("Nobody saw the letter until Friday.", [("Friday", "2019-11-15")]),
        ("The lights shone from 29 November 2018 until 20 January 2019.", [("from 29 November 2018 until 20 January 2019", "2018-11-29/2019-01-20")]),
        ("The ferry sailed from 2016 on a new route.", [("2016", "2016")]),
        ("We can win next week and beyond that.", [("next week", "2019-11-25/2019-12-01")]),
        ("Fares will rise in 2030 and beyond.", [("2030", "2030/..")]),
    ],
)  # fmt: skip
def test_words_before_a_date_open_an_interval(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = read(sentence)
    assert found == expected
    for _, value in found:
        parse_partial_date(value)  # an open end validates as the claim model's EDTF


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A modal before the verb looks ahead; "would" is the future of a past narrative.
        ("The wind should ease by Thursday morning.", [("by Thursday", "../2019-11-21")]),
        ("Crews could finish on Friday.", [("on Friday", "2019-11-22")]),
        ("The ferry may have sunk on Friday.", [("on Friday", "2019-11-15")]),
        ("He broke his vow that the port would reopen on Oct. 31.", [("Oct. 31", "2019-10-31")]),
        ("The port will reopen on Oct. 31.", [("Oct. 31", "2020-10-31")]),
        # A month after "that", "a" or "an" is the narrative's, not one counted ahead.
        ("At that October hearing, the mayor spoke.", [("October", "2019-10")]),
        ("A deal, once expected within weeks of an October summit, could slip.", [("October", "2019-10")]),
        ("The board will meet in October.", [("October", "2020-10")]),
        # "A year ago" is the month a year back; two years ago stays a year.
        ("A year ago, the city bought two ferries.", [("A year ago", "2018-11")]),
        ("Two years ago, the city bought two ferries.", [("Two years ago", "2017")]),
    ],
)  # fmt: skip
def test_which_way_a_bare_date_lies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "The next year", "the past month", "the last week": no calendar year, month or week.
        ("The next year, the yard built two ferries.", []),
        ("Half the crews worked overtime in the past month.", []),
        ("The award is presented in the last weekend of the festival.", []),
        ("Forty people visited the pier in the last week.", []),
        ("The ferry was late twice in the last month.", []),
        ("The pier was shut last weekend.", [("last weekend", "2019-11-16/2019-11-17")]),
        ("The ferry was late last week.", [("last week", "2019-11-11/2019-11-17")]),
        ("The yard built two ferries next year, it said.", [("next year", "2020")]),
        ("The yard built two ferries last month.", [("last month", "2019-10")]),
        # A year inside a name is no date.
        ("The language in the 2010 Harbour Act directed it.", []),
        ("The 2020 Corsa gets new wheels.", []),
        ("It debuts at the 2019 Velmar Boat Show.", []),
        ("Tolls rose in the 2016 season.", [("2016", "2016")]),
        # A span of days written day first is the span.
        ("The regatta takes place 18-24 November.", [("18-24 November", "2019-11-18/2019-11-24")]),
        ("The fair ran 3–5 May 2018.", [("3–5 May 2018", "2018-05-03/2018-05-05")]),
        ("They won 2-1 on 24 November.", [("24 November", "2018-11-24")]),
        ("The port was shelled in the 1967 Six-Day War.", [("1967", "1967")]),
        ("The 2019 January figures rose.", [("2019", "2019"), ("January", "2019-01")]),
    ],
)  # fmt: skip
def test_words_that_are_no_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The line lost $3 million in the third quarter ended Sept. 29.", [("quarter ended Sept. 29", "2019-06-30/2019-09-29")]),
        ("Fares rose in the quarter ended May 31, 2019.", [("quarter ended May 31, 2019", "2019-03-01/2019-05-31")]),
        ("Revenue rose in the three months to September.", [("three months to September", "2019-07/2019-09")]),
        ("Sales rose 3% in the year ending March 31, 2019.", [("year ending March 31, 2019", "2018-04-01/2019-03-31")]),
        ("Capacity for the first seven months of the year reached 2 GW.", [("the first seven months of the year", "2019-01/2019-07")]),
        ("Ad spend rose in the last 6 months of 2017.", [("the last 6 months of 2017", "2017-07/2017-12")]),
        # Near misses: a period with no length, and months not of a year.
        ("The period ended June 30.", [("June 30", "2019-06-30")]),
        ("The year ended with a loss in December.", [("December", "2018-12")]),
        ("Tolls rose in the past six months.", []),
    ],
)  # fmt: skip
def test_a_report_s_span_is_its_months(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The store opens on Thanksgiving.", [("Thanksgiving", "2019-11-28")]),
        ("The party is on Christmas Eve.", [("Christmas Eve", "2019-12-24")]),
        ("The ferry sank on Christmas Day 2004.", [("Christmas Day 2004", "2004-12-25")]),
        ("He will announce it on New Year's Day.", [("New Year's Day", "2020-01-01")]),
        ("He arrived on the Fourth of July.", [("the Fourth of July", "2019-07-04")]),
        ("The store opened on Black Friday.", [("Black Friday", "2018-11-23")]),  # past: last year's, still to come
        ("Crews must finish by Christmas.", [("by Christmas", "../2019-12-25")]),
        ("Black Friday 2018 was quiet.", [("Black Friday 2018", "2018-11-23")]),
        ("The best Black Friday 2019 deals are here.", []),
        # Near misses: a holiday as a modifier or a custom is no day, nor its weekday.
        ("Black Friday deals are live.", []),
        ("Walmart's Black Friday ad just went up.", []),
        ("Christmas shopping started early.", []),
        ("Christmas Eve's service drew 300 people.", []),
    ],
)  # fmt: skip
def test_holidays_that_name_a_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "sport", "expected"),
    [
        ("He lifted the Stanley Cup last season.", None, [("last season", "2018-10/2019-06")]),  # the sentence tells
        ("He fought a rival early last season.", "basketball", [("early last season", "2018-10/2018-12")]),  # a third
        ("The club finished fourth last season.", "soccer", [("last season", "2018-08/2019-05")]),
        ("The club won 100 games last season.", "baseball", [("last season", "2019-03/2019-10")]),
        ("The team starts next season with a new coach.", "football", [("next season", "2020-09/2021-02")]),
        ("The club has won five matches this season.", "soccer", [("this season", "2019-08/2020-05")]),  # under way
        # Near misses: no sport told, a possessive.
        ("The club finished fourth last season.", None, []),
        ("Last season's champions lost.", "hockey", []),
    ],
)  # fmt: skip
def test_a_sports_season_is_the_months_its_sport_plays(
    sentence: str, sport: str | None, expected: list[tuple[str, str]]
) -> None:
    assert [(m.text, m.value) for m in find_dates(sentence, TUESDAY, sport=sport)] == expected
