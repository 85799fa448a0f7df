"""Scan-side faults: each is injected once, then the next run must have stored every
mention exactly once, and the failure must have been visible in ``repmon status``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from connectors import REGISTRY
from monitor.health import collect
from monitor.storage import Database
from tests.faults.helpers import Clock, config_toml, settings_for, stored, worker
from tests.faults.hn_server import Feed, hn_server

START = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def _run(feed: Feed, db: Database, tmp: Path, *, clock: Clock, timeout: float = 5.0,
         runs: int = 2, gap: float = 3600) -> list[list[str]]:  # fmt: skip
    """Poll ``runs`` times ``gap`` seconds apart; returns what status flagged after each."""
    flagged = []
    with hn_server(feed) as url:
        settings = settings_for(config_toml([url], timeout=timeout, interval="1m"))
        work = worker(settings, db, clock=clock, tmp=tmp)
        for _ in range(runs):
            work.poll_all()
            flagged.append(collect(settings, db, registry=REGISTRY, now=clock()).attention)
            clock.advance(gap)
    return flagged


def test_fault__429_with_retry_after_waits_then_stores_all(
    sqlite_db: Database, tmp_path: Path
) -> None:
    clock = Clock(START)
    flagged = _run(Feed(plan={1: "429"}), sqlite_db, tmp_path, clock=clock, gap=60, runs=3)
    assert "rate limited" in " ".join(flagged[0])
    state = sqlite_db.state("hn0", "Acme")
    assert state is not None
    assert state.rate_limited_until is None  # cleared by the later success
    assert stored(sqlite_db) == (120, 120)
    assert flagged[-1] == []


def test_fault__429_is_honoured_until_retry_after(sqlite_db: Database, tmp_path: Path) -> None:
    feed = Feed(plan={1: "429"})
    _run(feed, sqlite_db, tmp_path, clock=Clock(START), gap=60, runs=2)
    assert feed.requests == 1  # 60 s later it is still rate limited: no request made
    assert stored(sqlite_db) == (0, 0)


def test_fault__5xx_persisting_is_recorded_then_recovered(db: Database, tmp_path: Path) -> None:
    flagged = _run(Feed(plan={1: "500", 2: "500", 3: "500"}), db, tmp_path, clock=Clock(START))
    assert "500" in " ".join(flagged[0])
    assert stored(db) == (120, 120)
    assert flagged[1] == []


def test_fault__timeout_is_retried_within_the_scan(sqlite_db: Database, tmp_path: Path) -> None:
    feed = Feed(plan={1: "timeout"}, hang=1.0)
    flagged = _run(feed, sqlite_db, tmp_path, clock=Clock(START), timeout=0.3, runs=1)
    assert stored(sqlite_db) == (120, 120)
    assert flagged[0] == []


def test_fault__malformed_item_is_skipped_named_and_the_rest_stored(
    sqlite_db: Database, tmp_path: Path
) -> None:
    flagged = _run(Feed(plan={2: "malformed"}), sqlite_db, tmp_path, clock=Clock(START), runs=1)
    assert stored(sqlite_db) == (119, 119)
    assert any("malformed item" in f and "created_at_i" in f for f in flagged[0])


def test_fault__source_fails_mid_window_then_next_run_completes_it(
    db: Database, tmp_path: Path
) -> None:
    feed = Feed(plan={3: "500", 4: "500", 5: "500"})  # page 3 of 6 fails after retries
    flagged = _run(feed, db, tmp_path, clock=Clock(START))
    assert any("gave up after 3 attempts" in f for f in flagged[0])
    assert stored(db) == (120, 120)
    assert flagged[1] == []
