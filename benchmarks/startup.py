"""Start-up of the command line: whole processes, each paired with ``python -c pass``.

Times ``repmon --help``, ``repmon status`` (on the demo database), ``repmon score`` of one
text and ``repmon suggest --demo`` of one post, each run right after a bare interpreter and
``repmon --help`` (A B C A B C ...), and prints the median wall and CPU time and the ratios
to both, round by round (median and range). Bytecode is cached in a temporary folder, as an
installed package has it (an environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise
compile every module anew).

``--baseline DIR`` compares with another copy of the code instead (a checkout of an earlier
commit: ``git archive COMMIT | tar -x -C DIR``): each command runs from DIR, then from this
tree (A B A B ...), and the ratio this/baseline is given round by round.

    python benchmarks/startup.py [--repeat 7] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._synth import header

ROOT = Path(__file__).resolve().parent.parent

PYCACHE = tempfile.mkdtemp(prefix="repmon-pycache-")
GOALS = {"repmon --help": 0.3, "repmon status": 0.3, "repmon score (one text)": 0.8}
TEXT = "Still waiting for my refund @acme, worst service ever!!\n"
_SCRIPT = Path(sys.executable).with_name("repmon")
REPMON = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "from monitor.cli import main; main()"]
)
FROM_PATH = [sys.executable, "-c", "from monitor.cli import main; main()"]  # --baseline runs


def timed(
    argv: list[str], *, cwd: Path, stdin: Path | None = None, code: Path | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of one process (its own CPU, from ``wait4``); exit codes ignored:
    ``status`` exits 1 when something needs a look, which is part of what it measures.
    ``code``: the copy of the package to import (first on ``PYTHONPATH``)."""
    env = {**os.environ, "REPMON_DATABASE_URL": "", "PYTHONPYCACHEPREFIX": PYCACHE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    with open(stdin or os.devnull, "rb") as source:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=source,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def commands(repmon: list[str], folder: Path) -> dict[str, tuple[list[str], Path | None]]:
    return {
        "repmon --help": ([*repmon, "--help"], None),
        "repmon status": ([*repmon, "--demo", "status"], None),
        "repmon score (one text)": ([*repmon, "score"], folder / "one.txt"),
        # the first thing a new user tries: a reading and both drafts for one post
        "repmon suggest --demo": ([*repmon, "suggest", "--demo", TEXT.strip()], None),
    }


def spread(values: Sequence[float], digits: int = 2) -> str:
    med, low, high = statistics.median(values), min(values), max(values)
    return f"{med:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def against_bare(folder: Path, repeat: int) -> None:
    bare = [sys.executable, "-c", "pass"]
    helps = [*REPMON, "--help"]
    print(f"\nwhole processes, {repeat} rounds each after one warm-up; median (min-max)\n")
    for label, (argv, stdin) in commands(REPMON, folder).items():
        timed(argv, cwd=folder, stdin=stdin)
        rounds = [(timed(argv, cwd=folder, stdin=stdin), timed(bare, cwd=folder),
                   timed(helps, cwd=folder)) for _ in range(repeat)]  # fmt: skip
        walls = [a[0] for a, _, _ in rounds]
        cpus = [a[1] for a, _, _ in rounds]
        to_bare = [a[0] / b[0] for a, b, _ in rounds]
        to_help = [a[0] / h[0] for a, _, h in rounds]
        wall = statistics.median(walls)
        verdict = "met" if wall <= GOALS[label] else "NOT met"
        print(f"{label:<24} wall {spread(walls)} s  cpu {statistics.median(cpus):.2f} s  "
              f"{spread(to_bare, 0)}x python -c pass, {spread(to_help, 1)}x repmon --help  "
              f"goal <= {GOALS[label]} s: {verdict}")  # fmt: skip


def against_baseline(folder: Path, repeat: int, baseline: Path) -> None:
    print(f"\nthis tree ({ROOT}) against {baseline}, A B A B, {repeat} rounds after one "
          "warm-up each; median (min-max)\n")  # fmt: skip
    for label, (argv, stdin) in commands(FROM_PATH, folder).items():
        for code in (baseline, ROOT):
            timed(argv, cwd=folder, stdin=stdin, code=code)
        rounds = [(timed(argv, cwd=folder, stdin=stdin, code=baseline),
                   timed(argv, cwd=folder, stdin=stdin, code=ROOT)) for _ in range(repeat)]  # fmt: skip
        before, after = [b for b, _ in rounds], [a for _, a in rounds]
        print(f"{label:<24} baseline wall {spread([b[0] for b in before])} s "
              f"cpu {statistics.median(b[1] for b in before):.2f} s; "
              f"this wall {spread([a[0] for a in after])} s "
              f"cpu {statistics.median(a[1] for a in after):.2f} s; "
              f"this/baseline wall {spread([a[0] / b[0] for b, a in rounds])}, "
              f"cpu {spread([a[1] / b[1] for b, a in rounds])}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--baseline", type=Path, help="another copy of the code to compare")
    args = parser.parse_args()
    header("repmon start-up benchmark")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "one.txt").write_text(TEXT, encoding="utf-8")
        subprocess.run([*REPMON, "scan", "--demo"], cwd=folder, capture_output=True, check=True)
        if args.baseline:
            against_baseline(folder, args.repeat, args.baseline.resolve())
        else:
            against_bare(folder, args.repeat)
    print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
