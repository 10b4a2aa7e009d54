"""Issue 28, items 11 and 12: no text a command prints lets content act on a log, a terminal or a page.

The GitHub Actions runner reads workflow commands from every line of a step's output in two ways, both
re-implemented here as the oracle: a line whose text, once leading whitespace is trimmed, starts with
``::name`` and holds a second ``::``; and, in its legacy parser, ``##[name`` anywhere in the line up to a
``]``. Either is a command when ``name`` is one the runner registers. Hypothesis writes content made of
the pieces that form commands, terminal controls and bidirectional overrides into a claim's statement,
its quote and value, a source's title and its archived text, and every text-producing command is run on
it: no line may be a command (but the `github` format's own annotations), and no control may reach the
terminal raw.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimtrack.cli import app
from claimtrack.render.escape import one_line, safe_line, safe_text
from helpers import CLAIM, make_repo, source_yaml

RUNNER_COMMANDS = frozenset(
    {
        "add-mask", "add-matcher", "add-path", "debug", "echo", "endgroup", "error", "group", "notice",
        "remove-matcher", "save-state", "set-env", "set-output", "stop-commands", "warning",
    }
)  # fmt: skip
"""The commands the runner registers: a line naming any other is printed as it is."""


def command_v2(line: str) -> str | None:
    """The runner's parser: leading whitespace trimmed, ``::`` then the command's name up to a space or ``::``."""
    message = line.lstrip()
    if not message.startswith("::"):
        return None
    end = message.find("::", 2)
    if end < 0:
        return None
    name = message[2:end].split(" ", 1)[0]
    return name if name in RUNNER_COMMANDS else None


def command_legacy(line: str) -> str | None:
    """The runner's legacy parser: ``##[`` anywhere in the line, the name up to a space or ``]``."""
    start = line.find("##[")
    if start < 0:
        return None
    end = line.find("]", start)
    if end < 0:
        return None
    name = line[start + 3 : end].split(" ", 1)[0]
    return name if name in RUNNER_COMMANDS else None


_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def assert_inert(output: str, *, annotations: bool = False) -> None:
    for line in output.split("\n"):
        assert command_legacy(line) is None, line
        name = command_v2(line)
        if annotations and name in ("error", "warning", "notice") and re.match(r"::\w+ file=", line):
            continue  # the github format's own annotation, its content escaped as the runner expects
        assert name is None, line
        assert _RAW_CONTROL.search(line) is None, line


PIECES = [
    "::", "##[", "]", "::error::", "##[error]", "##[add-mask]", "##[stop-commands]", "::add-mask::",
    "error", "add-mask", " ", "  ", "\t", "\n", "\r", "\x1b[2J", "\x1b]0;title\x07", "\x9b31m", "\u202e",
    "\u2066", "\u2028", "word", "Velmar", ".", "2016", ":", "#", "[",
]  # fmt: skip
content = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)


def test_the_oracle_reads_what_the_runner_reads() -> None:
    assert command_v2("   ::error file=a::x") == "error"
    assert command_v2("::nothing::x") is None
    assert command_legacy("text ##[add-mask]secret") == "add-mask"
    assert command_legacy("text ##[group]") == "group"


@given(content)
def test_one_line_and_safe_line_leave_no_command(text: str) -> None:
    assert_inert(one_line(text))
    assert_inert(safe_text(text))
    for width in (1, 5, 17):
        shown = one_line(text)
        for at in range(0, len(shown), width):
            assert_inert(safe_line("  " + shown[at:]))


runner = CliRunner()
COMMANDS = [
    ["validate"],
    ["check", "--no-cache", "--format", "text"],
    ["check", "--no-cache", "--format", "json"],
    ["check", "--no-cache", "--format", "github"],
    *(["report", "--format", f] for f in ("text", "markdown", "json", "sarif", "github", "html")),
    ["coverage"],
    ["related", "treaty-signed"],
    ["draft", "news-one"],
    ["export", "claimreview", "--url-template", "https://factcheck.example/{id}"],
]


def _yaml(text: str) -> str:
    """``text`` as a YAML double-quoted scalar."""
    escaped = "".join(c if c.isprintable() and c not in '"\\' else f"\\U{ord(c):08x}" for c in text)
    return f'"{escaped}"'


