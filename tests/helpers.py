"""Helpers for tests: a small claims repository written into a temporary folder."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from claimtrack.authoring.new_repository import InitOptions, init_repository
from claimtrack.drafting.candidates import names_inside, source_kinds
from claimtrack.drafting.propose import Proposal, Vocabulary, next_context, propose
from claimtrack.drafting.sentence_context import Context
from claimtrack.repository.validate import validate_repository
from claimtrack.repository.validation import ValidationResult

PROPERTIES = """\
properties:
  - id: signed_on
    label: signed on
    claim_type: event
    single_valued: true
  - id: ratified_on
    label: ratified on
    claim_type: event
    not_before: [signed_on]
  - id: member_of
    label: member of
    claim_type: relation
    value_kinds: [organisation]
  - id: helicopters_supplied
    label: helicopters supplied
    claim_type: quantity
    unit: helicopter
  - id: said
    label: said
    claim_type: attribution
"""

ENTITIES = """\
entities:
  - id: uzbekistan
    kind: country
    label: Uzbekistan
    aliases: [Tashkent]
  - id: russia
    kind: country
    label: Russia
  - id: csto
    kind: organisation
    label: Collective Security Treaty Organization
  - id: treaty-mtc
    kind: treaty
    label: Treaty on the Development of Military-Technical Cooperation
"""

SOURCE_TEXT = "The treaty was signed on November 29th, 2016 in Moscow.\n"

CLAIM = """\
# yaml-language-server: $schema=../../schemas/claim.schema.json
id: treaty-signed
type: event
statement: The treaty was signed on 29 November 2016.
subject: treaty-mtc
property: signed_on
value: 2016-11-29
modality: asserted
evidence:
  - source: news-one
    stance: supports
    quote: signed on November 29th, 2016
"""


def source_yaml(source_id: str = "news-one", text_name: str = "news-one.txt", digest: str | None = None) -> str:
    digest = digest or hashlib.sha256(SOURCE_TEXT.encode()).hexdigest()
    return (
        "# yaml-language-server: $schema=../schemas/source.schema.json\n"
        f"id: {source_id}\ntitle: A news article\nkind: news\ntext: {text_name}\nsha256: '{digest}'\n"
    )


def make_repo(root: Path, files: dict[str, str] | None = None, *, base: bool = True) -> Path:
    """A valid repository with one source and one claim, plus ``files`` (path → text; dedented)."""
    content: dict[str, str] = {}
    if base:
        content = {
            "vocabulary/properties.yaml": PROPERTIES,
            "vocabulary/entities/core.yaml": ENTITIES,
            "sources/news-one.txt": SOURCE_TEXT,
            "sources/news-one.yaml": source_yaml(),
            "claims/treaty/treaty-signed.yaml": CLAIM,
        }
    content.update({path: textwrap.dedent(text) for path, text in (files or {}).items()})
    for relative, text in content.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def problems(root: Path) -> list[tuple[str, int, int, str]]:
    """(path, line, column, code) of every diagnostic of a whole-repository validation."""
    result: ValidationResult = validate_repository(root)
    return [(d.path, d.line, d.column, d.code) for d in result.diagnostics]


def edit_after(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, edit: Callable[[], object]) -> None:
    """Make ``module.name`` run ``edit`` after it returns: a file edited while a check runs."""
    original = getattr(module, name)

    def then_edit(*args: object, **kwargs: object) -> object:
        result = original(*args, **kwargs)
        edit()
        return result

    monkeypatch.setattr(module, name, then_edit)


_OPENING: list[list[str]] = []


def _note_opened(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _OPENING and isinstance(args[0], (str, bytes)):
        _OPENING[-1].append(os.fsdecode(args[0]))


sys.addaudithook(_note_opened)


@contextlib.contextmanager
def files_opened() -> Iterator[list[str]]:
    """The paths of the files this process opens meanwhile (Python's ``open`` audit event): what a run reads."""
    opened: list[str] = []
    _OPENING.append(opened)
    try:
        yield opened
    finally:
        _OPENING.remove(opened)


class Progress:
    """A ``progress`` callback for ``claimtrack.cache.check`` that notes what it is told, and may run ``during``
    once, the first time: something done while a check runs (after its files were read, before it keeps
    its result)."""

    def __init__(self, during: Callable[[], object] | None = None) -> None:
        self.told: list[tuple[int, int]] = []
        self._during = during

    def __call__(self, done: int, total: int) -> None:
        self.told.append((done, total))
        if self._during is not None:
            during, self._during = self._during, None
            during()

    @property
    def loaded(self) -> int | None:
        """How many files the check loaded; None when it loaded none (its last result was given again)."""
        return self.told[-1][1] if self.told else None


MEMORY_CAP_BYTES = 1536 * 1024 * 1024
"""The address space SECURITY.md says a run on hostile input fits in."""


def _cap_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def run_capped(root: Path, *args: str, timeout: int) -> subprocess.CompletedProcess[str]:
    """``claimtrack ARGS --root ROOT`` in a fresh process under ``MEMORY_CAP_BYTES`` of address space, outside
    GitHub Actions' output format."""
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args, "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_cap_memory,
        env={**os.environ, "GITHUB_ACTIONS": ""},
        check=False,
    )


