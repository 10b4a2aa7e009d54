"""Lines without a full stop read as sentences when they are written as one (text.headlines), and drafted."""

from __future__ import annotations

import pytest

from claimtrack.engine.coverage import is_statement
from claimtrack.text.headlines import headline_lines, reads_as_headline
from claimtrack.text.quotes import normalise_text
from claimtrack.text.sentences import split_sentences


@pytest.mark.parametrize(
    "line",
    [
        "At least nine killed as storm hits coastal towns",
        "Driver's 12-yr ban lifted",
        "Ferry operator to cut 8 pct of routes",
        "Council discovers four unused depots",
        "Inflation Rate Falls to 2.1 Percent",
        "Fine set at $2M for polluting firm",
        "412 new cases were recorded, 300 patients recovered and 2 deaths",
        "A bus has overturned near Lyon injuring 14 passengers",
        "Former governor held office more than 12 years",
        "Marked Rise in Cruise Visitors for Second Half of 2018",
        "Two other clerks who worked with the treasurer have been charged w",
        "Velmar High's Ana Ruiz, the winner of the 100m, took the 200m gold, running 23.5 seconds, ahead of Kim Lee (23.8 seconds) while Velmar Tech's Jo Park t",
    ],
)
def test_a_line_with_a_verb_in_headline_grammar_reads_as_a_sentence(line: str) -> None:
    assert reads_as_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Meal 2",  # a label
        "Grand Prize — The Long Road (A Tale)",  # a caption of credits, no verb
        "42 Views no comments",
        "9 key questions heading into the budget vote",  # a plural noun, no verb
        "The 12 Strangest Moons in Our Solar System",
        "By Jane Roe and Sam Poe",  # a byline
        "March 3, 2021, 7:05 PM",  # a dateline
        "Related: 5 things doctors wish you knew",
        "- Mayor resigned after 3 years in office",  # a list's item
        "3. Council approved the 2020 budget",  # a numbered heading
        "Design Week 2018 | Lamps shown at the fair",
        "Watch the 10 clips that made the year: https://example.org/clips",
        "Ten tips to save money on your next trip:",  # a heading leading into a list
        "MAYOR SAYS CITY HAS CUT 25 JOBS",  # a line in capitals
        "Patients evacuated after fire at clinic [NEWS]",  # a link's tag
        "(Photo: Jane Roe) Crowds gathered at 6 stations",
        "entertainment Updated: Mar 03, 2021 10:20 IST",
        "Velmar Phone 7, GSM Unlocked, 64GB – Blue (Renewed)",  # a product's listing
        "New Price Drop: Velmar Watch Series 3 for $169.99 (Originally $200)",
        "Meal Kit Boxes: 1 Green, 1 Blue",
        "Harbour Salad (1 cup lettuce, 4 oz. cooked fish, 2 tsp. oil, 1 lemon)",  # a recipe's list
        "SEE MORE: Port protests: 800 dockers under siege at the quay",
    ],
)
def test_labels_bylines_links_and_lists_do_not(line: str) -> None:
    assert not reads_as_headline(line)


def _headlines(text: str) -> list[str]:
    sentences = split_sentences(text)
    found = headline_lines(sentences, normalise_text(text), is_statement)
    return [s.text for s in sentences if s.start in found]


def test_a_headline_said_once_is_read_but_a_repeated_subhead_and_a_list_of_links_are_not() -> None:
    text = (
        "Storm hits coast\n"
        "At least nine killed as storm hits coastal towns\n"
        "Officials said 40 homes were damaged on Friday\n"
        "Nine people died and officials said 40 homes were damaged on Friday. Rescue work goes on.\n"
        "You may also like\n"
        "Council discovers four unused depots\n"
        "Fine set at $2M for polluting firm\n"
        "The storm moved north on Saturday. Two other clerks who worked with the treasurer have been charged w"
    )
    assert _headlines(text) == [
        "At least nine killed as storm hits coastal towns",
        "Two other clerks who worked with the treasurer have been charged w",
    ]


def test_a_sentence_that_ends_is_no_headline_of_its_own() -> None:
    assert _headlines("Council discovers four unused depots.\nIt said so on Monday.") == []
