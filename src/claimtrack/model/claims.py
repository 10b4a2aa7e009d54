"""Claims: one typed assertion per file, linked to the sources that support or contradict it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, WithJsonSchema

from claimtrack.model.common import LAX, Identifier, PartialDateField, StrictModel, Text, empty_list
from claimtrack.model.quantities import Quantity


class ClaimType(StrEnum):
    EVENT = "event"
    QUANTITY = "quantity"
    RELATION = "relation"
    ATTRIBUTION = "attribution"
    ASSESSMENT = "assessment"


class Modality(StrEnum):
    """How the source puts it: a plan or a forecast is not a fact."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    PREDICTED = "predicted"
    REPORTED = "reported"
    DENIED = "denied"


class Status(StrEnum):
    UNREVIEWED = "unreviewed"
    SUPPORTED = "supported"
    DISPUTED = "disputed"
    REFUTED = "refuted"
    UNVERIFIABLE = "unverifiable"
    MISLEADING = "misleading"
    """True as worded, or in part, but leaving out what changes its meaning; a review note says what."""


class Stance(StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


ClaimTypeField = Annotated[ClaimType, LAX]
ModalityField = Annotated[Modality, LAX]
StatusField = Annotated[Status, LAX]
StanceField = Annotated[Stance, LAX]


class Evidence(StrictModel):
    """A link to a source with the exact quoted words (a W3C TextQuoteSelector)."""

    source: Identifier
    stance: StanceField
    quote: Text = Field(description="The exact words in the source's archived text.")
    prefix: str | None = Field(default=None, description="Text just before the quote, to tell repeats apart.")
    suffix: str | None = Field(default=None, description="Text just after the quote, to tell repeats apart.")
    note: str | None = None


class Said(StrictModel):
    """Who said it, and where: the claim is given as somebody's words, whatever its modality."""

    by: Identifier = Field(description="The speaker: an entity id.")
    setting: Text | None = Field(
        default=None, description="Where or how it was said: 'at a press conference in Tolvik'."
    )
    on: PartialDateField | None = Field(default=None, description="When it was said.")


class Absolute(StrEnum):
    """An absolute statement about a relation, which an earlier span can contradict."""

    NEVER = "never"
    """Denied at every time up to the claim's date: "has never been a member", "has avoided joining"."""
    ALWAYS = "always"
    """Held at every time up to the claim's date: "has always been a member"."""
    FIRST = "first"
    """Began at ``began`` and never held before: "joined for the first time in 2021"."""


SUMMARY_LENGTH = 75


def _check_summary(value: str) -> str:
    if len(value) > SUMMARY_LENGTH:
        raise ValueError(f"is {len(value)} characters; a summary has {SUMMARY_LENGTH} at most")
    return value


Summary = Annotated[
    Text,
    AfterValidator(_check_summary),
    WithJsonSchema({"type": "string", "pattern": r"\S", "maxLength": SUMMARY_LENGTH}),
]


class Review(StrictModel):
    by: Text
    on: PartialDateField
    note: str | None = None


class _ClaimBase(StrictModel):
    id: Identifier = Field(description="Equals the file's stem; unique across the repository.")
    statement: Text = Field(description="The assertion as one plain sentence.")
    summary: Summary | None = Field(
        default=None,
        description=f"The statement in {SUMMARY_LENGTH} characters or fewer, where claims are shown briefly "
        "(ClaimReview's claimReviewed, which search results show unwrapped up to that length).",
    )
    subject: Identifier = Field(description="The entity the claim is about.")
    property: Identifier = Field(description="A property from the vocabulary.")
    place: Identifier | None = Field(default=None, description="Where it happened or holds: an entity id.")
    modality: ModalityField = Field(
        description="How the sources put it: asserted, planned, predicted, reported, denied."
    )
    status: StatusField = Status.UNREVIEWED
    evidence: list[Evidence] = Field(min_length=1)
    review: Review | None = None
    said: Said | None = Field(
        default=None, description="The speaker and the setting, when the source gives the claim as someone's words."
    )
    tags: list[Identifier] = Field(default_factory=empty_list)


class EventClaim(_ClaimBase):
    """A dated happening: a signing, a ratification, an exercise, a visit."""

    type: Literal["event"]
    value: PartialDateField
    participants: list[Identifier] = Field(default_factory=empty_list)


class QuantityClaim(_ClaimBase):
    """A number with a unit, as exact or as bounded as the source gives it."""

    type: Literal["quantity"]
    value: Quantity
    as_of: PartialDateField | None = None


class RelationClaim(_ClaimBase):
    """An entity-to-entity fact that may hold over a span: membership, a post held, a location."""

    type: Literal["relation"]
    value: Identifier
    valid_from: PartialDateField | None = Field(default=None, description="Held from then (at least).")
    valid_until: PartialDateField | None = Field(default=None, description="Held until then (at least).")
    began: PartialDateField | None = Field(
        default=None, description="When it began ('a member since 2019', 'joined in April 2021'); not with valid_from."
    )
    ended: PartialDateField | None = Field(
        default=None, description="When it ended ('left in 2012'); not with valid_until."
    )
    absolute: Annotated[Absolute, LAX] | None = Field(
        default=None, description="never, always or first: an absolute statement an earlier span can contradict."
    )
    as_of: PartialDateField | None = None


class AttributionClaim(_ClaimBase):
    """Someone said something: the subject is the speaker, the value what was said."""

    type: Literal["attribution"]
    value: Text
    as_of: PartialDateField | None = None


class AssessmentClaim(_ClaimBase):
    """An analyst's judgement or forecast: tracked and linked to sources, never compared by value."""

    type: Literal["assessment"]
    value: Text
    holder: Identifier | None = Field(default=None, description="Who makes the judgement, when named.")
    as_of: PartialDateField | None = None


Claim = Annotated[
    EventClaim | QuantityClaim | RelationClaim | AttributionClaim | AssessmentClaim,
    Field(discriminator="type"),
]

AnyClaim = EventClaim | QuantityClaim | RelationClaim | AttributionClaim | AssessmentClaim

CLAIM_MODELS: dict[str, type[AnyClaim]] = {
    "event": EventClaim,
    "quantity": QuantityClaim,
    "relation": RelationClaim,
    "attribution": AttributionClaim,
    "assessment": AssessmentClaim,
}
"""Each claim type's model, by the value of ``type`` that selects it (the discriminator of ``Claim``)."""
