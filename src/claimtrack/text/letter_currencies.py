"""Money written with a currency's letter or sign of its own, and thousands set apart by a space.

Many countries write their money with a letter or a sign the common ones ($, €, £) do not cover: "a fine of E16
000" (emalangeni, Eswatini's ``SZL``), "R2.5 million" (rand, ``ZAR``), "the sum of N500m" (naira, ``NGN``; also
"₦500m"), "KSh 3,000" (``KES``), "GH₵ 20" (``GHS``), "₱1,200" (``PHP``), and set thousands apart by a space ("E16
000", "$16 000"). A sign that is also a letter (E, R, N) is money only after words of money ("fine of", "paid",
"the sum of", "costs"): "Cinebench R20", "the N225 index" and "an R6700 router" are names. A sign of its own (₦, ₱,
GH₵) is money wherever it stands.
"""

from __future__ import annotations

import re

from claimtrack.text.quantity_bounds import bound_before
from claimtrack.text.quantity_mentions import QuantityMention
from claimtrack.text.quantity_words import CURRENCY_SIGNS, SCALE, SCALE_FACTOR

_LETTERS = {"E": "SZL", "R": "ZAR", "N": "NGN", "KSh": "KES", "Ksh": "KES"}
"""Signs that are letters too: money only after a word of money."""
_SIGNS = {"₦": "NGN", "GH₵": "GHS", "₵": "GHS", "₱": "PHP", "₩": "KRW", "₺": "TRY", "₽": "RUB", "₴": "UAH", "₪": "ILS"}
_COMMON = "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True) if not s.islower())
_MONEY = re.compile(
    r"(?<![\w$€£¥₹₦₵₱₩₺₽₴₪.,])(?:(?P<letter>KSh|Ksh|[ERN])\s?|(?P<sign>GH₵|[₦₵₱₩₺₽₴₪])\s?|(?P<common>" + _COMMON + r"))"
    r"(?P<number>\d{1,3}(?: \d{3})+(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<abbr>bn|mn|m|k)\b|\s(?P<scale>thousand|million|billion)\b)?(?![\w.,]\d)(?![A-Za-z])"
)
_MONEY_WORDS = re.compile(
    r"\b(?:fine[sd]?|sum|bail|bond|fees?|price[sd]?|costs?|costing|worth|pa(?:y|ys|id|ying)|salar(?:y|ies)|budget"
    r"|compensation|penalty|payments?|loans?|grants?|awards?|amount|damages|tax(?:es)?|levy|charged?|sp[ae]nt|spend"
    r"|raised?|debts?|deposits?|allowances?|tariffs?|rewards?|of|at|for|to|from|about|over|under|than|nearly|some)"
    r"\s+(?:(?:an?|the|of|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_MONEY_NEAR = re.compile(
    r"\b(?:fine[sd]?|sum|bail|bond|fees?|price[sd]?|costs?|worth|pa(?:y|ys|id)|salar(?:y|ies)|budget|compensation"
    r"|penalty|payments?|loans?|grants?|awards?|amount|damages|tax(?:es)?|levy|spent|spend|debts?|deposits?)\b",
    re.IGNORECASE,
)


def signed_money(sentence: str, mentions: list[QuantityMention], taken: bytearray) -> list[QuantityMention]:
    """The ``mentions`` with the money written with a sign of its own or a space between thousands read as money
    (outside what is ``taken``: dates, clocks), in place of any count read inside it."""
    money: list[QuantityMention] = []
    for match in _MONEY.finditer(sentence):
        if taken.find(1, match.start(), match.end()) >= 0:
            continue
        currency = _currency(sentence, match)
        if currency is None:
            continue
        number = float(match["number"].replace(",", "").replace(" ", ""))
        scale = SCALE.get(match["abbr"] or "", match["scale"])
        number *= SCALE_FACTOR.get(scale or "", 1)
        bound, start = bound_before(sentence, match.start())
        value = {bound: int(number) if number.is_integer() else number}
        text = sentence[start : match.end()]
        money.append(
            QuantityMention(start, match.end(), text, value, currency, (currency.lower(),), "money", currency, scale)
        )
    if not money:
        return mentions
    kept = [m for m in mentions if not any(m.start < n.end and n.start < m.end for n in money)]
    return sorted([*kept, *money], key=lambda m: m.start)


def _currency(sentence: str, match: re.Match[str]) -> str | None:
    if match["sign"]:
        return _SIGNS[match["sign"]]
    if match["common"]:  # "$16 000": only a space between thousands is new here
        return CURRENCY_SIGNS[match["common"]] if " " in match["number"] else None
    before = sentence[max(0, match.start() - 40) : match.start()]
    if _MONEY_WORDS.search(before) is None or _MONEY_NEAR.search(before) is None:
        return None  # "the N225 index", "Cinebench R20": a name
    return _LETTERS[match["letter"]]
