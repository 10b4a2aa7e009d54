"""What every rule module provides, and how a rule builds its findings.

A rule is a module under ``rules/`` with ``CODE`` (stable, never reused),
``NAME`` (kebab-case), ``SEVERITY``, ``SCOPE`` (what its findings depend on),
``MESSAGE`` (a template, so wording is consistent and searchable) and
``check(index)``, which yields findings. Its
docstring is its documentation: a one-line summary, then the sections in
``SECTIONS``, each under a ``## `` heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from claimtrack.engine.index import ClaimIndex
from claimtrack.model.diagnostics import Severity
from claimtrack.model.findings import Finding, State
from claimtrack.repository.workspace import Located

SECTIONS = ("What it finds", "Why it matters", "Example", "How to resolve")


class Scope(StrEnum):
    """What a rule's findings depend on, which says what a check must look at again after a change.

    Only the incremental check reads it (``cache/incremental.py``), and it earns its place there by measure:
    after one claim file changed in a generated repository of 10,000 claims, checking the subjects it touches
    took a median 3.8 s against 13.9 s for a full check with every parse kept (four runs each, in turns, on a
    loaded machine; ``python benchmarks/scope.py``). Finding what a change touches without asking the rules would
    mean re-deriving, per rule, which claims a finding can involve: the rule knows that, so it says it here.
    """

    SUBJECT = "subject"
    """Only the claims of one subject, with the sources and the vocabulary: each finding names its
    subject, and every claim it involves is about that subject."""
    REPOSITORY = "repository"
    """What every claim of the repository names (an unused source, an unnamed entity)."""


class RuleModule(Protocol):
    CODE: str
    NAME: str
    SEVERITY: Severity
    SCOPE: Scope
    MESSAGE: str
    __doc__: str | None

    def check(self, index: ClaimIndex) -> Iterator[Finding]: ...


@dataclass(frozen=True)
class RuleDoc:
    code: str
    name: str
    severity: Severity
    summary: str
    sections: dict[str, str]


def rule_doc(rule: RuleModule) -> RuleDoc:
    """The rule's documentation, split into its summary and sections."""
    text = (rule.__doc__ or "").strip()
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    summary = " ".join(parts[0].split())
    sections = {parts[i].strip(): parts[i + 1].strip("\n").rstrip() for i in range(1, len(parts) - 1, 2)}
    return RuleDoc(rule.CODE, rule.NAME, rule.SEVERITY, summary, sections)


@dataclass(frozen=True)
class FindingTemplate:
    """A rule's identity and message template; ``at`` builds a finding located in a file."""

    code: str
    name: str
    severity: Severity
    message: str

    def at(
        self,
        item: Located[Any],
        loc: tuple[str | int, ...],
        *,
        state: State = State.OPEN,
        claims: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        subject: str | None = None,
        property: str | None = None,
        resolution: str | None = None,
        **params: object,
    ) -> Finding:
        position = item.position(*loc)
        return Finding(
            path=item.path,
            line=position.line,
            column=position.column,
            code=self.code,
            message=self.message.format(subject=subject, property=property, **params),
            rule=self.name,
            severity=self.severity,
            state=state,
            subject=subject,
            property=property,
            claims=claims,
            sources=sources,
            resolution=resolution if state is State.ACKNOWLEDGED else None,
        )


def listing(values: list[str], limit: int = 6) -> str:
    """'a, b and c', shortened to the first ``limit`` with a count of the rest."""
    shown = values[:limit]
    rest = len(values) - len(shown)
    if rest:
        return ", ".join(shown) + f" and {rest} more"
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " and " + shown[-1]
