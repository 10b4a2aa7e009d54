"""A sports season named by its place in time, "last season" or "next season", as the months the sport's
season runs (the regular season and its playoffs): hockey and basketball October to June, American football
September to February, baseball March to October, soccer August to May (``sports`` tells the sport, from the
sentence, else the page's names). "Last season" is the latest one ended before the publication's month ("a
Stanley Cup title last season" in November 2019: ``2018-10/2019-06``), "next season" the first not begun.
"This season" is the one under way at the publication ("leading the NBA this season" in November 2019:
``2019-10/2020-06``); between two seasons it gives no date, nor does a sport whose season is the calendar year,
or none told. "Early", "mid" and "late" take the first, middle or last third of the season's months ("a fight
early last season": ``2018-10/2018-12``), as they do of a year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.text.sports import sport_of

SEASON_MONTHS = {"hockey": (10, 6), "basketball": (10, 6), "football": (9, 2), "baseball": (3, 10), "soccer": (8, 5)}
"""The first and last month of each sport's season."""
SPORT_SEASON = re.compile(
    r"\b(?:(?P<part>early|mid|late)[- ](?:in\s+)?)?(?P<which>last|next|this) season\b(?![’']s)", re.IGNORECASE
)
_THIRD = {"early": 0, "mid": 1, "late": 2}


class SeasonReading(Protocol):
    """What the date reader knows that a season needs: the publication day and the page's sport."""

    @property
    def published(self) -> dt.date | None: ...

    @property
    def sport(self) -> str | None: ...


def sport_season(match: re.Match[str], reading: SeasonReading) -> tuple[str, str | None] | None:
    """ "last season", "next season" as the months of the sport's season, and how it was read."""
    sport, published = sport_of([match.string]) or reading.sport, reading.published
    if sport not in SEASON_MONTHS or published is None:
        return None
    first, last = SEASON_MONTHS[sport]
    crosses = int(last < first)  # the season ends in the year after it begins
    now = published.year * 12 + published.month - 1
    year = published.year
    which = match["which"].lower()
    if which == "last":
        while (year + crosses) * 12 + last - 1 >= now:
            year -= 1
    elif which == "next":
        year -= 1
        while year * 12 + first - 1 <= now:
            year += 1
    else:
        year -= crosses if published.month <= last else 0  # the season begun the year before ends this year
        if not year * 12 + first - 1 <= now <= (year + crosses) * 12 + last - 1:
            return None  # between two seasons: which one "this season" is, the words do not say
    start, end = year * 12 + first - 1, (year + crosses) * 12 + last - 1
    if match["part"]:
        third = (end - start + 1) / 3
        start, end = (
            start + round(third * _THIRD[match["part"].lower()]),
            start + round(third * (_THIRD[match["part"].lower()] + 1)) - 1,
        )
    value = f"{start // 12:04d}-{start % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"
    return value, f"'{match.group()}' read as {value}: the {sport} season, from the publication {published}"