@dataclass(frozen=True)
class Ran:
    """What a run of claimtrack's entry point printed and the code it exited with."""

    returncode: int
    stdout: str
    stderr: str


def run_main(*args: str, env: Mapping[str, str | None] | None = None) -> Ran:
    """``claimtrack ARGS`` as the console script and ``python -m claimtrack`` run it, through ``claimtrack.cli.main``
    (a bad setting exits 2 with one line, a bug 3), but in this process, with ``env`` set meanwhile: for a test of
    what a command prints and its exit code, not of the process (its start, imports, signals or environment at
    start). ``GITHUB_ACTIONS`` is unset unless ``env`` sets it."""
    from claimtrack.cli import main

    # main() sets PYDANTIC_DISABLE_PLUGINS and the collector's thresholds for its process: both are put back.
    kept = {"PYDANTIC_DISABLE_PLUGINS": os.environ.get("PYDANTIC_DISABLE_PLUGINS")}
    overrides = {"GITHUB_ACTIONS": None, **kept, **(env or {})}
    thresholds = gc.get_threshold()
    argv = sys.argv
    with CliRunner().isolation(env=overrides) as (stdout, stderr, _):
        sys.argv = ["claimtrack", *args]
        try:
            main()
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
        finally:
            sys.argv = argv
            gc.set_threshold(*thresholds)
            sys.stdout.flush()
            sys.stderr.flush()
        return Ran(code, stdout.getvalue().decode("utf-8"), stderr.getvalue().decode("utf-8"))


def invoke(root: Path, *args: str) -> tuple[int, str, str]:
    """``claimtrack ARGS --root ROOT`` through Typer's test runner: the exit code, stdout and stderr."""
    from claimtrack.cli import app

    result = CliRunner().invoke(app, [*args, "--root", str(root)])
    return result.exit_code, result.stdout, result.stderr


def archived_article(
    folder: Path, article: str, source_id: str = "harbour-news", published: str = "2022-06-01"
) -> Path:
    """A fresh `init` repository (no workflow, no hook) at ``folder``/repo with ``article`` archived as the text
    source ``source_id`` (saved first as ``folder``/article.txt)."""
    root = folder / "repo"
    init_repository(root, InitOptions(workflow=False, pre_commit=False))
    (folder / "article.txt").write_text(article, encoding="utf-8")
    added = invoke(root, "source", "add", str(folder / "article.txt"), "--id", source_id, "--published", published)
    assert added[0] == 0, added
    return root


def last_drafts(sentences: list[str], vocabulary: Vocabulary | None = None) -> list[Proposal]:
    """The last sentence's drafts, the sentences before it read in order as `draft` reads a source (names written
    inside the page and the kinds it shows them as known), in a source published on 20 November 2019."""
    vocabulary = Vocabulary.of([], []) if vocabulary is None else vocabulary
    inside = names_inside(sentences)
    context = Context(kinds=source_kinds(sentences, inside), elsewhere=inside)
    for sentence in sentences[:-1]:
        context = next_context(sentence, vocabulary, context)
    return propose(sentences[-1], vocabulary, dt.date(2019, 11, 20), context=context)
