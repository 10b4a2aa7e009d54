"""What comparing quantities costs: one unit, two units that convert, and the first conversion of a run.

Times ``quantities_compatible`` on pairs of claims' values of three kinds: the same unit (the common case,
which never loads pint), two units that convert (miles and kilometres, a rate per day and per year), and
two counted nouns (which ask pint once whether either is a unit, then remember). Also times, in a fresh
process, the first comparison of two different units: pint's import and registry, paid once per run and
only by a run that meets two different units.

    python benchmarks/quantity_compare.py [PAIRS]      # default: 200000
"""

from __future__ import annotations

import subprocess
import sys
import time

from claimtrack.model.quantities import BoundedQuantity, ExactQuantity, quantities_compatible
from claimtrack.model.units import Period

FIRST = """
import time
from claimtrack.model.quantities import ExactQuantity, quantities_compatible
start = time.perf_counter()
quantities_compatible(ExactQuantity(exactly=194, unit="mile"), ExactQuantity(exactly=312, unit="kilometre"))
print(time.perf_counter() - start)
"""


def _pairs(kind: str, count: int) -> list[tuple[ExactQuantity | BoundedQuantity, ExactQuantity]]:
    if kind == "one unit":
        return [
            (BoundedQuantity(more_than=i % 500, unit="passenger"), ExactQuantity(exactly=i % 700, unit="passenger"))
            for i in range(count)
        ]
    if kind == "two units":
        return [
            (ExactQuantity(exactly=i % 500, unit="mile"), ExactQuantity(exactly=i % 800, unit="kilometre"))
            if i % 2
            else (
                ExactQuantity(exactly=i % 90, unit="passenger", per=Period.DAY),
                ExactQuantity(exactly=i % 30_000, unit="passenger", per=Period.YEAR),
            )
            for i in range(count)
        ]
    return [
        (ExactQuantity(exactly=i % 12, unit="helicopter"), ExactQuantity(exactly=i % 12, unit="tank"))
        for i in range(count)
    ]


def main(count: int) -> None:
    first = float(subprocess.run([sys.executable, "-c", FIRST], capture_output=True, text=True, check=True).stdout)
    print(f"first comparison of two units in a fresh process (pint's import and registry): {first:.3f} s")
    print(f"{'pairs':>8}  {'kind':<16} {'total s':>8} {'µs/pair':>8}")
    for kind in ("one unit", "two units", "counted nouns"):
        pairs = _pairs(kind, count)
        quantities_compatible(*pairs[0])
        start = time.perf_counter()
        for a, b in pairs:
            quantities_compatible(a, b)
        elapsed = time.perf_counter() - start
        print(f"{count:>8}  {kind:<16} {elapsed:>8.3f} {elapsed / count * 1e6:>8.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
