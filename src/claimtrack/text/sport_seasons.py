"""A sports season named by its place in time, "last season" or "next season", as the months the sport's
season runs (the regular season and its playoffs): hockey and basketball October to June, American football
September to February, baseball March to October, soccer August to May (``sports`` tells the sport, from the
sentence, else the page's names). "Last season" is the latest one ended before the publication's month ("a
Stanley Cup title last season" in November 2019: ``2018-10/2019-06``), "next season" the first not begun.
"This season", a season under way, and a sport whose season is the calendar year, or none told, give no date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from claimtrack.text.sports import sport_of

SEASON_MONTHS = {"hockey": (10, 6), "basketball": (10, 6), "football": (9, 2), "baseball": (3, 10), "soccer": (8, 5)}
"""The first and last month of each sport's season."""
SPORT_SEASON = re.compile(r"\b(?P<which>last|next) season\b(?![’']s)", re.IGNORECASE)


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
    if match["which"].lower() == "last":
        while (year + crosses) * 12 + last - 1 >= now:
            year -= 1
    else:
        year -= 1
        while year * 12 + first - 1 <= now:
            year += 1
    value = f"{year:04d}-{first:02d}/{year + crosses:04d}-{last:02d}"
    return value, f"'{match.group()}' read as {value}: the {sport} season, from the publication {published}"
