"""Drafts whose claims would open a disagreement the moment they are accepted (CT201), found before any is.

Two event drafts of one subject under a single-valued property ("returned to service on 10 April", and a
later sentence's "11 April" read as the same property), or a draft against a claim kept earlier, give values
that cannot both be true. Accepted, they fail `check` at once, and the commit hook with it. So `accept`
asks the rule itself, on the repository as it would be with every draft of the run accepted (each under its
new id and path), for the open CT201 findings that involve one of them; each such draft is refused with
the finding, in the draft ids the reviewer knows, and the ways out.

A disagreement the reviewer means to keep is acknowledged as any CT201 is (rules/conflicting_values.py):
one claim refuted with a note, or both disputed, which `claimtrack review` records on a draft before it is
accepted; `accept --allow-conflict` accepts it open, for the check to report.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import PurePosixPath

from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.rules import conflicting_values
from claimtrack.model.claims import AnyClaim
from claimtrack.repository.workspace import Located, Workspace


@dataclass(frozen=True)
class Planned:
    """A draft checked and ready to move: the claim it becomes, its new id and path, and the file's text."""

    draft: str
    """The draft's path, relative to the repository."""
    item: Located[AnyClaim]
    claim_id: str
    target: str
    """The claim's path, relative to the repository."""
    text: str


WAY_OUT = (
    "accepted, it fails the check (CT201): keep one ('claimtrack dismiss' or delete the other draft), correct "
    "the property of one if they are two happenings ('claimtrack edit'), or keep the disagreement: "
    "'claimtrack review ID --status refuted --review-note ...' on the one that is wrong (or --status disputed on "
    "both), or accept with --allow-conflict and settle it before the commit"
)


def conflicts_opened(workspace: Workspace, planned: list[Planned]) -> dict[str, tuple[str, ...]]:
    """Each planned draft (by path) whose claim would be in an open CT201 error, with the findings' messages
    (ids of drafts given as the drafts' own) and the ways out."""
    if not planned:
        return {}
    moving = {plan.draft for plan in planned}
    claims = {claim_id: item for claim_id, item in workspace.claims.items() if item.path not in moving}
    draft_of: dict[str, str] = {}
    for plan in planned:
        model = plan.item.model.model_copy(update={"id": plan.claim_id})
        document = dataclasses.replace(plan.item.document, path=plan.target)
        claims[plan.claim_id] = Located(model, document, plan.item.at)
        draft_of[plan.claim_id] = plan.draft
    index = ClaimIndex(dataclasses.replace(workspace, claims=claims))
    found: dict[str, list[str]] = {}
    for finding in conflicting_values.check(index):
        involved = [claim_id for claim_id in finding.claims if claim_id in draft_of]
        if not finding.is_open_error() or not involved:
            continue
        message = finding.message
        for claim_id in involved:
            message = message.replace(f"({claim_id},", f"(draft {PurePosixPath(draft_of[claim_id]).stem},")
        for claim_id in involved:
            found.setdefault(draft_of[claim_id], []).append(f"{finding.code} {message}")
    return {draft: (*messages, WAY_OUT) for draft, messages in found.items()}


__all__ = ["WAY_OUT", "Planned", "conflicts_opened"]
