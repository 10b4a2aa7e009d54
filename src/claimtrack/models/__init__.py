"""The data model: pydantic v2 models are the single source of truth for file formats and schemas."""

from __future__ import annotations

from claimtrack.models.claims import (
    AssessmentClaim,
    AttributionClaim,
    Claim,
    ClaimType,
    EventClaim,
    Evidence,
    Modality,
    QuantityClaim,
    RelationClaim,
    Review,
    Stance,
    Status,
)
from claimtrack.models.quantities import ApproximateQuantity, BoundedQuantity, ExactQuantity, Quantity
from claimtrack.models.sources import Source, SourceKind
from claimtrack.models.vocabulary import Entity, EntityFile, EntityKind, Property, PropertyFile

__all__ = [
    "ApproximateQuantity",
    "AssessmentClaim",
    "AttributionClaim",
    "BoundedQuantity",
    "Claim",
    "ClaimType",
    "Entity",
    "EntityFile",
    "EntityKind",
    "EventClaim",
    "Evidence",
    "ExactQuantity",
    "Modality",
    "Property",
    "PropertyFile",
    "Quantity",
    "QuantityClaim",
    "RelationClaim",
    "Review",
    "Source",
    "SourceKind",
    "Stance",
    "Status",
]
