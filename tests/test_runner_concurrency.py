"""Partitions are polled concurrently while each page is still stored in one transaction."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

from connectors.base import Connector, Found, NoOptions, Page, Query
from monitor.config import parse_settings
from monitor.errors import RateLimited
from monitor.runner import Scan, partitions
from monitor.scoring import DefaultScorer
from monitor.storage import Database
from tests.conftest import NOW

BARRIER = threading.Barrier(3, timeout=5)  # three sources must be inside fetch at once


class Meeting(Connector[NoOptions]):
    """Yields one page only after the other sources have started: fails if run one by one."""

    name: ClassVar[str] = "meeting"
    description: ClassVar[str] = "test source"
    needs_query: ClassVar[bool] = False

    def check(self) -> None:
        return None

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        BARRIER.wait()
        who = threading.current_thread().name
        text = f"acme was late again ({who})"
        yield Page([Found("test", who, text, NOW - timedelta(hours=1))], cursor="done")


class Limited(Meeting):
    name: ClassVar[str] = "limited"

    def fetch(self, query: Query | None, cursor: str | None) -> Iterator[Page]:
        BARRIER.wait()
        raise RateLimited("limited: slow down", retry_after=600)
        yield  # pragma: no cover


REGISTRY: dict[str, type[Connector[Any]]] = {"meeting": Meeting, "limited": Limited}


def test_run__sources_are_polled_concurrently_and_each_page_stored(db: Database) -> None:
    BARRIER.reset()
    settings = parse_settings({
        "brands": [{"name": "Acme", "keywords": ["acme"]}],
        "sources": [{"kind": "meeting", "name": "a"}, {"kind": "meeting", "name": "b"},
                    {"kind": "limited", "name": "c"}],
    }, registry=REGISTRY)  # fmt: skip
    scan = Scan(settings, db, registry=REGISTRY, scorer=DefaultScorer(), env={}, now=NOW,
                base_dir=Path("."))  # fmt: skip
    report = scan.run(partitions(settings, REGISTRY))
    assert [r.source for r in report.results] == ["a", "b", "c"]
    assert [r.stored for r in report.results] == [1, 1, 0]
    assert db.count_mentions() == 2
    assert db.state("a", "Acme").cursor == "done"  # type: ignore[union-attr]
    limited = db.state("c", "Acme")
    assert limited is not None
    assert limited.rate_limited_until == NOW + timedelta(seconds=600)
    again = scan.run(partitions(settings, REGISTRY)[2:])
    assert "rate limited" in (again.results[0].skipped or "")
