from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimtrack.cli import app, main
from claimtrack.cli.commands import COMMANDS, SUMMARIES, Group
from helpers import CLAIM, make_repo, run_main

runner = CliRunner()


def run(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--root", str(root)] if args and args[0] != "--version" else list(args))
    return result.exit_code, result.output


def test_valid_repository_prints_one_line(tmp_path: Path) -> None:
    assert run(make_repo(tmp_path), "validate") == (0, "4 files valid\n")


def test_problems_exit_1_with_locations(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/treaty/treaty-signed.yaml": CLAIM.replace("asserted", "rumoured")})
    code, output = run(root, "validate")
    assert code == 1
    assert output == (
        "claims/treaty/treaty-signed.yaml:8:11: CT103 modality: Input should be "
        "'asserted', 'planned', 'predicted', 'reported' or 'denied'\n"
        "1 error in 1 file (4 files checked)\n"
    )


def test_json_format(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/treaty/treaty-signed.yaml": CLAIM + "extra: 1\n"})
    code, output = run(root, "validate", "--format", "json")
    assert code == 1
    assert json.loads(output) == {
        "version": 1,
        "files_checked": 4,
        "errors": 1,
        "problems": [
            {
                "path": "claims/treaty/treaty-signed.yaml",
                "line": 13,
                "column": 1,
                "code": "CT102",
                "name": "unknown-field",
                "severity": "error",
                "message": "unknown field 'extra'",
            }
        ],
    }


def test_paths_limit_the_run(tmp_path: Path) -> None:
    root = make_repo(tmp_path, {"claims/broken.yaml": "id: [\n"})
    code, output = run(root, "validate", str(root / "claims/treaty/treaty-signed.yaml"))
    assert (code, output) == (0, "1 file valid\n")


def test_unknown_path_is_a_usage_error(tmp_path: Path) -> None:
    code, _ = run(make_repo(tmp_path), "validate", str(tmp_path / "claims/nope.yaml"))
    assert code == 2


def test_outside_any_repository_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "--root", str(tmp_path)])
    assert result.exit_code == 2


def test_schema_check_detects_stale_files(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    assert run(root, "schema", "--check")[0] == 1
    assert run(root, "schema") == (0, "wrote 4 schema file(s)\n")
    assert run(root, "schema", "--check") == (0, "schemas are up to date\n")
    (root / "schemas/claim.schema.json").write_text("{}", encoding="utf-8")
    assert run(root, "schema", "--check") == (
        1,
        "schemas/claim.schema.json: stale; run 'claimtrack schema' to regenerate it\n",
    )


def test_version() -> None:
    assert runner.invoke(app, ["--version"]).output.startswith("claimtrack ")


@pytest.mark.parametrize("args", [["--help"], ["validate", "--help"], ["schema", "--help"]])
def test_help_explains(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "Usage:" in result.output


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str]:
    sys.argv = ["claimtrack", *args]
    with pytest.raises(SystemExit) as exited:
        main()
    captured = capsys.readouterr()
    return exited.value.code, captured.out + captured.err


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["cache", "clear", "--help"], 0, "Usage: claimtrack cache clear [OPTIONS]\n"),
        (["source"], 2, "Usage: claimtrack source [OPTIONS] COMMAND [ARGS]...\n"),
        (["valid"], 2, "Error: No such command 'valid'. Did you mean 'validate'?\n"),
        (["check", "-x"], 2, "Error: No such option: -x\n"),
    ],
)
def test_the_entry_point_runs_commands_and_groups_by_name(
    args: list[str], code: int, says: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", sys.argv)
    monkeypatch.setattr(sys.modules["__main__"], "__package__", None)  # named after argv[0], not 'python -m pytest'
    exit_code, output = _main(args, capsys)
    assert exit_code == code
    assert says in output


def test_help_lists_the_table_s_commands_in_its_order_and_suggests_close_names() -> None:
    listed = runner.invoke(app, ["--help"]).output.split("Commands:\n")[1]
    assert [line.split()[0] for line in listed.splitlines() if line.startswith("  ") and line[2] != " "] == list(
        COMMANDS
    )
    assert runner.invoke(app, ["chek"]).output.endswith(
        "Error: No such command 'chek'. Did you mean 'check', 'cache', 'schema'?\n"
    )
    assert runner.invoke(app, ["source", "ad"]).output.endswith("Error: No such command 'ad'. Did you mean 'add'?\n")
    assert [line.split()[0] for line in runner.invoke(app, ["source"]).output.split("Commands:\n")[1].splitlines()] == [
        "add",
        "extract",
        "list",
    ]


def _entries(table: Mapping[str, str | Group]) -> set[str]:
    return {e for entry in table.values() for e in (_entries(entry.commands) if isinstance(entry, Group) else [entry])}


def test_the_command_table_names_every_command_function_and_only_those() -> None:
    """A command module's public functions are its commands (helpers start with an underscore): a command
    written but not listed in the table, or listed but gone, fails here."""
    import claimtrack.cli

    defined = set()
    for found in pkgutil.iter_modules(claimtrack.cli.__path__):
        if found.name not in {"app", "commands"}:
            module = importlib.import_module(f"claimtrack.cli.{found.name}")
            defined |= {
                f"{found.name}:{name}"
                for name, function in inspect.getmembers(module, inspect.isfunction)
                if function.__module__ == module.__name__ and not name.startswith("_")
            }
    assert _entries(COMMANDS) == defined


RECORD_RUN = """
import json, sys
from typer.core import TyperCommand, TyperGroup

built = []
for kind in (TyperCommand, TyperGroup):
    def recording(self, *args, __init__=kind.__init__, **kwargs):
        __init__(self, *args, **kwargs)
        built.append(self.name)
    kind.__init__ = recording
record, sys.argv = sys.argv[1], ["claimtrack", *sys.argv[2:]]
from claimtrack.cli import main
try:
    main()
except SystemExit:
    pass
modules = sorted(name for name in sys.modules if name.startswith("claimtrack.cli."))
with open(record, "w") as out:
    json.dump({"built": built, "modules": modules}, out)
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "built", "module"),
    [
        (["rules", "CT201"], ["claimtrack", "rules"], "check_commands"),
        (["validate", "claims/treaty/treaty-signed.yaml"], ["claimtrack", "validate"], "file_commands"),
        (["cache", "clear"], ["claimtrack", "cache", "clear"], "file_commands"),
        (["source", "extract", "--help"], ["claimtrack", "source", "extract"], "source_commands"),
        (["export", "sqlite", "--help"], ["claimtrack", "export", "sqlite"], "claim_commands"),
    ],
)
def test_a_run_imports_and_builds_only_its_own_command(
    args: list[str], built: list[str], module: str, tmp_path: Path
) -> None:
    root, record = make_repo(tmp_path / "repo"), tmp_path / "record.json"
    completed = subprocess.run(
        [sys.executable, "-c", RECORD_RUN, str(record), *args], cwd=root, capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(record.read_text(encoding="utf-8")) == {
        "built": built,
        "modules": sorted(["claimtrack.cli.app", "claimtrack.cli.commands", f"claimtrack.cli.{module}"]),
    }


@pytest.mark.slow
def test_python_dash_m_runs_the_same_cli(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    completed = subprocess.run(
        [sys.executable, "-m", "claimtrack", "validate"],
        cwd=root / "claims",
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )
    assert (completed.returncode, completed.stdout, completed.stderr) == (0, "4 files valid\n", "")


def test_bad_input_never_prints_a_traceback(tmp_path: Path) -> None:
    root = make_repo(
        tmp_path,
        {
            "claims/a.yaml": "a:\n\t- x\n",
            "claims/b.yaml": "a: &x [1]\nb: *x\n",
            "claims/c.yaml": "",
        },
    )
    (root / "claims/d.yaml").write_bytes(b"id: \xff\xfe\n")
    ran = run_main("validate", "--root", str(root))
    assert ran.returncode == 1
    assert "Traceback" not in ran.stdout + ran.stderr
    assert [line.split(": ")[1].split()[0] for line in ran.stdout.splitlines()[:-1]] == [
        "CT005",
        "CT010",
        "CT011",
        "CT003",
    ]


def _cli(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args, "--root", str(root)],
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "", **(env or {})},
        timeout=60,
        check=False,
    )


NOT_REGULAR = "it is not a regular file, and claimtrack replaces only regular files"
OUTPUTS_REFUSED = [
    (["report", "--output", "{root}/claims"], "it is a folder"),
    (["report", "--output", ""], "it is a folder"),
    (
        ["export", "claimreview", "--url-template", "https://factcheck.example/{id}", "--output", "{root}/claims"],
        "it is a folder",
    ),
    (["schema", "--output-dir", "{root}/claims/treaty/treaty-signed.yaml"], "Not a directory"),
]


@pytest.mark.parametrize(("args", "reason"), OUTPUTS_REFUSED)
def test_an_output_that_cannot_be_written_is_a_one_line_usage_error(
    tmp_path: Path, args: list[str], reason: str
) -> None:
    root = make_repo(tmp_path)
    args = [a.replace("{root}", str(root)) for a in args]
    ran = run_main(*args, "--root", str(root))
    target = args[-1].rstrip("/") or "."
    assert (ran.returncode, ran.stdout, ran.stderr) == (2, "", f"claimtrack: cannot write {target}: {reason}\n")


@pytest.mark.slow
@pytest.mark.parametrize("target", ["{root}/fifo", "/dev/null"])
def test_an_output_that_is_no_regular_file_is_a_one_line_usage_error_and_stays(tmp_path: Path, target: str) -> None:
    """In a process of its own under a timeout: a FIFO opened for writing would block the run."""
    root = make_repo(tmp_path)
    os.mkfifo(root / "fifo")
    target = target.replace("{root}", str(root))
    completed = _cli(root, "report", "--output", target)
    assert (completed.returncode, completed.stdout, completed.stderr) == (
        2,
        "",
        f"claimtrack: cannot write {target}: {NOT_REGULAR}\n",
    )
    # Nothing replaced a device or a FIFO (as root, `--output /dev/null` had replaced the device).
    assert (root / "fifo").is_fifo()
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("CLAIMTRACK_GIT_TIMEOUT", "9" * 26, f"must be at most 86400, not '{'9' * 26}'"),
        ("CLAIMTRACK_MAX_DEPTH", "5000", "must be at most 1000, not '5000'"),
        ("CLAIMTRACK_MAX_FILE_BYTES", "9" * 5000, f"must be a positive integer, not '{'9' * 40}'"),
    ],
)
def test_a_limit_beyond_what_can_be_honoured_is_a_one_line_usage_error(
    tmp_path: Path, variable: str, value: str, message: str
) -> None:
    root = make_repo(tmp_path)
    command = ["diff", "HEAD", "HEAD"] if "GIT" in variable else ["validate"]
    ran = run_main(*command, "--root", str(root), env={variable: value})
    assert (ran.returncode, ran.stderr) == (2, f"claimtrack: {variable} {message}\n")


def test_format_choices_are_the_renderer_registries() -> None:
    """The --format enumerations are written out (importing every renderer to list them would slow every
    command's start), so they are tied here to the registries the commands render with."""
    from claimtrack.cli.check_commands import CheckFormat, DiffFormat, ReportFormat
    from claimtrack.render.diff_report import RENDERER_BY_NAME
    from claimtrack.render.report_formats import REPORTER_BY_NAME

    assert {f.value for f in ReportFormat} == set(REPORTER_BY_NAME)
    assert {f.value for f in DiffFormat} == set(RENDERER_BY_NAME)
    # check renders text itself (render/check.py) and every other format through the report's registry
    assert "text" in {f.value for f in CheckFormat}
    assert {f.value for f in CheckFormat} - {"text"} <= set(REPORTER_BY_NAME)


@pytest.mark.slow
def test_pydantic_plugins_of_other_packages_do_not_validate_claimtracks_models(tmp_path: Path) -> None:
    """An installed package's pydantic plugin is not loaded by a run (looking for plugins reads every installed
    package's entry points); a user who sets PYDANTIC_DISABLE_PLUGINS keeps their choice."""
    site = tmp_path / "site"
    (site / "fake_plugin-0.dist-info").mkdir(parents=True)
    (site / "fake_plugin-0.dist-info" / "METADATA").write_text("Name: fake-plugin\nVersion: 0\n", encoding="utf-8")
    (site / "fake_plugin-0.dist-info" / "entry_points.txt").write_text(
        "[pydantic]\nfake = fake_plugin:plugin\n", encoding="utf-8"
    )
    marker = tmp_path / "loaded"
    plugin = (
        f"open({str(marker)!r}, 'w').close()\n"
        "class Plugin:\n"
        "    def new_schema_validator(self, *args, **kwargs):\n"
        "        return None, None, None\n"
        "plugin = Plugin()\n"
    )
    (site / "fake_plugin.py").write_text(plugin, encoding="utf-8")
    repo = make_repo(tmp_path / "repo")

    def validate(**env: str) -> None:
        environment = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
        environment |= {"PYTHONPATH": str(site), **env}
        program = "import sys; from claimtrack.cli import main; sys.argv = ['claimtrack', 'validate']; main()"
        run = subprocess.run([sys.executable, "-c", program], cwd=repo, env=environment, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr

    validate()
    assert not marker.exists()
    validate(PYDANTIC_DISABLE_PLUGINS="")
    assert marker.exists()


def _words(table: Mapping[str, str | Group], prefix: str = "") -> set[str]:
    found = set()
    for name, entry in table.items():
        words = f"{prefix} {name}".strip()
        found.add(words)
        if isinstance(entry, Group):
            found |= _words(entry.commands, words)
    return found


def test_every_command_says_what_it_is_for_in_one_whole_line() -> None:
    """A newcomer reading `claimtrack --help` got each command's first sentence cut off ("Check claim, source
    and vocabulary files against the models..."): each command and group has a summary that fits."""
    assert set(SUMMARIES) == _words(COMMANDS)
    for words in ([], ["source"], ["entity"], ["property"], ["export"], ["cache"]):
        listed = runner.invoke(app, [*words, "--help"], terminal_width=80).output.split("Commands:\n")[1]
        for line in listed.splitlines():
            name, summary = line.split(maxsplit=1)
            assert summary == SUMMARIES[" ".join([*words, name])], line
