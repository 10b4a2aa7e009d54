"""claimtrack against the peer baseline, check-jsonschema, on generated repositories of N claims.

Generates N claims in the real format (deterministic): 40 archived sources whose sentences the
claims quote, subjects shared by about five claims each, and one subject in twenty given two
conflicting dates. Then measures, each in a fresh process, wall time and peak memory of:

- `claimtrack check` cold (no cache), warm (nothing changed), warm after one claim changed;
- `claimtrack validate ONE_FILE` and `claimtrack --help`, and (in turns with the first) the start-up
  floor of the stack: a Python that imports Typer and the pydantic layer Typer runs options through;
- check-jsonschema validating the same claim files against schemas/claim.schema.json (schema only,
  no cross-file checks): the baseline. Ratios to it are measured in the same run.

The runs that take about a second or less are made REPEATS times and their median is shown (a
shared machine's noise is larger than the differences that matter there). Warm and "one file
changed" runs alternate, so their ratio compares runs made under the same load; each "one file
changed" run edits a different claim, after the previous run has kept its result. Peak memory is
the largest of the repeats.

    python -m pip install -e '.[bench]'
    python benchmarks/benchmark.py [N ...]          # default: 10000
"""

from __future__ import annotations

import hashlib
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMAS = HERE.parent / "schemas"
SOURCES = 40
SENTENCES = 400
WORDS = [
    "treaty",
    "signed",
    "ratified",
    "exercise",
    "range",
    "ministry",
    "defence",
    "agreement",
    "helicopters",
    "soldiers",
    "visit",
    "talks",
]


def _sentence(rnd: random.Random, source: int, index: int) -> str:
    words = " ".join(rnd.choice(WORDS) for _ in range(8))
    return f"Report {source}-{index} says the {words} happened in {2000 + index % 25}."


