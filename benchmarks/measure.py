"""Run one command and print its wall time and peak memory (resident set of that command alone).

python benchmarks/measure.py COMMAND [ARGS...]   ->  prints "SECONDS MAX_RSS_KIB EXIT_CODE"
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time

started = time.perf_counter()
completed = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
elapsed = time.perf_counter() - started
print(f"{elapsed:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {completed.returncode}")
