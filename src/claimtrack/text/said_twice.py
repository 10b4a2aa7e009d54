"""One time said twice: "this year", "last year" or "next year" before a day or month of its clause that writes no
year is that day's or month's year, and one value, the finer ("Last year we started July 19th" is ``2020-07-19``
in a 2021 paper, not also ``2020``; "earlier this year with the debut of the car in September" is ``2019-09``), as
the gold reads a time said twice. A clause break between them ("Last year, the port grew; in May it shrank", "this
year and in May") keeps both, read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from claimtrack.text.date_mentions import DateMention

_RELATIVE_YEAR = re.compile(r"(?:this|last|next) year", re.IGNORECASE)
_FINER = re.compile(r"(\d{4})(-\d\d(?:-\d\d)?)")
_SAME_CLAUSE = re.compile(r"[^,;:()—–\"“”]{0,80}", re.IGNORECASE)
_BREAK = re.compile(r"\b(?:and|but|while|whereas|or)\b", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}")


def one_time(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions, a relative year followed in its clause by a day or month without a year made one: the day or
    month, in that year."""
    kept: list[DateMention] = []
    skip = False
    for index, mention in enumerate(mentions):
        if skip:
            skip = False
            continue
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        finer = None if after is None else _FINER.fullmatch(after.value)
        if (
            after is not None
            and finer is not None
            and _RELATIVE_YEAR.fullmatch(mention.text)
            and mention.value.isdigit()
            and not _YEAR_WRITTEN.search(after.text)
            and _SAME_CLAUSE.fullmatch(sentence, mention.end, after.start)
            and not _BREAK.search(sentence, mention.end, after.start)
        ):
            value, moved = f"{mention.value}{finer[2]}", int(mention.value) - int(finer[1])
            note = f"'{after.text}' read as {value}, in '{mention.text}' written before it in its clause"
            fields: dict[str, Any] = {"value": value, "note": note}
            if moved:
                fields["after_publication"] = moved > 0  # a year on from a reading already after it, or back
            kept.append(replace(after, **fields))
            skip = True
            continue
        kept.append(mention)
    return kept
