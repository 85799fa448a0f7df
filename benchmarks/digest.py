"""Digest build time on a large database vs a small one, with the query plans.

Fills a database with N seeded mentions spread over a year (older ones mostly answered,
as in a team that uses the product), then times ``build_digest`` for one brand and prints
the plan of every query it runs, so a full table scan would show.

    python benchmarks/digest.py [--small 10000] [--size 100000] [--repeat 5] [--pg]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from benchmarks._synth import BRANDS, NOW, header, median_of, settings, texts
from benchmarks.scan import database
from monitor.models import Mention, mention_row
from monitor.storage import Database
from reports.digest import build_digest

KINDS = ("delivery", "refund", "service", "question", "praise", "none", "other")


def rows(n: int, *, seed: int = 11) -> Any:
    rng = random.Random(seed)
    for i, body in enumerate(texts(n, seed=seed)):
        age = timedelta(minutes=rng.randint(0, 365 * 24 * 60))
        kind = rng.choice(KINDS)
        old = age > timedelta(days=7)
        status = (
            rng.choice(("replied", "resolved", "ignored")) if old and rng.random() < 0.98 else "new"
        )
        yield mention_row(
            source="synthetic",
            external_id=f"d{i}",
            source_name="synthetic",
            brand=BRANDS[i % 3],
            text=body,
            created_at=NOW - age,
            fetched_at=NOW,
            text_hash=f"{i:016x}",
            sentiment=rng.uniform(-1, 1),
            anger=rng.random(),
            is_complaint=kind not in KINDS[3:6],
            complaint_type=kind,
            needs_reply=kind not in ("praise", "none"),
            priority=rng.uniform(0, 100),
            scored=rng.random() > 0.02,
            status=status,
            reasons=["complaint: 'x'"],
            follow_up_on=(NOW - age + timedelta(days=3)).date() if status == "resolved" else None,
        )


def fill(db: Database, n: int) -> None:
    table = Mention.__table__  # type: ignore[attr-defined]
    batch: list[dict[str, Any]] = []
    with db.engine.begin() as conn:
        for row in rows(n):
            batch.append(row)
            if len(batch) == 5_000:
                conn.execute(table.insert(), batch)
                batch = []
        if batch:
            conn.execute(table.insert(), batch)
        if db.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE mention")
        else:
            conn.exec_driver_sql("ANALYZE")


def build(db: Database) -> Any:
    brand = settings().brands[0]
    with db.session() as session:
        return build_digest(session, brand, day=NOW.date(), now=NOW)


def plans(db: Database) -> None:
    seen: list[tuple[str, Any]] = []
    listener = lambda conn, cur, stmt, params, ctx, many: seen.append((stmt, params))  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    build(db)
    event.remove(db.engine, "before_cursor_execute", listener)
    explain = "EXPLAIN QUERY PLAN " if db.engine.dialect.name == "sqlite" else "EXPLAIN "
    with db.engine.connect() as conn:
        for stmt, params in seen:
            print("\n" + " ".join(stmt.split())[:160] + " ...")
            for line in conn.exec_driver_sql(explain + stmt, params).fetchall():
                print("   ", line[-1])


def measure(db: Database, n: int, repeat: int) -> float:
    start = time.perf_counter()
    fill(db, n)
    print(f"filled {n:,} mentions in {time.perf_counter() - start:.0f} s")
    digest = build(db)
    print(
        f"digest: {len(digest.answer_now)} answer now, {len(digest.needs_reply)} need a reply, "
        f"{len(digest.human_read)} human read, volume {digest.summary.volume}"
    )
    return median_of(repeat, lambda: build(db))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument(
        "--size", type=int, default=100_000, help="the large database (goal: 1000000)"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--pg", action="store_true", help="use a throwaway local PostgreSQL cluster"
    )
    args = parser.parse_args()
    header("repmon digest benchmark")
    timings = {}
    for n in (args.small, args.size):
        with database(args.pg) as db:
            timings[n] = measure(db, n, args.repeat)
            print(
                f"build_digest on {n:,} mentions ({db.engine.dialect.name}): {timings[n] * 1000:.1f} ms"
            )
            if n == args.size:
                plans(db)
    ratio = timings[args.size] / timings[args.small]
    big = timings[args.size]
    print(
        f"\n{args.size:,} / {args.small:,} = {ratio:.2f}x  (goal <= 3x: {'met' if ratio <= 3 else 'NOT met'}); "
        f"absolute {big:.3f} s (goal < 1 s: {'met' if big < 1 else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
