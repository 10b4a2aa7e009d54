"""Conflicts: claims of one (subject, property) group whose values cannot all be true, found as classes of
claims that agree, and split into connected components of incompatible classes, one conflict each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

GroupKey = tuple[str, str]


ClaimClass = tuple[str, ...]
"""Claims of one group that give the same value over the same span, stated alike (as facts, as plans, or as
denials).

Claims in a class agree with each other, so rules compare classes, not claims: a
group of thousands of claims with a handful of distinct values costs a handful
of comparisons."""


@dataclass(frozen=True)
class Conflict:
    """Claims on one subject and property whose values cannot all be true."""

    subject: str
    property: str
    classes: tuple[ClaimClass, ...]
    incompatible: tuple[tuple[int, int], ...]
    """Pairs of indexes into ``classes`` whose claims cannot both be true (or may not, see ``unknown``)."""
    unknown: tuple[tuple[int, int], ...] = ()
    """The pairs of ``incompatible`` whose values are places the vocabulary does not relate: they cannot both
    be true only if neither place lies within the other."""

    def is_certain(self) -> bool:
        """Some pair is known to be incompatible, whatever the vocabulary leaves unsaid."""
        return len(self.unknown) < len(self.incompatible)

    def claim_ids(self) -> tuple[str, ...]:
        return tuple(sorted(c for cls in self.classes for c in cls))

    def class_pairs(self) -> Iterator[tuple[ClaimClass, ClaimClass]]:
        for i, j in self.incompatible:
            yield self.classes[i], self.classes[j]


def components(
    key: GroupKey, classes: list[ClaimClass], pairs: list[tuple[int, int]], unknown: set[tuple[int, int]]
) -> Iterator[Conflict]:
    """Split a group's incompatible classes into connected components, one conflict each."""
    links: dict[int, set[int]] = {}
    for a, b in pairs:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)
    seen: set[int] = set()
    for start in sorted(links, key=lambda i: min(classes[i])):
        if start in seen:
            continue
        component: set[int] = set()
        stack = [start]
        while stack:
            current = stack.pop()
            if current not in component:
                component.add(current)
                stack.extend(links[current] - component)
        seen |= component
        ordered = sorted(component, key=lambda i: min(classes[i]))
        position = {old: new for new, old in enumerate(ordered)}
        yield Conflict(
            key[0],
            key[1],
            tuple(tuple(sorted(classes[i])) for i in ordered),
            tuple(sorted((position[a], position[b]) for a, b in pairs if a in component)),
            tuple(sorted((position[a], position[b]) for a, b in unknown if a in component)),
        )
