"""Memory is bounded by the limits, not only bytes (issue 18, B9): the worst inputs the default limits
let in, run under an address-space cap (``resource.setrlimit``), each command in its own process under
a timeout. The cap is the figure SECURITY.md states; a run that needed more would die of MemoryError
(an internal error, exit 3) or be killed.

The repository holds three archived texts just under ``max_text_bytes`` (ASCII with one character
outside the Basic Multilingual Plane, so that Python keeps each character in four bytes), quotes found
and not found in them, five claim files just under ``max_nodes`` (a flow list of two bytes a node, and
mappings), a file just over it, and a file just under ``max_file_bytes`` holding one scalar.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from claimtrack.repository.limits import SETTINGS
from helpers import MEMORY_CAP_BYTES, run_capped
from rulekit import claim, repo

"""1.5 GiB of address space (SECURITY.md, "Hostile input: the limits")."""
TIMEOUT_SECONDS = 300
DEFAULTS = {s.name: s.default for s in SETTINGS}


def _text(size: int) -> bytes:
    line = b"Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.\n"
    body = line * (size // len(line))
    return "\U0001f600 ".encode() + body[: size - 8]


def worst_repository(root: Path) -> Path:
    texts = {}
    for name in "abc":
        raw = _text(DEFAULTS["max_text_bytes"] - 1024)
        texts[f"sources/{name}.txt"] = raw
        texts[f"sources/{name}.yaml"] = (
            "# yaml-language-server: $schema=../schemas/source.schema.json\n"
            f"id: {name}\nkind: news\ntext: {name}.txt\nsha256: '{hashlib.sha256(raw).hexdigest()}'\n"
        ).encode()
    claims = [
        claim(f"quotes-{name}", evidence=[(name, "supports", "Alpha beta gamma"), (name, "supports", "not there")])
        for name in "abc"
    ]
    repo(root, *claims, sources={})
    (root / "sources").mkdir()
    for relative, data in texts.items():
        (root / relative).write_bytes(data)
    nodes = DEFAULTS["max_nodes"]
    for i in range(3):
        body = claim(f"list-{i}")[1].replace("value: '2016-11-29'", "value: [" + "1," * (nodes - 100) + "1]")
        (root / f"claims/list-{i}.yaml").write_text(body, encoding="utf-8")
    for i in range(2):
        links = "".join(f"  - {{k: {j}, v: [a, b]}}\n" for j in range((nodes - 100) // 6))
        (root / f"claims/maps-{i}.yaml").write_text(claim(f"maps-{i}")[1] + "extra:\n" + links, encoding="utf-8")
    over = claim("over")[1].replace("value: '2016-11-29'", "value: [" + "1," * (nodes + 10) + "1]")
    (root / "claims/over.yaml").write_text(over, encoding="utf-8")
    scalar = claim("scalar")[1].replace(
        "statement: Claim scalar.", "statement: " + "s" * (DEFAULTS["max_file_bytes"] - 400)
    )
    (root / "claims/scalar.yaml").write_text(scalar, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def worst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return worst_repository(tmp_path_factory.mktemp("worst"))


@pytest.mark.slow
@pytest.mark.parametrize("args", [["check", "--no-cache"], ["check"]])
def test_the_worst_inputs_within_the_limits_fit_under_the_stated_cap(worst: Path, args: list[str]) -> None:
    completed = run_capped(worst, *args, timeout=TIMEOUT_SECONDS)
    assert (completed.returncode, completed.stderr) == (1, ""), completed.stderr[-2000:]
    assert re.search(r"^claims/over\.yaml:7:\d+: CT016 ", completed.stdout, re.MULTILINE)
    if args[0] == "check":
        assert "claims/quotes-a.yaml:15:12: CT203 [error] quote not found in a" in completed.stdout


def test_the_cap_is_the_one_security_md_states() -> None:
    security = (Path(__file__).resolve().parents[1] / "SECURITY.md").read_text(encoding="utf-8")
    assert f"{MEMORY_CAP_BYTES / 1024**3:g} GiB of address space" in security
