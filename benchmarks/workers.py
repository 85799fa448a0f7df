"""Several ``repmon run`` workers on one PostgreSQL: is everything stored and sent once, and
how long does the work take with 3 workers against 1?

Runs, side by side in one go: a throwaway PostgreSQL cluster, an SMTP server and one local
Hacker News-shaped HTTP server per source (each page answered after ``PAGE_DELAY``, like a
real API). Each scheduled cycle adds new stories to every source, then starts the workers
(``repmon run --once`` processes) together. Afterwards: mentions stored vs expected, digest
and alert messages sent vs expected, and the wall time of all cycles.

    python benchmarks/workers.py [--cycles 4] [--sources 6]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitor.schema import ensure_current
from monitor.storage import Database
from tests.faults.helpers import config_toml, outbox_rows, repmon, stored
from tests.faults.hn_server import Feed, hn_server
from tests.pg import cluster, fresh_database
from tests.reports.smtp_server import free_port, smtp_server

PAGE_DELAY = 0.25
NEW_PER_CYCLE = 40  # two pages of 20 per source and cycle


def run(server: str, *, workers: int, cycles: int, sources: int) -> dict[str, float]:
    url = fresh_database(server)
    ensure_current(Database(url))
    feeds = [Feed(total=0, prefix=f"f{i}-", delay=PAGE_DELAY) for i in range(sources)]
    port = free_port()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        smtp = stack.enter_context(smtp_server(port))
        urls = [stack.enter_context(hn_server(f)) for f in feeds]
        config = Path(tmp) / "repmon.toml"
        config.write_text(config_toml(urls, smtp_port=port, interval="1s"))
        started, failures = time.perf_counter(), 0
        for _ in range(cycles):
            for f in feeds:
                f.total += NEW_PER_CYCLE
            procs = [repmon("run", "--once", config=config, db_url=url, wait=False)
                     for _ in range(workers)]  # fmt: skip
            failures += sum(p.wait(timeout=300) != 0 for p in procs)
            time.sleep(0.6)  # the next cycle is due (half the 1 s interval has passed)
        elapsed = time.perf_counter() - started
        db = Database(url)
        rows, distinct = stored(db)
        digests, alerts = outbox_rows(db, "digest"), outbox_rows(db, "alert")
        subjects = [str(m["Subject"]) for _, m in smtp.received]
        digest_subjects = {d.subject for d in digests}
        db.engine.dispose()
    return {
        "mentions stored": rows, "distinct": distinct,
        "mentions expected": sources * NEW_PER_CYCLE * cycles,
        "digests sent": sum(s in digest_subjects for s in subjects),
        "digests expected": 1, "alert rows sent": sum(a.status == "sent" for a in alerts),
        "alert rows expected": sources * NEW_PER_CYCLE * cycles,
        "alert messages": sum("angry complaint" in s for s in subjects),
        "messages": len(subjects),
        "distinct messages": len({m["Message-ID"] for _, m in smtp.received}),
        "digest rows": len(digests), "failed processes": failures, "seconds": elapsed,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cycles", type=int, default=4)
    parser.add_argument("--sources", type=int, default=6)
    args = parser.parse_args()
    with cluster() as server:
        results = {
            n: run(server, workers=n, cycles=args.cycles, sources=args.sources) for n in (1, 3)
        }
    print(f"{args.sources} sources, {args.cycles} cycles, {NEW_PER_CYCLE} new per source/cycle")
    for n, r in results.items():
        print(f"{n} worker(s): " + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}"
                                             for k, v in r.items()))  # fmt: skip
    print(f"time with 3 workers / time with 1: {results[3]['seconds'] / results[1]['seconds']:.2f}")


if __name__ == "__main__":
    main()
