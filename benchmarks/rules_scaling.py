"""How the consistency rules scale with the number of claims: time of the rules alone, loading apart.

Generates N claims in the real format (deterministic) on a handful of shared
subjects, so that (subject, property) groups hold thousands of claims with
a few distinct values and conflicts: the worst case for a rule that compares
pairs. One claim in five is a plan, so that plans are compared with plans
(CT201) and matched with their outcomes (CT213, the report's Plans section)
at the same scale. Prints, for each N, the time to load and validate, the time of the
rules (and of the plans' outcomes), and the ratio of the rules' time to that at the previous N (2.0 is
linear for a doubling).

    python benchmarks/rules_scaling.py [N ...]     # default: 2000 4000 8000
"""

from __future__ import annotations

import gc
import hashlib
import sys
import tempfile
import time
from pathlib import Path

from claimtrack.cli.app import GC_THRESHOLDS
from claimtrack.engine.check import run_rules
from claimtrack.engine.index import ClaimIndex
from claimtrack.engine.plans import plan_outcomes
from claimtrack.repository.validate import validate_repository

PROPERTIES = """\
properties:
  - {id: signed_on, label: signed on, claim_type: event, single_valued: true}
  - {id: ratified_on, label: ratified on, claim_type: event, single_valued: true, not_before: [signed_on]}
  - {id: occurred_on, label: took place on, claim_type: event, single_valued: true}
"""
ENTITIES = """\
entities:
  - {id: treaty, kind: treaty, label: The treaty}
  - {id: exercise, kind: event, label: The exercise}
  - {id: visit, kind: event, label: The visit}
"""
SUBJECTS = ("treaty", "exercise", "visit")
PROPERTY_CYCLE = ("signed_on", "ratified_on", "occurred_on")


def write_repository(root: Path, count: int) -> None:
    sentences = [f"Report {i} dates it to {2000 + i % 20}." for i in range(2000)]
    text = " ".join(sentences)
    (root / "vocabulary/entities").mkdir(parents=True)
    (root / "vocabulary/properties.yaml").write_text(PROPERTIES, encoding="utf-8")
    (root / "vocabulary/entities/all.yaml").write_text(ENTITIES, encoding="utf-8")
    (root / "sources").mkdir()
    (root / "sources/wire.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    (root / "sources/wire.yaml").write_text(
        f"id: wire\nkind: news\ntext: wire.txt\nsha256: '{digest}'\n", encoding="utf-8"
    )
    (root / "claims").mkdir()
    for i in range(count):
        year = 2000 + (i * 7) % 20
        (root / f"claims/c{i}.yaml").write_text(
            f"id: c{i}\ntype: event\nstatement: Claim {i}.\nsubject: {SUBJECTS[i % 3]}\n"
            f"property: {PROPERTY_CYCLE[(i // 3) % 3]}\nvalue: '{year}'\n"
            f"modality: {'planned' if i % 5 == 0 else 'asserted'}\n"
            f"evidence:\n  - source: wire\n    stance: supports\n    quote: Report {i % 2000} dates\n",
            encoding="utf-8",
        )


def main(sizes: list[int]) -> None:
    gc.set_threshold(*GC_THRESHOLDS)  # as the command line runs
    print(f"{'claims':>7} {'load s':>8} {'rules s':>8} {'findings':>9} {'plans':>6} {'rules ratio':>12}")
    previous = None
    for count in sizes:
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            write_repository(root, count)
            started = time.perf_counter()
            result = validate_repository(root)
            loaded = time.perf_counter()
            assert result.workspace is not None
            index = ClaimIndex(result.workspace)
            findings = run_rules(index)
            plans = plan_outcomes(index)
            done = time.perf_counter()
        rules = done - loaded
        ratio = "" if previous is None else f"{rules / previous:.2f}"
        print(f"{count:>7} {loaded - started:>8.2f} {rules:>8.2f} {len(findings):>9} {len(plans):>6} {ratio:>12}")
        previous = rules


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 4000, 8000])
