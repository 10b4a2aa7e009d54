"""The vocabulary is data: properties and entities live in YAML files under vocabulary/."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from claimtrack.model.claims import ClaimType
from claimtrack.model.common import LAX, Identifier, StrictModel, Text, empty_list


class EntityKind(StrEnum):
    COUNTRY = "country"
    PERSON = "person"
    ORGANISATION = "organisation"
    TREATY = "treaty"
    PLACE = "place"
    EVENT = "event"
    POST = "post"
    GROUP = "group"
    OTHER = "other"


class Property(StrictModel):
    id: Identifier = Field(description="How claims name the property; unique in the vocabulary.")
    label: Text = Field(description="The property in words, as reports show it.")
    claim_type: Annotated[ClaimType, LAX] = Field(
        description="The claim type, and so the value type, this property takes."
    )
    single_valued: bool = Field(
        default=False, description="A subject has one value at a time, so differing values conflict."
    )
    value_kinds: list[Annotated[EntityKind, LAX]] = Field(
        default_factory=empty_list, description="For relations: the kinds of entity the value may be."
    )
    unit: Text | None = Field(default=None, description="For quantities: the unit every value uses.")
    not_before: list[Identifier] = Field(
        default_factory=empty_list, description="Properties of the same subject whose date this one's may not precede."
    )
    description: str | None = Field(default=None, description="What the property means, in one line.")


class PropertyFile(StrictModel):
    properties: list[Property]


class Entity(StrictModel):
    id: Identifier = Field(description="How claims name the entity; unique in the registry.")
    kind: Annotated[EntityKind, LAX] = Field(description="What sort of entity it is.")
    label: Text = Field(description="Its usual name, as reports show it.")
    aliases: list[Text] = Field(default_factory=empty_list, description="Other names and spellings.")
    part_of: Identifier | None = Field(default=None, description="The entity this one lies within.")
    disjoint: list[Identifier] = Field(
        default_factory=empty_list,
        description="Entities this one shares no part with: neither lies within the other, and they do not overlap.",
    )
    description: str | None = Field(default=None, description="Which entity this is, in one line.")


class EntityFile(StrictModel):
    entities: list[Entity]
