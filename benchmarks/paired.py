"""Two installs of claimtrack timed in turns on copies of one generated repository.

A single run of ``benchmark.py`` cannot decide a question of 10% on a shared machine: its load moves a
run's time by a fifth within minutes, and the two versions compared would be measured at different
moments. Here every round runs each install once, alternating which goes first, so that both see the same
moments; many rounds give a median, a lower quartile and a least time for each, and their ratios.

    python benchmarks/paired.py OTHER_CLAIMTRACK [--rounds 15] [--cold 3] [N]

``OTHER_CLAIMTRACK`` is the ``claimtrack`` command of the other install (say, a virtual environment made
for an older commit: ``git worktree add ../old COMMIT``, then ``python -m venv ../old/.venv`` and
``../old/.venv/bin/pip install -e ../old``); "this" is the ``claimtrack`` beside this Python. Both compile
their bytecode first, as installing a wheel does (a shell that sets PYTHONDONTWRITEBYTECODE would otherwise
make every run of an edited working copy compile it again). Each round times ``claimtrack check`` with
nothing changed (warm), then again after one claim changed (the same claim in both copies); cold rounds
remove the cache first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmark import _tool, compile_bytecode, generate, tool_python

from claimtrack.repository.limits import limit

RUNS = ("cold", "warm", "one file changed")


def _timed(command: str, root: Path) -> float:
    """The wall time of ``command check`` in ``root``, in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run([command, "check"], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    # 0 and 1 are answers (1: problems found); anything else is a failure, never a timing.
    if done.returncode not in (0, 1):
        raise SystemExit(f"paired: {command} check exited with {done.returncode}; no figures for a failed run")
    return elapsed


def _edit(roots: list[Path], relative: Path, mark: int) -> None:
    """Change one claim's statement in every copy, alike."""
    for root in roots:
        path = root / relative
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("statement: ", f"statement: Now {mark}: ", 1), encoding="utf-8")


def _summary(times: list[float]) -> tuple[float, float, float]:
    """The median, the lower quartile and the least of ``times``."""
    quartile = statistics.quantiles(times, n=4)[0] if len(times) > 1 else times[0]
    return statistics.median(times), quartile, min(times)


def run(other: str, count: int, rounds: int, cold: int) -> None:
    this = _tool("claimtrack")
    if this is None:
        raise SystemExit("paired: no claimtrack command beside this Python; python -m pip install -e .")
    if not os.access(other, os.X_OK):
        raise SystemExit(f"paired: {other} is not a command that can be run")
    commands = {"this": this, "other": other}
    for command in commands.values():
        compile_bytecode(tool_python(command))
    times: dict[tuple[str, str], list[float]] = {(name, run): [] for name in commands for run in RUNS}
    with tempfile.TemporaryDirectory(prefix="claimtrack-paired-") as folder:
        roots = {"this": Path(folder) / "this", "other": Path(folder) / "other"}
        files = generate(roots["this"], count)
        shutil.copytree(roots["this"], roots["other"])
        relative = [path.relative_to(roots["this"]) for path in files]

        def in_turn(turn: int) -> list[str]:
            return list(commands) if turn % 2 == 0 else list(commands)[::-1]

        for turn in range(cold):
            for name in in_turn(turn):
                shutil.rmtree(roots[name] / ".claimtrack_cache", ignore_errors=True)
                times[name, "cold"].append(_timed(commands[name], roots[name]))
        # Warm both, then wait until every file has settled, so that the first warm round is like the rest.
        for name in commands:
            _timed(commands[name], roots[name])
        time.sleep(limit("settle_seconds") + 1)
        for name in commands:
            _timed(commands[name], roots[name])
        for turn in range(rounds):
            for name in in_turn(turn):
                times[name, "warm"].append(_timed(commands[name], roots[name]))
            changed = relative[(len(relative) // 2 + turn * 997) % len(relative)]
            _edit(list(roots.values()), changed, turn)
            # Each keeps the result for the change, so the next round's first runs are warm again.
            for name in in_turn(turn):
                times[name, "one file changed"].append(_timed(commands[name], roots[name]))
    print(f"\n{count} claims, {os.cpu_count()} cores, {rounds} rounds ({cold} cold); seconds: median, q1, least")
    print(f"this:  {this}\nother: {other}")
    print(f"{'run':<18} {'this':>20} {'other':>20} {'this/other':>20}")
    for name in RUNS:
        if not times["this", name]:
            continue
        mine, theirs = _summary(times["this", name]), _summary(times["other", name])
        ratios = "  ".join(f"{a / b:.2f}" for a, b in zip(mine, theirs, strict=True))
        print(
            f"{name:<18} {'  '.join(f'{s:.3f}' for s in mine):>20} {'  '.join(f'{s:.3f}' for s in theirs):>20}"
            f" {ratios:>20}"
        )
    for name in commands:
        one, warm = _summary(times[name, "one file changed"]), _summary(times[name, "warm"])
        print(f"one file changed / warm, {name}: " + "  ".join(f"{a / b:.2f}" for a, b in zip(one, warm, strict=True)))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="the claimtrack command of the other install")
    parser.add_argument("count", nargs="?", type=int, default=10_000, help="claims to generate (10000)")
    parser.add_argument("--rounds", type=int, default=15, help="warm and one-changed rounds (15)")
    parser.add_argument("--cold", type=int, default=3, help="cold rounds (3)")
    arguments = parser.parse_args(argv)
    if arguments.rounds < 1 or arguments.cold < 0 or arguments.count < 1:
        parser.error("rounds and count must be at least 1, cold at least 0")
    run(arguments.other, arguments.count, arguments.rounds, arguments.cold)


if __name__ == "__main__":
    main(sys.argv[1:])
