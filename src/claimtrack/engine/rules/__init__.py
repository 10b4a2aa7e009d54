"""The rule catalog: one module per rule, registered here by hand under its stable code.

Codes are never reused: a retired rule keeps its code out of circulation.
"""

from __future__ import annotations

from claimtrack.engine.rules import (
    absolute_statement,
    ambiguous_quote,
    anachronism,
    conflicting_beginnings,
    conflicting_values,
    corrected_evidence,
    draft_claims,
    duplicate_claims,
    order_violations,
    orphan_entities,
    orphan_sources,
    plan_as_fact,
    plan_outcome,
    quote_not_found,
    self_contradiction,
    single_origin,
    status_against_evidence,
    unfound_not_claim,
    unlinked_passage,
    value_against_quote,
)
from claimtrack.engine.rules.base import SECTIONS, RuleDoc, RuleModule, rule_doc

_ALL: tuple[RuleModule, ...] = (
    conflicting_values,
    order_violations,
    quote_not_found,
    ambiguous_quote,
    status_against_evidence,
    plan_as_fact,
    anachronism,
    single_origin,
    self_contradiction,
    duplicate_claims,
    orphan_sources,
    orphan_entities,
    plan_outcome,
    unlinked_passage,
    draft_claims,
    corrected_evidence,
    conflicting_beginnings,
    absolute_statement,
    value_against_quote,
    unfound_not_claim,
)

RULES: dict[str, RuleModule] = {rule.CODE: rule for rule in _ALL}


def get(code_or_name: str) -> RuleModule:
    """A rule by its code (CT201) or its name (conflicting-values); KeyError for an unknown one."""
    wanted = code_or_name.strip()
    for rule in _ALL:
        if wanted.upper() == rule.CODE or wanted.lower() == rule.NAME:
            return rule
    raise KeyError(code_or_name)


def unknown_rule(code_or_name: str) -> str:
    """What to say of a code or name no rule has: the closest codes or names, and where they are listed."""
    from claimtrack.repository.references import close_match

    wanted = code_or_name.strip()
    looks_like_code = wanted[:2].upper() == "CT"
    known = [rule.CODE for rule in _ALL] if looks_like_code else [rule.NAME for rule in _ALL]
    hint = close_match(wanted.upper() if looks_like_code else wanted.lower(), known)
    return f"no rule '{code_or_name}'{hint} ('claimtrack rules' lists them)"


__all__ = ["RULES", "SECTIONS", "RuleDoc", "RuleModule", "get", "rule_doc", "unknown_rule"]
