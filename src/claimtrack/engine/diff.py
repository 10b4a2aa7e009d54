"""The diff stage: what a change does to the claims, the sources and the findings.

Both sides are checked in full (the base read from git by ``revisions``), then
compared: claims and sources added, removed and changed field by field; status
changes with who reviewed them; and the findings the change introduces,
resolves, or leaves open. A status change must come with a fresh review.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimtrack.engine.check import check_repository
from claimtrack.engine.results import CheckResult
from claimtrack.model.claims import AnyClaim
from claimtrack.model.findings import Finding, State
from claimtrack.repository.revisions import checkout_revision


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ItemChange:
    """A claim or source added, removed or changed."""

    id: str
    kind: str
    """added, removed or changed"""
    file: str
    changes: tuple[FieldChange, ...] = ()
    status_before: str | None = None
    status_after: str | None = None
    reviewed_by: str | None = None
    reviewed_on: str | None = None
    review_note: str | None = None

    @property
    def status_changed(self) -> bool:
        return self.kind == "changed" and self.status_before != self.status_after


@dataclass(frozen=True)
class UnreviewedStatusChange:
    id: str
    file: str
    line: int
    column: int
    status_before: str
    status_after: str


@dataclass
class DiffResult:
    base: str
    head: str
    claims: list[ItemChange] = field(default_factory=list)
    sources: list[ItemChange] = field(default_factory=list)
    introduced: list[Finding] = field(default_factory=list)
    resolved: list[Finding] = field(default_factory=list)
    still_open: list[Finding] = field(default_factory=list)
    unreviewed_status_changes: list[UnreviewedStatusChange] = field(default_factory=list)
    head_result: CheckResult | None = None

    @property
    def introduced_open_errors(self) -> list[Finding]:
        return [f for f in self.introduced if f.is_open_error()]

    @property
    def success(self) -> bool:
        head_valid = self.head_result is None or self.head_result.validation.success
        return head_valid and not self.introduced_open_errors and not self.unreviewed_status_changes


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """A model dump as dotted paths to leaves: evidence[0].quote, review.note, value.more_than."""
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, item in value.items():
            flat |= flatten(item, f"{prefix}.{key}" if prefix else str(key))
        return flat
    if isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        flat = {}
        for index, item in enumerate(value):
            flat |= flatten(item, f"{prefix}[{index}]")
        return flat
    return {prefix: value}


def _dump(model: Any) -> dict[str, Any]:
    # Defaults are kept: a status left at its default is "unreviewed" on both sides of the diff, as the
    # table says, never missing on one.
    return flatten(model.model_dump(mode="json", exclude_none=True))


def field_changes(before: Any, after: Any) -> tuple[FieldChange, ...]:
    old, new = _dump(before), _dump(after)
    return tuple(
        FieldChange(key, old.get(key), new.get(key))
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    )


def _items(result: CheckResult, kind: str) -> dict[str, Any]:
    workspace = result.require_index().workspace
    return dict(workspace.claims if kind == "claims" else workspace.sources)


def _review(claim: AnyClaim) -> tuple[str | None, str | None, str | None]:
    if claim.review is None:
        return None, None, None
    return claim.review.by, str(claim.review.on), claim.review.note


def compare_items(base: CheckResult, head: CheckResult, kind: str) -> list[ItemChange]:
    before, after = _items(base, kind), _items(head, kind)
    changes = []
    for item_id in sorted(before.keys() | after.keys()):
        old, new = before.get(item_id), after.get(item_id)
        extra: dict[str, Any] = {}
        if new is not None and kind == "claims":
            by, on, note = _review(new.model)
            extra = {"status_after": new.model.status.value, "reviewed_by": by, "reviewed_on": on, "review_note": note}
        if old is not None and kind == "claims":
            extra["status_before"] = old.model.status.value
        if old is None and new is not None:
            changes.append(ItemChange(item_id, "added", new.path, **extra))
        elif new is None and old is not None:
            changes.append(ItemChange(item_id, "removed", old.path, **extra))
        elif old is not None and new is not None:
            delta = field_changes(old.model, new.model)
            if delta or old.path != new.path:
                changes.append(ItemChange(item_id, "changed", new.path, delta, **extra))
    return changes


def compare_findings(base: CheckResult, head: CheckResult) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """(introduced, resolved, still open): findings of the head the base did not have, open ones and those
    the change also acknowledged, with open findings of the head that the base had acknowledged; open
    findings of the base that are gone or acknowledged in the head, unless the head has them as introduced;
    and those open in both."""
    base_all = {f.identity() for f in base.findings}
    base_open = {f.identity(): f for f in base.findings if f.state is State.OPEN}
    head_open = {f.identity(): f for f in head.findings if f.state is State.OPEN}
    introduced = [f for f in head.findings if f.identity() not in base_all]
    introduced += [f for key, f in head_open.items() if key in base_all and key not in base_open]
    resolved = [f for key, f in base_open.items() if key not in head_open]
    still_open = [f for key, f in head_open.items() if key in base_open]
    return sorted(introduced), sorted(resolved), sorted(still_open)


def acknowledged_by(finding: Finding, head: CheckResult, changed: frozenset[str] = frozenset()) -> str:
    """Who acknowledged a finding, as its claims' verdicts say: "s2016 disputed by Jo, s2017 disputed by Jo";
    only the verdicts on the ``changed`` claims when any of them has one."""
    claims = head.require_index().workspace.claims
    in_change = [claim_id for claim_id in finding.claims if claim_id in changed]
    verdicts = []
    for claim_id in in_change if any(_has_verdict(claims.get(c)) for c in in_change) else finding.claims:
        located = claims.get(claim_id)
        if located is None or located.model.review is None or located.model.status.value == "unreviewed":
            continue
        verdicts.append(f"{claim_id} {located.model.status.value} by {located.model.review.by}")
    return ", ".join(verdicts)


def _has_verdict(located: Any) -> bool:
    return located is not None and located.model.review is not None and located.model.status.value != "unreviewed"


def place_in_change(finding: Finding, changed: dict[str, ItemChange], head: CheckResult) -> Finding:
    """The finding placed where it lands in the change, so that every format points a reviewer at the same
    line of the PR's diff: its own place when the change touched that file, else the value of the first of
    its claims whose file the change added or changed."""
    if finding.path in {c.file for c in changed.values()}:
        return finding
    claims = head.require_index().workspace.claims
    for claim_id in finding.claims:
        change, located = changed.get(claim_id), claims.get(claim_id)
        if change is not None and located is not None:
            position = located.position("value")
            return replace(finding, path=located.path, line=position.line, column=position.column)
    return finding


def sources_behind(finding: Finding, head: CheckResult | None) -> tuple[str, ...]:
    """The sources a finding names, then those its claims cite in ``head`` (a claim the change removed cites
    none there): the sources a reviewer opens, as the report lists them."""
    claims = {} if head is None or head.index is None else head.index.workspace.claims
    cited = [
        link.source for claim_id in finding.claims if claim_id in claims for link in claims[claim_id].model.evidence
    ]
    return tuple(dict.fromkeys([*finding.sources, *cited]))


def unreviewed_status_changes(base: CheckResult, head: CheckResult) -> list[UnreviewedStatusChange]:
    """Claims whose status changed without a new review (by, on and a note) recording who decided."""
    before, after = _items(base, "claims"), _items(head, "claims")
    found = []
    for claim_id, new in sorted(after.items()):
        old = before.get(claim_id)
        if old is None or old.model.status == new.model.status:
            continue
        review, previous = new.model.review, old.model.review
        fresh = review is not None and bool(review.note and review.note.strip()) and review != previous
        if not fresh:
            position = new.position("status")
            found.append(
                UnreviewedStatusChange(
                    claim_id,
                    new.path,
                    position.line,
                    position.column,
                    old.model.status.value,
                    new.model.status.value,
                )
            )
    return found


def diff_results(base: CheckResult, head: CheckResult, base_label: str, head_label: str) -> DiffResult:
    # The claims first: they need the index, and a result's findings are those of the check that made it.
    claims = compare_items(base, head, "claims")
    introduced, resolved, still_open = compare_findings(base, head)
    changed = {c.id: c for c in claims if c.kind != "removed"}
    introduced = [place_in_change(f, changed, head) for f in introduced]
    return DiffResult(
        base=base_label,
        head=head_label,
        claims=claims,
        sources=compare_items(base, head, "sources"),
        introduced=introduced,
        resolved=resolved,
        still_open=still_open,
        unreviewed_status_changes=unreviewed_status_changes(base, head),
        head_result=head,
    )


def diff_repository(
    root: Path,
    base: str,
    head: str | None = None,
    *,
    check_working_tree: Callable[[Path], CheckResult] = check_repository,
) -> DiffResult:
    """Compare revision ``base`` with ``head`` (a revision, or the working tree when None).

    Revisions are checked out into a temporary folder and checked plainly: nothing there is worth keeping. The
    working tree is checked by ``check_working_tree``, which the command gives (the cached check)."""
    with checkout_revision(root, base) as base_root:
        base_result = check_repository(base_root)
        if head is None:
            return diff_results(base_result, check_working_tree(root), base, "working tree")
        with checkout_revision(root, head) as head_root:
            return diff_results(base_result, check_repository(head_root), base, head)
