"""docs/vocabulary.md: every field of properties and entities, from the models, with what it does to the rules.

The field list, types, defaults and one-line descriptions come from the models (`Property`, `Entity`), so a
field added there appears here; what a field does to the rules is written below, keyed by field name, and
a test holds both tables to the models' fields. `claimtrack vocabulary` prints the page.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from claimtrack.authoring.construct_docs import CONSTRUCTS
from claimtrack.authoring.quantity_docs import QUANTITY_SECTION
from claimtrack.model.vocabulary import Entity, Property

PROPERTY_RULES: dict[str, str] = {
    "id": "Claims name the property by this id (`property: signed_on`). An id not in the vocabulary is "
    "CT113, with the closest id as a suggestion.",
    "label": "How reports and messages name the property (`treaty-mtc signed on ...`).",
    "claim_type": "Every claim of the property must have this `type` (CT115 otherwise), which fixes its value: "
    "a date for `event`, a number with a unit for `quantity`, an entity for `relation`, text for "
    "`attribution` and `assessment`. Only events, quantities and relations are compared by value; "
    "attributions and assessments are tracked and linked to sources, never found to conflict.",
    "single_valued": "With `true`, one subject has one value at a time, so two claims stated alike (both as "
    "facts, or both as plans) whose values cannot both be true and whose spans overlap are a "
    "conflict (CT201). Dates agree when their intervals of days overlap (`2018` and `2018-03`), "
    "quantities when their intervals overlap in one unit (`more than 300` and `312`; `194 mile` and "
    "`312 kilometre`, see Quantities below), "
    "entities when they are the same, share a name or alias, or one lies within the other "
    "(`part_of`). Leave it `false` for properties a subject can have many values of at once "
    "(`member_of`, `announced_on`): those conflict only with a `denied` claim.",
    "value_kinds": "For relations: the entity kinds the value may have. A claim whose value is an entity "
    "of another kind is CT115 (`held_by: uzbekistan` when `held_by` takes a person). Empty: any kind.",
    "unit": "For quantities: every claim's value must use this unit, or one that converts into it (`mile` "
    "for `kilometre`, `million euro` for `euro`; CT115 otherwise), so values are comparable; `12` and "
    "`about 15` in one unit are compared as intervals. Leave it out when the unit varies (a sum in "
    "several currencies). Values in units that do not convert into each other never agree; amounts in "
    "two currencies, and a rate against a total, are never compared (see Quantities below).",
    "not_before": "Properties of the same subject whose date this property's date may not precede: "
    "`ratified_on` with `not_before: [signed_on]` makes a ratification dated entirely before "
    "the signing an order violation (CT202). Dates are intervals, so a ratification in "
    "`2017-03` and a signing in `2017` do not clash. Only claims stated as facts are ordered.",
    "description": "For people: what the property means and when to use it. `claimtrack new` shows it "
    "beside the property when it offers the choices.",
}

ENTITY_RULES: dict[str, str] = {
    "id": "Claims name the entity by this id in `subject`, a relation's `value`, `place`, `participants` "
    "and `holder`. An id not in the registry is CT114, with the closest id as a suggestion.",
    "kind": "Checked against a property's `value_kinds` (CT115). Also decides whether two different "
    "entities can overlap: places, countries, organisations, groups, events and others can lie "
    "within one another; people, treaties and posts cannot, so two different ones always differ.",
    "label": "The name reports show. Two entities sharing a label or alias are taken as spelling "
    "variants of one entity, so their values agree (CT201 does not fire).",
    "aliases": "Other names and spellings (`Forish range` for `Farish range`). Entities that share a name "
    "or alias are compatible values; `coverage` also counts a sentence naming an alias as checkable.",
    "part_of": "The entity this one lies within. A value and the entity containing it are compatible "
    "(a firing range agrees with its province and its country), so a claim giving the province "
    "does not conflict with one giving the range. Two entities lying (through `part_of`) in "
    "different countries, or in different parts of one parent, exclude each other. A cycle is CT120.",
    "disjoint": "Entities this one shares no part with. Two places the vocabulary does not relate give a "
    "CT201 warning that names what is missing; `disjoint` (or `part_of` links into different "
    "regions) makes the conflict an error, a `part_of` makes them compatible.",
    "description": "For people: which entity this is, to tell it from others with a similar name.",
}

MODELS: dict[str, tuple[type[BaseModel], dict[str, str]]] = {
    "properties": (Property, PROPERTY_RULES),
    "entities": (Entity, ENTITY_RULES),
}

_PROPERTY_EXAMPLE = """\
# vocabulary/properties.yaml
properties:
  - id: signed_on
    label: signed on
    claim_type: event
    single_valued: true
    description: When an agreement, treaty, law or contract was signed.
  - id: ratified_on
    label: ratified on
    claim_type: event
    not_before: [signed_on]
    description: When a party ratified a signed agreement; never before the signing.
  - id: held_by
    label: held by
    claim_type: relation
    single_valued: true
    value_kinds: [person]
  - id: death_toll
    label: people killed
    claim_type: quantity
    single_valued: true
    unit: person"""

_ENTITY_EXAMPLE = """\
# vocabulary/entities/places.yaml
entities:
  - id: lyon
    kind: place
    label: Lyon
    aliases: [Lyons]
    part_of: france
  - id: france
    kind: country
    label: France"""


def _type_text(schema: dict[str, Any], definitions: dict[str, Any]) -> str:
    if "$ref" in schema:
        target = definitions[schema["$ref"].rsplit("/", 1)[-1]]
        if "enum" in target:
            return "one of " + ", ".join(f"`{v}`" for v in target["enum"])
        return str(target.get("title", "object"))
    if "anyOf" in schema:
        kinds = [_type_text(s, definitions) for s in schema["anyOf"] if s.get("type") != "null"]
        return " or ".join(kinds)
    if schema.get("type") == "array":
        return "list of " + _type_text(schema.get("items", {}), definitions).replace("one of", "each one of")
    if schema.get("pattern", "").startswith("^[a-z0-9]"):
        return "id"
    return {"string": "text", "boolean": "true or false", "number": "number"}.get(str(schema.get("type")), "value")


def _default_text(info: FieldInfo) -> str:
    if info.is_required():
        return "required"
    if info.default_factory is not None:
        return "optional (default: none)"
    if info.default is None:
        return "optional"
    return f"optional (default: `{str(info.default).lower() if isinstance(info.default, bool) else info.default}`)"


def _field_rows(section: str, model: type[BaseModel], rules: dict[str, str]) -> list[str]:
    schema = model.model_json_schema()
    definitions = schema.get("$defs", {})
    lines: list[str] = []
    for name, info in model.model_fields.items():
        kind = _type_text(schema["properties"][name], definitions)
        lines += [
            f"### {section}: `{name}`",
            "",
            f"{kind}; {_default_text(info)}. {info.description or ''}",
            "",
            rules.get(name, ""),
            "",
        ]
    return lines


def render_vocabulary_markdown() -> str:
    """docs/vocabulary.md: generated by `claimtrack vocabulary`; a test keeps it current."""
    lines = [
        "# The vocabulary",
        "",
        "<!-- Generated by `claimtrack vocabulary > docs/vocabulary.md` from the models and the rules' notes in",
        "src/claimtrack/authoring/vocabulary_docs.py; edit those. -->",
        "",
        "A claims repository's vocabulary says what claims may say. `vocabulary/properties.yaml` lists the",
        "properties a claim may use (`property: signed_on`), each with the type of claim it takes and the",
        "constraints the rules check; `vocabulary/entities/*.yaml` lists the entities claims may name (any",
        "number of files, each a list under `entities:`). `claimtrack init` writes a general-purpose starter",
        "vocabulary; `claimtrack property add` and `claimtrack entity add` add entries without editing YAML by",
        "hand, checked as `claimtrack validate` checks them, and `claimtrack entity edit` changes an entity's",
        "kind, label, aliases or description where it stands, `claimtrack property edit` a property's label,",
        "description or `single_valued`. Rule codes are explained in docs/rules.md (`claimtrack rules CODE`).",
        "",
        "## Properties",
        "",
        "```yaml",
        _PROPERTY_EXAMPLE,
        "```",
        "",
        *_field_rows("properties", Property, PROPERTY_RULES),
        "## Entities",
        "",
        "```yaml",
        _ENTITY_EXAMPLE,
        "```",
        "",
        *_field_rows("entities", Entity, ENTITY_RULES),
        *CONSTRUCTS.splitlines(),
        "",
        *QUANTITY_SECTION.splitlines(),
    ]
    while lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