def generate(root: Path, count: int, seed: int = 7) -> list[Path]:
    rnd = random.Random(seed)
    (root / "vocabulary" / "entities").mkdir(parents=True)
    (root / "vocabulary" / "properties.yaml").write_text(
        "properties:\n"
        "  - {id: signed_on, label: signed on, claim_type: event, single_valued: true}\n"
        "  - {id: ratified_on, label: ratified on, claim_type: event, single_valued: true, not_before: [signed_on]}\n"
        "  - {id: occurred_on, label: took place on, claim_type: event, single_valued: true}\n"
        "  - {id: soldiers, label: soldiers, claim_type: quantity, single_valued: true, unit: soldier}\n",
        encoding="utf-8",
    )
    subjects = max(1, count // 5)
    entities = "".join(f"  - {{id: subject-{i}, kind: event, label: Subject {i}}}\n" for i in range(subjects))
    (root / "vocabulary" / "entities" / "subjects.yaml").write_text("entities:\n" + entities, encoding="utf-8")
    (root / "sources").mkdir()
    texts = []
    for s in range(SOURCES):
        sentences = [_sentence(rnd, s, i) for i in range(SENTENCES)]
        text = " ".join(sentences) + "\n"
        texts.append(sentences)
        (root / "sources" / f"source-{s}.txt").write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        (root / "sources" / f"source-{s}.yaml").write_text(
            "# yaml-language-server: $schema=../schemas/source.schema.json\n"
            f"id: source-{s}\ntitle: Source {s}\nkind: news\npublished: '2019'\ntext: source-{s}.txt\n"
            f"sha256: '{digest}'\n",
            encoding="utf-8",
        )
    files = []
    for i in range(count):
        subject = i % subjects
        topic = root / "claims" / f"topic-{subject % 50}"
        topic.mkdir(parents=True, exist_ok=True)
        source = rnd.randrange(SOURCES)
        index = rnd.randrange(SENTENCES)
        quote = texts[source][index].split(" says")[0]
        # The second claim of every twentieth subject gives it another year (subjects repeat every `subjects`).
        conflicting = subject % 20 == 0 and i // subjects == 1
        if i % 7 == 3:
            body = (
                f"type: quantity\nstatement: About {100 + subject % 50} soldiers took part.\n"
                f"subject: subject-{subject}\nproperty: soldiers\nvalue:\n  at_least: {100 + subject % 50}\n"
                "  unit: soldier\n"
            )
        else:
            year = 2000 + subject % 25 + (1 if conflicting else 0)
            body = (
                f"type: event\nstatement: It happened in {year}.\nsubject: subject-{subject}\n"
                f"property: occurred_on\nvalue: '{year}'\n"
            )
        path = topic / f"claim-{i}.yaml"
        path.write_text(
            "# yaml-language-server: $schema=../../schemas/claim.schema.json\n"
            f"id: claim-{i}\n{body}modality: asserted\nstatus: unreviewed\nevidence:\n"
            f"  - source: source-{source}\n    stance: supports\n    quote: {quote}\n",
            encoding="utf-8",
        )
        files.append(path)
    shutil.copytree(SCHEMAS, root / "schemas")
    return files


REPEATS = 7


def median_of(runs: list[tuple[float, int]]) -> tuple[float, int]:
    """The median wall time of several runs, and the largest peak memory among them."""
    return statistics.median(seconds for seconds, _ in runs), max(kib for _, kib in runs)


def measure(*command: str, cwd: Path) -> tuple[float, int]:
    output = subprocess.run(
        [sys.executable, str(HERE / "measure.py"), *command], cwd=cwd, capture_output=True, text=True, check=True
    ).stdout.split()
    status = int(output[2])
    # 0 and 1 are answers (1: problems found); anything else is a failure, never a timing.
    if status not in (0, 1):
        raise SystemExit(f"benchmark: {' '.join(command[:2])} exited with {status}; no figures for a failed run")
    return float(output[0]), int(output[1])


def _tool(name: str) -> str | None:
    """A command on PATH, or installed beside this Python (a virtual environment that is not activated)."""
    return shutil.which(name) or shutil.which(name, path=os.path.dirname(sys.executable))


def tool_python(command: str) -> str:
    """The Python that runs an installed command (from its first line; else this one)."""
    with open(command, "rb") as script:
        first = script.readline()
    shebang = first[2:].decode().strip() if first.startswith(b"#!") else ""
    # A script whose interpreter's path is too long starts with /bin/sh instead: then this Python's.
    return shebang if "python" in Path(shebang.split(" ")[0]).name else sys.executable


def compile_bytecode(python: str) -> None:
    """Compile claimtrack's modules to bytecode, as installing a wheel does, before anything is timed.

    An editable install compiles a module on its first import, and not at all where
    PYTHONDONTWRITEBYTECODE is set (then every run compiles it again, some 50 ms): no installed
    tool runs that way, so the benchmark does not measure it.
    """
    code = "import claimtrack, compileall, os; compileall.compile_dir(os.path.dirname(claimtrack.__file__), quiet=1)"
    subprocess.run([python, "-c", code], check=True)


FLOOR = "import typer._adapters"
"""What every run of a Typer command imports before claimtrack does anything: Typer, and pydantic, through
which Typer checks each option's value. The start-up floor of the required stack."""


def run(count: int) -> None:
    claimtrack = _tool("claimtrack")
    if claimtrack is None:
        raise SystemExit("benchmark: no claimtrack command; python -m pip install -e '.[bench]'")
    python = tool_python(claimtrack)
    compile_bytecode(python)
    baseline_tool = _tool("check-jsonschema")
    if baseline_tool is None:
        print("benchmark: check-jsonschema is not installed, so there is no baseline", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="claimtrack-bench-") as folder:
        root = Path(folder)
        files = generate(root, count)
        rows: list[tuple[str, float, int]] = []
        if baseline_tool:
            # xargs hands the file names over in as few batches as the system's argument limit allows.
            listing = "find claims -name '*.yaml' -print0 | xargs -0 "
            command = f"{listing}{shlex.quote(baseline_tool)} --schemafile schemas/claim.schema.json"
            baseline = measure("sh", "-c", command, cwd=root)
            rows.append(("check-jsonschema (schema only)", *baseline))
        shutil.rmtree(root / ".claimtrack_cache", ignore_errors=True)
        rows.append(("claimtrack check, cold", *measure(claimtrack, "check", cwd=root)))
        # Warm and one-changed runs take turns, so that both see the same moments of a shared machine's load.
        warm_runs, changed_runs = [], []
        for repeat in range(REPEATS):
            warm_runs.append(measure(claimtrack, "check", cwd=root))
            changed = files[(len(files) // 2 + repeat * 997) % len(files)]
            text = changed.read_text(encoding="utf-8")
            changed.write_text(text.replace("statement: ", f"statement: Now {repeat}: "), encoding="utf-8")
            changed_runs.append(measure(claimtrack, "check", cwd=root))
        warm, one_changed = median_of(warm_runs), median_of(changed_runs)
        rows.append(("claimtrack check, warm", *warm))
        rows.append(("claimtrack check, one file changed", *one_changed))
        one = str(changed.relative_to(root))
        validate, floor = [], []
        for _ in range(REPEATS):
            validate.append(measure(claimtrack, "validate", one, cwd=root))
            floor.append(measure(python, "-c", FLOOR, cwd=root))
        rows.append(("claimtrack validate ONE_FILE", *median_of(validate)))
        rows.append((f"python -c '{FLOOR}'", *median_of(floor)))
        rows.append(
            ("claimtrack --help", *median_of([measure(claimtrack, "--help", cwd=root) for _ in range(REPEATS)]))
        )
    base = rows[0][1] if baseline_tool else None
    print(f"\n{count} claims, {os.cpu_count()} cores, Python {sys.version.split()[0]} (median of {REPEATS} below cold)")
    print(f"{'run':<36} {'wall s':>8} {'peak MiB':>9} {'vs baseline':>12}")
    for name, seconds, kib in rows:
        ratio = "" if base is None or name.startswith("check-jsonschema") else f"{base / seconds:.1f}x faster"
        print(f"{name:<36} {seconds:>8.2f} {kib / 1024:>9.0f} {ratio:>12}")
    print(f"one file changed / warm: {one_changed[0] / warm[0]:.2f}")
    print(f"validate ONE_FILE above the floor: {median_of(validate)[0] - median_of(floor)[0]:.2f} s")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [10_000]:
        run(size)
