"""Start-up of the command line: whole processes, each paired with ``python -c pass``.

Times ``repmon --help``, ``repmon status`` (on the demo database) and ``repmon score`` of one
text, each run right after a bare interpreter and ``repmon --help`` (A B C A B C ...), and
prints the median wall and CPU time and the ratios to both, round by round (median and
range). Bytecode is cached in a temporary folder, as an installed package has it (an
environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module anew).

    python benchmarks/startup.py [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._synth import header

PYCACHE = tempfile.mkdtemp(prefix="repmon-pycache-")
GOALS = {"repmon --help": 0.3, "repmon status": 0.3, "repmon score (one text)": 0.8}
TEXT = "Still waiting for my refund @acme, worst service ever!!\n"
_SCRIPT = Path(sys.executable).with_name("repmon")
REPMON = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "from monitor.cli import main; main()"]
)


def timed(argv: list[str], *, cwd: Path, stdin: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one process (its own CPU, from ``wait4``); exit codes ignored:
    ``status`` exits 1 when something needs a look, which is part of what it measures."""
    env = {**os.environ, "REPMON_DATABASE_URL": "", "PYTHONPYCACHEPREFIX": PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with open(stdin or os.devnull, "rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=source,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    header("repmon start-up benchmark")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "one.txt").write_text(TEXT, encoding="utf-8")
        subprocess.run([*REPMON, "scan", "--demo"], cwd=folder, capture_output=True, check=True)
        commands = {
            "repmon --help": ([*REPMON, "--help"], None),
            "repmon status": ([*REPMON, "--demo", "status"], None),
            "repmon score (one text)": ([*REPMON, "score"], folder / "one.txt"),
        }
        bare = [sys.executable, "-c", "pass"]
        helps = [*REPMON, "--help"]
        print(f"\nwhole processes, {args.repeat} rounds each after one warm-up; median (min-max)\n")
        for label, (argv, stdin) in commands.items():
            timed(argv, cwd=folder, stdin=stdin)
            rounds = [(timed(argv, cwd=folder, stdin=stdin), timed(bare, cwd=folder),
                       timed(helps, cwd=folder)) for _ in range(args.repeat)]  # fmt: skip
            walls = [a[0] for a, _, _ in rounds]
            cpus = [a[1] for a, _, _ in rounds]
            to_bare = [a[0] / b[0] for a, b, _ in rounds]
            to_help = [a[0] / h[0] for a, _, h in rounds]
            wall = statistics.median(walls)
            verdict = "met" if wall <= GOALS[label] else "NOT met"
            print(f"{label:<24} wall {wall:.2f} s ({min(walls):.2f}-{max(walls):.2f})  "
                  f"cpu {statistics.median(cpus):.2f} s  "
                  f"{statistics.median(to_bare):.0f}x python -c pass "
                  f"({min(to_bare):.0f}-{max(to_bare):.0f}), "
                  f"{statistics.median(to_help):.1f}x repmon --help "
                  f"({min(to_help):.1f}-{max(to_help):.1f})  goal <= {GOALS[label]} s: {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()
