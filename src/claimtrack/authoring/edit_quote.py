"""`edit --quote`: new words for a claim's quote, checked afterwards as `new` and `cite` check a quote.

The quote replaced is the claim's first supporting link's (the one `new` and `accept` write); its source,
stance and the rest of the link stay. The usual need is a narrower quote: a sentence holding two numbers
("30 people were injured and three died") quoted whole for one of them, which CT219 reads against the value.
"""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq


def set_quote(data: CommentedMap, quote: str | None) -> list[str]:
    """Put ``quote`` in the first supporting link of the claim ``data``; what is wrong with it, as
    ``--quote: why``."""
    if quote is None:
        return []
    if not quote.strip():
        return ["--quote: must not be blank (the source's exact words)"]
    evidence = data.get("evidence")
    links = [link for link in evidence if isinstance(link, CommentedMap)] if isinstance(evidence, CommentedSeq) else []
    supporting = next((link for link in links if link.get("stance") == "supports"), None)
    if supporting is None:
        return ["--quote: the claim has no supporting evidence to quote; add it with 'claimtrack cite'"]
    supporting["quote"] = quote
    return []
