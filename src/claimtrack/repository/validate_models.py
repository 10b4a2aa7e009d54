"""Validate a parsed document against its pydantic model; errors point at the offending key or value."""

from __future__ import annotations

import difflib
from functools import cache
from typing import Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from claimtrack.model.claims import CLAIM_MODELS, AnyClaim, Claim
from claimtrack.model.codes import diagnostic
from claimtrack.model.diagnostics import Diagnostic
from claimtrack.model.sources import Source
from claimtrack.model.vocabulary import EntityFile, PropertyFile
from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, PathKey

Model = AnyClaim | Source | PropertyFile | EntityFile

_TOP_MODELS: dict[FileKind, Any] = {
    FileKind.CLAIM: Claim,
    FileKind.SOURCE: Source,
    FileKind.PROPERTIES: PropertyFile,
    FileKind.ENTITIES: EntityFile,
}


@cache
def adapter(kind: FileKind) -> TypeAdapter[Any]:
    """The validator (and JSON Schema) of a kind of file: for claims, the union of the claim types.

    Built on first use, like the models themselves (``defer_build``): a run builds only the validators
    of the files it reads, which is most of the start-up of ``validate ONE_FILE``.
    """
    return TypeAdapter(_TOP_MODELS[kind])


def validator_for(kind: FileKind, data: Any) -> Any:
    """What validates ``data``: a claim's own type's model when its ``type`` names one, so that only
    that model is built; otherwise the kind's adapter, whose errors explain a missing or unknown type."""
    if kind is FileKind.CLAIM and isinstance(data, dict):
        tag = data.get("type")
        if type(tag) is str and tag in CLAIM_MODELS:
            return CLAIM_MODELS[tag].__pydantic_validator__
    return adapter(kind).validator


def _data_path(data: Any, loc: tuple[int | str, ...]) -> PathKey:
    """Drop the union tags pydantic puts in ``loc`` so it becomes a path into the data."""
    path: list[str | int] = []
    current = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if (isinstance(current, dict) and isinstance(part, str) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        ):
            path.append(part)
            current = cast(Any, current)[part]
        elif last:
            path.append(part)
    return tuple(path)


def _field_names(kind: FileKind, data: Any, parent: PathKey) -> list[str]:
    """Known field names at ``parent``, for "did you mean" hints on unknown fields."""
    schema = _model_for(kind, data, parent)
    return list(schema.model_fields) if schema is not None else []


def _model_for(kind: FileKind, data: Any, parent: PathKey) -> type[BaseModel] | None:
    from claimtrack.model import claims, quantities, sources, vocabulary

    if kind is FileKind.CLAIM:
        tag = data.get("type") if isinstance(data, dict) else None
        top = CLAIM_MODELS.get(tag) if type(tag) is str else None
        if not parent:
            return top
        if parent[0] == "evidence":
            return claims.Evidence
        if parent[0] == "review":
            return claims.Review
        if parent[0] == "value":
            return quantities.BoundedQuantity
        return None
    if kind is FileKind.SOURCE:
        return sources.Source if not parent else None
    if kind is FileKind.PROPERTIES:
        return vocabulary.PropertyFile if not parent else vocabulary.Property
    return vocabulary.EntityFile if not parent else vocabulary.Entity


def _describe(error: ErrorDetails) -> str:
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if error["type"] in ("string_type", "float_type", "bool_type", "list_type", "dict_type", "model_type"):
        message = f"{message}, got {_kind_of(error['input'])}"
    return message


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _diagnostic(document: Document, kind: FileKind, error: ErrorDetails) -> Diagnostic:
    path = _data_path(document.data, error["loc"])
    dotted = ".".join(str(p) for p in path) or "(file)"
    kind_of_error = error["type"]
    if kind_of_error == "missing":
        pos = document.locate(path[:-1], at_key=True)
        return diagnostic("CT101", document.path, pos.line, pos.column, field=dotted)
    if kind_of_error == "union_tag_not_found":
        pos = document.locate(path)
        return diagnostic("CT101", document.path, pos.line, pos.column, field="type")
    if kind_of_error == "extra_forbidden":
        pos = document.locate(path, at_key=True)
        names = _field_names(kind, document.data, path[:-1])
        close = difflib.get_close_matches(str(path[-1]), names, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return diagnostic("CT102", document.path, pos.line, pos.column, field=dotted, hint=hint)
    if kind_of_error == "union_tag_invalid":
        path = (*path, "type") if isinstance(document.data, dict) and "type" in document.data else path
        pos = document.locate(path)
        allowed = error.get("ctx", {}).get("expected_tags", "")
        reason = f"'{error['input'].get('type')}' is not a claim type; use one of {allowed}"
        return diagnostic("CT103", document.path, pos.line, pos.column, field="type", reason=reason)
    pos = document.locate(path)
    return diagnostic("CT103", document.path, pos.line, pos.column, field=dotted, reason=_describe(error))


def validate_document(document: Document, kind: FileKind) -> tuple[Model | None, list[Diagnostic]]:
    """The model a document describes, or the diagnostics that say why it does not describe one."""
    try:
        model = validator_for(kind, document.data).validate_python(document.data)
    except ValidationError as error:
        problems = {_diagnostic(document, kind, detail) for detail in error.errors()}
        return None, sorted(problems)
    return model, []
