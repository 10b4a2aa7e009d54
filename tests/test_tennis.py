"""A tennis match's set scores are drafted as nothing: neither each side's games of each set nor a range."""

from __future__ import annotations

from claimtrack.text.quantity_reader import find_quantities
from claimtrack.text.tennis import set_scores


def _values(sentence: str, sport: str | None = None) -> list[dict[str, float]]:
    return [mention.value for mention in find_quantities(sentence, [], sport)]


def test_the_sets_of_a_match_are_no_quantities() -> None:
    sentence = "Okafor defeated Lindqvist 6-3, 7-6 (7) in the quarterfinal of the tennis open."
    assert _values(sentence) == []
    assert [sentence[start:end] for start, end in set_scores(sentence, "tennis")] == ["6-3", "7-6 (7)"]


def test_a_tie_between_teams_is_no_quantity_either_when_the_source_tells_tennis() -> None:
    assert _values("Norway beat Chile 2-1 to reach the last eight.", "tennis") == []


def test_the_rest_of_a_tennis_sentence_is_read() -> None:
    sentence = "Okafor won 6-4, 6-2 in front of 12,000 fans at the tennis centre."
    assert _values(sentence) == [{"exactly": 12000}]


def test_other_sports_keep_their_scores() -> None:
    assert _values("Wales beat Hungary 2-0 in the UEFA qualifier.") == [{"exactly": 2}, {"exactly": 0}]
    assert set_scores("Wales beat Hungary 2-0 in the UEFA qualifier.", "soccer") == []
