"""A repository written to break claimtrack: every file gets a clear, located error and nothing more.

Each case is a file in one generated repository, beside a valid claim. `validate` and `check`
must finish (a generous timeout guards against hangs, not a timing target), within a memory
cap, exit 1, print no traceback, and report every file: the expected code for each bad one,
nothing for the good ones.
"""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest

from helpers import run_capped
from rulekit import claim, repo, source

pytestmark = pytest.mark.slow

TIMEOUT_SECONDS = 120
ALIAS_BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _text_claim(claim_id: str) -> str:
    return claim(claim_id)[1]


def hostile_repository(root: Path) -> dict[str, str]:
    """Write the repository; return each bad file's path and the code it must be reported with."""
    good = claim("good")
    repo(root, good, sources=source("a") | source("changed", "Original words.") | source("escape", None))
    files: dict[str, bytes] = {
        "claims/alias-bomb.yaml": ALIAS_BOMB.encode(),
        "claims/deep.yaml": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "claims/nul.yaml": _text_claim("nul").replace("statement: Claim nul.", "statement: Claim\x00nul.").encode(),
        "claims/bad-utf8.yaml": b"id: caf\xe9\n",
        "claims/tabs.yaml": b"id: tabs\n\tstatement: x\n",
        "claims/a-list.yaml": b"- a\n- b\n",
        "claims/a-scalar.yaml": b"just a sentence\n",
        "claims/two-documents.yaml": _text_claim("two-documents").encode() + b"---\nid: again\n",
        "claims/python-tag.yaml": _text_claim("python-tag").replace("value: '2016-11-29'", "value: !!python/object/apply:os.system [ls]").encode(),
        "claims/custom-tag.yaml": _text_claim("custom-tag").replace("value: '2016-11-29'", "value: !date 2016").encode(),
        "claims/Case.yaml": _text_claim("Case").encode(),
        "claims/tr\u0435aty.yaml": _text_claim("tr\u0435aty").encode(),  # a Cyrillic e
        "claims/mega-quote.yaml": _text_claim("mega-quote").replace("quote: Alpha beta gamma", "quote: " + "q" * 1_000_000).encode(),
    }  # fmt: skip
    many = _text_claim("many-links").split("evidence:\n")[0] + "evidence:\n"
    many += "  - source: a\n    stance: supports\n    quote: Alpha beta gamma\n" * 10_000
    files["claims/many-links.yaml"] = many.encode()
    files["claims/bom-crlf.yaml"] = b"\xef\xbb\xbf" + _text_claim("bom-crlf").replace("\n", "\r\n").encode()
    meta = (root / "sources/changed.yaml").read_text(encoding="utf-8")
    files["sources/changed.yaml"] = meta.replace(hashlib.sha256(b"Original words.").hexdigest(), "0" * 64).encode()
    files["sources/escape.yaml"] = (root / "sources/escape.yaml").read_bytes() + b"text: ../../etc/passwd\n"
    for relative, data in files.items():
        (root / relative).write_bytes(data)
    with (root / "claims/huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (root / "claims/outside.yaml").symlink_to("/etc/hostname")
    return {
        "claims/alias-bomb.yaml": "1:4: CT010",
        "claims/deep.yaml": "1:68: CT012",
        "claims/nul.yaml": "4:17: CT003",
        "claims/bad-utf8.yaml": "1:8: CT003",
        "claims/tabs.yaml": "2:1: CT005",
        "claims/a-list.yaml": "1:1: CT007",
        "claims/a-scalar.yaml": "1:1: CT007",
        "claims/two-documents.yaml": "14:1: CT008",
        "claims/python-tag.yaml": "7:8: CT009",
        "claims/custom-tag.yaml": "7:8: CT009",
        "claims/Case.yaml": "2:5: CT103",
        "claims/tr\u0435aty.yaml": "2:5: CT103",
        "claims/huge.yaml": "1:1: CT002",
        "claims/outside.yaml": "1:1: CT001",
        "sources/changed.yaml": "5:9: CT118",
        "sources/escape.yaml": "4:7: CT116",
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    return root, hostile_repository(root)


def _run(root: Path, command: str) -> subprocess.CompletedProcess[str]:
    return run_capped(root, command, timeout=TIMEOUT_SECONDS)


@pytest.mark.parametrize("command", ["validate", "check"])
def test_every_bad_file_gets_its_error_and_nothing_breaks(hostile: tuple[Path, dict[str, str]], command: str) -> None:
    root, expected = hostile
    completed = _run(root, command)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stdout + completed.stderr
    assert completed.stderr == ""
    reported: dict[str, list[str]] = {}
    for line in completed.stdout.splitlines():
        reported.setdefault(line.split(": ")[0].rsplit(":", 2)[0], []).append(line)
    found = {
        path: any(x.startswith(f"{path}:{where}") for x in reported.get(path, [])) for path, where in expected.items()
    }
    assert found == dict.fromkeys(expected, True), completed.stdout
    # The good file, the BOM and CRLF one, and the claim with ten thousand links are read without an error
    # (check adds a warning that these claims say the same thing, which they do).
    for path in ("claims/good.yaml", "claims/bom-crlf.yaml", "claims/many-links.yaml"):
        assert [x for x in reported.get(path, []) if "[warning]" not in x] == [], path


def test_check_reports_a_megabyte_quote_that_is_not_in_its_source(hostile: tuple[Path, dict[str, str]]) -> None:
    root, _ = hostile
    lines = [line for line in _run(root, "check").stdout.splitlines() if line.startswith("claims/mega-quote.yaml:")]
    assert lines == ["claims/mega-quote.yaml:12:12: CT203 [error] quote not found in a"]
