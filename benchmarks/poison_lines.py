"""The poison-line experiment: a 1,200-line JSONL import with 6 kinds of bad line, one scan.

Every 50th line (line 600 among them) is bad, the 6 kinds in turn: ``author`` an object,
``url`` a list, ``lang`` an object, ``title`` a number, ``author_reach`` 1e30, and a text
holding a lone surrogate and a NUL (which PostgreSQL refuses). Before item-level isolation
one such line failed its whole page of 500 and every later scan failed on it again. Prints
what one scan stored and quarantined, where the cursor stopped, and how each kind of bad
line was stored. ``--unreadable`` adds two kinds no coercion can store (a line cut short,
a line without text), to show them quarantined while the rest commits.

    python benchmarks/poison_lines.py [--pg] [--unreadable]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import select

from connectors import REGISTRY
from monitor.config import parse_settings
from monitor.models import Mention, QuarantineItem
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from monitor.timeutil import utcnow

LINES = 1200
EVERY = 50
KINDS: list[tuple[str, dict[str, Any]]] = [
    ("author is an object", {"author": {"name": "Ann", "followers": 12}}),
    ("url is a list", {"url": ["https://example.com/a", "https://example.com/b"]}),
    ("lang is an object", {"lang": {"code": "en"}}),
    ("title is a number", {"title": 404}),
    ("author_reach is 1e30", {"author_reach": 1e30}),
    ("text has a lone surrogate and a NUL", {"text": "Parcelly lost it \ud800 again \u0000!"}),
]


UNREADABLE = {375: '{"id": "l375", "text": "Parcelly cut sho', 825: '{"id": "l825", "title": 1}'}


def kind_at(line_no: int) -> int | None:
    """Which kind of bad line sits at ``line_no`` (1-based), or None for a good line."""
    return (line_no // EVERY - 1) % len(KINDS) if line_no % EVERY == 0 else None


def write_file(path: Path, *, unreadable: bool) -> None:
    with path.open("w", encoding="utf-8", errors="surrogatepass") as f:
        for n in range(1, LINES + 1):
            if unreadable and n in UNREADABLE:
                f.write(UNREADABLE[n] + "\n")
                continue
            line: dict[str, Any] = {
                "id": f"l{n}", "text": f"Parcelly parcel {n} arrived late again",
                "created_at": "2026-11-20T10:00:00Z", "author": f"user{n % 97}",
            }  # fmt: skip
            kind = kind_at(n)
            if kind is not None:
                line.update(KINDS[kind][1])
            f.write(json.dumps(line, ensure_ascii=kind is not None) + "\n")


@contextmanager
def database(pg: bool, folder: Path) -> Iterator[Database]:
    if pg:
        from tests.pg import cluster, fresh_database

        with cluster() as server:
            db = Database(fresh_database(server))
            db.create_all()
            yield db
            db.engine.dispose()
        return
    db = Database(f"sqlite:///{folder / 'poison.db'}")
    db.create_all()
    yield db


def run(db: Database, folder: Path) -> dict[str, Any]:
    settings = parse_settings(
        {"brands": [{"name": "Parcelly", "keywords": ["parcelly"]}],
         "sources": [{"kind": "jsonl", "name": "import", "options": {"path": "poison.jsonl"}}]},
        registry=REGISTRY,
    )  # fmt: skip
    scan = Scan(settings, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=utcnow(),
                base_dir=folder)  # fmt: skip
    start = time.perf_counter()
    [result] = scan.run(partitions(settings, REGISTRY)).results
    elapsed = time.perf_counter() - start
    [part] = partitions(settings, REGISTRY)
    state = db.state("import", part.brand)
    cursor = json.loads(state.cursor) if state and state.cursor else {}
    with db.session() as session:
        stored = {m.external_id: m for m in session.exec(select(Mention))}
        held = len(session.exec(select(QuarantineItem.id)).all())
    return {"result": result, "elapsed": elapsed, "cursor": cursor, "stored": stored,
            "held": held}  # fmt: skip


def report(out: dict[str, Any], backend: str) -> None:
    r = out["result"]
    print(f"backend: {backend}")
    print(f"lines: {LINES}, bad lines: {LINES // EVERY} ({len(KINDS)} kinds, one at line 600)"
          + (f" + {len(UNREADABLE)} unreadable" if out["unreadable"] else ""))  # fmt: skip
    print(f"scan: error={r.error!r}  fetched={r.fetched}  stored={r.stored}  "
          f"quarantined={r.quarantined}  (table: {len(out['stored'])} mentions, "
          f"{out['held']} quarantined)  {out['elapsed']:.2f}s")  # fmt: skip
    print(f"cursor: line {out['cursor'].get('line')} of {LINES}, byte offset "
          f"{out['cursor'].get('offset')}")  # fmt: skip
    print(f"line 600 is: {KINDS[kind_at(600) or 0][0]}")
    for i, (name, _) in enumerate(KINDS):
        n = next(n for n in range(1, LINES + 1) if kind_at(n) == i)
        m = out["stored"].get(f"l{n}")
        shown = "NOT STORED" if m is None else (
            f"author={m.author!r} url={m.url!r} language={m.language!r} title={m.title!r} "
            f"reach={m.author_reach} text={m.text!r}")  # fmt: skip
        print(f"  {name:<38} line {n:>4}: {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pg", action="store_true", help="a throwaway local PostgreSQL cluster")
    parser.add_argument("--unreadable", action="store_true", help="add 2 unreadable lines")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_file(folder / "poison.jsonl", unreadable=args.unreadable)
        with database(args.pg, folder) as db:
            out = run(db, folder)
            report({**out, "unreadable": args.unreadable}, "PostgreSQL" if args.pg else "SQLite")


if __name__ == "__main__":
    main()
