from __future__ import annotations

import io
from typing import Any

from hypothesis import assume, given
from pydantic import ValidationError
from ruamel.yaml import YAML

from claimtrack.repository.discover import FileKind
from claimtrack.repository.parse import Document, parse_document
from claimtrack.repository.validate_models import adapter, validate_document
from strategies import valid_claims


def dump(data: Any) -> bytes:
    stream = io.StringIO()
    # The C emitter: the pure-Python one writes U+0085 (NEL) raw inside single quotes, where it reads back as a space.
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.dump(data, stream)
    return stream.getvalue().encode("utf-8")


@given(valid_claims)
def test_a_valid_claim_written_to_yaml_reads_back_equal(document: dict[str, Any]) -> None:
    try:
        model = adapter(FileKind.CLAIM).validate_python(document)
    except ValidationError:
        assume(False)
        return
    written = adapter(FileKind.CLAIM).dump_python(model, mode="json", exclude_none=True)
    parsed = parse_document(dump(written), "claims/x.yaml", "claim")
    assert isinstance(parsed, Document), parsed
    again, problems = validate_document(parsed, FileKind.CLAIM)
    assert problems == []
    assert again == model
