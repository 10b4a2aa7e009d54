"""Edits of a parsed page's tree that keep the words a reader reads around what they take out."""

from __future__ import annotations

from typing import Any


def remove_keeping_tail(element: Any) -> None:
    """Take ``element`` out of its parent, keeping the text after it (its tail), which belongs to the sentence
    around it, where the element stood: after the previous sibling, else at the start of the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
