"""Scan speed as a user meets it: ``repmon scan`` of N JSONL mentions, whole processes.

Each repeat runs, in turn (the order rotates, so load drift hits every command alike):
  scan   ``repmon scan`` of an N-line JSONL export into a fresh database: start-up, config,
         JSON parsing, matching, scoring, the write and the alert step all included;
  stock  a process that only runs stock vaderSentiment ``polarity_scores`` on the same texts;
  fast   the same with the exact, faster VADER of ``monitor.reading.vader``.
Ratios are taken pair by pair within a repeat; the median and range are printed, with the
cost per mention. ``--baseline DIR`` adds a fourth command, the same scan run with another
copy of the code first on ``PYTHONPATH`` (``git archive COMMIT | tar -x -C DIR``), and the
ratio this/baseline. ``--memory`` reports the peak RSS of ``repmon scan`` (each process's own,
from ``wait4``) at two sizes: it should not grow with the number of new mentions.

    python benchmarks/scan.py [--size 20000] [--repeat 3] [--pg] [--naive 2000] [--baseline DIR]
    python benchmarks/scan.py --memory [--small 10000] [--large 1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._synth import BRANDS, NOW, header, mentions
from monitor.storage import Database

ROOT = Path(__file__).resolve().parent.parent

# the installed console script, as a user runs it
_SCRIPT = Path(sys.executable).with_name("repmon")
REPMON = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "from monitor.cli import main; main()"]
)
VADER_ONLY = """
import sys
from {module} import {name} as Analyzer
analyzer = Analyzer()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        analyzer.polarity_scores(line.rstrip("\\n"))
"""
# what a first version would do: a regex per keyword, VADER per call, an ORM insert and a
# commit per mention; it reads the first N lines of the same export
NAIVE = """
import itertools, json, re, sys
from datetime import UTC, datetime
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from monitor.models import Mention
from monitor.storage import Database
from monitor.timeutil import parse_timestamp
db = Database(sys.argv[1])
db.create_all()
analyzer = SentimentIntensityAnalyzer()
keywords = {keywords!r}
with open("mentions.jsonl", encoding="utf-8") as f, db.session() as session:
    for line in itertools.islice(f, int(sys.argv[2])):
        item = json.loads(line)
        text = item["text"]
        brand = next((k for k in keywords if re.search(rf"\\b{{re.escape(k)}}\\b", text, re.I)), "?")
        compound = analyzer.polarity_scores(text)["compound"]
        session.add(Mention(
            source=item["source"], external_id=item["id"], source_name="naive", brand=brand,
            text=text, created_at=parse_timestamp(item["created_at"]),
            fetched_at=datetime.now(UTC), text_hash="x", sentiment=compound,
        ))
        session.commit()
"""
CONFIG = """
[[sources]]
kind = "jsonl"
name = "export"
options = {{ path = "mentions.jsonl", page_size = 1000 }}
{brands}
"""


@contextmanager
def database(pg: bool) -> Iterator[Database]:
    """An empty database with the tables (``benchmarks/digest.py`` uses it too)."""
    if pg:
        from tests.pg import cluster, fresh_database

        with cluster() as server:
            yield _open(fresh_database(server))
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield _open(f"sqlite:///{tmp}/bench.db")


def _open(url: str) -> Database:
    db = Database(url)
    db.create_all()
    return db


def write_inputs(folder: Path, size: int) -> None:
    """The JSONL export, the same texts one per line for the VADER-only runs, and a config."""
    with (
        (folder / "mentions.jsonl").open("w", encoding="utf-8") as export,
        (folder / "texts.txt").open("w", encoding="utf-8") as plain,
    ):
        for found in mentions(size):
            assert "\n" not in found.text
            export.write(json.dumps({
                "id": found.external_id, "source": "x", "text": found.text,
                "created_at": found.created_at.isoformat(), "author": found.author,
                "author_reach": found.author_reach,
            }) + "\n")  # fmt: skip
            plain.write(found.text + "\n")
    brands = "".join(
        f'\n[[brands]]\nname = "{b}"\nkeywords = ["{b.lower()}"]\nhandles = ["@{b.lower()}"]\n'
        for b in BRANDS
    )
    (folder / "repmon.toml").write_text(CONFIG.format(brands=brands), encoding="utf-8")


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    code: int


def run(argv: list[str], *, cwd: Path, env: dict[str, str] | None = None) -> Run:
    """One whole process: wall time, its own CPU time and peak RSS (from ``wait4``)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{err}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


class Commands:
    """The three commands of a repeat; the scan gets a fresh database each time."""

    def __init__(self, folder: Path, *, pg_server: str | None) -> None:
        self.folder, self.pg_server, self.n = folder, pg_server, 0
        self.env = {**os.environ, "REPMON_DATABASE_URL": "", "PYTHONPATH": str(ROOT)}

    def scan(self, code: Path = ROOT) -> Run:
        self.n += 1
        if self.pg_server:
            from tests.pg import fresh_database

            url = fresh_database(self.pg_server)
        else:
            url = f"sqlite:///{self.folder / f'scan{self.n}.db'}"
        argv = [*REPMON, "--config", "repmon.toml", "--database-url", url, "scan", "--no-digest"]
        result = run(argv, cwd=self.folder, env={**self.env, "PYTHONPATH": str(code)})
        if not self.pg_server:
            (self.folder / f"scan{self.n}.db").unlink()
        return result

    def naive(self, size: int) -> Run:
        keywords = [k for b in BRANDS for k in (b.lower(), f"@{b.lower()}")]
        url = f"sqlite:///{self.folder / 'naive.db'}"
        code = NAIVE.format(keywords=keywords)
        result = run([sys.executable, "-c", code, url, str(size)], cwd=self.folder, env=self.env)
        (self.folder / "naive.db").unlink()
        return result

    def vader(self, module: str, name: str) -> Run:
        code = VADER_ONLY.format(module=module, name=name)
        return run([sys.executable, "-c", code, "texts.txt"], cwd=self.folder, env=self.env)


