"""The small pieces of HTML every part of the HTML report writes: escaped text, and links to a claim or a source.

Every text from the files goes through ``e``, which escapes it for an element or an attribute.
"""

from __future__ import annotations

from html import escape

from claimtrack.render.escape import html_safe


def e(text: object) -> str:
    return html_safe(escape(str(text), quote=True))


def slug(kind: str, ident: str) -> str:
    # Ids are lower-case ASCII with dashes (CT103), so they are safe in fragments as they are.
    return f"{kind}-{ident}"


def source_link(source: str) -> str:
    return f'<a href="#{e(slug("source", source))}">{e(source)}</a>'


def claim_link(claim: str) -> str:
    return f'<a href="#{e(slug("claim", claim))}"><code>{e(claim)}</code></a>'
