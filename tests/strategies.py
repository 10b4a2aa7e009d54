"""Hypothesis strategies for claimtrack documents: valid ones, and mutations of them."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from test_partial_dates import partial_dates

ids = st.from_regex(r"\A[a-z0-9]{1,6}(?:[-_][a-z0-9]{1,6}){0,2}\Z")
texts = st.text(max_size=12)
numbers = st.one_of(st.integers(-(10**6), 10**6), st.floats(-1e6, 1e6, allow_nan=False))
json_values = st.recursive(
    st.none() | st.booleans() | numbers | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
dates = st.one_of(partial_dates, st.text(max_size=12))


def claim_documents(
    dates: st.SearchStrategy[str], texts: st.SearchStrategy[str], stances: st.SearchStrategy[str]
) -> st.SearchStrategy[dict[str, Any]]:
    """Claim documents of every type, built from the given leaf strategies."""
    evidence = st.fixed_dictionaries(
        {"source": ids, "stance": stances, "quote": texts},
        optional={"prefix": st.none() | texts, "suffix": st.none() | texts, "note": st.none() | texts},
    )
    review = st.fixed_dictionaries({"by": texts, "on": dates}, optional={"note": st.none() | texts})

    quantities = st.one_of(
        st.fixed_dictionaries({"exactly": numbers, "unit": texts}),
        st.fixed_dictionaries({"about": numbers, "unit": texts}, optional={"tolerance": numbers}),
        st.fixed_dictionaries(
            {"unit": texts},
            optional={k: numbers | st.none() for k in ("more_than", "at_least", "less_than", "at_most")},
        ),
    )

    common = {
        "id": ids,
        "statement": texts,
        "subject": ids,
        "property": ids,
        "modality": st.sampled_from(["asserted", "planned", "predicted", "reported", "denied"]),
        "evidence": st.lists(evidence, min_size=1, max_size=2),
    }
    optional_fields = {
        "place": st.none() | ids,
        "status": st.sampled_from(["unreviewed", "supported", "disputed", "refuted", "unverifiable"]),
        "review": st.none() | review,
        "tags": st.lists(ids, max_size=2),
    }
    by_type: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
        "event": ({"value": dates}, {"participants": st.lists(ids, max_size=2)}),
        "quantity": ({"value": quantities}, {"as_of": st.none() | dates}),
        "relation": (
            {"value": ids},
            {"valid_from": st.none() | dates, "valid_until": st.none() | dates, "as_of": st.none() | dates},
        ),
        "attribution": ({"value": texts}, {"as_of": st.none() | dates}),
        "assessment": ({"value": texts}, {"holder": st.none() | ids, "as_of": st.none() | dates}),
    }

    claims = st.one_of(
        *(
            st.fixed_dictionaries(
                {"type": st.just(kind), **common, **required}, optional={**optional_fields, **optional}
            )
            for kind, (required, optional) in by_type.items()
        )
    )
    return claims


claims = claim_documents(dates, texts, st.sampled_from(["supports", "contradicts", "agrees"]))
valid_claims = claim_documents(
    partial_dates, st.text(min_size=1, max_size=12).filter(str.strip), st.sampled_from(["supports", "contradicts"])
)

sources = st.fixed_dictionaries(
    {"id": ids, "title": texts, "kind": st.sampled_from(["news", "analysis", "essay", "official", "blog"])},
    optional={
        "authors": st.lists(texts, max_size=2),
        "published": st.none() | dates,
        "url": st.none() | texts,
        "language": st.none() | st.sampled_from(["en", "ru", "uz-Latn", "EN", "english"]),
        "sha256": st.none() | st.sampled_from(["a" * 64, "A" * 64, "abc"]),
        "derived_from": st.lists(ids, max_size=2),
        "cites": st.lists(ids, max_size=2),
    },
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[dict[str, Any]]) -> Any:
    """A document, possibly with one field removed, added, or replaced anywhere in it."""
    document = draw(base)
    how = draw(st.sampled_from(["keep", "drop", "add", "replace", "replace", "whole"]))
    if how == "whole":
        return draw(json_values)
    if how == "keep":
        return document
    containers: list[Any] = [document]
    for value in list(document.values()):
        if isinstance(value, dict):
            containers.append(value)
        elif isinstance(value, list):
            containers.extend(v for v in value if isinstance(v, dict))
    target = draw(st.sampled_from(containers))
    if how == "add":
        target[draw(st.text(max_size=8))] = draw(json_values)
    elif target:
        key = draw(st.sampled_from(sorted(target)))
        if how == "drop":
            del target[key]
        else:
            target[key] = draw(json_values)
    return document
