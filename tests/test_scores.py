"""text/scores.py and text/sports.py: results and records read number by number (the side each is for, the
sport's unit), ranges and labels left alone, and drafting giving each side's number its own subject. The
sentences are made up for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.drafting.propose import Vocabulary, propose
from claimtrack.drafting.subjects import Context
from claimtrack.model.vocabulary import Entity
from claimtrack.text.quantity_reader import find_quantities
from claimtrack.text.result_lines import result_lines
from claimtrack.text.scores import find_scores
from claimtrack.text.sports import sport_of


def read(sentence: str, sport: str | None = None) -> list[tuple[str, int, str | None, str]]:
    return [(m.text, m.value["exactly"], m.noun, m.kind) for m in find_quantities(sentence, [], sport)]


def sides(sentence: str, sport: str | None = None) -> list[tuple[int, str | None]]:
    """Each number of a result or a record, with the words of its side."""
    return [
        (number.value, None if number.holder is None else sentence[slice(*number.holder)].strip())
        for number in [*result_lines(sentence, sport), *find_scores(sentence, sport)]
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmar beat Ostrava 2-0 on Sunday.", [("2", 2, "point", "score"), ("0", 0, "point", "score")]),
        ("Instead, the Hawks lost 31-24.", [("31", 31, "point", "score"), ("24", 24, "point", "score")]),
        ("Brora got a 1-1 draw at Kelso.", [("1", 1, "point", "score"), ("1", 1, "point", "score")]),
        ("Brora won 4-2 in overtime.", [("4", 4, "point", "score"), ("2", 2, "point", "score")]),
        ("Ostrava held on for a 3-1 victory against Velmar.", [("3", 3, "point", "score"), ("1", 1, "point", "score")]),
        ("Kelso drew Brora 0-0 in the rain.", [("0", 0, "point", "score"), ("0", 0, "point", "score")]),
        ("Rams 27, Hawks 20: the visitors held on.", [("27", 27, "point", "score"), ("20", 20, "point", "score")]),
        ("The Pirates edged the Comets 6-5 in 10 innings.", [
            ("6", 6, "run", "score"), ("5", 5, "run", "score"), ("10", 10, "inning", "count"),
        ]),
        ("The Otters blanked Dunmore 3-0 behind their goalie's 30 saves.", [
            ("3", 3, "goal", "score"), ("0", 0, "goal", "score"), ("30", 30, "save", "count"),
        ]),
        ("Mira Lenz won the tennis final 6-4, 7-6 (5).", [
            ("6", 6, "game", "score"), ("4", 4, "game", "score"), ("7", 7, "game", "score"), ("6", 6, "game", "score"),
            ("5", 5, "point", "score"),
        ]),  # a match's sets: games, and the tie-break's loser's points (test_tennis)
        ("Kelso finished 3-1 clear, and Brora were outshot 16-3.", [
            ("16", 16, "shot", "score"), ("3", 3, "shot", "score"),
        ]),
        ("The final score was 28-21.", [("28", 28, "point", "score"), ("21", 21, "point", "score")]),
        ("It finished 2-2 at the break.", [("2", 2, "point", "score"), ("2", 2, "point", "score")]),
        ("Liverpool won the first leg 3-1.", [("3", 3, "point", "score"), ("1", 1, "point", "score")]),
        ("Toronto defeated Boston, 3-2, on Friday.", [("3", 3, "point", "score"), ("2", 2, "point", "score")]),
        ("The Bears beat the Rams 24 to 17.", [("24", 24, "point", "score"), ("17", 17, "point", "score")]),
        ("The Sox rallied from a 5-1 deficit.", [("5", 5, "point", "score"), ("1", 1, "point", "score")]),
        # Records: wins, losses, then ties (overtime losses in hockey).
        ("At 4-7, the Hawks need to win out.", [("4", 4, "win", "record"), ("7", 7, "loss", "record")]),
        ("The Comets are 6-2 this season.", [("6", 6, "win", "record"), ("2", 2, "loss", "record")]),
        ("Brora is on a 1-6-2 skid.", [("1", 1, "win", "record"), ("6", 6, "loss", "record"), ("2", 2, "tie", "record")]),
        ("The Rams (9-1, 6-1) host the Hawks (2-8) on Saturday.", [
            ("9", 9, "win", "record"), ("1", 1, "loss", "record"), ("6", 6, "win", "record"),
            ("1", 1, "loss", "record"), ("2", 2, "win", "record"), ("8", 8, "loss", "record"),
        ]),
        ("At 4-7, including 2-6 at home, the Hawks are out.", [
            ("4", 4, "win", "record"), ("7", 7, "loss", "record"), ("2", 2, "win", "record"), ("6", 6, "loss", "record"),
        ]),
        # Counts written in words of repetition.
        ("Lena Voss scored twice for Brora.", [("twice", 2, "goal", "score")]),
        ("Lena Voss scored three times in the first half.", [("three", 3, "goal", "score")]),
        ("Dunmore have won three in a row.", [("three", 3, "win", "record")]),
        # A brace and a hat-trick are a scorer's two and three; a tally with no noun is in the unit scored.
        ("Lena Voss scored a brace to take her tally to 14, four ahead of Kelso's striker.", [
            ("brace", 2, "goal", "score"), ("14", 14, "goal", "count"), ("four", 4, "goal", "count"),
        ]),
        ("Okoro netted a hat-trick, taking his tally for the season to 22.", [
            ("hat-trick", 3, "goal", "score"), ("22", 22, "goal", "count"),
        ]),
        ("Voss took her tally to 14 goals.", [("14", 14, "goal", "count")]),
        ("The chef served a brace of pheasants, a tally of 40 dishes.", [("40", 40, "dish", "count")]),
        ("The Hawks have lost five straight games.", [("five", 5, "loss", "record")]),
    ],
)  # fmt: skip
def test_results_and_records_are_counts(sentence: str, expected: list[tuple[str, int, str | None, str]]) -> None:
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "sport", "expected"),
    [
        ("The Otters trailed by two late in the third.", "hockey", [("two", 2, "goal", "score")]),
        ("The Hawks lost by three to the Rams.", "football", [("three", 3, "point", "score")]),
        ("The Hawks lost by three points.", "football", [("three", 3, "point", "count")]),
        ("The senator won by two in 2010.", None, [("two", 2, None, "count")]),
        ("The Otters are 4-2 in their last six.", "hockey", [
            ("4", 4, "win", "record"), ("2", 2, "loss", "record"), ("six", 6, "game", "count"),
        ]),
        ("Sales rose in the past five years.", "hockey", [("five", 5, "year", "count")]),
        ("Kelso took a 2-0 lead.", "soccer", [("2", 2, "goal", "score"), ("0", 0, "goal", "score")]),
        ("The Otters, who have won 12 of 13, host Kelso.", "hockey", [
            ("12", 12, "win", "record"), ("13", 13, "game", "count"),
        ]),
        ("The Hawks have lost five of their last six games.", "football", [
            ("five", 5, "loss", "record"), ("six", 6, "game", "count"),
        ]),
        ("The Otters have won 12 of 13.", None, [("12", 12, None, "count"), ("13", 13, None, "count")]),
        ("Labour won 5 of 6 seats.", "hockey", [("5", 5, "seat", "count"), ("6", 6, "seat", "count")]),
        ("Dunn took his tally to 30 with a late layup.", "basketball", [("30", 30, "point", "count")]),
        ("Rao took a hat-trick, lifting his tally to 12.", "cricket", [("12", 12, None, "count")]),
    ],
)  # fmt: skip
def test_a_margin_and_the_games_of_a_record_need_a_sport_told(
    sentence: str, sport: str | None, expected: list[tuple[str, int, str | None, str]]
) -> None:
    assert read(sentence, sport) == expected


def test_a_score_between_the_sides_names_is_theirs_where_a_sport_is_told_or_it_opens_the_sentence() -> None:
    assert sides("Arsenal 2-1 Chelsea: Saka scored twice.") == [(2, "Arsenal"), (1, "Chelsea")]
    sentence = "After the derby, Arsenal 2-1 Chelsea, the hosts led early."
    assert read(sentence, "soccer") == [("2", 2, "goal", "score"), ("1", 1, "goal", "score")]
    assert [m.kind for m in find_quantities(sentence, []) if m.kind == "score"] == []  # no sport told
    assert [m.kind for m in find_quantities("Upgrade from Windows 10-11 Pro today.", [], "soccer")] == []
    assert sides("They beat the Pittsburgh Penguins 5-4 Tuesday night.", "hockey") == [
        (5, "They"), (4, "the Pittsburgh Penguins"),
    ]  # fmt: skip


def test_a_hockey_records_third_number_is_overtime_losses() -> None:
    assert read("The Otters improved to 4-2-1 in their last seven.", "hockey")[:3] == [
        ("4", 4, "win", "record"), ("2", 2, "loss", "record"), ("1", 1, "overtime loss", "record"),
    ]  # fmt: skip
    assert read("Kelso ended a five-game point streak (3-0-2).", "hockey")[1:] == [
        ("3", 3, "win", "record"), ("0", 0, "loss", "record"), ("2", 2, "overtime loss", "record"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Crossings take 20-25 minutes.", [("20-25", {"at_least": 20, "at_most": 25}, "minute")]),
        ("The firm lost 3-5 percent of its value.", [("3-5 percent", {"at_least": 3, "at_most": 5}, "percent")]),
        ("The party won 2-3 seats in each region.", [("2-3", {"at_least": 2, "at_most": 3}, "seat")]),
        ("Turnout was between 3-5 percent.", [("between 3-5 percent", {"at_least": 3, "at_most": 5}, "percent")]),
        ("Estimates put the toll at 242 to 330 deaths.", [("242 to 330", {"at_least": 242, "at_most": 330}, "death")]),
        ("The car goes 0-60 mph in 3.1 seconds.", [("3.1", {"exactly": 3.1}, "second")]),
        ("Its 0-62 time is 5.7 seconds, and 0 to 100 km/h takes 6.", [
            ("5.7", {"exactly": 5.7}, "second"), ("6", {"exactly": 6}, "second"),  # the noun left out (elided_nouns)
        ]),
        ("It sprints from zero to 100 kph (62 mph) in 4.2 seconds.", [("4.2", {"exactly": 4.2}, "second")]),
        ("Kelso reached the 20th spot on its 10th appearance.", []),
        ("It scored twice as high as the others.", []),
        ("The council voted 7-2 to approve the plan.", []),
    ],
)  # fmt: skip
def test_ranges_labels_and_tallies_are_no_results(sentence: str, expected: list[tuple[str, object, str]]) -> None:
    assert find_scores(sentence) == []
    assert [(m.text, m.value, m.noun) for m in find_quantities(sentence, [])] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Voters aged 18-25 were polled, read pages 10-12 of the report.",
        "The hall seats between 3-5 hundred, from 9-5 daily.",
        "Ferry fares rose 3-4 on Monday.",
        "The team has won three times since the war.",
        "Rates fell to 4-7 percent after the vote.",
        "The vote was 7-2, and the court ruled 5-4; the odds were 3-1.",
        "Earlier studies (1-3) and trials (4-6) agree.",
        "The measure won 60-40 in the election.",
        "In a 5-4 decision, the court agreed; Democrats hold a 51-49 edge in the Senate.",
        "Rates fell 10 to 20, and estimates ran 17 to 24.",
    ],
)
def test_near_misses_read_no_result(sentence: str) -> None:
    assert [m for m in find_quantities(sentence, []) if m.kind in ("score", "record")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Velmar beat Ostrava 2-0 on Sunday.", [(2, "Velmar"), (0, "Ostrava")]),
        ("Boston fell 3-2 to Toronto in overtime.", [(3, "Toronto in overtime"), (2, "Boston")]),
        ("Instead, the Hawks lost 31-24 to the Dunmore Rams.", [(31, "the Dunmore Rams"), (24, "Instead, the Hawks")]),
        ("Ostrava held on for a 3-1 victory against Velmar.", [(3, "Ostrava held on for a"), (1, "Velmar")]),
        ("Kelso's 5-0 rout of Brora sealed it.", [(5, "Kelso's"), (0, "Brora sealed it")]),
        ("Rams 27, Hawks 20: the visitors held on.", [(27, "Rams"), (20, "Hawks")]),
        ("Kelso won 3-0 at Brora, while Ostrava did the same, 2-0, at Velmar.", [
            (3, "Kelso"), (0, "Brora"), (2, "Ostrava did the same,"), (0, "Velmar"),
        ]),
        ("The Comets are 6-2 this season.", [(6, "The Comets"), (2, "The Comets")]),
        ("The Rams (9-1, 6-1) beat the Hawks (2-8) again.", [
            (9, "Rams"), (1, "Rams"), (6, "Rams"), (1, "Rams"), (2, "Hawks"), (8, "Hawks"),
        ]),
        ("At 4-7, including 2-6 in the AFC, the Hawks need help.", [
            (4, "the Hawks"), (7, "the Hawks"), (2, "the Hawks"), (6, "the Hawks"),
        ]),
    ],
)  # fmt: skip
def test_each_number_has_its_side(sentence: str, expected: list[tuple[int, str | None]]) -> None:
    assert sides(sentence) == expected


@pytest.mark.parametrize(
    ("texts", "sport"),
    [
        (["Velmar beat Ostrava 2-0.", "UEFA Nations League"], "soccer"),
        (["Instead, they lost 24-17.", "AFC West Chiefs"], "football"),
        (["The goalie made 30 saves."], "hockey"),
        (["It rained.", "NBA"], "basketball"),
        (["The Pirates won in 10 innings."], "baseball"),
        (["India lost three wickets."], "cricket"),
        (["The ferry sailed at noon.", "Port of Velmar"], None),
    ],
)
def test_the_sport_is_the_sentences_else_its_sources(texts: list[str], sport: str | None) -> None:
    assert sport_of(texts) == sport


def test_a_draft_gives_each_side_its_number_and_says_how_it_was_read() -> None:
    entities = [
        Entity(id="wales", kind="country", label="Wales"),
        Entity(id="hungary", kind="country", label="Hungary"),
    ]
    vocabulary = Vocabulary.of([], entities)
    context = Context(elsewhere=frozenset(["UEFA"]), sport=sport_of(["UEFA"]))
    proposals = propose("Wales beat Hungary 2-0 in Cardiff.", vocabulary, None, context=context)
    assert [(p.value, p.subject) for p in proposals] == [
        ({"exactly": 2, "unit": "goal"}, "wales"), ({"exactly": 0, "unit": "goal"}, "hungary"),
    ]  # fmt: skip
    note = "a result read from 'beat': 2 goals for the side the sentence is about, 0 for the other side"
    assert all(note in p.notes for p in proposals)


def test_a_result_lines_sides_are_its_names_even_at_the_sentences_start() -> None:
    proposals = propose("Jets 2, Predators 1: Laine scored.", Vocabulary.of([], []), None)
    assert [(p.value["exactly"], p.subject) for p in proposals] == [(2, "jets"), (1, "predators")]


_NOUNS = st.sampled_from(["minutes", "seats", "percent", "people", "boats", "hours", "games", "points"])
_VERBS = st.sampled_from(["won", "lost", "beat", "drew", "took", "is", "at"])


@given(st.integers(0, 198), st.integers(1, 199), _NOUNS, _VERBS)
def test_a_dashed_pair_a_noun_follows_is_never_a_result(low: int, high: int, noun: str, verb: str) -> None:
    """Whatever the verb before it, "won 2-3 seats" counts seats: a range, never two sides' scores."""
    low, high = min(low, high - 1), high
    sentence = f"The party {verb} {low}-{high} {noun} last year."
    assert [m for m in find_quantities(sentence, []) if m.kind in ("score", "record")] == []


@given(st.integers(0, 199), st.integers(0, 199), st.sampled_from(["beat", "defeated", "edged", "drew", "lost to"]))
def test_a_result_after_its_verb_is_each_sides_count(first: int, second: int, verb: str) -> None:
    """ "Kelso beat Brora 3-1": both numbers, as written, each a count of the sport's unit."""
    sentence = f"Kelso {verb} Brora {first}-{second} on Sunday."
    assert [(m.value, m.noun, m.kind) for m in find_quantities(sentence, [])] == [
        ({"exactly": first}, "point", "score"), ({"exactly": second}, "point", "score"),
    ]  # fmt: skip
