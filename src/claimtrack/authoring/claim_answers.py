"""Checks for each answer `claimtrack new` asks for on a terminal, and the vocabulary's choices to offer.

Each check returns None for a good answer, or what is wrong with it, worded as `validate` words it
(with "did you mean" when a name is close to one the repository has).
"""

from __future__ import annotations

from collections.abc import Callable

from claimtrack.authoring.new_files import AuthoringError, parse_quantity
from claimtrack.model.claims import ClaimType
from claimtrack.model.partial_dates import coerce_partial_date
from claimtrack.repository.references import close_match
from claimtrack.repository.workspace import Workspace
from claimtrack.text.quotes import anchor, closest_passage, normalise

Check = Callable[[str], "str | None"]


class Answers:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def entity_choices(self) -> list[str]:
        return [f"{e.model.id} ({e.model.kind.value}: {e.model.label})" for e in self.workspace.entities.values()]

    def property_choices(self) -> list[str]:
        return [
            f"{p.model.id} ({p.model.claim_type.value}: {p.model.description or p.model.label})"
            for p in self.workspace.properties.values()
        ]

    def source_choices(self) -> list[str]:
        return [f"{s.model.id} ({s.model.title or s.model.kind.value})" for s in self.workspace.sources.values()]

    def value_choices(self, property_id: str) -> list[str] | None:
        prop = self.workspace.properties.get(property_id)
        if prop is None or prop.model.claim_type is not ClaimType.RELATION:
            return None
        kinds = {k.value for k in prop.model.value_kinds}
        return [
            f"{e.model.id} ({e.model.kind.value}: {e.model.label})"
            for e in self.workspace.entities.values()
            if not kinds or e.model.kind.value in kinds
        ]

    def entity(self, answer: str) -> str | None:
        if answer in self.workspace.entities:
            return None
        return (
            f"unknown entity '{answer}'{close_match(answer, self.workspace.entities)} "
            "(add it with 'claimtrack entity add')"
        )

    def property(self, answer: str) -> str | None:
        if answer in self.workspace.properties:
            return None
        return (
            f"unknown property '{answer}'{close_match(answer, self.workspace.properties)} "
            "(add it with 'claimtrack property add')"
        )

    def source(self, answer: str) -> str | None:
        if answer in self.workspace.sources:
            return None
        return (
            f"unknown source '{answer}'{close_match(answer, self.workspace.sources)} "
            "(add it with 'claimtrack source add')"
        )

    @staticmethod
    def text(answer: str) -> str | None:
        return None if answer.strip() else "must not be blank"

    def value_of(self, property_id: str) -> Check:
        located = self.workspace.properties.get(property_id)
        if located is None:
            return lambda answer: self.property(property_id)
        prop = located.model

        def check(answer: str) -> str | None:
            try:
                if prop.claim_type is ClaimType.EVENT:
                    coerce_partial_date(answer)
                elif prop.claim_type is ClaimType.QUANTITY:
                    parse_quantity(answer, prop.unit or "unit")
                elif prop.claim_type is ClaimType.RELATION:
                    problem = self.entity(answer)
                    if problem is not None:
                        return problem
                    kind = self.workspace.entities[answer].model.kind
                    allowed = [k.value for k in prop.value_kinds]
                    if allowed and kind.value not in allowed:
                        return f"'{answer}' is a {kind.value}; property '{prop.id}' takes {' or '.join(allowed)}"
                else:
                    return self.text(answer)
            except (ValueError, AuthoringError) as error:
                return str(error)
            return None

        return check

    def quote_in(self, source_id: str) -> Check:
        def check(answer: str) -> str | None:
            text = self.workspace.archived_text(source_id)
            if not answer.strip():
                return "must not be blank"
            if text is None:
                return None
            source = normalise(text)
            if anchor(source.text, answer).found:
                return None
            passage = closest_passage(text, source, answer)
            if passage is None:
                return f"not in the archived text of {source_id}; copy the words exactly"
            return (
                f"not in the archived text of {source_id}; closest passage ({passage.similarity:.0f}% similar, "
                f"line {passage.line}): '{' '.join(passage.text.split())}'"
            )

        return check
