"""`claimtrack draft --format json`: every draft and proposed citation of a source, for tools and reviewers.

The shape (``format_version`` 4; a field is added in a new version, never renamed or dropped in one; version 2
added ``skipped``, version 3 ``said_by``, ``new_speaker`` and ``absolute``, version 4 ``evidence_quote`` and
``statement``)::

    {
      "format_version": 4,
      "source": "harbour-news",
      "drafts": [
        {
          "line": 2,                       # the sentence's line in the archived text
          "quote": "The Port of ...",      # the sentence the value was read from
          "evidence_quote": "The Port of ...",   # the claim's quote: the value's clause, or the sentence
          "statement": "The Port of ...",  # the claim's statement: that clause as a sentence, or the sentence
          "type": "event",                 # or "quantity"
          "value": "2021-03-02",           # EDTF, or a quantity's mapping with its unit
          "written": "2 March 2021",       # the words the value was read from
          "subject": "harbour-deal",       # null when the sentence names nothing
          "property": "signed_on",         # null when none fits and none can be proposed
          "modality": "reported",
          "notes": ["modality reported, from 'said'"],   # how it was read, for a person to check
          "file": "claims/drafts/harbour-deal-signed-on-2021-03-02.yaml",   # null: incomplete, not written
          "new_entity": null,              # or {id, kind, label, command}: the subject to add first
          "new_property": null,            # or {id, label, claim_type, unit, command}: the property to add
          "said_by": "harbour-authority",  # the entity whose words give the value (the claim's said.by), or null
          "new_speaker": null,             # or {id, kind, label, command}: that speaker, to add first
          "absolute": null                 # "first", "never" or "always" when the clause says so (a relation's)
        }
      ],
      "citations": [
        {"line": 5, "quote": "...", "claim": "an-existing-claim", "command": "claimtrack cite ..."}
      ],
      "skipped": [                         # sentences not read, so neither drafted nor cited
        {"line": 9, "characters": 6031, "reason": "longer than any sentence drafted from (4,000 characters)"}
      ]
    }
"""

from __future__ import annotations

import json
from typing import Any

from claimtrack.drafting.candidates import EntityCandidate
from claimtrack.drafting.drafts import MAX_SENTENCE_CHARS, Draft, SourceDrafts
from claimtrack.render.escape import json_safe

JSON_FORMAT_VERSION = 4
TOO_LONG = f"longer than any sentence drafted from ({MAX_SENTENCE_CHARS:,} characters)"


def _draft(draft: Draft) -> dict[str, Any]:
    proposal = draft.proposal
    prop = proposal.new_property
    return {
        "line": draft.line,
        "quote": draft.sentence,
        "evidence_quote": draft.sentence if draft.evidence is None else draft.evidence.quote,
        "statement": draft.sentence if draft.evidence is None else draft.evidence.statement,
        "type": proposal.claim_type.value,
        "value": proposal.value,
        "written": proposal.value_text,
        "subject": proposal.subject,
        "property": proposal.property_id,
        "modality": proposal.modality.value,
        "notes": list(proposal.notes),
        "file": draft.path,
        "new_entity": _entity(proposal.new_entity),
        "new_property": None
        if prop is None
        else {
            "id": prop.id,
            "label": prop.label,
            "claim_type": prop.claim_type.value,
            "unit": prop.unit,
            "command": prop.command(),
        },
        "said_by": proposal.said_by,
        "new_speaker": _entity(proposal.new_speaker),
        "absolute": None if proposal.absolute is None else proposal.absolute.value,
    }


def _entity(entity: EntityCandidate | None) -> dict[str, str] | None:
    if entity is None:
        return None
    return {"id": entity.id, "kind": entity.kind.value, "label": entity.label, "command": entity.command()}


def render_drafts_json(result: SourceDrafts) -> str:
    payload = {
        "format_version": JSON_FORMAT_VERSION,
        "source": result.source,
        "drafts": [_draft(draft) for draft in result.drafts],
        "citations": [
            {"line": c.line, "quote": c.quote, "claim": c.claim, "command": c.command(result.source)}
            for c in result.citations
        ],
        "skipped": [{"line": line, "characters": length, "reason": TOO_LONG} for line, length in result.too_long],
    }
    return json_safe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"