def _repository(root: Path, text: str) -> Path:
    """The helpers' repository with ``text`` in the claim's statement, modality (an invalid value, CT103)
    and quote (not found), in the source's title, and in a sentence of its archived text."""
    archived = f"The treaty was signed on November 29th, 2016 in Moscow. {text}\n"
    claim = (
        CLAIM.replace("statement: The treaty was signed on 29 November 2016.", f"statement: {_yaml(text)}")
        .replace("modality: asserted", f"modality: {_yaml(text)}")
        .replace("    quote: signed on November 29th, 2016", f"    quote: {_yaml('signed ' + text)}")
    )
    meta = source_yaml(digest=hashlib.sha256(archived.encode()).hexdigest())
    meta = meta.replace("title: A news article", f"title: {_yaml(text)}")
    files = {"sources/news-one.txt": archived, "sources/news-one.yaml": meta, "claims/treaty/treaty-signed.yaml": claim}
    root = make_repo(root)
    for relative, body in files.items():
        (root / relative).write_text(body, encoding="utf-8")
    return root


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking runs every command hundreds of times
)
@given(content)
@example("word ##[add-mask]x ::error::y \x1b]0;title\x07 \u202e")
@example(" ".join(["word"] * 30 + ["::error::wrapped"]))
def test_no_command_prints_content_that_acts(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = _repository(Path(folder) / "repo", text)
        for args in COMMANDS:
            result = runner.invoke(app, [*args, "--root", str(root)])
            assert result.exit_code in (0, 1, 2), (args, result.output, result.exception)  # 2: unknown claim
            assert_inert(result.stdout, annotations="github" in args)
            assert_inert(result.stderr)


def test_library_log_records_are_neutralised(capfd: pytest.CaptureFixture[str]) -> None:
    """Issue 28, item 12: pypdf's warnings printed a PDF's key names raw, one on a line of its own."""
    from claimtrack.cli.app import route_library_logs

    handler = route_library_logs()
    try:
        logging.getLogger("pypdf._reader").warning("::error::forged\n##[add-mask]x \x1b]0;t\x07")
    finally:
        logging.getLogger().removeHandler(handler)
    err = capfd.readouterr().err
    assert err == "claimtrack: pypdf._reader: \\x3a:error::forged\\n##\\x5badd-mask]x \\x1b]0;t\\x07\n"
    assert_inert(err)


def test_a_wrapped_quote_never_starts_a_line_with_a_command() -> None:
    """Issue 28, item 11: report --format text wrapped long quotes so that content started a line."""
    from claimtrack.render.report_text import _wrap

    for words in range(1, 40):
        for line in _wrap("word " * words + "::error::forged ##[add-mask]secret", "      "):
            assert command_v2(line) is None, line
            assert command_legacy(line) is None, line


def test_source_extract_shows_the_archived_text_neutralised(tmp_path: Path) -> None:
    """Issue 28, item 12: source extract's diff printed archived text raw (an OSC title change, CSI)."""
    archived = "The treaty was signed on November 29th, 2016. \x1b]0;pwned\x07 \x1b[2J ##[add-mask]x\n"
    page = "<html><body><article><p>The treaty was signed on 29 November 2016 in Moscow by both.</p></article></body></html>"
    root = make_repo(tmp_path / "repo")
    (root / "sources/news-one.txt").write_text(archived, encoding="utf-8")
    (root / "sources/news-one.html").write_text(page, encoding="utf-8")
    meta = source_yaml(digest=hashlib.sha256(archived.encode()).hexdigest())
    meta += f"original: news-one.html\noriginal_sha256: '{hashlib.sha256(page.encode()).hexdigest()}'\n"
    (root / "sources/news-one.yaml").write_text(meta, encoding="utf-8")
    result = runner.invoke(app, ["source", "extract", "news-one", "--root", str(root)])
    assert result.exit_code == 1, result.output
    assert (
        "-The treaty was signed on November 29th, 2016. \\x1b]0;pwned\\x07 \\x1b[2J ##\\x5badd-mask]x" in result.stdout
    )
    assert_inert(result.stdout)
