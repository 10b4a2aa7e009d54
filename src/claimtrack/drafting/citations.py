"""Sentences that state what a claim already says: a citation to add (`claimtrack cite`), not a new claim.

A sentence of the source being drafted cites an existing claim when it holds
one of the claim's quotes from another source (a republication repeats the
words), or when a draft read from it has the claim's subject, property and
value. A value of a sentence that holds a claim's quote is that claim's when
it is the claim's value, whatever subject the draft would have given it (a
reviewer may have corrected the claim's subject): it is cited, not drafted
again. A claim that quotes the source already is cited by another sentence of
it that gives the claim's subject and value, whatever property drafting would
give it: `draft` run again after `accept` reads the sentences no claim quotes,
and one that repeats what a kept claim says (drafted with a property the
reviewer changed, or completed now that the vocabulary has the names it
lacked) is more evidence for that claim, or a repeat to dismiss, never a
second claim.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from claimtrack.drafting.propose import Proposal
from claimtrack.model.claims import AnyClaim, EventClaim, Evidence, QuantityClaim
from claimtrack.text.quotes import normalise

SHORTEST_QUOTE = 20
"""Characters a quote needs before its words in another sentence are taken as the same statement."""


@dataclass(frozen=True)
class Citation:
    """A sentence that states an existing claim: the claim, and the words to quote from the source."""

    line: int
    sentence: str
    claim: str
    quote: str

    def command(self, source: str) -> str:
        return f"claimtrack cite {self.claim} {source} --quote {shlex.quote(self.quote)}"


def cite_lines(claim: str, links: Iterable[Evidence], has: Iterable[Evidence] = ()) -> list[str]:
    """The `claimtrack cite` line adding each of ``links`` (a draft's evidence) to ``claim``, less the words of a
    source the claim quotes already (its evidence ``has``)."""
    quoted = {(link.source, normalise(link.quote).text) for link in has}
    lines = []
    for link in links:
        if (link.source, normalise(link.quote).text) in quoted:
            continue
        options = [("--stance", None if link.stance == "supports" else str(link.stance))]
        options += [("--prefix", link.prefix), ("--suffix", link.suffix), ("--note", link.note)]
        extra = "".join(f" {name} {shlex.quote(given)}" for name, given in options if given is not None)
        lines.append(f"claimtrack cite {claim} {link.source} --quote {shlex.quote(link.quote)}{extra}")
    return lines


def value_key(value: Any) -> str:
    """A value as drafts and claims compare: an EDTF string, or a quantity's numbers and unit."""
    if isinstance(value, dict):
        return json.dumps({k: float(v) if isinstance(v, int | float) else v for k, v in value.items()}, sort_keys=True)
    return str(value)


class KnownClaims:
    """The claims a source being drafted may cite: by subject, property and value, and by their quotes."""

    def __init__(self, claims: Iterable[AnyClaim], source: str) -> None:
        self.by_value: dict[tuple[str, str, str], str] = {}
        self.values: dict[str, str] = {}
        """Each event or quantity claim's value, as ``value_key`` gives it."""
        self.here: dict[tuple[str, str], str] = {}
        """The claims quoting the source already, by subject and value."""
        self.quotes: list[tuple[str, str, str]] = []
        """(normalised quote, claim, quote as written) of each claim's quotes from other sources."""
        for claim in claims:
            quotes_here = any(link.source == source for link in claim.evidence)
            if isinstance(claim, EventClaim | QuantityClaim):
                value = claim.value if isinstance(claim, EventClaim) else claim.value.model_dump(exclude_defaults=True)
                self.by_value.setdefault((claim.subject, claim.property, value_key(value)), claim.id)
                self.values[claim.id] = value_key(value)
                if quotes_here:
                    self.here.setdefault((claim.subject, value_key(value)), claim.id)
            if quotes_here:
                continue  # its quotes lie in sentences that are not drafted from
            for link in claim.evidence:
                if link.stance == "supports" and len(link.quote) >= SHORTEST_QUOTE:
                    self.quotes.append((normalise(link.quote).text, claim.id, link.quote))

    def stating(self, proposal: Proposal) -> str | None:
        """The claim a draft repeats: the same subject, property and value; or, of a claim quoting the source
        already, the same subject and value."""
        if proposal.subject is None:
            return None
        value = value_key(proposal.value)
        stated = (
            None if proposal.property_id is None else self.by_value.get((proposal.subject, proposal.property_id, value))
        )
        return stated or self.here.get((proposal.subject, value))

    def cited_values(self, claims: Iterable[str]) -> set[str]:
        """The values (``value_key``) the given claims state: a draft of one of them repeats a cited claim."""
        return {self.values[claim] for claim in claims if claim in self.values}

    def quoted_in(self, sentence: str) -> list[tuple[str, str]]:
        """(claim, quote) of each claim whose quote from another source the sentence holds, each claim once."""
        text = normalise(sentence).text
        found: dict[str, str] = {}
        for quote, claim, written in self.quotes:
            if quote in text:
                found.setdefault(claim, written)
        return list(found.items())