def paired(commands: dict[str, Callable[[], Run]], repeat: int) -> dict[str, list[Run]]:
    names, out = list(commands), {name: [] for name in commands}  # type: dict[str, list[Run]]
    for r in range(repeat):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            out[name].append(commands[name]())
    return out


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    m, lo, hi = statistics.median(values), min(values), max(values)
    return f"{fmt.format(m)} ({fmt.format(lo)}-{fmt.format(hi)})"


def speed(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as tmp, _server(args.pg) as server:
        folder = Path(tmp)
        write_inputs(folder, args.size)
        cmd = Commands(folder, pg_server=server)
        cmd.scan()  # warm-up: byte-compiles, fills the page cache
        commands = {
            "scan": cmd.scan,
            "stock": lambda: cmd.vader("vaderSentiment.vaderSentiment", "SentimentIntensityAnalyzer"),
            "fast": lambda: cmd.vader("monitor.reading.vader", "FastVader"),
        }  # fmt: skip
        if args.naive:
            commands["naive"] = lambda: cmd.naive(args.naive)
        if args.baseline:
            cmd.scan(args.baseline.resolve())  # its warm-up
            commands["baseline"] = lambda: cmd.scan(args.baseline.resolve())
        runs = paired(commands, args.repeat)
    backend = "PostgreSQL" if args.pg else "SQLite"
    print(f"\n## repmon scan of {args.size:,} JSONL mentions into a fresh {backend} database")
    print(f"whole processes, {args.repeat} paired repeats; median (min-max)\n")
    for name, label in (("scan", "repmon scan"), ("stock", "stock VADER only"),
                        ("fast", "exact fast VADER only")):  # fmt: skip
        walls = [r.wall for r in runs[name]]
        per = [w / args.size * 1e6 for w in walls]
        cpu = [r.cpu for r in runs[name]]
        print(f"{label:<22} wall {spread(walls)} s   cpu {spread(cpu)} s   "
              f"{spread(per, '{:.0f}')} us/mention")  # fmt: skip
    for base, label in (("stock", "stock VADER"), ("fast", "exact fast VADER")):
        ratios = [s.wall / b.wall for s, b in zip(runs["scan"], runs[base], strict=True)]
        cpu = [s.cpu / b.cpu for s, b in zip(runs["scan"], runs[base], strict=True)]
        print(f"scan / {label:<17} wall {spread(ratios)}x   cpu {spread(cpu)}x   (goal <= 1.5x)")
    if args.baseline:
        walls = [r.wall for r in runs["baseline"]]
        print(f"{'baseline scan':<22} wall {spread(walls)} s   "
              f"cpu {spread([r.cpu for r in runs['baseline']])} s  ({args.baseline})")  # fmt: skip
        wall = [s.wall / b.wall for s, b in zip(runs["scan"], runs["baseline"], strict=True)]
        cpu = [s.cpu / b.cpu for s, b in zip(runs["scan"], runs["baseline"], strict=True)]
        print(f"scan / baseline scan    wall {spread(wall)}x   cpu {spread(cpu)}x")
    fast = [s.wall / f.wall for s, f in zip(runs["stock"], runs["fast"], strict=True)]
    print(f"stock / fast VADER      wall {spread(fast)}x")
    if args.naive:
        per = [(n.wall / args.naive) / (s.wall / args.size)
               for s, n in zip(runs["scan"], runs["naive"], strict=True)]  # fmt: skip
        naive_us = [n.wall / args.naive * 1e6 for n in runs["naive"]]
        print(f"naive pipeline ({args.naive:,} mentions) {spread(naive_us, '{:.0f}')} us/mention: "
              f"scan is {spread(per)}x faster per mention (goal >= 10x)")  # fmt: skip


@contextmanager
def _server(pg: bool) -> Iterator[str | None]:
    if not pg:
        yield None
        return
    from tests.pg import cluster

    with cluster() as url:
        yield url


def memory(args: argparse.Namespace) -> None:
    print(f"\n## peak RSS of repmon scan (SQLite), {args.small:,} vs {args.large:,} new mentions")
    peaks = {}
    for size in (args.small, args.large):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            write_inputs(folder, size)
            result = Commands(folder, pg_server=None).scan()
            peaks[size] = result.rss_mb
            print(f"{size:>9,} mentions: peak RSS {result.rss_mb:6.0f} MB, "
                  f"wall {result.wall:6.1f} s ({result.wall / size * 1e6:.0f} us/mention)")  # fmt: skip
    grew = peaks[args.large] - peaks[args.small]
    verdict = "met" if grew <= 100 else "NOT met"
    print(f"growth {grew:+.0f} MB  (goal: within +100 MB: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="mentions per scan")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pg", action="store_true", help="a throwaway local PostgreSQL")
    parser.add_argument(
        "--naive", type=int, default=0, metavar="N", help="also a naive pipeline on N mentions"
    )
    parser.add_argument("--memory", action="store_true", help="peak RSS at --small vs --large")
    parser.add_argument("--baseline", type=Path, help="another copy of the code to compare")
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=1_000_000)
    args = parser.parse_args()
    header("repmon scan benchmark")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"synthetic mentions as of {NOW:%Y-%m-%d}; {len(BRANDS)} brands")
    memory(args) if args.memory else speed(args)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
