"""Sources: archived texts with their metadata, in the spirit of CSL-JSON."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from claimtrack.model.common import LAX, Identifier, PartialDateField, StrictModel, Text, empty_list, matching

SHA256_PATTERN = r"^[0-9a-f]{64}$(?!\n)"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$(?!\n)"
_SHA256_CHECK, _SHA256_SCHEMA = matching(SHA256_PATTERN, "a sha256 digest (64 lower-case hex digits)")
Sha256 = Annotated[str, _SHA256_CHECK, _SHA256_SCHEMA]
_LANGUAGE_CHECK, _LANGUAGE_SCHEMA = matching(LANGUAGE_PATTERN, "a BCP 47 language tag such as en or ru")
LanguageTag = Annotated[str, _LANGUAGE_CHECK, _LANGUAGE_SCHEMA]


class SourceKind(StrEnum):
    NEWS = "news"
    ANALYSIS = "analysis"
    ESSAY = "essay"
    INTERVIEW = "interview"
    OFFICIAL = "official"
    REPUBLICATION = "republication"
    REFERENCE = "reference"
    OTHER = "other"


class CorrectionKind(StrEnum):
    CORRECTION = "correction"
    RETRACTION = "retraction"


class Correction(StrictModel):
    """A passage of a source (another, or this one) that this source corrects or retracts."""

    source: Identifier = Field(description="The source whose passage is corrected: this source's own id for itself.")
    kind: Annotated[CorrectionKind, LAX] = CorrectionKind.CORRECTION
    quote: Text = Field(description="The exact words corrected, in that source's archived text.")
    replacement: Text | None = Field(
        default=None, description="The exact words in this source's text that stand instead; none for a retraction."
    )
    note: str | None = None


class NotClaim(StrictModel):
    """A sentence of the source's text that a reviewer decided states no claim to track ('claimtrack dismiss'):
    `draft` proposes nothing from it, and `coverage` counts it apart from the sentences still to quote. With a
    ``value``, only that value of the sentence is no claim: `draft` proposes the sentence's other values, and
    the sentence is still one to quote."""

    quote: Text = Field(description="Words of the sentence, exactly as the archived text gives them.")
    value: Text | None = Field(
        default=None,
        description="The one value of the sentence that is no claim, in the sentence's words as 'draft' reads "
        "them ('$2.53', 'on Monday'); without it, the whole sentence is no claim.",
    )
    why: Text = Field(description="Why it is no claim: what the next reviewer would otherwise ask again.")


class Source(StrictModel):
    id: Identifier = Field(description="Equals the file's stem.")
    title: Text | None = None
    kind: Annotated[SourceKind, LAX]
    authors: list[Text] = Field(default_factory=empty_list)
    publisher: Text | None = None
    container: Text | None = Field(default=None, description="The periodical, site or series it appeared in.")
    published: PartialDateField | None = None
    url: Text | None = None
    accessed: PartialDateField | None = None
    language: LanguageTag | None = None
    text: Text | None = Field(default=None, description="Path of the archived text, relative to this file.")
    sha256: Sha256 | None = None
    original: Text | None = Field(
        default=None,
        description="Path of the archived original (a saved web page or a PDF) the text was extracted from, "
        "relative to this file.",
    )
    original_sha256: Sha256 | None = None
    extracted_with: Text | None = Field(
        default=None, description="The library and version that extracted the text, e.g. 'trafilatura 2.3.1'."
    )
    derived_from: list[Identifier] = Field(
        default_factory=empty_list, description="Sources this text republishes or rewrites."
    )
    cites: list[Identifier] = Field(
        default_factory=empty_list, description="Works this source cites, e.g. its footnotes."
    )
    corrects: list[Correction] = Field(
        default_factory=empty_list, description="Passages this source corrects or retracts ('Correction: ...')."
    )
    not_claims: list[NotClaim] = Field(
        default_factory=empty_list,
        description="Sentences of the archived text that state no claim to track ('claimtrack dismiss'): "
        "draft proposes nothing from them and coverage counts them apart.",
    )
    note: str | None = None
