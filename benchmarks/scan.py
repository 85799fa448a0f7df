"""End-to-end scan speed: match + score + store with cursor, through the real runner.

Compared in the same run with (a) scoring the same texts with VADER alone and (b) a naive
pipeline written here: VADER per call, one ORM insert and commit per mention, one regex per
keyword. The naive pipeline commits per row, so it runs on a slice (--naive-size) and is
compared per mention. ``--memory N`` streams N mentions through a scan and reports how much
the peak RSS grew.

    python benchmarks/scan.py [--size 20000] [--repeat 5] [--pg] [--memory 1000000]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._synth import (
    NOW,
    SyntheticConnector,
    header,
    median_of,
    mentions,
    peak_rss_mb,
    settings,
    texts,
)
from monitor.models import Mention
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer, vader
from monitor.storage import Database

REGISTRY = {"synthetic": SyntheticConnector}


@contextmanager
def database(pg: bool) -> Iterator[Database]:
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


def fresh(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM mention")
        conn.exec_driver_sql("DELETE FROM source_state")


def run_scan(db: Database, size: int, scorer: DefaultScorer) -> int:
    SyntheticConnector.size = size
    config = settings()
    scan = Scan(config, db, registry=REGISTRY, scorer=scorer, env={}, now=NOW, base_dir=Path.cwd())
    report = scan.run(partitions(config, REGISTRY))
    assert not report.failed, report.failed
    return report.stored


def naive(db: Database, size: int) -> None:
    """What a first version would do: no batching, no token index, no cursor."""
    analyzer = vader()
    keywords = [k for b in settings().brands for k in (*b.keywords, *b.handles)]
    with db.session() as session:
        for found in mentions(size, seed=99):
            brand = next(
                (k for k in keywords if re.search(rf"\b{re.escape(k)}\b", found.text, re.I)), None
            )
            compound = analyzer.polarity_scores(found.text)["compound"]
            session.add(
                Mention(
                    source=found.source,
                    external_id=found.external_id,
                    source_name="naive",
                    brand=brand or "?",
                    text=found.text,
                    created_at=found.created_at,
                    fetched_at=NOW,
                    text_hash="x",
                    sentiment=compound,
                )
            )
            session.commit()


def speed(args: argparse.Namespace) -> None:
    scorer, analyzer = DefaultScorer(), vader()
    scorer.score("Lämmittely", language=None)  # loads the language model
    corpus = list(texts(args.size))
    t_vader = median_of(args.repeat, lambda: [analyzer.polarity_scores(t) for t in corpus])
    with database(args.pg) as db:
        stored = run_scan(db, args.size, scorer)
        t_scan = median_of(args.repeat, lambda: (fresh(db), run_scan(db, args.size, scorer)))
        fresh(db)
        t_naive = median_of(
            max(1, args.repeat // 2), lambda: (fresh(db), naive(db, args.naive_size))
        )
        backend = db.engine.dialect.name
    per = lambda t, n: t / n * 1e6  # noqa: E731
    print(
        f"\n## scan of {args.size:,} mentions on {backend} ({stored:,} stored), repeat {args.repeat}"
    )
    print(f"VADER alone:            {t_vader:7.2f} s  {per(t_vader, args.size):6.0f} us/mention")
    print(f"repmon scan (real path): {t_scan:7.2f} s  {per(t_scan, args.size):6.0f} us/mention")
    print(
        f"naive pipeline ({args.naive_size:,}):  {t_naive:7.2f} s  {per(t_naive, args.naive_size):6.0f} us/mention"
    )
    ratio_vader = t_scan / t_vader
    ratio_naive = per(t_naive, args.naive_size) / per(t_scan, args.size)
    print(
        f"scan / VADER alone = {ratio_vader:.2f}x  (goal <= 1.5x: {'met' if ratio_vader <= 1.5 else 'NOT met'})"
    )
    print(
        f"naive / scan = {ratio_naive:.1f}x faster  (goal >= 10x: {'met' if ratio_naive >= 10 else 'NOT met'})"
    )


def memory(args: argparse.Namespace) -> None:
    scorer = DefaultScorer()
    scorer.score("Lämmittely", language=None)  # loads the language model
    with database(args.pg) as db:
        run_scan(db, 2_000, scorer)  # warm every code path before the baseline
        fresh(db)
        before = peak_rss_mb()
        stored = run_scan(db, args.memory, scorer)
        grew = peak_rss_mb() - before
        print(
            f"\n## memory: streamed {args.memory:,} mentions ({stored:,} stored) on {db.engine.dialect.name}"
        )
        print(
            f"peak RSS before {before:.0f} MB, growth {grew:.1f} MB  (goal < 100 MB: {'met' if grew < 100 else 'NOT met'})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="mentions per scan (goal: 100000)")
    parser.add_argument(
        "--naive-size", type=int, default=2_000, help="mentions for the naive pipeline"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--pg", action="store_true", help="use a throwaway local PostgreSQL cluster"
    )
    parser.add_argument(
        "--memory", type=int, default=0, help="only measure RSS growth over N mentions"
    )
    args = parser.parse_args()
    header("repmon scan benchmark")
    memory(args) if args.memory else speed(args)


if __name__ == "__main__":
    main()
