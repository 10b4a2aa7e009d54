"""What the rules' SCOPE buys: the incremental check of one changed claim file against a full check.

On a generated repository of N claims (benchmark.py's generator), after a first check, each round edits
another claim file and times ``claimtrack check`` (the incremental check, which re-runs the subject-scoped
rules on the subjects touched), then edits a source's file and times it again (any change outside claims/
makes a full check, with every claim file's parse still kept). The ratio of the medians is what the
incremental check, and so ``Scope``, saves on a commit that touches one claim.

    python benchmarks/scope.py [N] [ROUNDS]        # default: 10000 claims, 4 rounds
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark import generate


def _timed(claimtrack: str, root: Path) -> float:
    started = time.perf_counter()
    subprocess.run([claimtrack, "check"], cwd=root, capture_output=True, check=False)
    return time.perf_counter() - started


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    claimtrack = str(Path(sys.executable).parent / "claimtrack")
    root = Path(tempfile.mkdtemp(prefix="claimtrack-scope-"))
    try:
        claims = generate(root, count)
        _timed(claimtrack, root)  # cold: the cache filled
        source = sorted((root / "sources").glob("*.yaml"))[0]
        one, full = [], []
        for round_ in range(rounds):
            claim = claims[round_ * 37 % len(claims)]
            claim.write_text(claim.read_text().replace("statement: ", "statement: Edited. ", 1))
            one.append(_timed(claimtrack, root))
            source.write_text(source.read_text() + f"# edited in round {round_}\n")
            full.append(_timed(claimtrack, root))
        print(f"{count} claims, {rounds} rounds in turns (medians):")
        print(f"  one claim file changed (incremental): {statistics.median(one):.2f} s")
        print(f"  one source file changed (full check, parses kept): {statistics.median(full):.2f} s")
        print(f"  full / incremental: {statistics.median(full) / statistics.median(one):.1f}x")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
